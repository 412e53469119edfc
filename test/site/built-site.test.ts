import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { splitFrontMatter } from '../../src/content-disk/content-files.ts';
import { clausesOf } from '../support/clauses.ts';
import { FIXTURE_CAMPAIGN } from '../support/fixture-campaigns.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { attr, find, findAll, hasClass, textOf } from '../support/html.ts';
import { parsedPages, resolveInternal, siteRules, type BuiltSite } from '../support/site-rules.ts';
import { listPages } from '../support/site.ts';

// The fixture site's root build (test/support/fixture-site.ts) read as a built site: the rules every
// build keeps (test/support/site-rules.ts), then what the fixture campaign's content must give.

const site = (): BuiltSite => ({ dist: fixtureSite().dist, base: '/' });
const page = parsedPages(site);

siteRules(site);

const DOCUMENT_SLUGS = [
  'quyet-dinh-101-qd-ubnd',
  'chi-thi-05-ct-ubnd',
  'nghi-quyet-dai-hoi-tinh',
  'chi-thi-19-ct-tu',
  'chi-thi-08-ct-ubnd',
];

describe('the pages of the fixture campaign', () => {
  it('has a page for every part, document and focus area', () => {
    const pages = listPages(site().dist);
    for (const required of [
      '/',
      '/ke-hoach/',
      '/noi-dung/',
      '/noi-dung/cay-xanh-truong-hoc/',
      '/noi-dung/phan-loai-rac-thai/',
      '/noi-dung/tiet-kiem-dien-nuoc/',
      '/to-chuc-thuc-hien/',
      '/van-ban/',
      ...DOCUMENT_SLUGS.map((s) => `/van-ban/${s}/`),
      '/ky-niem/',
      '/tim-kiem/',
      '/van-ban-phong-trao/',
      '/bao-cao-mau-thu/',
    ])
      expect(pages, `missing page ${required}`).toContain(required);
  });

  it('marks the current section in the menu', () => {
    const menuOf = (path: string) =>
      find(page(path), (e) => e.tagName === 'nav' && attr(e, 'aria-label') === 'Mục chính')!;
    const current = findAll(
      menuOf('/van-ban/chi-thi-19-ct-tu/'),
      (e) => e.tagName === 'a' && attr(e, 'aria-current') !== undefined,
    );
    expect(current.map((a) => [textOf(a), attr(a, 'aria-current')])).toEqual([
      [t('site.section.documents'), 'true'],
    ]);
    expect(findAll(menuOf('/'), (e) => attr(e, 'aria-current') === 'page').map(textOf)).toEqual([
      t('site.section.home'),
    ]);
  });

  it('shows no publisher’s details where content/ gives none: nothing is invented', () => {
    for (const path of [...listPages(site().dist), '/404.html']) {
      const footer = find(page(path), (e) => e.tagName === 'footer' && hasClass(e, 'site-footer'))!;
      expect(
        find(footer, (e) => e.tagName === 'dl'),
        path,
      ).toBeUndefined();
      expect(textOf(footer), path).not.toContain(t('site.footer.address'));
    }
  });
});

