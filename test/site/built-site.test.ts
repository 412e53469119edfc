import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeBase } from '../../src/site/paths.ts';
import {
  attr,
  byTag,
  find,
  findAll,
  hasClass,
  metaContent,
  parseHtml,
  textOf,
  type HtmlNode,
} from '../support/html.ts';
import { LETTER_BLOCK_IDS, letterClauses } from '../support/letter-source.ts';
import { assertBuilt, DIST_DIR, has404, listPages, readPage } from '../support/site.ts';

// The tests read the build that `npm test` just made; BASE_PATH must match the one it was built with.
const BASE = normalizeBase(process.env['BASE_PATH']);
const DOCUMENT_SLUGS = [
  'chi-thi-34-ct-tw',
  'chi-thi-32-ct-tu',
  'cong-van-1954-ubnd-th',
  'nghi-quyet-dai-hoi-xiv',
];
const REQUIRED_PAGES = [
  '/',
  '/cong-van/',
  '/noi-dung/',
  '/to-chuc-thuc-hien/',
  '/van-ban/',
  ...DOCUMENT_SLUGS.map((s) => `/van-ban/${s}/`),
  '/ky-niem/',
  '/tim-kiem/',
];

const docs = new Map<string, HtmlNode>();
/** The parsed page at a site-relative path (cached). */
function page(path: string): HtmlNode {
  let doc = docs.get(path);
  if (!doc) {
    doc = parseHtml(readPage(path));
    docs.set(path, doc);
  }
  return doc;
}

/** Maps an href on a page to a site-relative path and fragment, or undefined for other origins. */
function resolveInternal(
  href: string,
  fromPath: string,
): { path: string; hash: string } | undefined {
  const origin = 'http://site.invalid';
  const url = new URL(href, new URL(BASE.slice(0, -1) + fromPath, origin));
  if (url.origin !== origin) return undefined;
  expect(
    url.pathname.startsWith(BASE),
    `${fromPath}: link ${href} leaves the base path ${BASE}`,
  ).toBe(true);
  return {
    path: `/${url.pathname.slice(BASE.length)}`,
    hash: decodeURIComponent(url.hash.slice(1)),
  };
}

/** The dist file that serves a site-relative path, if any. */
function fileFor(path: string): string | undefined {
  const candidate = path.endsWith('/') ? join(DIST_DIR, path, 'index.html') : join(DIST_DIR, path);
  return existsSync(candidate) ? candidate : undefined;
}

const allPages = () => [...listPages(), '/404.html'];

beforeAll(() => {
  assertBuilt();
});

describe('pages', () => {
  it('builds every page the portal links to, and a 404 page', () => {
    const pages = listPages();
    for (const required of REQUIRED_PAGES)
      expect(pages, `missing page ${required}`).toContain(required);
    expect(pages.filter((p) => p.startsWith('/noi-dung/') && p !== '/noi-dung/')).toHaveLength(7);
    expect(has404()).toBe(true);
  });

  it('declares Vietnamese, has one <h1>, and a unique title and description on every page', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    for (const path of allPages()) {
      const doc = page(path);
      expect(attr(byTag(doc, 'html')[0]!, 'lang'), path).toBe('vi');
      expect(byTag(doc, 'h1'), `${path} must have exactly one <h1>`).toHaveLength(1);
      const title = textOf(byTag(doc, 'title')[0]!);
      expect(title.length, path).toBeGreaterThan(5);
      expect(
        titles.get(title),
        `${path} repeats the title of ${titles.get(title)}`,
      ).toBeUndefined();
      titles.set(title, path);
      const description = metaContent(doc, 'description') ?? '';
      expect(description.length, `${path} description`).toBeGreaterThan(30);
      expect(
        descriptions.get(description),
        `${path} repeats the description of ${descriptions.get(description)}`,
      ).toBeUndefined();
      descriptions.set(description, path);
    }
  });

  it('has a skip link to #main-content, landmarks and aria-current in the menu', () => {
    for (const path of allPages()) {
      const doc = page(path);
      const skip = find(doc, (e) => e.tagName === 'a' && hasClass(e, 'skip-link'));
      expect(skip && attr(skip, 'href'), path).toBe('#main-content');
      expect(
        find(doc, (e) => e.tagName === 'main' && attr(e, 'id') === 'main-content'),
        path,
      ).toBeDefined();
      expect(byTag(doc, 'header').length, path).toBeGreaterThan(0);
      expect(byTag(doc, 'footer').length, path).toBeGreaterThan(0);
    }
    const menu = find(
      page('/van-ban/chi-thi-34-ct-tw/'),
      (e) => e.tagName === 'nav' && attr(e, 'aria-label') === 'Mục chính',
    )!;
    const current = findAll(
      menu,
      (e) => e.tagName === 'a' && attr(e, 'aria-current') !== undefined,
    );
    expect(current.map((a) => [textOf(a), attr(a, 'aria-current')])).toEqual([
      ['Văn bản được viện dẫn', 'true'],
    ]);
    const home = find(
      page('/'),
      (e) => e.tagName === 'nav' && attr(e, 'aria-label') === 'Mục chính',
    )!;
    expect(findAll(home, (e) => attr(e, 'aria-current') === 'page').map(textOf)).toEqual([
      'Tổng quan',
    ]);
  });
});

