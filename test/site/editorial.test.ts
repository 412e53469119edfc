import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import {
  attr,
  byTag,
  find,
  findAll,
  hasClass,
  isElement,
  parseHtml,
  textOf,
  type HtmlElement,
  type HtmlNode,
} from '../support/html.ts';
import { assertBuilt, listPages, readPage } from '../support/site.ts';

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
const linkName = (link: HtmlElement) => textOf(find(link, (e) => hasClass(e, 'visually-hidden'))!);

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

  it('assigns a task only to whom the letter names: mục 3 and 4 name no one', () => {
    const rows = findAll(main('/'), (e) => e.tagName === 'tr').map((tr) =>
      byTag(tr, 'th').map(textOf).concat(byTag(tr, 'td').map(textOf)),
    );
    const noActor = rows.filter(
      ([actor]) => actor === t('pages.guidance.noActor', { type: 'Công văn' }),
    );
    expect(noActor.map(([, task]) => task)).toEqual([
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

  it('marks a trích yếu that is not the official wording wherever it appears', () => {
    const note = t('documents.subjectWording.paraphrase', { type: 'công văn' });
    for (const path of ['/van-ban/', '/van-ban/cong-van-1954-ubnd-th/']) {
      const text = textOf(main(path));
      expect(text, path).toContain('Phát động phong trào thi đua đặc biệt lập thành tích');
      expect(text, path).toContain(note);
    }
    expect(textOf(main('/van-ban/'))).toContain(t('documents.subjectWording.placeholder'));
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
  it('writes no date twice in one line of the anniversaries', () => {
    for (const p of byTag(main('/ky-niem/'), 'p')) {
      const dates = textOf(p).match(/\d{1,2}\/\d{1,2}\/\d{4}/g) ?? [];
      expect(new Set(dates).size, textOf(p)).toBe(dates.length);
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

describe('"Được dẫn chiếu tại" means cited by a campaign document', () => {
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
    expect(wrapped).toBeGreaterThan(5);
  });
});
