import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHECKS_FILE } from '../../src/content-disk/content-paths.ts';
import { newCampaign, type NewCampaignResult } from '../../scripts/importer/new-campaign.ts';
import { importDocument, ImportRefusal, type ImportResult } from '../../scripts/importer/run.ts';
import { parseFrontMatter, splitFrontMatter } from '../../src/content-disk/content-files.ts';
import { todayInVietnam } from '../../src/documents/dates.ts';
import { t } from '../../src/i18n/index.ts';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { focusAreaSchema } from '../../src/schemas/focus-area.ts';
import { guidanceSchema } from '../../src/schemas/guidance.ts';
import { campaignStatus } from '../../src/site/campaign.ts';
import { clausesOf } from '../support/clauses.ts';
import { campaignChecksSchema } from '../support/content-checks.ts';
import { docxText, printedText, unzipEntry, wordsOf } from '../support/docx.ts';
import { FIXTURE_CAMPAIGN } from '../support/fixture-campaigns.ts';
import {
  attr,
  byTag,
  find,
  findAll,
  hasClass,
  parseHtml,
  textOf,
  type HtmlElement,
} from '../support/html.ts';
import {
  copyProject,
  mutateCopyFile,
  PROJECT_DIR,
  removeProject,
  runAstroBuild,
  type BuildResult,
} from '../support/project-copy.ts';
import { listPages } from '../support/site.ts';

// `npm run new-campaign` end to end, as docs/new-campaign.md tells an editor to use it: in a copy of
// the project whose content/ holds a campaign (the fixture campaign), a fictional launch công văn
// (test/fixtures/import/cong-van-phat-dong.txt) drafts the whole of content/, two directives of other
// bodies are imported into it, then seven documents of other bodies in the shapes a Sở has them in
// hand (test/fixtures/import/shapes/: each page drawn in its type's form, a signature under its
// collective in its three lines, what followed the signature as the document's annex, a copy without
// signature or Nơi nhận printing neither, each with its Word copy), the fictional publisher's details
// are added, and the copy builds. The built site is a campaign with nothing but its launch document
// among its own documents, no anniversaries: the parts it has nothing for do not exist.

const IMPORT = join(PROJECT_DIR, 'test', 'fixtures', 'import');
const LAUNCH = join(IMPORT, 'cong-van-phat-dong.txt');
/** The sentences the launch document's page breaks split, and how they read joined. */
const JOINS = [
  ['tạo cảnh quan\n\nsạch, đẹp', 'tạo cảnh quan sạch, đẹp'],
  ['giúp Hội\n\nđồng Thi đua', 'giúp Hội đồng Thi đua'],
] as const;
/**
 * The launch document's route: its number is blank ("Số: /STNMT-VP"), so the route is its type and
 * code and the first words of its trích yếu, and a second blank-numbered công văn of the office gets
 * its own.
 */
const ROUTE = 'cong-van-stnmt-vp-phat-dong-phong-trao-thi-dua-lang';
/**
 * Fictional documents in the shapes a Sở has them in hand (test/fixtures/import/shapes/) that the site
 * draws, imported as other bodies' documents with their text (issue 24).
 */
const IMPORTED_SHAPES = [
  'cong-van-hai-cot.txt',
  'quyet-dinh-danh-sach.txt',
  'nghi-dinh.txt',
  'nghi-quyet-hdnd.txt',
  'bao-cao-khong-chu-ky.txt',
  'ke-hoach-markdown.txt',
  'chi-thi-tinh-uy.txt',
] as const;
const CONTACT = readFileSync(
  join(PROJECT_DIR, 'test', 'fixtures', 'publisher-contact.yaml'),
  'utf8',
)
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => `  ${line}\n`)
  .join('');

let dir: string;
let refusal: unknown;
let result: NewCampaignResult;
let build: BuildResult;
let directives: ImportResult[];
/** The file each of IMPORTED_SHAPES was imported to (content/documents/…). */
const shapes: Record<string, string> = {};

/** The front matter of every file of a collection of the copy, in `order`. */
function collection(name: string): Record<string, unknown>[] {
  const folder = join(dir, 'content', name);
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) =>
      parseFrontMatter(splitFrontMatter(readFileSync(join(folder, file), 'utf8'))!.yaml),
    )
    .sort((a, b) => Number(a['order']) - Number(b['order']));
}

