import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { docxText, unzipEntry } from '../support/docx.ts';
import {
  attr,
  find,
  findAll,
  hasClass,
  parseHtml,
  textOf,
  type HtmlElement,
} from '../support/html.ts';
import { fixtureSite, type FixtureSite } from '../support/fixture-site.ts';

// The fictional documents in the shapes a Sở has them in hand (test/fixtures/import/shapes/), imported
// into the fixture site as another body's documents with their text and built (issue 24): each page is
// drawn in its type's form, a signature under its collective prints its three lines, what followed the
// signature prints after it as the document's annex, a copy without signature or Nơi nhận prints
// neither, and each has its Word copy.

let site: FixtureSite;

beforeAll(async () => {
  site = await fixtureSite();
}, 300_000);

/** The form of the page of an imported fixture, and its route. */
function form(name: string): { article: HtmlElement; route: string } {
  const route = site.shapes[name]!.replace(/^content\/documents\/|\.mdx$/g, '');
  const page = parseHtml(readFileSync(join(site.dist, 'van-ban', route, 'index.html'), 'utf8'));
  const article = find(page, (e) => e.tagName === 'article' && hasClass(e, 'cong-van'));
  expect(article, `article.cong-van on /van-ban/${route}/`).toBeDefined();
  return { article: article!, route };
}

const paragraphs = (root: HtmlElement) => findAll(root, (e) => e.tagName === 'p').map(textOf);
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
    for (const name of Object.keys(site.shapes)) {
      const { route } = form(name);
      expect(existsSync(join(site.dist, 'van-ban', `${route}.docx`)), route).toBe(true);
    }
    const { route } = form('quyet-dinh-danh-sach.txt');
    const text = docxText(
      unzipEntry(readFileSync(join(site.dist, 'van-ban', `${route}.docx`)), 'word/document.xml'),
    );
    expect(text.indexOf('Người Ký Mẫu Mười Một')).toBeLessThan(text.indexOf('Tập thể mẫu thử A'));
  });
});
