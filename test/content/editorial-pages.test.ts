import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { anchorLabel } from '../../src/documents/anchors.ts';
import { parseFrontMatter, splitFrontMatter } from '../../src/content-disk/content-files.ts';
import { escapeRegExp } from '../../src/documents/text.ts';
import { t } from '../../src/i18n/index.ts';
import { inSentence } from '../../src/site/campaign.ts';
import {
  attr,
  byTag,
  find,
  findAll,
  hasClass,
  isElement,
  metaContent,
  parseHtml,
  textOf,
  type HtmlElement,
  type HtmlNode,
} from '../support/html.ts';
import { PROJECT_DIR } from '../support/project-copy.ts';
import { assertBuilt, DIST_DIR, listPages, readPage } from '../support/site.ts';

// The built site (dist/, the build of content/) read as a civil servant reads it: each class of defect
// of the editorial review (content/HUONG-DAN-BIEN-TAP.md) has a check here that would have caught it,
// written as a rule over whatever campaign content/ holds. What only this campaign can be checked for
// is in content/tests/checks.yaml.

const CONTENT = join(PROJECT_DIR, 'content');

/** The front matter of every content file of a folder of content/ (none if it has no such folder). */
function entries(folder: string): { id: string; data: Record<string, unknown> }[] {
  const dir = join(CONTENT, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({
      id: name.replace(/\.mdx$/, ''),
      data: parseFrontMatter(splitFrontMatter(readFileSync(join(dir, name), 'utf8'))!.yaml),
    }));
}

const campaign = (parse(readFileSync(join(CONTENT, 'campaign.yaml'), 'utf8')) as Record<
  string,
  unknown
>[])[0]!;
const letters = entries('letter');
const launch = letters.find((l) => l.id === campaign['launchLetter'])!;
const launchPath = `/${String(launch.data['route'])}/`;
/** The launch document's type as a sentence names it (`công văn`). */
const launchType = inSentence(String(launch.data['type']));
const guidance = entries('guidance').sort(
  (a, b) => Number(a.data['order']) - Number(b.data['order']),
);
const documents = entries('documents');
/** The anniversaries content/ lists (none without the file). */
const listedAnniversaries = () => {
  const file = join(CONTENT, 'anniversaries.yaml');
  return existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? []) as unknown[]) : [];
};
const focusAreas = entries('focus-areas');
const milestones = (campaign['milestones'] ?? []) as Record<string, unknown>[];

const pages = new Map<string, HtmlNode>();
beforeAll(() => {
  assertBuilt(DIST_DIR);
  for (const path of [...listPages(DIST_DIR), '/404.html'])
    pages.set(path, parseHtml(readPage(DIST_DIR, path)));
});

const main = (path: string) => find(pages.get(path)!, (e) => e.tagName === 'main')!;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const selfLinks = (root: HtmlNode) =>
  findAll(root, (e) => e.tagName === 'a' && hasClass(e, 'self-link'));
const linkName = (link: HtmlElement) => attr(link, 'aria-label') ?? '';

