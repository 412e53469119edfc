import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attr,
  find,
  findAll,
  hasClass,
  isElement,
  parseHtml,
  type HtmlNode,
} from '../support/html.ts';
import { docxText, printedText, unzipEntry, wordsOf } from '../support/docx.ts';
import { FIXTURE_TIMELINE } from '../support/fixture-campaigns.ts';
import { fixtureSite } from '../support/fixture-site.ts';

// Each document type in its NĐ 30 form, proved with the clearly fictional documents of the fixture
// campaign (test/fixtures/campaign/letter/) in the fixture site, a temporary copy of the project.

let dist: string;

beforeAll(() => {
  dist = fixtureSite().dist;
});

/** The parsed page at a site-relative path of the fixture build. */
function page(path: string): HtmlNode {
  return parseHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
}

/** The document's article on a page. */
function article(path: string): HtmlNode {
  const found = find(page(path), (e) => e.tagName === 'article' && hasClass(e, 'cong-van'));
  expect(found, `article.cong-van on ${path}`).toBeDefined();
  return found!;
}

/** The text under a node as a reader sees it: a space between elements, links to self left out. */
function textOf(node: HtmlNode): string {
  const parts: string[] = [];
  const walk = (n: HtmlNode) => {
    if (n.nodeName === '#text') parts.push((n as { value: string }).value);
    if (isElement(n) && hasClass(n, 'self-link')) return;
    if ('childNodes' in n) {
      parts.push(' ');
      for (const child of n.childNodes) walk(child);
      parts.push(' ');
    }
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The ids of the elements under a node, in document order. */
function idsUnder(node: HtmlNode): string[] {
  return findAll(node, (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id')!);
}

describe('each document type in its form (fixture copy)', () => {
  it('lays a Kế hoạch out as a văn bản có tên loại: "KẾ HOẠCH", the trích yếu under it, no V/v', () => {
    const doc = article('ke-hoach-mau-thu');
    expect(hasClass(doc as never, 'cong-van--ten-loai')).toBe(true);
    const h1 = find(doc, (e) => e.tagName === 'h1')!;
    expect(textOf(h1)).toBe(
      'Kế hoạch số 20/KH-SGDĐT: KẾ HOẠCH Thực hiện phong trào thi đua “Trường học xanh” (văn bản mẫu thử, không có thật)',
    );
    const text = textOf(doc);
    expect(text).toContain('Số: 20/KH-SGDĐT');
    expect(text).toContain('Sơn Hà, ngày 05 tháng 3 năm 2025');
    expect(text).not.toContain('V/v');
    expect(text).not.toContain('Kính gửi');
    expect(text.indexOf('Sơn Hà, ngày')).toBeLessThan(text.indexOf('KẾ HOẠCH'));
    expect(text).toMatch(/KT\. GIÁM ĐỐC PHÓ GIÁM ĐỐC Người Ký Mẫu Một$/);
  });

  it('keeps a Báo cáo sent upward with its Kính gửi, a blank number and a month-only date', () => {
    const text = textOf(article('bao-cao-mau-thu'));
    expect(text).toContain('BÁO CÁO');
    expect(text).toContain('Số: …/BC-SGDĐT');
    expect(text).toContain('Sơn Hà, ngày … tháng 12 năm 2025');
    expect(text).toContain('Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh (mẫu thử)');
    expect(text).toMatch(/Q\. GIÁM ĐỐC Người Ký Mẫu Ba$/);
  });

  it('lays a Thông báo out with its heading and a TL. signature', () => {
    const text = textOf(article('thong-bao-mau-thu'));
    expect(text).toContain('Số: 05/TB-SGDĐT');
    expect(text).toContain('THÔNG BÁO');
    expect(text).toMatch(/TL\. GIÁM ĐỐC CHÁNH VĂN PHÒNG Người Ký Mẫu Hai$/);
  });

  it('lays a Quyết định out: heading, authority, Căn cứ, Theo đề nghị, "QUYẾT ĐỊNH:", Điều 1., 2., 3.', () => {
    const doc = article('quyet-dinh-mau-thu');
    const text = textOf(doc);
    const order = [
      'Số: …/QĐ-SGDĐT',
      'QUYẾT ĐỊNH Về việc khen thưởng',
      'GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO',
      'Căn cứ văn bản mẫu thử',
      'Căn cứ Kế hoạch số 12/KH-SGDĐT',
      'Theo đề nghị của Chánh Văn phòng Sở.',
      'QUYẾT ĐỊNH:',
      'Điều 1. Tặng Giấy khen',
      'Điều 2. Tổ chức thực hiện',
      'Điều 3. Quyết định này',
      'Nơi nhận: - Như Điều 3; - Lưu: VT, VP.',
      'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC',
      'Người Ký Mẫu Bốn',
      'Phụ lục I DANH SÁCH TẬP THỂ',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(order.filter((_, i) => positions[i]! < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).not.toContain('Kính gửi');
  });

  it('gives Điều, khoản and điểm stable ids, each with a link to itself', () => {
    const doc = article('quyet-dinh-mau-thu');
    const ids = idsUnder(doc);
    for (const id of [
      'dieu-1',
      'dieu-2',
      'dieu-2-khoan-1',
      'dieu-2-khoan-1-diem-a',
      'dieu-2-khoan-1-diem-b',
      'dieu-2-khoan-2',
      'dieu-3',
    ]) {
      expect(ids, id).toContain(id);
      const block = find(doc, (e) => attr(e, 'id') === id)!;
      expect(
        find(block, (e) => attr(e, 'href') === `#${id}`),
        `self-link of ${id}`,
      ).toBeDefined();
    }
  });

  it('sets the attached list as a real table whose rows have stable ids', () => {
    const doc = article('quyet-dinh-mau-thu');
    const table = find(doc, (e) => e.tagName === 'table')!;
    expect(table).toBeDefined();
    const heads = findAll(table, (e) => e.tagName === 'th' && attr(e, 'scope') === 'col');
    expect(heads.map(textOf)).toEqual(['TT', 'Tên tập thể, cá nhân', 'Đơn vị']);
    const rows = findAll(table, (e) => e.tagName === 'tr' && attr(e, 'id') !== undefined);
    expect(rows.map((r) => attr(r, 'id'))).toEqual([
      'phu-luc-1-dong-1',
      'phu-luc-1-dong-2',
      'phu-luc-1-dong-3',
    ]);
    expect(textOf(rows[1]!)).toContain('Tập thể Mẫu thử B');
    expect(idsUnder(doc)).toContain('phu-luc-1');
  });

  it('shows a công văn’s attached list after its signature, as its .docx has it', () => {
    const doc = article('cong-van-mau-thu');
    expect(isElement(doc) && attr(doc, 'class')).toBe('cong-van');
    // A công văn's trích yếu is the V/v under its number, not a tên loại in capitals.
    expect(textOf(doc)).not.toContain('CÔNG VĂN');
    const h1 = find(doc, (e) => e.tagName === 'h1')!;
    expect(textOf(h1)).toBe(
      'Công văn số 31/SGDĐT-VP: V/v đăng ký điển hình tiên tiến (văn bản mẫu thử, không có thật)',
    );
    const text = textOf(doc);
    const order = [
      'Số: 31/SGDĐT-VP Công văn số 31/SGDĐT-VP: V/v đăng ký',
      'Kính gửi: - Văn phòng Sở (mẫu thử); - Phòng Mẫu thử.',
      'theo Phụ lục kèm theo Công văn này./.',
      'Nơi nhận: - Như trên; - Lưu: VT, VP.',
      'KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Người Ký Mẫu Năm',
      'Phụ lục DANH SÁCH ĐIỂN HÌNH TIÊN TIẾN ĐĂNG KÝ (MẪU THỬ)',
      '(Kèm theo Công văn số 31/SGDĐT-VP ngày 08/9/2025 của Sở Giáo dục và Đào tạo)',
    ];
    const positions = order.map((part) => text.indexOf(part));
    expect(order.filter((_, i) => positions[i]! < 0)).toEqual([]);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const annex = find(doc, (e) => e.tagName === 'section' && attr(e, 'id') === 'phu-luc-1')!;
    expect(annex, 'section#phu-luc-1').toBeDefined();
    const heads = findAll(annex, (e) => e.tagName === 'th' && attr(e, 'scope') === 'col');
    expect(heads.map(textOf)).toEqual(['TT', 'Tên điển hình', 'Đơn vị']);
    const rows = findAll(annex, (e) => e.tagName === 'tr' && attr(e, 'id') !== undefined);
    expect(rows.map((r) => attr(r, 'id'))).toEqual(['phu-luc-1-dong-1', 'phu-luc-1-dong-2']);
    expect(rows.map(textOf)).toEqual([
      '1 Điển hình Mẫu thử D Văn phòng Sở',
      '2 Điển hình Mẫu thử E Phòng Mẫu thử',
    ]);
  });
});

describe('citations between documents (fixture copy)', () => {
  it('links a campaign document named by number in another, and lists where it is cited', () => {
    const report = article('bao-cao-mau-thu');
    const cite = find(
      report,
      (e) => e.tagName === 'a' && hasClass(e, 'cite') && textOf(e) === 'Kế hoạch số 20/KH-SGDĐT',
    );
    expect(attr(cite!, 'href')).toBe('/ke-hoach-mau-thu/');
    const plan = page('ke-hoach-mau-thu');
    const heading = find(plan, (e) => attr(e, 'id') === 'duoc-dan-chieu-tai');
    expect(heading, '"Được viện dẫn tại" on the Kế hoạch').toBeDefined();
    const backlink = find(
      plan,
      (e) => e.tagName === 'a' && (attr(e, 'href') ?? '').startsWith('/bao-cao-mau-thu/#'),
    );
    expect(textOf(backlink!)).toContain(
      'Báo cáo tổng kết phong trào thi đua “Trường học xanh” (mẫu thử)',
    );
    // The plan does not link to itself.
    expect(
      findAll(article('ke-hoach-mau-thu'), (e) => attr(e, 'href') === '/ke-hoach-mau-thu/'),
    ).toEqual([]);
  });

  it('adds every campaign document citing a cited document to its "Được viện dẫn tại"', () => {
    const cited = page('van-ban/quyet-dinh-101-qd-ubnd');
    const from = findAll(cited, (e) => e.tagName === 'a' && /#/.test(attr(e, 'href') ?? ''))
      .map((a) => (attr(a, 'href') ?? '').split('#')[0])
      .filter((href) => href !== '');
    for (const route of ['ke-hoach', 'ke-hoach-mau-thu', 'bao-cao-mau-thu', 'quyet-dinh-mau-thu'])
      expect(from, route).toContain(`/${route}/`);
  });
});

const ROUTES = [
  'ke-hoach',
  'ke-hoach-mau-thu',
  'ke-hoach-dan-chieu-mau-thu',
  'thong-bao-mau-thu',
  'cong-van-mau-thu',
  'bao-cao-mau-thu',
  'quyet-dinh-mau-thu',
];

describe('the campaign documents of the fixture copy, listed', () => {
  it('lists every document in date order with type, số ký hiệu, date and trích yếu', () => {
    const list = page('van-ban-phong-trao');
    const rows = findAll(list, (e) => e.tagName === 'tr').slice(1);
    expect(rows.map((r) => textOf(r).split(' Mẫu')[0])).toEqual([
      // Under "Ngày ban hành" a date stands alone (HUONG-DAN-BIEN-TAP.md, rule 2).
      expect.stringMatching(/^14\/02\/2025 Kế hoạch 12\/KH-SGDĐT Phát động/),
      expect.stringMatching(/^05\/3\/2025 Kế hoạch 20\/KH-SGDĐT Thực hiện/),
      expect.stringMatching(/^02\/4\/2025 Kế hoạch 25\/KH-SGDĐT Thực hiện/),
      expect.stringMatching(/^16\/6\/2025 Thông báo 05\/TB-SGDĐT Kết quả/),
      expect.stringMatching(/^08\/9\/2025 Công văn 31\/SGDĐT-VP V\/v đăng ký/),
      expect.stringMatching(/^tháng 12\/2025 Báo cáo …\/BC-SGDĐT Tổng kết/),
      expect.stringMatching(/^29\/12\/2025 Quyết định …\/QĐ-SGDĐT Về việc/),
    ]);
    const links = rows.map((r) => findAll(r, (e) => e.tagName === 'a').map((a) => attr(a, 'href')));
    expect(links).toEqual(ROUTES.map((route) => [`/${route}/`, `/tai-ve/${route}.docx`]));
  });

  it('shows each later document on the home page timeline at its date, after the launch', () => {
    const home = page('');
    const timeline = findAll(home, (e) => e.tagName === 'ol' && hasClass(e, 'timeline'))[1]!;
    const titles = findAll(timeline, (e) => e.tagName === 'h3').map(textOf);
    expect(titles).toEqual(FIXTURE_TIMELINE);
  });

  it('counts on the Báo cáo in the status line once the campaign has ended', () => {
    const status = find(
      page(''),
      (e) => e.tagName === 'p' && hasClass(e, 'notice') && textOf(e).startsWith('Tình trạng'),
    )!;
    expect(textOf(status)).toBe(
      'Tình trạng: Đã kết thúc ngày 31/12/2025. Báo cáo tổng kết: Báo cáo số …/BC-SGDĐT .',
    );
    expect(find(status, (e) => attr(e, 'href') === '/bao-cao-mau-thu/')).toBeDefined();
  });

  it('puts every document in the feed, newest first', () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1]);
    expect(links).toEqual([...ROUTES].reverse().map((route) => `http://localhost:4321/${route}/`));
  });

  it.each(ROUTES)('offers %s as a .docx whose text is the page text', (route) => {
    const body = page(route);
    const link = find(
      body,
      (e) => e.tagName === 'a' && attr(e, 'href') === `/tai-ve/${route}.docx`,
    );
    expect(link, 'Tải về (.docx) link').toBeDefined();
    expect(textOf(link!)).toBe('Tải về (.docx)');
    const docx = readFileSync(join(dist, 'tai-ve', `${route}.docx`));
    const fromDocx = wordsOf(docxText(unzipEntry(docx, 'word/document.xml')));
    const fromPage = wordsOf(printedText(article(route)));
    expect(fromDocx.join(' ')).toBe(fromPage.join(' '));
  });
});