describe('the launch plan’s page', () => {
  const plan = () =>
    find(page('/ke-hoach/'), (e) => e.tagName === 'article' && hasClass(e, 'cong-van'))!;
  const source = splitFrontMatter(
    readFileSync(join(FIXTURE_CAMPAIGN, 'letter', 'ke-hoach.mdx'), 'utf8'),
  )!.body;

  it('contains every clause of its text, verbatim', () => {
    const text = textOf(plan()).replace(/\s+/g, ' ');
    const clauses = clausesOf(source);
    expect(clauses.filter((clause) => !text.includes(clause))).toEqual([]);
    expect(clauses.length).toBeGreaterThan(15);
  });

  it('is laid out as a Kế hoạch: issuer, Quốc hiệu, number, place and date, tên loại, signature, Nơi nhận', () => {
    const text = textOf(plan());
    for (const part of [
      'UBND TỈNH SƠN HÀ',
      'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ])
      expect(text, part).toContain(part);
    // The heading's two columns are side by side; from the number on, the text reads in order.
    const order = [
      'Số: 12/KH-SGDĐT',
      'Sơn Hà, ngày 14 tháng 02 năm 2025',
      'KẾ HOẠCH',
      'Phát động phong trào thi đua “Trường học xanh” năm 2025',
      'Thực hiện Quyết định số 101/QĐ-UBND',
      'Nơi nhận:',
      'Lưu: VT, VP.',
      'GIÁM ĐỐC',
      'Người Ký Mẫu Sáu',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(order.filter((_, i) => positions[i]! < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain('V/v');
  });

  it('gives every numbered section, bullet and point a stable id with a link to itself', () => {
    const ids = ['muc-1', 'muc-2', 'muc-2-y-1', 'muc-2-y-2', 'muc-2-y-3', 'muc-3', 'muc-4'];
    for (const id of [...ids, 'muc-4-a', 'muc-4-b', 'muc-4-c']) {
      const block = find(plan(), (e) => attr(e, 'id') === id);
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
    expect(textOf(find(plan(), (e) => attr(e, 'id') === 'muc-2-y-3')!)).toContain(
      'tiết kiệm điện, nước',
    );
  });

  it('links every mention of a cited document to its page, with no address to print', () => {
    const cites = findAll(plan(), (e) => e.tagName === 'a' && hasClass(e, 'cite'));
    const byTarget = new Map<string, number>();
    for (const a of cites)
      byTarget.set(attr(a, 'data-cites')!, (byTarget.get(attr(a, 'data-cites')!) ?? 0) + 1);
    expect(Object.fromEntries(byTarget)).toEqual({
      'quyet-dinh-101-qd-ubnd': 1,
      'chi-thi-05-ct-ubnd': 2,
      'nghi-quyet-dai-hoi-tinh': 1,
      'chi-thi-19-ct-tu': 1,
      'chi-thi-08-ct-ubnd': 1,
    });
    for (const a of cites) {
      expect(attr(a, 'href')).toBe(`/van-ban/${attr(a, 'data-cites')}/`);
      // The plan is verbatim: in print it carries no address (HUONG-DAN-BIEN-TAP.md, rule 3).
      expect(attr(a, 'data-print-url')).toBeUndefined();
    }
  });
});

describe('cited documents', () => {
  it.each(DOCUMENT_SLUGS)('%s lists where the campaign documents cite it', (slug) => {
    const doc = page(`/van-ban/${slug}/`);
    expect(find(doc, (e) => attr(e, 'id') === 'duoc-dan-chieu-tai')).toBeDefined();
    const list = findAll(doc, (e) => e.tagName === 'ul' && hasClass(e, 'card-list'))[0]!;
    const links = findAll(list, (e) => e.tagName === 'a');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links)
      expect(resolveInternal(site(), attr(link, 'href')!, `/van-ban/${slug}/`)!.hash).not.toBe('');
  });

  it('shows number, date and issuer of a directive together, and summarises nothing', () => {
    const main = find(page('/van-ban/quyet-dinh-101-qd-ubnd/'), (e) => e.tagName === 'main')!;
    const text = textOf(main);
    expect(text).toContain('101/QĐ-UBND');
    expect(text).toContain('10/01/2025');
    expect(text).toContain('Ủy ban nhân dân tỉnh Sơn Hà');
    const prose = find(main, (e) => hasClass(e, 'prose'))!;
    expect(textOf(prose)).toMatch(/^Văn bản mẫu thử, không có thật\./);
  });
});

describe('the overview and the anniversaries', () => {
  it('states the theme, the anniversaries and the status computed from the dates', () => {
    const text = textOf(find(page('/'), (e) => e.tagName === 'main')!);
    expect(text).toContain(t('documents.campaign.ended', { end: '31/12/2025' }));
    for (const title of [
      '65 năm ngày khai giảng trường học đầu tiên của tỉnh',
      '30 năm thành lập Sở',
    ])
      expect(text).toContain(title);
    expect(text).toContain('Xây dựng trường học xanh, sạch, đẹp, an toàn, thân thiện');
  });

  it('shows the anniversaries in date order with machine-readable dates', () => {
    const times = findAll(
      page('/ky-niem/'),
      (e) => e.tagName === 'time' && hasClass(e, 'timeline__date'),
    ).map((time) => attr(time, 'datetime'));
    expect(times).toEqual(['2025-09-01', '2025-09-05']);
  });
});