describe("the site's own words say no more than the letter", () => {
  it('never reads "đến hết" into the letter\'s "đến ngày"', () => {
    for (const [path, doc] of pages) expect(textOf(main(path) ?? doc), path).not.toMatch(/đến hết/);
  });

  it('writes every date as NĐ 30 does: 07/4/2014 and 01/01/2004, never 7/4/2014 or 1/1/2004', () => {
    // A day below 10 without its zero, or month 1 or 2 without its zero.
    const wrong = /(?<![\d/])(?:[1-9]\/\d{1,2}|\d{1,2}\/[12])\/\d{4}\b/g;
    for (const [path, doc] of pages) {
      expect(textOf(doc).match(wrong) ?? [], path).toEqual([]);
    }
  });

  it('assigns a task only to whom the launch document names; the other items are requirements on all', () => {
    const named = guidance.filter((g) => g.data['actor'] !== undefined);
    const table = find(
      main('/'),
      (e) =>
        e.tagName === 'table' &&
        byTag(e, 'th').some((th) => textOf(th) === t('pages.home.guidance.actor')),
    );
    if (named.length === 0) {
      expect(table).toBeUndefined();
    } else {
      const rows = findAll(table!, (e) => e.tagName === 'tr').map((tr) =>
        byTag(tr, 'th').map(textOf).concat(byTag(tr, 'td').map(textOf)),
      );
      expect(rows.slice(1).map(([actor]) => actor)).toEqual(named.map((g) => g.data['actor']));
    }
    const general = find(
      main('/'),
      (e) => e.tagName === 'h3' && textOf(e) === t('pages.guidance.role.yeu-cau-chung'),
    );
    const others = guidance.filter((g) => g.data['actor'] === undefined);
    if (others.length === 0) {
      expect(general).toBeUndefined();
    } else {
      const list = general!.parentNode!.childNodes.filter(isElement);
      expect(byTag(list[list.indexOf(general!) + 1]!, 'li').map(textOf)).toEqual(
        others.map((g) => g.data['title']),
      );
    }
  });

  it('gives a task a deadline only where its file gives one', () => {
    if (!pages.has('/to-chuc-thuc-hien/')) return expect(guidance).toEqual([]);
    const text = textOf(main('/to-chuc-thuc-hien/'));
    const label = t('pages.guidance.deadline', { date: '' }).split(':')[0]!;
    const deadlines = guidance.filter((g) => g.data['deadline'] !== undefined).length;
    expect(text.split(label).length - 1).toBe(deadlines);
  });

  it('shows a trích yếu only word for word: one not known so is "Chưa xác định được"', () => {
    if (documents.length === 0) return expect(pages.has('/van-ban/')).toBe(false);
    const unknown = t('documents.unknown');
    const table = find(main('/van-ban/'), (e) => e.tagName === 'table')!;
    const column = byTag(table, 'th')
      .filter((th) => attr(th, 'scope') === 'col')
      .map(textOf)
      .indexOf(t('documents.meta.subject'));
    expect(column).toBeGreaterThan(0);
    const subjects = new Map(
      findAll(table, (e) => e.tagName === 'tr')
        .slice(1)
        .map((tr) => {
          const cells = tr.childNodes.filter(isElement);
          return [textOf(cells[0]!), textOf(cells[column]!)] as const;
        }),
    );
    for (const doc of documents) {
      const subject = (doc.data['subject'] as string | null) ?? unknown;
      expect(subjects.get(String(doc.data['shortTitle'])), doc.id).toBe(subject);
      const box = textOf(find(main(`/van-ban/${doc.id}/`), (e) => e.tagName === 'dl')!);
      expect(box, doc.id).toContain(`${t('documents.meta.subject')}${subject}`);
    }
  });

  it('shows number and code, or the unknown label, under "Số, ký hiệu" in the documents table', () => {
    if (documents.length === 0) return expect(pages.has('/van-ban/')).toBe(false);
    const table = find(main('/van-ban/'), (e) => e.tagName === 'table')!;
    const heads = byTag(table, 'th')
      .filter((th) => attr(th, 'scope') === 'col')
      .map(textOf);
    const column = heads.indexOf(t('documents.meta.identifier'));
    expect(column).toBeGreaterThan(0);
    const cells = findAll(table, (e) => e.tagName === 'tr')
      .slice(1)
      .map((tr) => textOf(tr.childNodes.filter(isElement)[column]!));
    expect(cells.sort()).toEqual(
      documents.map((d) => (d.data['identifier'] as string | null) ?? t('documents.unknown')).sort(),
    );
  });

  it('names the launch document’s issuer as the campaign does, with no sentence repeating the box', () => {
    const box = textOf(find(main(launchPath), (e) => e.tagName === 'dl')!);
    expect(box).toContain(String(campaign['publisher']));
    expect(box).not.toContain(`${String(launch.data['issuer'])} (`);
    expect(textOf(main(launchPath))).not.toMatch(/Ngày ban hành: ngày/);
  });

  it('says once, under the verbatim text, which slip of the signed copy a summary corrects', () => {
    for (const area of focusAreas) {
      const text = textOf(main(`/noi-dung/${area.id}/`));
      for (const slip of (area.data['slips'] ?? []) as { original: string; reading: string }[]) {
        expect(text, area.id).toContain(slip.original);
        expect(text.split(t('pages.focusArea.slip', slip)).length - 1, area.id).toBe(1);
      }
    }
  });
});

