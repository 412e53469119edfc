import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
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
import { letterClauses } from '../support/letter-source.ts';
import { assertBuilt, DIST_DIR, listPages, readPage } from '../support/site.ts';

// The built site read as a civil servant reads it: each class of defect of the editorial review
// (content/HUONG-DAN-BIEN-TAP.md) has a check here that would have caught it.

const pages = new Map<string, HtmlNode>();
beforeAll(() => {
  assertBuilt();
  for (const path of [...listPages(), '/404.html']) pages.set(path, parseHtml(readPage(path)));
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

  it('assigns a task only to whom the letter names: mục 3 and 4 are requirements on all', () => {
    const table = find(
      main('/'),
      (e) =>
        e.tagName === 'table' &&
        byTag(e, 'caption').some(
          (c) =>
            textOf(c) === t('pages.home.guidance.caption', { places: 'mục 5', type: 'công văn' }),
        ),
    )!;
    const rows = findAll(table, (e) => e.tagName === 'tr').map((tr) =>
      byTag(tr, 'th').map(textOf).concat(byTag(tr, 'td').map(textOf)),
    );
    expect(rows.slice(1).map(([actor]) => actor)).toEqual([
      'Các phòng, đơn vị trực thuộc Sở',
      'Các tổ chức đoàn thể',
      'Văn phòng Sở',
    ]);
    const general = find(
      main('/'),
      (e) => e.tagName === 'h3' && textOf(e) === t('pages.guidance.role.yeu-cau-chung'),
    )!;
    const list = general.parentNode!.childNodes.filter(isElement);
    expect(byTag(list[list.indexOf(general) + 1]!, 'li').map(textOf)).toEqual([
      'Đổi mới công tác thi đua, khen thưởng',
      'Nâng cao vai trò lãnh đạo trong thi đua',
    ]);
    expect(rows.map(([actor]) => actor)).not.toContain(
      'Cấp ủy Đảng, người đứng đầu các đơn vị, đoàn thể, tổ chức',
    );
  });

  it('gives points 5a and 5b no deadline', () => {
    expect(textOf(main('/to-chuc-thuc-hien/'))).not.toMatch(/Thời hạn/);
  });

  it('shows a trích yếu only word for word: one not known so is "Chưa xác định được"', () => {
    const unknown = t('documents.unknown');
    const table = find(main('/van-ban/'), (e) => e.tagName === 'table')!;
    const column = byTag(table, 'th')
      .filter((th) => attr(th, 'scope') === 'col')
      .map(textOf)
      .indexOf(t('documents.meta.subject'));
    const subjects = new Map(
      findAll(table, (e) => e.tagName === 'tr')
        .slice(1)
        .map((tr) => {
          const cells = tr.childNodes.filter(isElement);
          return [textOf(cells[0]!), textOf(cells[column]!)] as const;
        }),
    );
    expect(subjects.get('Công văn số 1954/UBND-TH')).toBe(unknown);
    expect(subjects.get('Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV')).toBe(unknown);
    expect(subjects.get('Chỉ thị số 34-CT/TW')).toBe(
      'Về tiếp tục đổi mới công tác thi đua, khen thưởng',
    );
    for (const path of ['/van-ban/cong-van-1954-ubnd-th/', '/van-ban/nghi-quyet-dai-hoi-xiv/']) {
      const box = textOf(find(main(path), (e) => e.tagName === 'dl')!);
      expect(box, path).toContain(`${t('documents.meta.subject')}${unknown}`);
    }
  });

  it('shows number and code, or the unknown label, under "Số, ký hiệu" in the documents table', () => {
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
      ['1954/UBND-TH', '32-CT/TU', '34-CT/TW', t('documents.unknown')].sort(),
    );
  });

  it('names the letter page’s issuer and signer as a sentence does, with no sentence repeating the box', () => {
    const box = textOf(find(main('/cong-van/'), (e) => e.tagName === 'dl')!);
    expect(box).toContain('Sở Công Thương tỉnh Lai Châu');
    expect(box).not.toContain('SỞ CÔNG THƯƠNG (');
    expect(box).toContain('Nguyễn Sỹ Chín – Giám đốc');
    expect(box).toContain('trên bản đã ký');
    expect(textOf(main('/cong-van/'))).not.toMatch(/Ngày ban hành: ngày/);
  });

  it('says once, under the verbatim text, which slip of the signed copy a summary corrects', () => {
    const text = textOf(main('/noi-dung/hoan-thanh-chi-tieu-thu-hut-dau-tu/'));
    expect(text).toContain('Phân đấu hoàn thành, hoàn thành vượt mức');
    expect(text.match(/Bản đã ký ghi “Phân đấu”/g)).toHaveLength(1);
  });
});

