import { getDocumentProxy } from 'unpdf';
import type { Page } from 'playwright-core';

// A printed page read back from its PDF (through unpdf's PDF.js): the runs of text in the order the
// page paints them, each with where it sits on the sheet and its size, and the checks the print tests
// make of NĐ 30's form (page numbers, the issuer under the parent body, sizes, no block split).
// Shared by test/hosting/print.test.ts (the site) and test/browser/document-types.test.ts (the forms).

const PT_TO_MM = 25.4 / 72;

/** A run of text on a printed page: neighbouring pieces on one baseline. Lengths in mm from the sheet's top left. */
export interface PrintedRun {
  text: string;
  left: number;
  right: number;
  baseline: number;
  /** The font size in points. */
  size: number;
}

/** The runs of each page of a PDF, in painting order (a two-column block gives its columns in turn). */
export async function printedPages(pdf: Uint8Array): Promise<PrintedRun[][]> {
  const doc = await getDocumentProxy(new Uint8Array(pdf));
  const pages: PrintedRun[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const height = page.getViewport({ scale: 1 }).viewBox[3] as number;
    const runs: PrintedRun[] = [];
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a, b, , , x, y] = item.transform as number[];
      const piece = {
        text: item.str,
        left: x! * PT_TO_MM,
        right: (x! + item.width) * PT_TO_MM,
        baseline: (height - y!) * PT_TO_MM,
        size: Math.hypot(a!, b!),
      };
      const last = runs.at(-1);
      if (
        last !== undefined &&
        Math.abs(last.baseline - piece.baseline) < 0.3 &&
        piece.left - last.right < 2 &&
        piece.left >= last.right - 0.5
      ) {
        last.text += piece.left - last.right > 0.5 ? ` ${piece.text}` : piece.text;
        last.right = piece.right;
      } else runs.push(piece);
    }
    for (const run of runs) run.text = run.text.replace(/\s+/g, ' ').trim();
    pages.push(runs);
  }
  return pages;
}

/** Prints the page open in `page` to A4 as its CSS asks, and reads it back. */
export async function printPage(page: Page): Promise<{ pdf: Buffer; pages: PrintedRun[][] }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  return { pdf, pages: await printedPages(pdf) };
}

/** The margins of the printed sheet, in mm, as the site's @page rule sets them; A4's width. */
export interface PageMargins {
  size: string;
  top: number;
  right: number;
  bottom: number;
  left: number;
}
const A4_WIDTH_MM = 210;

/** The @page rule's size and margins (the first @page rule that sets margins), in mm. */
export async function pageMargins(on: Page): Promise<PageMargins> {
  const found = await on.evaluate(() => {
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
          if (s.marginTop !== '')
            return {
              size: s.getPropertyValue('size'),
              sides: [s.marginTop, s.marginRight, s.marginBottom, s.marginLeft],
            };
        }
      }
    }
    return undefined;
  });
  if (found === undefined) throw new Error('no @page rule sets the margins');
  const [top, right, bottom, left] = found.sides.map((value) => {
    const match = /^([\d.]+)(mm|cm)$/.exec(value);
    if (match === null) throw new Error(`a page margin of ${value}, not in mm or cm`);
    return Number(match[1]) * (match[2] === 'cm' ? 10 : 1);
  }) as [number, number, number, number];
  return { size: found.size, top, right, bottom, left };
}

const centre = (run: PrintedRun) => (run.left + run.right) / 2;

/** The runs of a page under its top margin (the page's text, without the page number). */
function belowMargin(runs: readonly PrintedRun[], margins: PageMargins): PrintedRun[] {
  return runs.filter((run) => run.baseline >= margins.top);
}

/**
 * What is wrong with the page numbers (NĐ 30, Phụ lục I): none on page 1; from page 2 its number alone
 * in the top margin, 13–14 pt, centred over the text area (between the left and right margins).
 */
export function pageNumberProblems(pages: readonly PrintedRun[][], margins: PageMargins): string[] {
  const middle = (A4_WIDTH_MM + margins.left - margins.right) / 2;
  const problems: string[] = [];
  pages.forEach((runs, i) => {
    const top = runs.filter((run) => run.baseline < margins.top);
    const shown = top.map((r) => `"${r.text}"`).join(', ');
    if (i === 0) {
      if (top.length > 0) problems.push(`page 1 has ${shown} in its top margin`);
      return;
    }
    const number = top.find((r) => r.text === String(i + 1));
    if (number === undefined || top.length !== 1) {
      problems.push(`page ${i + 1} has ${shown || 'nothing'} in its top margin, not "${i + 1}"`);
      return;
    }
    if (number.size < 12.95 || number.size > 14.05)
      problems.push(`page ${i + 1}: its number is ${number.size.toFixed(1)} pt, not 13–14 pt`);
    if (Math.abs(centre(number) - middle) > 1)
      problems.push(
        `page ${i + 1}: its number is centred at ${centre(number).toFixed(1)} mm, the text area at ${middle.toFixed(1)} mm`,
      );
  });
  return problems;
}

/** The printed text under the top margins, in painting order, one run a line. */
export function printedText(pages: readonly PrintedRun[][], margins: PageMargins): string {
  return pages
    .map((runs) =>
      belowMargin(runs, margins)
        .map((r) => r.text)
        .join('\n'),
    )
    .join('\n');
}

/** The first run of the pages whose text is `text` (white space collapsed), and its page (0-based). */
export function findRun(
  pages: readonly PrintedRun[][],
  text: string,
): { run: PrintedRun; page: number } | undefined {
  const wanted = text.replace(/\s+/g, ' ').trim();
  for (const [page, runs] of pages.entries()) {
    const run = runs.find((r) => r.text === wanted);
    if (run !== undefined) return { run, page };
  }
  return undefined;
}

/** How far (mm) the centre of the line `below` lies from the centre of the line `above`. */
export function centreOffset(pages: readonly PrintedRun[][], above: string, below: string): number {
  const top = findRun(pages, above);
  const under = findRun(pages, below);
  if (top === undefined) throw new Error(`"${above}" is not printed on a line of its own`);
  if (under === undefined) throw new Error(`"${below}" is not printed on a line of its own`);
  return centre(under.run) - centre(top.run);
}

/** The text as compared across pages: no white space, dashes or "…" (pdftotext-proof, wrap-proof). */
export const squash = (s: string) => s.normalize('NFC').replace(/[\s\-…]/g, '');

/**
 * The blocks (their text, e.g. innerText) that do not print whole on one page: a block is whole when
 * one page's text under the top margin holds all of it, in painting order.
 */
export function splitBlocks(
  pages: readonly PrintedRun[][],
  margins: PageMargins,
  blocks: readonly string[],
): string[] {
  const texts = pages.map((runs) =>
    squash(
      belowMargin(runs, margins)
        .map((r) => r.text)
        .join(''),
    ),
  );
  return blocks.filter((block) => !texts.some((text) => text.includes(squash(block))));
}

/**
 * The text of the blocks of the open page that `selectors` name, as print shows them: innerText,
 * without the words only screen readers hear (a clipped .visually-hidden is rendered, so innerText
 * would keep it).
 */
export function blockLines(on: Page, selectors: readonly string[]): Promise<string[]> {
  return on.evaluate((list) => {
    const hidden = [...document.querySelectorAll<HTMLElement>('.visually-hidden')];
    for (const e of hidden) e.style.display = 'none';
    try {
      return list.flatMap((s) =>
        [...document.querySelectorAll<HTMLElement>(s)].map((e) => e.innerText),
      );
    } finally {
      for (const e of hidden) e.style.removeProperty('display');
    }
  }, selectors);
}