describe('plain, unambiguous lines', () => {
  it('gives each timeline step a label that starts with a capital, like the labels beside it', () => {
    const labels = [...pages].flatMap(([path, doc]) =>
      findAll(doc, (e) => hasClass(e, 'timeline__date')).map((e) => `${path}: ${textOf(e)}`),
    );
    expect(labels.filter((l) => !/^\S+: \p{Lu}/u.test(l))).toEqual([]);
  });

  it('states as done only what took place: a step with no date quotes the launch document', () => {
    const undated = milestones.filter((m) => m['date'] === undefined);
    if (!pages.has('/to-chuc-thuc-hien/')) return expect(undated).toEqual([]);
    const steps = findAll(main('/to-chuc-thuc-hien/'), (e) => e.tagName === 'li').filter((li) =>
      findAll(li, (e) => hasClass(e, 'timeline__date')).some((d) => d.tagName !== 'time'),
    );
    expect(steps.length).toBe(undated.length);
    for (const step of steps) {
      const label = textOf(find(step, (e) => hasClass(e, 'timeline__date'))!);
      // The label is a date's place, not a note on what the launch document leaves out.
      expect(label, label).not.toMatch(/\(|không nêu/);
      expect(textOf(step)).toMatch(new RegExp(`Theo ${launchType}, [^“]*“[^”]+”`));
    }
  });

  it('names the page "Tổ chức thực hiện" one way: "Hướng dẫn" is a document type the Sở did not issue', () => {
    for (const [path, doc] of pages)
      for (const text of pageTexts(doc)) expect(text, path).not.toMatch(/hướng dẫn tổ chức/i);
  });

  it('puts no kicker over a title that starts with the same words ("Chỉ thị" / "Chỉ thị số 34-CT/TW")', () => {
    const repeated: string[] = [];
    let kickers = 0;
    for (const [path, doc] of pages) {
      for (const kicker of findAll(
        main(path) ?? doc,
        (e) => e.tagName === 'p' && hasClass(e, 'muted'),
      )) {
        const siblings = kicker.parentNode!.childNodes.filter(isElement);
        const next = siblings[siblings.indexOf(kicker) + 1];
        if (next === undefined || !HEADINGS.has(next.tagName)) continue;
        kickers += 1;
        if (textOf(next).toLocaleLowerCase('vi').startsWith(textOf(kicker).toLocaleLowerCase('vi')))
          repeated.push(`${path}: ${textOf(kicker)} / ${textOf(next)}`);
      }
    }
    expect(kickers, 'the focus areas have their "Nội dung n" kickers').toBeGreaterThanOrEqual(
      focusAreas.length,
    );
    expect(repeated).toEqual([]);
  });

  it('ends a lead that announces a list with ":"', () => {
    for (const path of ['/', '/noi-dung/'].filter((p) => pages.has(p))) {
      const leads = findAll(main(path), (e) => e.tagName === 'p')
        .map(textOf)
        .filter((text) => /\bsau:?$/.test(text));
      for (const lead of leads) expect(lead, path).toMatch(/:$/);
    }
  });

  it('joins the last anniversary of a list with "và": a title may hold a comma of its own', () => {
    const titles = listedAnniversaries().map((a) => String((a as { title: string }).title));
    if (titles.length < 2 || campaign['anniversariesDescription'] !== undefined) return;
    const description = metaContent(pages.get('/ky-niem/')!, 'description')!;
    for (const title of titles) expect(description).toContain(title);
    // The last one named, in the page's order, follows "và".
    expect(
      titles.some((title) => description.endsWith(` và ${title}.`)),
      description,
    ).toBe(true);
  });

  it('writes no date twice in one anniversary: the sentence under "Ngày diễn ra sự kiện" starts with its subject', () => {
    if (!pages.has('/ky-niem/')) return expect(listedAnniversaries()).toEqual([]);
    const cards = findAll(
      main('/ky-niem/'),
      (e) => e.tagName === 'li' && attr(e, 'id') !== undefined,
    );
    expect(cards.length).toBe(listedAnniversaries().length);
    for (const card of cards) {
      const dates = textOf(card).match(/\d{1,2}\/\d{1,2}\/\d{4}/g) ?? [];
      expect(new Set(dates).size, textOf(card)).toBe(dates.length);
    }
  });

  it('says on the 404 page which site has no such page, not "trang này"', () => {
    expect(textOf(main('/404.html'))).not.toMatch(/trang này/);
  });

  it('labels the header search as searching the whole site', () => {
    const label = find(
      pages.get('/')!,
      (e) => e.tagName === 'label' && attr(e, 'for') !== undefined,
    )!;
    expect(textOf(label)).not.toBe('Tìm kiếm trong trang');
  });
});

describe('"Được viện dẫn tại" means cited by a campaign document', () => {
  it('lists only places in the campaign documents, each once', () => {
    for (const path of [...pages.keys()].filter((p) => /^\/van-ban\/.+\//.test(p))) {
      const heading = find(main(path), (e) => attr(e, 'id') === 'duoc-dan-chieu-tai')!;
      const list =
        heading.parentNode!.childNodes[heading.parentNode!.childNodes.indexOf(heading) + 1];
      const links = list ? findAll(list as HtmlNode, (e) => e.tagName === 'a') : [];
      const hrefs = links.map((a) => attr(a, 'href')!);
      expect(new Set(hrefs).size, path).toBe(hrefs.length);
      const routes = letters.map((l) => `/${String(l.data['route'])}/#`);
      for (const href of hrefs)
        expect(
          routes.some((route) => href.startsWith(route)),
          `${path}: ${href}`,
        ).toBe(true);
    }
  });
});

describe('what a screen-reader user hears', () => {
  it('names every link to a place uniquely on its page', () => {
    for (const [path, doc] of pages) {
      const names = selfLinks(doc).map(linkName);
      expect(names.length === new Set(names).size, `${path}: ${names.join(' | ')}`).toBe(true);
    }
  });

  it('names a verbatim quotation after the place of the launch document it reproduces', () => {
    const quoted = (anchor: unknown) =>
      t('documents.anchor.selfLink', {
        label: t('documents.anchor.quoted', { label: anchorLabel(String(anchor))! }),
      });
    for (const area of focusAreas)
      expect(selfLinks(main(`/noi-dung/${area.id}/`)).map(linkName), area.id).toEqual([
        quoted(area.data['letterAnchor']),
      ]);
    if (guidance.length > 0)
      expect(selfLinks(main('/to-chuc-thuc-hien/')).map(linkName)).toEqual(
        guidance.map((g) => quoted(g.data['letterAnchor'])),
      );
  });

  it('puts a heading’s link to itself beside the heading, so the heading’s name is its text', () => {
    let wrapped = 0;
    for (const [path, doc] of pages) {
      for (const heading of findAll(doc, (e) => HEADINGS.has(e.tagName))) {
        expect(selfLinks(heading), `${path}: ${textOf(heading)}`).toEqual([]);
      }
      for (const wrapper of findAll(doc, (e) => hasClass(e, 'heading-wrapper'))) {
        const heading = find(wrapper, (e) => HEADINGS.has(e.tagName))!;
        const [link] = selfLinks(wrapper);
        expect(attr(link!, 'href'), path).toBe(`#${attr(heading, 'id')}`);
        wrapped += 1;
      }
    }
    expect(wrapped).toBeGreaterThan(0);
  });
});

// The five rules of the publisher's voice (content/HUONG-DAN-BIEN-TAP.md, "Năm quy tắc").

/** The texts a reader meets outside the pages' bodies: meta descriptions and titles, the feed, the open data. */
const METADATA_KEYS = ['description', 'og:description', 'og:title', 'twitter:description'];
const feeds = () => ['rss.xml', 'du-lieu/van-ban.json'].map((f) => [f, readDist(f)] as const);
const readDist = (file: string) => readFileSync(join(DIST_DIR, file), 'utf8');

/**
 * Every text of a page a reader or a machine reading for one can meet: its visible text, its title,
 * its meta descriptions and its JSON-LD.
 */
function pageTexts(doc: HtmlNode): string[] {
  return [
    textOf(doc),
    ...METADATA_KEYS.map((key) => metaContent(doc, key)).filter((s) => s !== undefined),
    ...jsonLdTexts(doc),
  ];
}

/** The JSON-LD blocks of a page, as text. */
function jsonLdTexts(doc: HtmlNode): string[] {
  return findAll(
    doc,
    (e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json',
  ).map((script) =>
    script.childNodes.map((n) => (n as unknown as { value: string }).value).join(''),
  );
}

/** Blocks quoted verbatim from a Party or state text: the letter's frame, a quotation block, a marked block. */
const isVerbatim = (e: HtmlElement) =>
  e.tagName === 'blockquote' ||
  (e.tagName === 'article' && hasClass(e, 'cong-van')) ||
  attr(e, 'data-verbatim') !== undefined;
const BLOCKS = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'figcaption']);

function ancestors(node: HtmlNode): HtmlElement[] {
  const list: HtmlElement[] = [];
  let p = (node as HtmlElement).parentNode as HtmlNode | null;
  while (p && isElement(p)) {
    list.push(p);
    p = p.parentNode as HtmlNode | null;
  }
  return list;
}

/** How many quotation marks are open at `index` of `text` (“ opens, ” closes). */
function quoteDepth(text: string, index: number): number {
  let depth = 0;
  for (const ch of text.slice(0, index)) {
    if (ch === '“') depth += 1;
    else if (ch === '”') depth = Math.max(0, depth - 1);
  }
  return depth;
}

/** The text of `block` before `node`, white space collapsed as textOf does. */
function textBefore(block: HtmlNode, node: HtmlNode): string {
  const parts: string[] = [];
  let done = false;
  const walk = (n: HtmlNode) => {
    if (done) return;
    if (n === node) {
      done = true;
      return;
    }
    if (n.nodeName === '#text') parts.push((n as unknown as { value: string }).value);
    if ('childNodes' in n) for (const child of n.childNodes) walk(child);
  };
  walk(block);
  return parts.join('').replace(/\s+/g, ' ');
}

/** Words of an outside researcher, not of a department speaking of documents it implements. */
const RESEARCH_VOICE = [
  /chưa tìm thấy/i,
  /không tìm thấy thêm/i,
  /nguồn mà trang này tham khảo/i,
  /các nguồn của trang/i,
  /chưa được xác nhận/i,
  /chưa có nguồn/i,
  /nguồn thứ hai/i,
  /chỉ được biết qua/i,
  /là viết tắt của/i,
  // Notes on the site's own wording of a trích yếu, or on a text it does not publish (yet).
  /diễn đạt lại/i,
  /không phải (?:trích yếu )?nguyên văn/i,
  /tên gọi tạm/i,
  /chưa được đăng/i,
  /cần ghi đủ/i,
  /\btrang (?:này )?chưa (?:có|biết)/i,
  // An unknown is a field's label ("Chưa xác định được"), never a clause of a sentence.
  /chưa xác định/,
];

describe("the publisher's voice: the Sở speaks, no researcher", () => {
  it('writes no note about research on any page, in any title or description, feed or data', () => {
    const found: string[] = [];
    const scan = (where: string, text: string) => {
      for (const phrase of RESEARCH_VOICE) {
        const m = phrase.exec(text);
        if (m) found.push(`${where}: …${text.slice(Math.max(0, m.index - 50), m.index + 40)}…`);
      }
    };
    for (const [path, doc] of pages) for (const text of pageTexts(doc)) scan(path, text);
    for (const [file, text] of feeds()) scan(file, text);
    // The JSON-LD of each campaign document and of each cited document is read too.
    expect([...pages.values()].flatMap(jsonLdTexts).length).toBeGreaterThanOrEqual(
      letters.length + documents.length,
    );
    expect(found).toEqual([]);
  });

  it('puts a date alone under "Ngày ban hành", never "ngày 30/5/2023" or a sentence', () => {
    const label = t('documents.meta.date');
    const cells: string[] = [];
    for (const [path, doc] of pages) {
      for (const dt of findAll(doc, (e) => e.tagName === 'dt' && textOf(e) === label)) {
        const siblings = dt.parentNode!.childNodes.filter(isElement);
        const dd = siblings[siblings.indexOf(dt) + 1]!;
        cells.push(`${path}: ${textOf(dd)}`);
      }
      for (const table of byTag(doc, 'table')) {
        const heads = byTag(table, 'th')
          .filter((th) => attr(th, 'scope') === 'col')
          .map(textOf);
        const column = heads.indexOf(label);
        if (column < 0) continue;
        for (const tr of findAll(table, (e) => e.tagName === 'tr').slice(1))
          cells.push(`${path}: ${textOf(tr.childNodes.filter(isElement)[column]!)}`);
      }
    }
    // Each campaign document's page has one, and each dated cited document's.
    expect(cells.length).toBeGreaterThanOrEqual(letters.length);
    const date = /^(?:\d{2}\/\d{1,2}\/\d{4}|(?:tháng )?\d{1,2}\/\d{4}|năm \d{4})/;
    const unknown = t('documents.unknown');
    for (const cell of cells) {
      const value = cell.slice(cell.indexOf(': ') + 2);
      expect(date.test(value) || value.startsWith(unknown), cell).toBe(true);
      expect(value, cell).not.toMatch(/^ngày /i);
      expect(value, cell).not.toMatch(/;/);
    }
  });

  it('prints no web address inside a verbatim quotation: no link in one has data-print-url', () => {
    const inside: string[] = [];
    let quotedLinks = 0;
    for (const [path, doc] of pages) {
      const links = findAll(
        doc,
        (e) =>
          e.tagName === 'a' && (hasClass(e, 'cite') || attr(e, 'data-print-url') !== undefined),
      );
      for (const a of links) {
        const up = ancestors(a);
        const block = up.find((e) => BLOCKS.has(e.tagName));
        const where = up.some(isVerbatim)
          ? 'in a quotation block'
          : block && quoteDepth(textBefore(block, a), Infinity) > 0
            ? 'inside “…”'
            : undefined;
        if (where === undefined) continue;
        quotedLinks += 1;
        if (attr(a, 'data-print-url') !== undefined)
          inside.push(`${path}: ${textOf(a)} (${where})`);
      }
    }
    // A launch document citing a document the site has links it in its verbatim text.
    if (documents.length > 0)
      expect(quotedLinks, 'links inside quotations (the launch document)').toBeGreaterThan(0);
    expect(inside).toEqual([]);
  });

  it('marks every verbatim passage of the launch document outside its page as a quotation', () => {
    // The verbatim bodies of /to-chuc-thuc-hien/ are quotations of their places in the document.
    if (guidance.length === 0) return expect(pages.has('/to-chuc-thuc-hien/')).toBe(false);
    const items = findAll(main('/to-chuc-thuc-hien/'), (e) => hasClass(e, 'guidance-item'));
    expect(items.length).toBe(guidance.length);
    for (const item of items)
      expect(findAll(item, isVerbatim).length, textOf(item).slice(0, 60)).toBeGreaterThan(0);
  });

  it('keeps the launch document\'s "từ nay" inside quotation marks, where it speaks on its own date', () => {
    const loose: string[] = [];
    const scanText = (where: string, text: string) => {
      for (const m of text.matchAll(/từ nay/gi))
        if (quoteDepth(text, m.index) === 0)
          loose.push(`${where}: …${text.slice(Math.max(0, m.index - 40), m.index + 30)}…`);
    };
    for (const [path, doc] of pages) {
      for (const key of METADATA_KEYS) scanText(`${path} ${key}`, metaContent(doc, key) ?? '');
      for (const block of findAll(doc, (e) => BLOCKS.has(e.tagName))) {
        if (findAll(block, (e) => e !== block && BLOCKS.has(e.tagName)).length > 0) continue;
        if ([block, ...ancestors(block)].some(isVerbatim)) continue;
        scanText(path, textOf(block));
      }
    }
    for (const [file, text] of feeds()) scanText(file, text);
    expect(loose).toEqual([]);
  });

  it("names each cited document by one short name, the campaign documents' own, in table, breadcrumb and title", () => {
    if (documents.length === 0) return expect(pages.has('/van-ban/')).toBe(false);
    // What the campaign's documents say, as their pages give it.
    const letter = letters
      .map((l) => textOf(main(`/${String(l.data['route'])}/`)))
      .join(' ')
      .replace(/\s+/g, ' ');
    const table = find(main('/van-ban/'), (e) => e.tagName === 'table')!;
    const tableNames = findAll(table, (e) => e.tagName === 'tr')
      .slice(1)
      .map((tr) => textOf(find(tr, (e) => e.tagName === 'a')!));
    const docPaths = [...pages.keys()].filter((p) => /^\/van-ban\/.+\//.test(p));
    expect(docPaths.length).toBe(tableNames.length);
    for (const path of docPaths) {
      const doc = pages.get(path)!;
      const crumbs = findAll(doc, (e) => attr(e, 'aria-current') === 'page');
      const name = textOf(crumbs[0]!);
      expect(letter, `${path}: "${name}" is not how the campaign's documents name it`).toContain(
        name,
      );
      expect(metaContent(doc, 'og:title'), path).toMatch(new RegExp(`^${escapeRegExp(name)} \\|`));
      expect(tableNames, path).toContain(name);
    }
  });
});

