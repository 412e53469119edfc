import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseFrontMatter, splitFrontMatter } from '../../src/documents/content-files.ts';
import { usePortalSite } from '../support/served.ts';
import { fixtureBuilds } from '../support/builds.ts';
import { artifactPath } from '../support/chromium.ts';
import { clausesOf } from '../support/clauses.ts';
import { FIXTURE_CAMPAIGN } from '../support/fixture-campaigns.ts';

// Printing the launch document as the portal serves it (the fixture site's sub-path build, CSP on)
// gives an A4 document in its NĐ 30 form: the fixture campaign's Kế hoạch.

/** A4 in PostScript points. */
const A4 = { width: 595.28, height: 841.89 };
/** Pages the plan took when measured (Chromium 156, Liberation Serif 2.1, 14 pt body). */
const MEASURED_PAGES = 2;
/** The launch plan's content file: its front matter prints the heading and the end, its body the rest. */
const LAUNCH = splitFrontMatter(
  readFileSync(join(FIXTURE_CAMPAIGN, 'letter', 'ke-hoach.mdx'), 'utf8'),
)!;
const LAUNCH_DATA = parseFrontMatter(LAUNCH.yaml) as {
  subject: string;
  distribution: string[];
  signer: { title: string; name: string };
};
const MM = 96 / 25.4;

const site = usePortalSite();
let page: Page;
let pdf: Buffer;

beforeAll(async () => {
  page = await site.browser.newPage();
  const response = await page.goto(`${site.url}ke-hoach/`);
  expect(response?.status()).toBe(200);
  await page.emulateMedia({ media: 'print' });
  pdf = await page.pdf({ preferCSSPageSize: true });
  writeFileSync(artifactPath('ke-hoach.pdf'), pdf);
});

