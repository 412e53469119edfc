// Reads the shape of a document's text into blocks of lines, whatever form the text came in: a Word
// file or a PDF read by ./read.ts (one block per paragraph), a .txt saved from Word or a web page (one
// paragraph per line), a .txt wrapped at a width with blank lines between paragraphs, the text layer of
// a signed PDF laid out in two columns (pdftotext -layout: first-line indents, page breaks, the heading
// and the signature beside the Nơi nhận on the same lines), or a Markdown copy. Every shape comes out
// the same: blocks of lines, a block per paragraph of the body (its lines wrapped or not), the parts of
// a heading laid out side by side as lines of their own, and whether a blank line came before a block.
// Linear in the length of the text.
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { RootContent } from 'mdast';
import type { InputKind } from './read.ts';
import {
  CLOSED_LINE,
  HEADING_PATTERNS,
  ITEM_START,
  PARTIAL_HEADING_LINE,
} from './line-patterns.ts';

/** A paragraph of the text (or a group of heading lines), as lines, Markdown emphasis kept. */
export interface Block {
  lines: string[];
  /** A blank line (or a page break) comes before it in the source. */
  gap: boolean;
  /** The source line of each line (1-based); absent, the block's position is used. */
  at?: number[];
}

export type TextShape = 'markdown' | 'layout' | 'lines' | 'wrapped' | 'blocks';

export interface ShapedText {
  shape: TextShape;
  blocks: Block[];
  /** Footnotes taken from the foot of the pages of a laid-out text, as printed ("1 Các quy định …"). */
  footnotes: string[];
}

/** Two or more spaces and a tab, or three spaces or more: the gap between two columns of a line. */
const COLUMN_GAP = /\s*\t\s*| {3,}/;
/** A page break: a form feed, as pdftotext and ./read.ts mark one. */
const PAGE_BREAK = '\f';
/** A footnote at the foot of a page: indented, its number, its text ("   1 Các quy định của …"). */
const FOOTNOTE = /^\s+\d{1,2}\s+\S/u;
/** The longest footnote, in lines; a longer run before a page break is text, not a note. */
const FOOTNOTE_MAX_LINES = 25;

/**
 * Splits a line laid out in columns at its wide gaps ("ỦY BAN NHÂN DÂN      CỘNG HOÀ XÃ HỘI …"), but
 * keeps together the pieces of a number or date line whose blanks are printed as spaces
 * ("Số:           /KH-UBND", "Lào Cai, ngày       tháng 6 năm 2026").
 */
export function columnCells(line: string): string[] {
  const cells = line
    .trim()
    .split(COLUMN_GAP)
    .filter((cell) => cell !== '');
  const out: string[] = [];
  for (const cell of cells) {
    const last = out.at(-1);
    if (last !== undefined && PARTIAL_HEADING_LINE.test(last) && !isHeadingLine(last))
      out[out.length - 1] = `${last} ${cell}`;
    else out.push(cell);
  }
  return out;
}

function isHeadingLine(text: string): boolean {
  return HEADING_PATTERNS.some((pattern) => pattern.test(text));
}

/** The shape of a .txt: Markdown, a laid-out PDF text, wrapped lines, or one paragraph per line. */
export function textShape(lines: readonly string[]): TextShape {
  if (isMarkdown(lines)) return 'markdown';
  if (isLayout(lines)) return 'layout';
  // Lines wrapped at a width end open and go on in lower case; lines that are paragraphs do not.
  let pairs = 0;
  let wraps = 0;
  for (let i = 1; i < lines.length; i++) {
    const previous = lines[i - 1]!.trim();
    const line = lines[i]!.trim();
    if (previous === '' || line === '') continue;
    pairs += 1;
    if (!CLOSED_LINE.test(previous) && /^\p{Ll}/u.test(line)) wraps += 1;
  }
  return pairs >= 5 && wraps / pairs < 0.35 ? 'lines' : 'wrapped';
}

