import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { reusedPage } from '../support/reused-page.ts';
import { usePortalSite } from '../support/served.ts';
import { fixtureBuilds } from '../support/builds.ts';
import { artifactPath } from '../support/chromium.ts';
import { clausesOf } from '../support/clauses.ts';
import { FIXTURE_LAUNCH } from '../support/fixture-campaigns.ts';
import {
  blockLines,
  centreOffset,
  findRun,
  pageMargins,
  pageNumberProblems,
  printedPages,
  printedText,
  printPage,
  splitBlocks,
  type PageMargins,
  type PrintedRun,
} from '../support/print.ts';
import { t } from '../../src/i18n/index.ts';

// Printing the launch document as the portal serves it (the fixture site's sub-path build, CSP on)
// gives an A4 document in its NĐ 30 form: the fixture campaign's Kế hoạch.

/** A4 in PostScript points. */
const A4 = { width: 595.28, height: 841.89 };
/** Pages the plan took when measured (Chromium 156, Liberation Serif 2.1, 14 pt body). */
const MEASURED_PAGES = 2;
const MM = 96 / 25.4;

const site = usePortalSite();
let page: Page;
let pdf: Buffer;
let printed: PrintedRun[][];
let margins: PageMargins;

beforeAll(async () => {
  page = await site.browser.newPage();
  const response = await page.goto(`${site.url}ke-hoach/`);
  expect(response?.status()).toBe(200);
  await page.emulateMedia({ media: 'print' });
  pdf = await page.pdf({ preferCSSPageSize: true });
  writeFileSync(artifactPath('ke-hoach.pdf'), pdf);
  printed = await printedPages(pdf);
  margins = await pageMargins(page);
});

/** The blocks of a page that print whole on one page. */
const WHOLE_BLOCKS = [
  '.cong-van__header',
  '.cong-van__footer',
  '.phu-luc__table tr',
  '.timeline li',
];

const wholeBlocks = (on: Page) => blockLines(on, WHOLE_BLOCKS);