describe('the printed launch document', () => {
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

  it('draws the rule under the issuer 1/3 to 1/2 as long as the issuer line (Phụ lục I II.2)', async () => {
    const { line, rule } = await page.evaluate(() => {
      const issuer = document.querySelector('.cong-van__issuer-name')!;
      const range = document.createRange();
      range.selectNodeContents(issuer.querySelector('strong') ?? issuer);
      return {
        line: range.getBoundingClientRect().width,
        rule: parseFloat(getComputedStyle(issuer, '::after').width),
      };
    });
    expect(line).toBeGreaterThan(0);
    expect(rule).toBeGreaterThanOrEqual(line / 3);
    expect(rule).toBeLessThanOrEqual(line / 2);
  });

  it('prints the document and nothing else inside its frame: every clause in order, no address', () => {
    const text = pdfText(pdf);
    expect(text).not.toMatch(/https?:\/\/|www\.|portal\.example/);
    // pdftotext joins a line that ends in "-" with the next one (it takes it for a hyphen), so
    // texts are compared without white space, dashes or the "…" that marks a blank of the form.
    const squash = (s: string) => s.normalize('NFC').replace(/[\s\-…]/g, '');
    const printed = squash(text);
    // The body's clauses, then the end of the form: Nơi nhận, then the signature.
    const clauses = [
      ...clausesOf(LAUNCH.body),
      'Nơi nhận:',
      ...LAUNCH_DATA.distribution.map((line, i, all) => `${line}${i < all.length - 1 ? ';' : '.'}`),
      LAUNCH_DATA.signer.title,
      LAUNCH_DATA.signer.name,
    ];
    const bodyStart = printed.indexOf(squash(clauses[0]!));
    expect(bodyStart).toBeGreaterThan(0);

    // The heading: the form's lines, in any order (the form sets them in two columns); nothing more.
    let heading = printed.slice(0, bodyStart);
    for (const line of [...FORM_LINES, 'KẾ HOẠCH', LAUNCH_DATA.subject]) {
      const at = heading.indexOf(squash(line));
      expect(at, `heading line "${line}"`).toBeGreaterThanOrEqual(0);
      heading = heading.slice(0, at) + heading.slice(at + squash(line).length);
    }
    expect(heading, 'text in the heading that is not the letter').toBe('');

    // The body: every clause, in the letter's order, with nothing between them.
    let at = bodyStart;
    const extra: string[] = [];
    for (const clause of clauses) {
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
        ['#doan-1', '#muc-2-y-1 > p', '#muc-2-y-3 > p'].map((selector) => {
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

describe('every page that quotes the launch document, printed', () => {
  /** The pages of the build, site-relative ("/", "/van-ban/x/"). */
  const pages = (dir: string, at = ''): string[] =>
    readdirSync(join(dir, at), { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory())
        return ['_astro', 'pagefind'].includes(entry.name) ? [] : pages(dir, `${at}${entry.name}/`);
      return entry.name === 'index.html' ? [`/${at}`] : [];
    });
  const squash = (s: string) => s.normalize('NFC').replace(/[\s\-…]/g, '');

  it('prints each quotation whole, with no web address inside it', async () => {
    const quoting: string[] = [];
    const broken: string[] = [];
    const quotePage = await site.browser.newPage();
    try {
      for (const path of pages(fixtureBuilds().subpath.dir)) {
        if (path === '/ke-hoach/') continue; // the launch document itself: the tests above
        await quotePage.emulateMedia({ media: 'print' });
        const response = await quotePage.goto(`${site.nginx.url}${path.slice(1)}`);
        expect(response?.status(), path).toBe(200);
        // What print shows of each quotation: a quotation block or a block marked verbatim, and
        // every “…” of the page's own text; innerText leaves out what print hides.
        const quotes = await quotePage.evaluate(() => {
          const main = document.querySelector('main')!;
          // What print does not show (a document's "Được viện dẫn tại", say) has no boxes.
          const printed = (e: Element) => e.getClientRects().length > 0;
          const blocks = [
            ...main.querySelectorAll<HTMLElement>('blockquote, [data-verbatim]'),
          ].filter(printed);
          const inBlock = (e: Element) => blocks.some((b) => b !== e && b.contains(e));
          const found = blocks.filter((b) => !inBlock(b)).map((b) => b.innerText);
          for (const p of main.querySelectorAll<HTMLElement>('p, li, dd, td')) {
            if (!printed(p) || inBlock(p) || p.querySelector('p, li')) continue;
            for (const m of p.innerText.matchAll(/“([^”]{15,})”/g)) found.push(m[1]!);
          }
          return found;
        });
        if (quotes.length === 0) continue;
        quoting.push(path);
        // In content-stream order (-raw): a grid of cards prints in columns, which -layout interleaves.
        const printed = squash(pdfText(await quotePage.pdf({ preferCSSPageSize: true }), ['-raw']));
        for (const quote of quotes) {
          if (!printed.includes(squash(quote)))
            broken.push(`${path}: “${quote.slice(0, 80)}…” is not printed whole`);
        }
      }
    } finally {
      await quotePage.close();
    }
    // The home page's timeline, the guidance, the focus areas, and the pages of documents the site
    // does not publish whole, where "Được viện dẫn tại" quotes the places that cite them.
    expect(quoting).toEqual(
      expect.arrayContaining([
        '/',
        '/to-chuc-thuc-hien/',
        '/noi-dung/cay-xanh-truong-hoc/',
        '/noi-dung/phan-loai-rac-thai/',
        '/van-ban/quyet-dinh-101-qd-ubnd/',
        '/van-ban/chi-thi-05-ct-ubnd/',
      ]),
    );
    expect(broken).toEqual([]);
  }, 180_000);
});

/** The lines of the launch plan's heading block, which the form prints from its front matter. */
const FORM_LINES = [
  'UBND TỈNH SƠN HÀ',
  'SỞ GIÁO DỤC VÀ ĐÀO TẠO',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Số: 12/KH-SGDĐT',
  'Sơn Hà, ngày 14 tháng 02 năm 2025',
];

/** The text layer of a PDF, read with poppler's pdftotext (`options` such as `-raw` go before the files). */
function pdfText(data: Buffer, options: string[] = []): string {
  try {
    return execFileSync('pdftotext', [...options, '-enc', 'UTF-8', '-', '-'], {
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