/** Markdown shows at least two of its marks: headings, escapes, star bullets, bold. */
const MARKDOWN_SIGNS = [
  /^\s*#{1,6}\s+\S/m,
  /\\[-.*_#+!()[\]]/,
  /^\s*[*+]\s{1,4}\S/m,
  /\*\*[^*\n]+\*\*/,
];

function isMarkdown(lines: readonly string[]): boolean {
  const text = lines.join('\n');
  return MARKDOWN_SIGNS.filter((sign) => sign.test(text)).length >= 2;
}

/** The text layer of a PDF laid out in columns: page breaks, or several lines with two columns. */
function isLayout(lines: readonly string[]): boolean {
  if (lines.some((line) => line.includes(PAGE_BREAK))) return true;
  const twoColumns = lines.filter(
    (line) => / {8,}/.test(line.trim()) && columnCells(line).length > 1,
  );
  return twoColumns.length >= 3;
}

/** Reads the text of a document into blocks, by its shape. */
export function shapeText(text: string, kind: InputKind): ShapedText {
  const lines = text.split('\n');
  const shape: TextShape =
    kind === 'txt' ? textShape(lines) : kind === 'md' ? 'markdown' : 'blocks';
  switch (shape) {
    case 'markdown':
      return { shape, blocks: markdownBlocks(text), footnotes: [] };
    case 'layout':
      return { shape, ...layoutBlocks(lines) };
    case 'lines':
      return { shape, blocks: lineBlocks(lines), footnotes: [] };
    case 'wrapped':
      return { shape, blocks: paragraphBlocks(lines), footnotes: [] };
    default:
      // A Word file's or a PDF's paragraphs: each is numbered by its place.
      return {
        shape,
        blocks: paragraphBlocks(lines).map((block) => ({ lines: block.lines, gap: block.gap })),
        footnotes: [],
      };
  }
}

/**
 * Adds the cells of a source line to a block, one by one: a line may have more cells than a spread
 * `push(...cells)` can pass as arguments.
 */
function addCells(block: Block, cells: readonly string[], at: number): void {
  for (const cell of cells) {
    block.lines.push(cell);
    block.at?.push(at);
  }
}

/** Blocks separated by blank lines (or page breaks), each line split at its column gaps. */
function paragraphBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  let gap = false;
  for (const [index, raw] of lines.entries()) {
    if (raw.includes(PAGE_BREAK)) {
      current = undefined;
      gap = true;
    }
    const line = raw.replace(/\f/g, '');
    if (line.trim() === '') {
      current = undefined;
      gap = blocks.length > 0;
      continue;
    }
    if (current === undefined) {
      current = { lines: [], gap, at: [] };
      blocks.push(current);
      gap = false;
    }
    addCells(current, columnCells(line), index + 1);
  }
  return blocks;
}

/**
 * One block per line; a line that goes on in lower case after an open line (not a title in capitals)
 * joins it.
 */
function lineBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let gap = false;
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\f/g, '');
    if (line.trim() === '') {
      gap = blocks.length > 0;
      continue;
    }
    const cells = columnCells(line);
    const last = blocks.at(-1);
    const previous = last?.lines.at(-1);
    if (
      last !== undefined &&
      previous !== undefined &&
      !gap &&
      !CLOSED_LINE.test(previous) &&
      // A title in capitals is not the start of a sentence: the line under it is its own.
      /\p{Ll}/u.test(previous) &&
      /^\p{Ll}/u.test(cells[0]!) &&
      !ITEM_START.test(cells[0]!)
    ) {
      addCells(last, cells, index + 1);
    } else blocks.push({ lines: cells, gap, at: cells.map(() => index + 1) });
    gap = false;
  }
  return blocks;
}

/**
 * A PDF's text laid out in columns: a blank line, a page break, a first-line indent or a line in
 * columns starts a block; the cells of a line in columns are lines of their own. Footnotes at the foot
 * of a page come out of the text (the paragraph they cut goes on after the page break).
 */
function layoutBlocks(lines: readonly string[]): { blocks: Block[]; footnotes: string[] } {
  // The left margin: the least indent of the long lines (the lines that go on a paragraph; a first
  // line is indented further).
  let margin = Infinity;
  for (const line of lines) {
    if (line.trim().length < 50 || COLUMN_GAP.test(line.trim())) continue;
    margin = Math.min(margin, line.length - line.trimStart().length);
  }
  if (margin === Infinity) margin = 0;
  const footnotes: string[] = [];
  const blocks: Block[] = [];
  let current: Block | undefined;
  let gap = false;
  let wide = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.includes(PAGE_BREAK)) {
      current = undefined;
      gap = true;
    }
    const line = raw.replace(/\f/g, '').replace(/\t/g, '    ');
    if (line.trim() === '') {
      current = undefined;
      gap = blocks.length > 0;
      continue;
    }
    // A footnote: after a blank line, to the page break that ends the page.
    if (gap && FOOTNOTE.test(line) && blocks.length > 0) {
      // Looked for in the next FOOTNOTE_MAX_LINES lines only: a scan to the end of the text from
      // every such line would be quadratic in a text of many.
      const last = Math.min(lines.length - 1, i + FOOTNOTE_MAX_LINES);
      let end = i + 1;
      while (end < last && !lines[end]!.includes(PAGE_BREAK)) end += 1;
      if (end <= last && lines[end]!.includes(PAGE_BREAK)) {
        footnotes.push(
          lines
            .slice(i, end)
            .map((note) => note.trim())
            .filter((note) => note !== '')
            .reduce((text, note) =>
              /[\p{L}\p{N}]-$/u.test(text) ? text + note : `${text} ${note}`,
            ),
        );
        i = end - 1;
        continue;
      }
    }
    const cells = columnCells(line);
    const indent = line.length - line.trimStart().length;
    const starts = current === undefined || cells.length > 1 || wide || indent >= margin + 2;
    if (starts) {
      current = { lines: [], gap, at: [] };
      blocks.push(current);
    }
    addCells(current!, cells, i + 1);
    wide = cells.length > 1;
    gap = false;
  }
  return { blocks, footnotes };
}