/** A page of the built copy, parsed. */
function page(path: string) {
  return parseHtml(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8'));
}

beforeAll(async () => {
  dir = copyProject('new-campaign-', { content: FIXTURE_CAMPAIGN });
  // The copy's content/ holds a campaign: refused without --force.
  refusal = await newCampaign({ file: LAUNCH, root: dir }).catch((e: unknown) => e);
  result = await newCampaign({ file: LAUNCH, root: dir, force: true });
  directives = [];
  for (const name of ['chi-thi-dang.txt', 'chi-thi-ubnd.txt'])
    // Each fills in the stub the launch document's import left (--force, as the refusal says).
    directives.push(await importDocument({ file: join(IMPORT, name), root: dir, force: true }));
  // Then documents of other bodies in the shapes a Sở has them in hand, with their text.
  for (const name of IMPORTED_SHAPES)
    shapes[name] = (await importDocument({ file: join(IMPORT, 'shapes', name), root: dir })).file;
  mutateCopyFile(dir, 'content/campaign.yaml', /^(\s+publisher: .*\n)/m, `$1${CONTACT}`);
  build = await runAstroBuild(dir);
}, 300_000);

afterAll(() => {
  if (dir !== undefined) removeProject(dir);
});

describe('a launch công văn drafted into a content/ that held another campaign', () => {
  it('refuses a content/ that holds a campaign without --force', () => {
    expect(refusal).toBeInstanceOf(ImportRefusal);
    expect((refusal as Error).message).toContain('thư mục content/ đã có một phong trào');
  });

  it('replaces the whole campaign, its checks included, and the copy builds', () => {
    expect(result.written).toBe(true);
    for (const name of ['letter', 'focus-areas', 'guidance', 'documents'])
      expect(readdirSync(join(dir, 'content', name)).length, name).toBeGreaterThan(0);
    expect(readdirSync(join(dir, 'content', 'letter'))).toEqual([`${ROUTE}.mdx`]);
    // Nothing of the campaign it replaced is left, its own checks neither.
    expect(readdirSync(join(dir, 'content', 'tests'))).toEqual(['checks.yaml']);
    expect(existsSync(join(dir, 'content', 'focus-areas', 'cay-xanh-truong-hoc.mdx'))).toBe(false);
    expect(build.code, build.output.slice(-3000)).toBe(0);
  });

  it('drafts campaign.yaml from the text: theme, spirit, period and reviewer found, the rest marked', () => {
    const yaml = readFileSync(join(dir, 'content', 'campaign.yaml'), 'utf8');
    const [campaign] = campaignSchema.array().parse(parse(yaml));
    expect(campaign).toMatchObject({
      publisher: 'Sở Tài nguyên và Môi trường tỉnh Thanh Vân',
      parentBody: 'Ủy ban nhân dân tỉnh Thanh Vân',
      launchLetter: ROUTE,
      start: { year: 2026, month: 3 },
      end: { year: 2026, month: 11, day: 30 },
      reviewer: 'Hội đồng Thi đua - Khen thưởng Sở',
      theme: 'Làng xanh, nước sạch, vì quê hương Thanh Vân đáng sống',
      spirit: 'Mỗi người một việc làm xanh, mỗi bản một dòng nước sạch',
    });
    expect(yaml).toMatch(/^ {2}shortName: .* # bản nháp: cần biên tập$/m);
    const report = result.report.join('\n');
    expect(report).toContain('[suy ra]   start: 2026-03');
    expect(report).toContain('[có]       end: 2026-11-30');
    expect(report).toContain('nối 2 câu bị ngắt trang');
  });

  it('gives three focus areas at their places in the letter, each with its text verbatim', () => {
    const drafted = collection('focus-areas');
    expect(drafted.map((f) => f['letterAnchor'])).toEqual(['muc-2-y-1', 'muc-2-y-2', 'muc-2-y-3']);
    for (const area of drafted) expect(focusAreaSchema.safeParse(area).success).toBe(true);
    const first = readdirSync(join(dir, 'content', 'focus-areas'))
      .map((file) => readFileSync(join(dir, 'content', 'focus-areas', file), 'utf8'))
      .find((source) => source.includes('letterAnchor: "muc-2-y-1"'))!;
    expect(first).toMatch(/^title: .* # bản nháp: cần biên tập$/m);
    expect(splitFrontMatter(first)!.body.trim()).toBe(
      'Thi đua thu gom, phân loại rác thải sinh hoạt tại nguồn ở các thôn, bản; giảm rác thải nhựa trong cơ quan, đơn vị, tạo cảnh quan sạch, đẹp cho khu dân cư.',
    );
  });

  it('gives four guidance items, with the actor only where the text names one', () => {
    const drafted = collection('guidance');
    for (const item of drafted) expect(guidanceSchema.safeParse(item).success).toBe(true);
    expect(drafted.map((g) => [g['letterAnchor'], g['actor'], g['role']])).toEqual([
      ['muc-3', undefined, 'yeu-cau-chung'],
      ['muc-4-a', 'Các phòng, đơn vị trực thuộc Sở', 'thuc-hien'],
      ['muc-4-b', 'Các tổ chức đoàn thể', 'phoi-hop'],
      ['muc-4-c', 'Văn phòng Sở', 'chu-tri'],
    ]);
  });

  it('drafts the campaign’s own checks: its launch document’s number and trích yếu', () => {
    const checks = campaignChecksSchema.parse(parse(readFileSync(join(dir, CHECKS_FILE), 'utf8')));
    expect(checks.pages).toEqual([
      {
        path: `/${ROUTE}/`,
        contains: [
          'Công văn số …/STNMT-VP',
          'V/v phát động phong trào thi đua “Làng xanh, nước sạch” năm 2026',
        ],
        lacks: [],
      },
    ]);
    expect(checks.search).toEqual([{ query: 'STNMT-VP', expect: [`/${ROUTE}/`], top: 1 }]);
    // The drafted checks hold on the built copy.
    const text = textOf(page(ROUTE)).replace(/\s+/g, ' ');
    for (const part of checks.pages[0]!.contains) expect(text).toContain(part);
  });
});

describe('the launch công văn, built', () => {
  const letter = () =>
    find(page(ROUTE), (e) => e.tagName === 'article' && hasClass(e, 'cong-van'))!;

  it('contains every clause of the signed text, verbatim, the page breaks joined', () => {
    const text = textOf(letter()).replace(/…/g, '').replace(/\s+/g, ' ');
    const clauses = clausesOf(readFileSync(LAUNCH, 'utf8'), JOINS).filter(
      // The number and day the signed copy leaves blank, and its header lines, the page sets itself.
      (clause) => !/^(Số|Thanh Vân, ngày|UBND TỈNH|SỞ TÀI)/.test(clause),
    );
    expect(clauses.filter((clause) => !text.includes(clause))).toEqual([]);
    expect(clauses.length).toBeGreaterThan(25);
  });

  it('is laid out as a công văn, its V/v under the number, no tên loại', () => {
    const text = textOf(letter());
    const number = text.indexOf('Số: …/STNMT-VP');
    expect(number).toBeGreaterThan(0);
    expect(
      text.indexOf('Công văn số …/STNMT-VP: V/v phát động phong trào thi đua'),
    ).toBeGreaterThan(number);
    expect(text).toContain('Thanh Vân, ngày … tháng 3 năm 2026');
    expect(text).toContain('Kính gửi: Các phòng, đơn vị trực thuộc Sở');
    expect(text).not.toContain('CÔNG VĂN');
  });

  it('has the places the focus areas and guidance point to, and links every cited document', () => {
    const ids = findAll(letter(), (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id'));
    for (const item of [...collection('focus-areas'), ...collection('guidance')])
      expect(ids).toContain(String(item['letterAnchor']));
    const cites = findAll(letter(), (e) => e.tagName === 'a' && hasClass(e, 'cite'));
    const cited = [...new Set(cites.map((a) => attr(a, 'data-cites')))].sort();
    expect(cited).toEqual(['chi-thi-27-ct-tu', 'chi-thi-45-ct-ubnd']);
    // Each has its page: the directive imported into the stub the launch document's import left.
    for (const id of cited)
      expect(existsSync(join(dir, 'dist', 'van-ban', id!, 'index.html')), id).toBe(true);
  });

  it('is offered as a .docx with the same text as the page', () => {
    const docx = readFileSync(join(dir, 'dist', 'tai-ve', `${ROUTE}.docx`));
    const xml = unzipEntry(docx, 'word/document.xml');
    expect(wordsOf(docxText(xml)).join(' ')).toBe(wordsOf(printedText(letter())).join(' '));
    expect(docxText(xml)).toContain('Số: …/STNMT-VP');
  });
});

describe('directives of other bodies imported into the new campaign and built', () => {
  it('fill in the stubs of the cited documents, and the copy builds their pages with their text', () => {
    expect(directives.map((d) => [d.kind, d.file])).toEqual([
      ['cited', 'content/documents/chi-thi-27-ct-tu.mdx'],
      ['cited', 'content/documents/chi-thi-45-ct-ubnd.mdx'],
    ]);
    for (const directive of directives)
      expect(directive.report.join('\n')).toContain(
        t('importer.report.citedWrittenFilled', {
          file: directive.file,
          id: directive.file.replace(/^.*\/|\.mdx$/g, ''),
        }),
      );
    const party = readFileSync(
      join(dir, 'dist', 'van-ban', 'chi-thi-27-ct-tu', 'index.html'),
      'utf8',
    );
    expect(party).toContain('Chỉ thị số 27-CT/TU');
    expect(party).toContain(
      'Nâng cao nhận thức của cán bộ, đảng viên về phong trào thi đua mẫu thử',
    );
    expect(existsSync(join(dir, 'dist', 'van-ban', 'chi-thi-45-ct-ubnd', 'index.html'))).toBe(true);
  });
});

describe('a campaign whose launch document is its only document, with no anniversaries', () => {
  it('builds no list of its documents and no anniversaries page, and links to neither', () => {
    const pages = listPages(join(dir, 'dist'));
    expect(pages).not.toContain('/van-ban-phong-trao/');
    expect(pages).not.toContain('/ky-niem/');
    for (const path of pages) {
      const hrefs = findAll(page(path), (e) => e.tagName === 'a').map((a) => attr(a, 'href'));
      expect(hrefs, path).not.toContain('/van-ban-phong-trao/');
      expect(hrefs, path).not.toContain('/ky-niem/');
    }
    const headings = findAll(page(''), (e) => e.tagName === 'h2').map(textOf);
    expect(headings).not.toContain(t('site.section.campaignDocuments'));
  });

  it('says where the campaign stands and nothing of a report the site has not published', () => {
    const status = find(
      page(''),
      (e) => e.tagName === 'p' && hasClass(e, 'notice') && textOf(e).startsWith('Tình trạng'),
    )!;
    const expected = campaignStatus(
      { year: 2026, month: 3 },
      { year: 2026, month: 11, day: 30 },
      todayInVietnam(),
    );
    expect(textOf(status)).toBe(`${t('pages.home.status')} ${expected.text}.`);
  });

  it('has a feed whose one item is the launch document, its Word copy enclosed, linked from every head', () => {
    const feed = readFileSync(join(dir, 'dist', 'rss.xml'), 'utf8');
    expect(feed).toContain('<language>vi</language>');
    // The feed's page is the home page while there is no list of the campaign's documents.
    expect(feed).toMatch(
      /<channel><title>[^<]*<\/title><description>[^<]*<\/description><link>http:\/\/[^<]*\/<\/link>/,
    );
    const items = feed.match(/<item>[\s\S]*?<\/item>/g) ?? [];
    expect(items).toHaveLength(1);
    const size = readFileSync(join(dir, 'dist', 'tai-ve', `${ROUTE}.docx`)).byteLength;
    expect(items[0]).toMatch(
      new RegExp(`<enclosure url="[^"]*/tai-ve/${ROUTE}\\.docx" length="${size}"`),
    );
    for (const path of listPages(join(dir, 'dist'))) {
      const head = byTag(page(path), 'head')[0]!;
      const link = find(
        head,
        (e) => e.tagName === 'link' && attr(e, 'type') === 'application/rss+xml',
      );
      expect(attr(link!, 'href'), path).toBe('/rss.xml');
    }
  });

  it('shows the publisher’s details content/ gives, labelled, in the footer of every page', () => {
    for (const path of [...listPages(join(dir, 'dist')), '404.html']) {
      const doc =
        path === '404.html'
          ? parseHtml(readFileSync(join(dir, 'dist', '404.html'), 'utf8'))
          : page(path);
      const footer = find(doc, (e) => e.tagName === 'footer' && hasClass(e, 'site-footer'))!;
      const rows = findAll(footer, (e) => e.tagName === 'dt').map(textOf);
      expect(rows, path).toEqual(
        (['address', 'telephone', 'email', 'responsible'] as const).map((key) =>
          expect.stringContaining(t(`site.footer.${key}`)),
        ),
      );
      expect(
        find(footer, (e) => attr(e, 'href') === 'tel:0000000000'),
        path,
      ).toBeDefined();
      expect(
        find(footer, (e) => attr(e, 'href') === 'mailto:mau-thu@example.invalid'),
        path,
      ).toBeDefined();
    }
  });
});

/** The form of the page of an imported fixture, and its route. */
function form(name: string): { article: HtmlElement; route: string } {
  const route = shapes[name]!.replace(/^content\/documents\/|\.mdx$/g, '');
  const page = parseHtml(readFileSync(join(dir, 'dist', 'van-ban', route, 'index.html'), 'utf8'));
  const article = find(page, (e) => e.tagName === 'article' && hasClass(e, 'cong-van'));
  expect(article, `article.cong-van on /van-ban/${route}/`).toBeDefined();
  return { article: article!, route };
}

const paragraphs = (root: HtmlElement): string[] =>
  findAll(root, (e) => e.tagName === 'p').map(textOf);
const classed = (root: HtmlElement, name: string) => find(root, (e) => hasClass(e, name));

describe('documents imported from the shapes a Sở has, built and drawn in their forms', () => {
  it('a công văn of another body in the công văn form, its footnote after its text', () => {
    const { article } = form('cong-van-hai-cot.txt');
    expect(attr(article, 'class')).toBe('cong-van');
    expect(textOf(classed(article, 'cong-van__subject')!)).toContain(
      'V/v tổ chức ngày hội đọc sách mẫu thử tại các trường học',
    );
    const body = paragraphs(classed(article, 'cong-van__body')!);
    expect(body.at(-1)).toMatch(/^1 Theo hướng dẫn mẫu thử/);
  });

  it('a Quyết định: three signature lines under the collective, its list after the signature', () => {
    const { article } = form('quyet-dinh-danh-sach.txt');
    expect(hasClass(article, 'cong-van--quyet-dinh')).toBe(true);
    expect(paragraphs(classed(article, 'cong-van__signature')!)).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Người Ký Mẫu Mười Một',
    ]);
    const children = article.childNodes.filter((n): n is HtmlElement => 'tagName' in n);
    const footer = children.findIndex((e) => hasClass(e, 'cong-van__footer'));
    const annexes = children.findIndex((e) => hasClass(e, 'cong-van__annexes'));
    expect(footer).toBeGreaterThan(0);
    expect(annexes).toBeGreaterThan(footer);
    const annex = children[annexes]!;
    expect(textOf(classed(annex, 'phu-luc__title')!)).toBe(
      'DANH SÁCH TẬP THỂ ĐƯỢC CÔNG NHẬN (MẪU THỬ)',
    );
    const rows = findAll(annex, (e) => e.tagName === 'tr').map((row) =>
      findAll(row, (e) => e.tagName === 'td' || e.tagName === 'th').map(textOf),
    );
    expect(rows).toEqual([
      ['TT', 'Tên tập thể', 'Ghi chú'],
      ['1', 'Tập thể mẫu thử A', 'Lần đầu'],
      ['2', 'Tập thể mẫu thử B', 'Lần thứ hai'],
    ]);
    // The body has no annex in it, and the annex's blocks are numbered as its own.
    expect(find(classed(article, 'cong-van__body')!, (e) => e.tagName === 'table')).toBeUndefined();
    for (const el of findAll(annex, (e) => attr(e, 'id') !== undefined))
      expect(attr(el, 'id')).toMatch(/^phu-luc-1-/);
  });

  it('a Nghị định and a Nghị quyết of a HĐND, each in its form', () => {
    const decree = form('nghi-dinh.txt').article;
    expect(hasClass(decree, 'van-ban--nghi-dinh')).toBe(true);
    expect(textOf(classed(decree, 'form-heading__name')!)).toBe('NGHỊ ĐỊNH');
    const resolution = form('nghi-quyet-hdnd.txt').article;
    expect(hasClass(resolution, 'cong-van--quyet-dinh')).toBe(true);
    expect(paragraphs(classed(resolution, 'quyet-dinh__preamble')!)).toEqual([
      'HỘI ĐỒNG NHÂN DÂN TỈNH SƠN HÀ KHÓA XV, KỲ HỌP THỨ MẪU THỬ',
      'Căn cứ văn bản mẫu thử về tổ chức chính quyền địa phương;',
      'Xét Tờ trình mẫu thử của Ủy ban nhân dân tỉnh;',
      'Trên cơ sở ý kiến thảo luận của đại biểu tại kỳ họp.',
      'QUYẾT NGHỊ:',
    ]);
  });

  it('a copy without signature and Nơi nhận prints neither, and its table', () => {
    const { article } = form('bao-cao-khong-chu-ky.txt');
    expect(classed(article, 'cong-van__footer')).toBeUndefined();
    expect(find(article, (e) => e.tagName === 'table')).toBeDefined();
  });

  it('each has its Word copy, the annex after the signature', () => {
    for (const name of Object.keys(shapes)) {
      const { route } = form(name);
      expect(existsSync(join(dir, 'dist', 'van-ban', `${route}.docx`)), route).toBe(true);
    }
    const { route } = form('quyet-dinh-danh-sach.txt');
    const text = docxText(
      unzipEntry(readFileSync(join(dir, 'dist', 'van-ban', `${route}.docx`)), 'word/document.xml'),
    );
    expect(text.indexOf('Người Ký Mẫu Mười Một')).toBeLessThan(text.indexOf('Tập thể mẫu thử A'));
  });
});
