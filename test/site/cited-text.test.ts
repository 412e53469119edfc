import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxText, printedText, unzipEntry, wordsOf } from '../support/docx.ts';
import {
  attr,
  find,
  findAll,
  hasClass,
  parseHtml,
  textOf,
  type HtmlNode,
} from '../support/html.ts';
import {
  copyProject,
  mutateCopyFile,
  PROJECT_DIR,
  removeProject,
  runAstroBuild,
} from '../support/project-copy.ts';

// A cited document that carries its full text (issue 18), proved with the fictional directives of
// test/fixtures/cited/ built in a temporary copy of the project (never in content/): a Party
// directive in the form of HD 36-HD/VPTW, a state directive in its NĐ 30 form, a plan citing
// provisions of both.

const FIXTURES = join(PROJECT_DIR, 'test', 'fixtures', 'cited');
const PARTY = 'van-ban/chi-thi-27-ct-tu';
const STATE = 'van-ban/chi-thi-08-ct-ubnd';
const PLAN = 'ke-hoach-dan-chieu-mau-thu';

let dir: string;

beforeAll(async () => {
  dir = copyProject('cited-text-');
  for (const folder of ['documents', 'letter']) {
    for (const name of readdirSync(join(FIXTURES, folder)))
      copyFileSync(join(FIXTURES, folder, name), join(dir, 'content', folder, name));
  }
  const result = await runAstroBuild(dir, 280_000);
  if (result.code !== 0) throw new Error(`the copy did not build:\n${result.output.slice(-4000)}`);
}, 300_000);

afterAll(() => {
  if (dir !== undefined) removeProject(dir);
});

