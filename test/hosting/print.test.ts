import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuild, SUBPATH_BUILD } from '../support/builds.ts';
import { artifactPath, launchChromium } from '../support/chromium.ts';
import { letterClauses } from '../support/letter-source.ts';
import { startNginx, type NginxServer } from '../../scripts/dev/nginx.ts';

// Printing the letter as the portal serves it (sub-path, CSP on) gives an A4 công văn.

/** A4 in PostScript points. */
const A4 = { width: 595.28, height: 841.89 };
/** Pages the letter took when measured (Chromium 156, Liberation Serif 2.1, 14 pt body). */
const MEASURED_PAGES = 4;
const MM = 96 / 25.4;

let browser: Browser;
let nginx: NginxServer;
let page: Page;
let pdf: Buffer;

beforeAll(async () => {
  assertBuild(SUBPATH_BUILD);
  nginx = await startNginx({ siteDir: SUBPATH_BUILD.dir, base: SUBPATH_BUILD.base });
  browser = await launchChromium();
  page = await browser.newPage();
  const response = await page.goto(`${nginx.url}cong-van/`);
  expect(response?.status()).toBe(200);
  await page.emulateMedia({ media: 'print' });
  pdf = await page.pdf({ preferCSSPageSize: true });
  writeFileSync(artifactPath('cong-van.pdf'), pdf);
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

describe('the printed letter', () => {
  it('is A4 on every page, over a sensible number of pages', () => {
    const text = pdf.toString('latin1');
    const boxes = [
      ...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g),
    ];
    const pages = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(MEASURED_PAGES - 1);
    expect(pages).toBeLessThanOrEqual(MEASURED_PAGES + 1);
    expect(boxes.length).toBeGreaterThanOrEqual(pages);
    for (const [, x0, y0, x1, y1] of boxes) {
      expect(Math.abs(Number(x1) - Number(x0) - A4.width)).toBeLessThanOrEqual(1);
      expect(Math.abs(Number(y1) - Number(y0) - A4.height)).toBeLessThanOrEqual(1);
    }
  });

  it('is set in a Times New Roman-metric serif (Liberation Serif), with no fallback font', () => {
    const fonts = new Set(
      [...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([^\s/<>[\]]+)/g)].map(
        (m) => m[1]!,
      ),
    );
    expect([...fonts].sort()).toEqual([
      'LiberationSerif',
      'LiberationSerif-Bold',
      'LiberationSerif-BoldItalic',
      'LiberationSerif-Italic',
    ]);
  });

  it('has NĐ 30 margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm', async () => {
    const margins = await page.evaluate(() => {
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          const pages =
            rule instanceof CSSMediaRule
              ? [...rule.cssRules].filter((r) => r instanceof CSSPageRule)
              : rule instanceof CSSPageRule
                ? [rule]
                : [];
          for (const pageRule of pages as CSSPageRule[]) {
            const s = pageRule.style;
            if (s.marginTop !== '') {
              return {
                size: s.getPropertyValue('size'),
                top: s.marginTop,
                right: s.marginRight,
                bottom: s.marginBottom,
                left: s.marginLeft,
              };
            }
          }
        }
      }
      return undefined;
    });
    expect(margins).toBeDefined();
    expect(margins!.size).toMatch(/^a4$/i);
    const mm = (value: string) => {
      const match = /^([\d.]+)(mm|cm)$/.exec(value);
      expect(match, value).not.toBeNull();
      return Number(match![1]) * (match![2] === 'cm' ? 10 : 1);
    };
    expect(mm(margins!.top)).toBeGreaterThanOrEqual(20);
    expect(mm(margins!.top)).toBeLessThanOrEqual(25);
    expect(mm(margins!.bottom)).toBeGreaterThanOrEqual(20);
    expect(mm(margins!.bottom)).toBeLessThanOrEqual(25);
    expect(mm(margins!.left)).toBeGreaterThanOrEqual(30);
    expect(mm(margins!.left)).toBeLessThanOrEqual(35);
    expect(mm(margins!.right)).toBeGreaterThanOrEqual(15);
    expect(mm(margins!.right)).toBeLessThanOrEqual(20);
  });

  it('shows no site chrome: header, menu, breadcrumbs, footer and page notes are not displayed', async () => {
    const displays = await page.evaluate(() =>
      [
        '.skip-link',
        'header.site-header',
        'nav.site-nav',
        '.breadcrumbs',
        'footer.site-footer',
        '.no-print',
        '.self-link',
      ].map((selector) => {
        const elements = [...document.querySelectorAll(selector)];
        return [
          selector,
          elements.length,
          elements.every((e) => getComputedStyle(e).display === 'none'),
        ];
      }),
    );
    for (const [selector, count, hidden] of displays) {
      expect(count, `${selector} exists on the page`).toBeGreaterThan(0);
      expect(hidden, `${selector} is hidden in print`).toBe(true);
    }
    expect(await page.locator('article.cong-van').isVisible()).toBe(true);
  });

  it('prints the Quốc hiệu on one line, within the page', async () => {
    const box = await page.evaluate(() => {
      const title = document.querySelector('.cong-van__national > p')!;
      const range = document.createRange();
      range.selectNodeContents(title);
      const rects = [...range.getClientRects()];
      const article = document.querySelector('article.cong-van')!.getBoundingClientRect();
      return {
        text: title.textContent,
        lines: new Set(rects.map((r) => Math.round(r.top))).size,
        right: Math.max(...rects.map((r) => r.right)),
        articleRight: article.right,
      };
    });
    expect(box.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(box.lines).toBe(1);
    expect(box.right).toBeLessThanOrEqual(box.articleRight + 1 * MM);
  });

  it('prints the letter and nothing else inside its frame: every clause in order, no address', () => {
    const text = pdfText(pdf);
    expect(text).not.toMatch(/https?:\/\/|www\.|portal\.example/);
    // pdftotext joins a line that ends in "-" with the next one (it takes it for a hyphen), so
    // texts are compared without white space, dashes or the "…" that marks a blank of the form.
    const squash = (s: string) => s.normalize('NFC').replace(/[\s\-…]/g, '');
    const printed = squash(text);
    const clauses = letterClauses();
    const firstBodyClause = clauses.findIndex((c) => c.startsWith('Kính gửi'));
    const bodyStart = printed.indexOf(squash('Kính gửi'));
    expect(firstBodyClause).toBeGreaterThan(0);
    expect(bodyStart).toBeGreaterThan(0);

    // The heading: the seed's lines in any order (the form sets them in two columns), plus the
    // lines of the form that text extraction lost; nothing more.
    let heading = printed.slice(0, bodyStart);
    for (const line of [...clauses.slice(0, firstBodyClause), ...FORM_LINES]) {
      const at = heading.indexOf(squash(line));
      expect(at, `heading line "${line}"`).toBeGreaterThanOrEqual(0);
      heading = heading.slice(0, at) + heading.slice(at + squash(line).length);
    }
    expect(heading, 'text in the heading that is not the letter').toBe('');

    // The body: every clause, in the letter's order, with nothing between them.
    let at = bodyStart;
    const extra: string[] = [];
    for (const clause of clauses.slice(firstBodyClause)) {
      const found = printed.indexOf(squash(clause), at);
      expect(found, `clause "${clause}"`).toBeGreaterThanOrEqual(0);
      if (found > at) extra.push(printed.slice(at, found));
      at = found + squash(clause).length;
    }
    if (at < printed.length) extra.push(printed.slice(at));
    expect(extra, 'text in the letter that is not the letter').toEqual([]);
  });

  it('indents the dash items of mục 2 like every paragraph, in print and on screen', async () => {
    // The first line of each block starts at the block's left edge plus its text-indent (the
    // dash of an item is its first character, as on the signed form).
    const indents = () =>
      page.evaluate(() =>
        ['#doan-1', '#muc-2-y-1 > p', '#muc-2-y-7 > p'].map((selector) => {
          const block = document.querySelector(selector)!;
          return (
            block.getBoundingClientRect().left + parseFloat(getComputedStyle(block).textIndent)
          );
        }),
      );
    const [paragraph, ...items] = await indents();
    const indent = await page.evaluate(() =>
      parseFloat(getComputedStyle(document.querySelector('#doan-1')!).textIndent),
    );
    expect(indent).toBeGreaterThanOrEqual(10 * MM - 1);
    for (const item of items) expect(Math.abs(item - paragraph!)).toBeLessThanOrEqual(1);
    await page.emulateMedia({ media: 'screen' });
    try {
      const [onScreen, ...screenItems] = await indents();
      for (const item of screenItems) expect(Math.abs(item - onScreen!)).toBeLessThanOrEqual(1);
    } finally {
      await page.emulateMedia({ media: 'print' });
    }
  });
});

/** Lines of the công văn form that the seed's text extraction lost (its heading block). */
const FORM_LINES = [
  'UBND TỈNH LAI CHÂU',
  'SỞ CÔNG THƯƠNG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
];

/** The text layer of a PDF, read with poppler's pdftotext. */
function pdfText(data: Buffer): string {
  try {
    return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], {
      input: data,
      encoding: 'utf8',
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(
        'pdftotext was not found: install poppler-utils (apt-get install -y poppler-utils)',
      );
    throw error;
  }
}