/** The form's parent body and issuer lines ("UBND TỈNH SƠN HÀ", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"). */
function issuerLines(on: Page): Promise<[string, string]> {
  return on.evaluate(() => {
    const name = document.querySelector('.cong-van__issuer-name')!;
    return [name.previousElementSibling!.textContent!, name.textContent!];
  });
}

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

  it('has NĐ 30 margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm', () => {
    expect(margins.size).toMatch(/^a4$/i);
    expect(margins.top).toBeGreaterThanOrEqual(20);
    expect(margins.top).toBeLessThanOrEqual(25);
    expect(margins.bottom).toBeGreaterThanOrEqual(20);
    expect(margins.bottom).toBeLessThanOrEqual(25);
    expect(margins.left).toBeGreaterThanOrEqual(30);
    expect(margins.left).toBeLessThanOrEqual(35);
    expect(margins.right).toBeGreaterThanOrEqual(15);
    expect(margins.right).toBeLessThanOrEqual(20);
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
    // The text under the top margin: the page numbers are the form's, not the document's.
    const text = printedText(printed, margins);
    expect(text).not.toMatch(/https?:\/\/|www\.|portal\.example/);
    // Texts are compared without white space, dashes or the "…" that marks a blank of the form.
    const squash = (s: string) => s.normalize('NFC').replace(/[\s\-…]/g, '');
    const letter = squash(text);
    // The body's clauses, then the end of the form: Nơi nhận, then the signature.
    const clauses = [
      ...clausesOf(FIXTURE_LAUNCH.body),
      t('forms.distribution'),
      ...FIXTURE_LAUNCH.distributionLines,
      FIXTURE_LAUNCH.data.signer.title,
      FIXTURE_LAUNCH.data.signer.name,
    ];
    const bodyStart = letter.indexOf(squash(clauses[0]!));
    expect(bodyStart).toBeGreaterThan(0);

    // The heading: the form's lines, in any order (the form sets them in two columns); nothing more.
    let heading = letter.slice(0, bodyStart);
    for (const line of FIXTURE_LAUNCH.headingLines) {
      const at = heading.indexOf(squash(line));
      expect(at, `heading line "${line}"`).toBeGreaterThanOrEqual(0);
      heading = heading.slice(0, at) + heading.slice(at + squash(line).length);
    }
    expect(heading, 'text in the heading that is not the letter').toBe('');

    // The body: every clause, in the letter's order, with nothing between them.
    let at = bodyStart;
    const extra: string[] = [];
    for (const clause of clauses) {
      const found = letter.indexOf(squash(clause), at);
      expect(found, `clause "${clause}"`).toBeGreaterThanOrEqual(0);
      if (found > at) extra.push(letter.slice(at, found));
      at = found + squash(clause).length;
    }
    if (at < letter.length) extra.push(letter.slice(at));
    expect(extra, 'text in the letter that is not the letter').toEqual([]);
  });

  it('numbers its pages from page 2, centred in the top margin at 13–14 pt (NĐ 30)', () => {
    expect(printed.length).toBeGreaterThan(1);
    expect(pageNumberProblems(printed, margins)).toEqual([]);
  });

  it('centres the issuer under the parent body, as the .docx does', async () => {
    const [parent, issuer] = await issuerLines(page);
    expect(parent).toBe(FIXTURE_LAUNCH.data.parentBody);
    expect(Math.abs(centreOffset(printed, parent, issuer))).toBeLessThanOrEqual(0.5);
  });

  it('prints "Nơi nhận:" at 12 pt and its lines at 11 pt (NĐ 30, Phụ lục I)', () => {
    const label = findRun(printed, t('forms.distribution'));
    expect(label?.run.size).toBeCloseTo(12, 1);
    for (const line of FIXTURE_LAUNCH.distributionLines)
      expect(findRun(printed, line)?.run.size, line).toBeCloseTo(11, 1);
  });

  it('keeps its heading, and its Nơi nhận with the signature, each whole on one page', async () => {
    const blocks = await wholeBlocks(page);
    expect(blocks.length).toBe(2);
    expect(splitBlocks(printed, margins, blocks)).toEqual([]);
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

describe('every page of the site, printed', () => {
  /** The pages of the build, site-relative ("/", "/van-ban/x/"). */
  const pages = (dir: string, at = ''): string[] =>
    readdirSync(join(dir, at), { withFileTypes: true }).flatMap((entry) => {
      if (entry.isDirectory())
        return ['_astro', 'pagefind'].includes(entry.name) ? [] : pages(dir, `${at}${entry.name}/`);
      return entry.name === 'index.html' ? [`/${at}`] : [];
    });
  const squash = (s: string) => s.normalize('NFC').replace(/[\s\-…]/g, '');

  interface Printout {
    path: string;
    /** What print shows of each quotation on the page. */
    quotes: string[];
    /** The blocks that must print whole on one page (WHOLE_BLOCKS). */
    blocks: string[];
    /** The text in content-stream order (pdftotext -raw). */
    raw: string;
    printed: PrintedRun[][];
  }
  const printouts: Printout[] = [];

  beforeAll(async () => {
    const at = await site.browser.newPage();
    try {
      for (const path of pages(fixtureBuilds().subpath.dir)) {
        const response = await at.goto(`${site.nginx.url}${path.slice(1)}`);
        expect(response?.status(), path).toBe(200);
        await at.emulateMedia({ media: 'print' });
        // What print shows of each quotation: a quotation block or a block marked verbatim, and
        // every “…” of the page's own text; innerText leaves out what print hides.
        const quotes = await at.evaluate(() => {
          const main = document.querySelector('main')!;
          // What print does not show (a document's "Được viện dẫn tại", say) has no boxes.
          const shown = (e: Element) => e.getClientRects().length > 0;
          const blocks = [
            ...main.querySelectorAll<HTMLElement>('blockquote, [data-verbatim]'),
          ].filter(shown);
          const inBlock = (e: Element) => blocks.some((b) => b !== e && b.contains(e));
          const found = blocks.filter((b) => !inBlock(b)).map((b) => b.innerText);
          for (const p of main.querySelectorAll<HTMLElement>('p, li, dd, td')) {
            if (!shown(p) || inBlock(p) || p.querySelector('p, li')) continue;
            for (const m of p.innerText.matchAll(/“([^”]{15,})”/g)) found.push(m[1]!);
          }
          return found;
        });
        const { pdf: printedPdf, pages: runs } = await printPage(at);
        printouts.push({
          path,
          quotes,
          blocks: await wholeBlocks(at),
          // In content-stream order (-raw): a grid of cards prints in columns, which -layout interleaves.
          raw: squash(pdfText(printedPdf, ['-raw'])),
          printed: runs,
        });
      }
    } finally {
      await at.close();
    }
  }, 240_000);

  it('prints each quotation whole, with no web address inside it', () => {
    const broken: string[] = [];
    for (const { path, quotes, raw } of printouts) {
      if (path === '/ke-hoach/') continue; // the launch document itself: the tests above
      for (const quote of quotes) {
        if (!raw.includes(squash(quote)))
          broken.push(`${path}: “${quote.slice(0, 80)}…” is not printed whole`);
      }
    }
    // The home page's timeline, the guidance, the focus areas, and the pages of documents the site
    // does not publish whole, where "Được viện dẫn tại" quotes the places that cite them.
    expect(printouts.filter((p) => p.quotes.length > 0).map((p) => p.path)).toEqual(
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
  });

  it('numbers every page from page 2, as the letter', () => {
    expect(printouts.filter((p) => p.printed.length > 1).length).toBeGreaterThan(3);
    const problems = printouts.flatMap(({ path, printed: runs }) =>
      pageNumberProblems(runs, margins).map((problem) => `${path}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });

  it("never splits a timeline step, a form's heading or its signature across a page break", () => {
    const timelines = printouts.filter((p) => p.blocks.length > 0).map((p) => p.path);
    expect(timelines).toEqual(expect.arrayContaining(['/', '/to-chuc-thuc-hien/', '/ky-niem/']));
    const split = printouts.flatMap(({ path, blocks, printed: runs }) =>
      splitBlocks(runs, margins, blocks).map((block) => `${path}: ${block.slice(0, 80)}`),
    );
    expect(split).toEqual([]);
  });
});

describe('the print checks catch what they guard against', () => {
  /** One page for both controls, whose context lets the test add a <style> the portal's CSP refuses. */
  const openPage = reusedPage(() => site.browser, { bypassCSP: true });

  /** A page printed with `css` added. */
  async function printWith(path: string, css: string): Promise<{ on: Page; runs: PrintedRun[][] }> {
    const { page: on } = await openPage(`${site.nginx.url}${path.slice(1)}`, {
      viewport: { width: 1280, height: 720 },
    });
    await on.addStyleTag({ content: css });
    return { on, runs: (await printPage(on)).pages };
  }

  it("catches main's faults: no page numbers, the issuer flush left, Nơi nhận at 11 pt", async () => {
    const { on, runs } = await printWith(
      '/ke-hoach/',
      `@media print {
        @page { @top-center { content: none; } }
        .cong-van p.cong-van__issuer-name { margin-inline: 0; }
        .print-letter .cong-van__distribution-label { font-size: 11pt; }
      }`,
    );
    expect(pageNumberProblems(runs, margins)).toEqual(
      runs.slice(1).map((_, i) => expect.stringContaining(`page ${i + 2} has nothing`)),
    );
    const [parent, issuer] = await issuerLines(on);
    // Off by more than the 0.5 mm the check above allows (the two lines of the fixture plan are
    // of nearly one width, so flush left moves the issuer's centre by under 2 mm).
    expect(Math.abs(centreOffset(runs, parent, issuer))).toBeGreaterThan(1);
    expect(findRun(runs, t('forms.distribution'))?.run.size).toBeCloseTo(11, 1);
  });

  it('catches a number on page 1, a small number off centre and a timeline step split in two', async () => {
    const { on, runs } = await printWith(
      '/to-chuc-thuc-hien/',
      `@media print {
        @page :first { @top-center { content: "1"; } }
        @page {
          @top-center { content: none; }
          @top-left { content: counter(page); font-size: 10pt; }
        }
        .timeline li:first-child .timeline__date { break-after: page; }
      }`,
    );
    const problems = pageNumberProblems(runs, margins);
    expect(problems[0]).toMatch(/^page 1 has "1"/);
    expect(problems.slice(1)).toEqual(
      runs
        .slice(1)
        .flatMap((_, i) => [
          `page ${i + 2}: its number is 10.0 pt, not 13–14 pt`,
          expect.stringMatching(new RegExp(`^page ${i + 2}: its number is centred at `)),
        ]),
    );
    const blocks = await wholeBlocks(on);
    expect(splitBlocks(runs, margins, blocks)).toEqual([blocks[0]]);
  });
});

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