function page(path: string): HtmlNode {
  return parseHtml(readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8'));
}

function article(path: string): HtmlNode {
  const found = find(page(path), (e) => e.tagName === 'article' && hasClass(e, 'cong-van'));
  expect(found, `article.cong-van on ${path}`).toBeDefined();
  return found!;
}

/** The hrefs and texts of the citation links of a page. */
function citeLinks(path: string): [string, string][] {
  return findAll(page(path), (e) => e.tagName === 'a' && hasClass(e, 'cite')).map((a) => [
    attr(a, 'href')!,
    textOf(a),
  ]);
}

describe('a Party directive with its text (HD 36)', () => {
  it('is drawn in the Party form', () => {
    const doc = article(PARTY);
    expect(hasClass(doc as never, 'cong-van--dang')).toBe(true);
    const text = printedText(doc);
    const order = [
      'TỈNH ỦY LAI CHÂU',
      'BAN THƯỜNG VỤ',
      '*',
      'Số 27-CT/TU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Lai Châu, ngày 26 tháng 6 năm 2014',
      'CHỈ THỊ',
      'của Ban Thường vụ Tỉnh ủy',
      'về tăng cường nội dung mẫu thử',
      '1. Các cấp ủy',
      'a) Xây dựng kế hoạch',
      'Nơi nhận:',
      'Lưu Văn phòng Tỉnh ủy.',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      'Người Ký Mẫu Đảng',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(order.filter((_, i) => positions[i]! < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain('Số:');
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).not.toContain('Độc lập');
    const date = find(doc, (e) => hasClass(e, 'cong-van__date'));
    expect(textOf(date!)).toBe('Lai Châu, ngày 26 tháng 6 năm 2014');
    expect(findAll(page(PARTY), (e) => e.tagName === 'h1')).toHaveLength(1);
  });

  it('gives its items and points anchors, each with its visible # link', () => {
    const doc = article(PARTY);
    for (const id of ['muc-1', 'muc-2', 'muc-2-a', 'muc-2-b', 'muc-3']) {
      const block = find(doc, (e) => attr(e, 'id') === id);
      expect(block, id).toBeDefined();
      expect(
        find(block!, (e) => hasClass(e, 'self-link') && attr(e, 'href') === `#${id}`),
      ).toBeDefined();
    }
  });

  it('keeps what a cited document page has: metadata, "Được viện dẫn tại" naming the provision', () => {
    const body = page(PARTY);
    expect(textOf(find(body, (e) => e.tagName === 'dl')!)).toContain('27-CT/TU');
    const citedAt = textOf(find(body, (e) => hasClass(e, 'no-print') && e.tagName === 'section')!);
    expect(citedAt).toContain('Được viện dẫn tại');
    // One place citing two provisions is listed once, naming both.
    expect(citedAt).toContain('mục 1: viện dẫn mục 2; điểm a mục 2');
    expect(citedAt).not.toContain('Toàn văn chưa được đăng');
  });

  it('is offered as a .docx in the same form, with the words of the page', () => {
    const link = find(
      page(PARTY),
      (e) => e.tagName === 'a' && attr(e, 'href') === `/${PARTY}.docx`,
    );
    expect(link, 'Tải về (.docx)').toBeDefined();
    const docx = readFileSync(join(dir, 'dist', `${PARTY}.docx`));
    const fromDocx = wordsOf(docxText(unzipEntry(docx, 'word/document.xml')));
    expect(fromDocx.join(' ')).toBe(wordsOf(printedText(article(PARTY))).join(' '));
  });

  it('prints without the site around it', () => {
    const body = find(page(PARTY), (e) => e.tagName === 'body')!;
    expect(attr(body, 'class')).toBe('print-letter');
  });
});

describe('a state directive with its text (NĐ 30)', () => {
  it('is drawn in its NĐ 30 form, its Roman parts anchored', () => {
    const doc = article(STATE);
    expect(hasClass(doc as never, 'cong-van--ten-loai')).toBe(true);
    const text = printedText(doc);
    for (const part of [
      'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
      'Số: 08/CT-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'CHỈ THỊ Về đẩy mạnh nội dung mẫu thử',
      'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
    ])
      expect(text).toContain(part);
    for (const id of ['phan-i', 'phan-ii', 'muc-1', 'muc-2', 'muc-3'])
      expect(
        find(doc, (e) => attr(e, 'id') === id),
        id,
      ).toBeDefined();
    const docx = readFileSync(join(dir, 'dist', `${STATE}.docx`));
    expect(wordsOf(docxText(unzipEntry(docx, 'word/document.xml'))).join(' ')).toBe(
      wordsOf(text).join(' '),
    );
  });
});

describe('citing down to the provision', () => {
  it('links a provision of a published text to it, and to the page of a document without text', () => {
    expect(citeLinks(PLAN)).toEqual([
      ['/van-ban/chi-thi-27-ct-tu/#muc-2', 'mục 2 Chỉ thị số 27-CT/TU'],
      ['/van-ban/chi-thi-27-ct-tu/#muc-2-a', 'điểm a mục 2 Chỉ thị số 27-CT/TU'],
      ['/van-ban/chi-thi-08-ct-ubnd/#phan-ii', 'phần II Chỉ thị số 08/CT-UBND'],
      ['/van-ban/chi-thi-34-ct-tw/', 'mục 3 Chỉ thị số 34-CT/TW'],
    ]);
  });

  it('names the provision under "Được viện dẫn tại" of a document without text', () => {
    const text = textOf(page('van-ban/chi-thi-34-ct-tw'));
    expect(text).toContain('Kế hoạch dẫn chiếu điều khoản (mẫu thử), mục 2: viện dẫn mục 3');
    // No note about a text the site does not publish (rule 4 of the editorial guide).
    expect(text).not.toMatch(/chưa được đăng|Trang thông tin/);
  });
});

/** Pagefind's fragment of a page: its text and the ids it records with their word positions. */
function fragmentOf(url: string): { content: string; anchors: { id: string; location: number }[] } {
  const folder = join(dir, 'dist', 'pagefind', 'fragment');
  for (const name of readdirSync(folder)) {
    const raw = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{'))) as {
      url: string;
      content: string;
      anchors: { id: string; location: number }[];
    };
    if (fragment.url === url) return fragment;
  }
  throw new Error(`no Pagefind fragment for ${url}`);
}

describe('found by search at the provision', () => {
  it('indexes the published text with the anchors of its provisions, where its words are', () => {
    const fragment = fragmentOf(`/${PARTY}/`);
    const words = fragment.content.split(/\s+/);
    const at = words.findIndex((w) => w === 'hoa');
    expect(words.slice(at, at + 3).join(' ')).toBe('hoa ban trắng');
    const owner = fragment.anchors
      .filter((a) => /^muc-/.test(a.id) && a.location <= at)
      .sort((a, b) => b.location - a.location)[0];
    expect(owner?.id).toBe('muc-2-a');
  });
});

// Last: a failed build leaves the copy's dist/ incomplete.
describe('a provision the published text lacks', () => {
  it('stops the build on a provision the published text lacks, naming the file and the words', async () => {
    const file = `content/letter/ke-hoach-dan-chieu.mdx`;
    const restore = mutateCopyFile(dir, file, 'trước hết điểm a mục 2', 'trước hết mục 9');
    try {
      const result = await runAstroBuild(dir, 280_000);
      expect(result.code, result.output.slice(-2000)).not.toBe(0);
      expect(result.output).toContain('ke-hoach-dan-chieu.mdx');
      expect(result.output).toContain('"mục 9 Chỉ thị số 27-CT/TU"');
      expect(result.output).toContain('chi-thi-27-ct-tu.mdx không có mục 9');
    } finally {
      restore();
    }
    expect(existsSync(join(dir, file))).toBe(true);
  }, 300_000);
});