/** Backslash escapes of Markdown ("57\-NQ/TW", "1\."). */
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~])/g;

/** The fewest lines of a chunk of Markdown parsed on its own. */
const MARKDOWN_CHUNK_LINES = 200;
const FENCE = /^(?:`{3,}|~{3,})/;
const LIST_ITEM = /^(?:[*+-]|\d{1,9}[.)])(?:\s|$)/;
const ATX_HEADING = /^#{1,6}(?:\s|$)/;

/**
 * A Markdown copy, read as Markdown: a block per paragraph, heading ("# NGHỊ QUYẾT"), list item
 * ("- …", "3. …") and code block; its lines as written, escapes read, emphasis kept, thematic breaks
 * left out. Indentation is not code in a document (a copy may indent its first line).
 */
export function markdownBlocks(text: string): Block[] {
  const lines = text
    .replace(/\f/g, '\n')
    .split('\n')
    .map((line) => line.trimStart());
  const blocks: Block[] = [];
  let lastLine = 0;
  for (const { source, offset } of markdownChunks(lines)) {
    const tree = fromMarkdown(source);
    // `skip`: the lines of the node before its first line of text (a code block's opening fence).
    const push = (node: RootContent, nodeLines: string[], skip = 0) => {
      const start = (node.position?.start.line ?? 1) + offset + skip;
      const block: Block = { lines: [], gap: blocks.length > 0 && start > lastLine + 1, at: [] };
      nodeLines.forEach((line, i) => {
        const text = line.replace(ESCAPE, '$1').trim();
        if (text === '') return;
        // A table row keeps its padding's spaces: its cells are between its "|".
        addCells(block, text.startsWith('|') ? [text] : columnCells(text), start + i);
      });
      if (block.lines.length > 0) blocks.push(block);
      lastLine = (node.position?.end.line ?? 1) + offset;
    };
    const slice = (node: RootContent) =>
      source.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    const visit = (node: RootContent) => {
      switch (node.type) {
        case 'thematicBreak':
          lastLine = (node.position?.end.line ?? 1) + offset;
          return;
        case 'list':
          node.children.forEach((item, i) => {
            const [first = '', ...rest] = slice(item).split('\n');
            const mark = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
            push(item, [first.replace(/^(?:[*+-]|\d+[.)])\s*/u, mark), ...rest]);
          });
          return;
        case 'blockquote':
          node.children.forEach(visit);
          return;
        case 'code':
          push(node, node.value.split('\n'), FENCE.test(slice(node)) ? 1 : 0);
          return;
        default:
          push(node, slice(node).split('\n'));
      }
    };
    tree.children.forEach(visit);
  }
  return blocks;
}

/**
 * Cuts a Markdown text into chunks parsed one by one, each line number offset by the chunk's start:
 * micromark's time grows faster than the text over a whole document of many blocks (a 3 MB copy took
 * over a minute), and is linear chunk by chunk. A chunk ends, outside a fenced code block, before a
 * heading (which ends any list or paragraph) or before a line after a blank line that does not go on
 * a list (so a list keeps its numbering): the lines have no indentation left to carry a block over a
 * blank line, and the blocks come out as from the whole text.
 */
function markdownChunks(lines: readonly string[]): { source: string; offset: number }[] {
  const chunks: { source: string; offset: number }[] = [];
  let start = 0;
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const mark = FENCE.exec(line)?.[0];
    if (mark !== undefined && (fence === undefined || mark.startsWith(fence))) {
      fence = fence === undefined ? mark : undefined;
      continue;
    }
    if (fence !== undefined || i - start < MARKDOWN_CHUNK_LINES) continue;
    const opens =
      ATX_HEADING.test(line) || (lines[i - 1] === '' && line !== '' && !LIST_ITEM.test(line));
    if (opens) {
      chunks.push({ source: lines.slice(start, i).join('\n'), offset: start });
      start = i;
    }
  }
  chunks.push({ source: lines.slice(start).join('\n'), offset: start });
  return chunks;
}