describe('links', () => {
  it('resolves every internal link and #anchor to a built page and an existing id', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const path of allPages()) {
      for (const el of findAll(
        page(path),
        (e) => (e.tagName === 'a' || e.tagName === 'link') && attr(e, 'href') !== undefined,
      )) {
        const href = attr(el, 'href')!;
        if (/^(mailto|tel):/.test(href)) continue;
        const target = resolveInternal(href, path);
        if (!target) continue;
        checked++;
        const file = fileFor(target.path);
        if (!file) {
          broken.push(`${path}: ${href} → no page at ${target.path}`);
          continue;
        }
        if (target.hash !== '' && file.endsWith('.html')) {
          const ids = findAll(
            page(target.path.endsWith('.html') ? target.path : target.path),
            (e) => attr(e, 'id') === target.hash,
          );
          if (ids.length !== 1)
            broken.push(`${path}: ${href} → #${target.hash} found ${ids.length} times`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('never repeats an id on a page', () => {
    for (const path of allPages()) {
      const ids = findAll(page(path), (e) => attr(e, 'id') !== undefined).map((e) =>
        attr(e, 'id')!,
      );
      const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(repeated, path).toEqual([]);
    }
  });
});

describe('the letter page', () => {
  const letter = () =>
    find(page('/cong-van/'), (e) => e.tagName === 'article' && hasClass(e, 'cong-van'))!;

  it('contains every clause of the source letter, verbatim', () => {
    // The signed copy leaves the number and the day blank; the page shows the blank as "…".
    const text = textOf(letter()).replace(/…/g, '').replace(/\s+/g, ' ');
    const missing = letterClauses().filter((clause) => !text.includes(clause));
    expect(missing).toEqual([]);
    expect(letterClauses().length).toBeGreaterThan(60);
  });

  it('is laid out as a công văn: issuer, Quốc hiệu, number, V/v, place and date, recipients, signature, Nơi nhận', () => {
    const text = textOf(letter());
    for (const part of [
      'UBND TỈNH LAI CHÂU',
      'SỞ CÔNG THƯƠNG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: …/SCT-VP',
      'V/v phát động phong trào thi đua đặc biệt lập thành tích chào mừng kỷ niệm các sự kiện lịch sử của tỉnh',
      'Lai Châu, ngày … tháng 6 năm 2023',
      'Kính gửi: Các phòng, đơn vị trực thuộc Sở',
      'Nơi nhận:',
      'Lưu: VT, VP.',
      'GIÁM ĐỐC',
      'Nguyễn Sỹ Chín',
    ]) {
      expect(text, part).toContain(part);
    }
    expect(text.indexOf('CỘNG HÒA')).toBeLessThan(text.indexOf('Kính gửi'));
    expect(text.indexOf('Kính gửi')).toBeLessThan(text.indexOf('Năm 2023 là năm'));
    expect(text.indexOf('Nơi nhận:')).toBeGreaterThan(text.indexOf('(01/01/2004-01/01/2024)/.'));
  });

  it('gives every numbered section, bullet and point a stable id with a link to itself', () => {
    for (const id of LETTER_BLOCK_IDS) {
      const block = find(letter(), (e) => attr(e, 'id') === id);
      expect(block, id).toBeDefined();
      // A heading's link sits beside it, in its wrapper; a paragraph's or an item's inside it.
      const host = /^h[1-6]$/.test(block!.tagName) ? (block!.parentNode as typeof block) : block;
      expect(hasClass(host!, 'heading-wrapper') || host === block, id).toBe(true);
      const self = find(host!, (e) => e.tagName === 'a' && attr(e, 'href') === `#${id}`);
      expect(self, `self-link of ${id}`).toBeDefined();
      // Named for screen readers; no text of its own, so a copy of the letter holds none of it.
      expect(attr(self!, 'aria-label')).toMatch(/^Liên kết đến mục \d/);
      expect(textOf(self!)).toBe('');
    }
    expect(textOf(find(letter(), (e) => attr(e, 'id') === 'muc-2-y-3')!)).toContain(
      'chuyển đổi số',
    );
  });

  it('links every mention of a cited document to its page', () => {
    const cites = findAll(letter(), (e) => e.tagName === 'a' && hasClass(e, 'cite'));
    const byTarget = new Map<string, number>();
    for (const a of cites)
      byTarget.set(attr(a, 'data-cites')!, (byTarget.get(attr(a, 'data-cites')!) ?? 0) + 1);
    expect(Object.fromEntries(byTarget)).toEqual({
      'nghi-quyet-dai-hoi-xiv': 1,
      'cong-van-1954-ubnd-th': 1,
      'chi-thi-34-ct-tw': 2,
      'chi-thi-32-ct-tu': 1,
    });
    for (const a of cites) {
      expect(attr(a, 'href')).toBe(`${BASE}van-ban/${attr(a, 'data-cites')}/`);
      // The letter is verbatim: in print it carries no address (HUONG-DAN-BIEN-TAP.md, rule 3).
      expect(attr(a, 'data-print-url')).toBeUndefined();
    }
  });
});

describe('cited documents', () => {
  it.each(DOCUMENT_SLUGS)('%s lists the exact paragraphs that cite it', (slug) => {
    const doc = page(`/van-ban/${slug}/`);
    const heading = find(doc, (e) => attr(e, 'id') === 'duoc-dan-chieu-tai');
    expect(heading).toBeDefined();
    const list = findAll(doc, (e) => e.tagName === 'ul' && hasClass(e, 'card-list'))[0];
    expect(list, 'backlink list').toBeDefined();
    const links = findAll(list!, (e) => e.tagName === 'a');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const target = resolveInternal(attr(link, 'href')!, `/van-ban/${slug}/`)!;
      expect(target.hash, 'a backlink points to a paragraph').not.toBe('');
      const paragraph = find(page(target.path), (e) => attr(e, 'id') === target.hash);
      expect(paragraph, attr(link, 'href')).toBeDefined();
      const cite = find(paragraph!, (e) => e.tagName === 'a' && attr(e, 'data-cites') === slug);
      expect(cite, `${attr(link, 'href')} cites ${slug}`).toBeDefined();
    }
  });

  it('shows number, date, issuer and term of Chỉ thị 34-CT/TW together, and summarises nothing', () => {
    const main = find(page('/van-ban/chi-thi-34-ct-tw/'), (e) => e.tagName === 'main')!;
    const text = textOf(main);
    expect(text).toContain('34-CT/TW');
    expect(text).toContain('07/4/2014');
    expect(text).toContain('Bộ Chính trị');
    expect(text).toMatch(/khóa XI/i);
    // The site's own words about the Chỉ thị are one line: it is not the Chỉ thị of 24/5/2024.
    const prose = find(main, (e) => hasClass(e, 'prose'))!;
    expect(textOf(prose)).toMatch(/^Văn bản này khác với Chỉ thị số 34-CT\/TW ngày 24\/5\/2024/);
  });
});

describe('the overview', () => {
  it('states the theme, the four anniversaries and the status computed from the dates', () => {
    const text = textOf(find(page('/'), (e) => e.tagName === 'main')!);
    expect(text).toContain('Đã kết thúc ngày 30/10/2023');
    for (const title of [
      '115 năm thành lập tỉnh',
      '75 năm thành lập Đảng bộ tỉnh',
      '20 năm chia tách',
    ])
      expect(text).toContain(title);
    expect(text).toContain('Thi đua đổi mới, sáng tạo, lập thành tích cao nhất');
  });

  it('shows the anniversaries in date order with machine-readable dates', () => {
    const times = findAll(
      page('/ky-niem/'),
      (e) => e.tagName === 'time' && hasClass(e, 'timeline__date'),
    ).map((t) => attr(t, 'datetime'));
    expect(times).toEqual(['2023-12-12', '2024-01-01', '2024-06-28', '2024-10-10']);
  });
});

describe('sitemap and robots', () => {
  it('writes a sitemap that lists the pages', () => {
    const index = readFileSync(join(DIST_DIR, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain('sitemap-0.xml');
    const sitemap = readFileSync(join(DIST_DIR, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`${BASE}cong-van/</loc>`);
    expect(sitemap).not.toContain('404');
  });
});