describe('plain, unambiguous lines', () => {
  it('gives each timeline step a label that starts with a capital, like the labels beside it', () => {
    const labels = [...pages].flatMap(([path, doc]) =>
      findAll(doc, (e) => hasClass(e, 'timeline__date')).map((e) => `${path}: ${textOf(e)}`),
    );
    expect(labels.length).toBeGreaterThan(8);
    expect(labels.filter((l) => !/^\S+: \p{Lu}/u.test(l))).toEqual([]);
  });

  it('states as done only what took place: a step the letter orders quotes the letter', () => {
    const steps = findAll(main('/to-chuc-thuc-hien/'), (e) => e.tagName === 'li').filter((li) =>
      findAll(li, (e) => hasClass(e, 'timeline__date')).some((d) => d.tagName !== 'time'),
    );
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const label = textOf(find(step, (e) => hasClass(e, 'timeline__date'))!);
      // The label is a date's place, not a note on what the letter leaves out.
      expect(label, label).not.toMatch(/\(|không nêu/);
      expect(textOf(step)).toMatch(/Theo công văn, [^“]*“[^”]+”/);
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
    expect(kickers, 'the focus areas have their "Nội dung n" kickers').toBeGreaterThan(5);
    expect(repeated).toEqual([]);
  });

  it('ends a lead that announces a list with ":"', () => {
    for (const path of ['/', '/noi-dung/']) {
      const leads = findAll(main(path), (e) => e.tagName === 'p')
        .map(textOf)
        .filter((text) => /trọng tâm sau/.test(text));
      expect(leads.length, path).toBeGreaterThan(0);
      for (const lead of leads) expect(lead, path).toMatch(/:$/);
    }
  });

  it('joins the last anniversary of a list with "và": a title may hold a comma of its own', () => {
    const description = metaContent(pages.get('/ky-niem/')!, 'description')!;
    expect(description).toMatch(/ và 20 năm chia tách, thành lập tỉnh\.$/);
  });

  it('writes no date twice in one anniversary: the sentence under "Ngày diễn ra sự kiện" starts with its subject', () => {
    const cards = findAll(
      main('/ky-niem/'),
      (e) => e.tagName === 'li' && attr(e, 'id') !== undefined,
    );
    expect(cards.length).toBeGreaterThan(0);
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
      for (const href of hrefs) expect(href, path).toMatch(/^\/cong-van\/#/);
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

  it('names a verbatim quotation after the place of the letter it reproduces', () => {
    expect(selfLinks(main('/noi-dung/khoa-hoc-cong-nghe-chuyen-doi-so/')).map(linkName)).toEqual([
      t('documents.anchor.selfLink', {
        label: t('documents.anchor.quoted', { label: 'mục 2, ý 3' }),
      }),
    ]);
    expect(selfLinks(main('/to-chuc-thuc-hien/')).map(linkName)).toEqual(
      ['mục 3', 'mục 4', 'mục 5, điểm a', 'mục 5, điểm b', 'mục 5, điểm c'].map((label) =>
        t('documents.anchor.selfLink', { label: t('documents.anchor.quoted', { label }) }),
      ),
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
    // The JSON-LD of the letter and of each cited document is read too.
    expect([...pages.values()].flatMap(jsonLdTexts).length).toBeGreaterThanOrEqual(5);
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
    expect(cells.length).toBeGreaterThanOrEqual(8);
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
    expect(
      quotedLinks,
      'links inside quotations (the letter, mục 3 on /to-chuc-thuc-hien/)',
    ).toBeGreaterThan(5);
    expect(inside).toEqual([]);
  });

  it('marks every verbatim passage of the letter outside the letter page as a quotation', () => {
    // The verbatim bodies of /to-chuc-thuc-hien/ are quotations of mục 3, 4 and 5.
    const items = findAll(main('/to-chuc-thuc-hien/'), (e) => hasClass(e, 'guidance-item'));
    expect(items.length).toBe(5);
    for (const item of items)
      expect(findAll(item, isVerbatim).length, textOf(item).slice(0, 60)).toBeGreaterThan(0);
  });

  it('keeps the letter\'s "từ nay" inside quotation marks, where it is the letter speaking in 2023', () => {
    const loose: string[] = [];
    const scanText = (where: string, text: string) => {
      for (const m of text.matchAll(/từ nay/gi))
        if (quoteDepth(text, m.index) === 0)
          loose.push(`${where}: …${text.slice(Math.max(0, m.index - 40), m.index + 30)}…`);
    };
    let seen = 0;
    for (const [path, doc] of pages) {
      for (const key of METADATA_KEYS) scanText(`${path} ${key}`, metaContent(doc, key) ?? '');
      for (const block of findAll(doc, (e) => BLOCKS.has(e.tagName))) {
        if (findAll(block, (e) => e !== block && BLOCKS.has(e.tagName)).length > 0) continue;
        if ([block, ...ancestors(block)].some(isVerbatim)) continue;
        const text = textOf(block);
        if (/từ nay/i.test(text)) seen += 1;
        scanText(path, text);
      }
    }
    for (const [file, text] of feeds()) scanText(file, text);
    expect(seen, 'the timelines quote "từ nay"').toBeGreaterThan(0);
    expect(loose).toEqual([]);
  });

  it("names each cited document by one short name, the letter's own, in table, breadcrumb and title", () => {
    const letter = letterClauses().join(' ');
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
      expect(letter, `${path}: "${name}" is not how the letter names it`).toContain(name);
      expect(metaContent(doc, 'og:title'), path).toMatch(new RegExp(`^${escape(name)} \\|`));
      expect(tableNames, path).toContain(name);
    }
    // "Nghị quyết Đại hội XIV" now reads as the national congress of 2026.
    for (const [path, doc] of pages)
      for (const text of pageTexts(doc)) expect(text, path).not.toMatch(/Đại hội XIV/);
  });

  it('gives the Văn phòng Sở the letter\'s "kiểm tra" and leaves "thẩm định" to the Council it helps', () => {
    const row = findAll(main('/'), (e) => e.tagName === 'tr').find((tr) =>
      textOf(tr).startsWith('Văn phòng Sở'),
    )!;
    const task = textOf(row);
    expect(task).toContain('kiểm tra');
    if (task.includes('thẩm định')) expect(task).toMatch(/giúp Hội đồng[^;]*thẩm định/);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
