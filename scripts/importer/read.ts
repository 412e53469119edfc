// Reads a signed document into plain text, whatever it came as: text extracted from a PDF or saved
// from Word or a web page (.txt), a Markdown copy (.md), a Word file (.docx, through mammoth) or a PDF
// with a text layer (through unpdf's build of PDF.js).
// The text keeps what the later steps need: one paragraph per block, blank lines between blocks,
// "**bold**" and "*italic*" where the source says so (.txt and .docx), and a form feed at each page
// break of a PDF so sentences split by it can be joined again.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { decodeEntities } from '../../src/documents/text.ts';
import { t } from '../../src/i18n/index.ts';
import { importError } from './errors.ts';

/** The largest file the importer reads: a signed letter is a few hundred kilobytes. */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/** The extensions the importer reads, lower case: text (plain or Markdown), Word, PDF. */
export const INPUT_EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const;
export type InputKind = 'txt' | 'md' | 'docx' | 'pdf';

export interface SourceText {
  kind: InputKind;
  bytes: number;
  text: string;
  /** Pages of a PDF; undefined for the other kinds. */
  pages?: number;
}

/** Reads a file into text; throws an ImportError (in Vietnamese) for every input it cannot use. */
export async function readSource(path: string): Promise<SourceText> {
  const extension = extname(path).toLowerCase();
  if (!(INPUT_EXTENSIONS as readonly string[]).includes(extension)) {
    throw importError('importer.error.extension', {
      extension: extension || t('importer.error.noExtension'),
      known: INPUT_EXTENSIONS.join(', '),
    });
  }
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
  } catch {
    throw importError('importer.error.unreadable', { file: path });
  }
  if (size === 0) throw importError('importer.error.empty', { file: path });
  if (size > MAX_INPUT_BYTES) {
    throw importError('importer.error.tooLarge', {
      file: path,
      size: (size / 1024 / 1024).toFixed(1),
      max: MAX_INPUT_BYTES / 1024 / 1024,
    });
  }
  let buffer: Buffer;
  try {
    buffer = await readFile(path);
  } catch {
    throw importError('importer.error.unreadable', { file: path });
  }
  const kind = extension.slice(1) as InputKind;
  const source =
    kind === 'txt' || kind === 'md'
      ? { text: decodeText(buffer, path) }
      : kind === 'docx'
        ? { text: await docxText(buffer, path) }
        : await pdfText(buffer, path);
  if (source.text.replace(/[\s\f]+/g, '') === '')
    throw importError('importer.error.empty', { file: path });
  return { kind, bytes: size, ...source };
}

/** UTF-8 text, strictly: a file in another encoding would import as garbage. */
function decodeText(buffer: Buffer, path: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw importError('importer.error.encoding', { file: path });
  }
}

// --- .docx -------------------------------------------------------------------------------------

/** The text of a Word file: one block per paragraph, list item and table cell, bold and italic kept. */
async function docxText(buffer: Buffer, path: string): Promise<string> {
  let html: string;
  try {
    const mammoth = (await import('mammoth')).default;
    html = (await mammoth.convertToHtml({ buffer })).value;
  } catch {
    throw importError('importer.error.docx', { file: path });
  }
  return htmlBlocks(html).join('\n\n');
}

/** Splits mammoth's simple HTML into text blocks; `<strong>`/`<em>` become `**`/`*`, `<br>` a line break. */
export function htmlBlocks(html: string): string[] {
  const blocks: string[] = [];
  for (const match of html.matchAll(/<(p|h[1-6]|li)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const inner = match[2]!.replace(/<(ul|ol)\b[\s\S]*$/, '');
    let text = decodeEntities(
      inner
        .replace(/<br\s*\/?>/g, '\n')
        .replace(/<strong>/g, '**')
        .replace(/<\/strong>/g, '**')
        .replace(/<em>/g, '*')
        .replace(/<\/em>/g, '*')
        .replace(/<[^>]+>/g, ''),
    )
      // Emphasis that wraps only spaces, or that ends where the next begins, is noise.
      .replace(/\*\*(\s*)\*\*/g, '$1')
      .replace(/(?<!\*)\*(\s*)\*(?!\*)/g, '$1');
    if (match[1] === 'li') text = `- ${text}`;
    if (text.trim() !== '') blocks.push(text.trim());
  }
  return blocks;
}

// --- .pdf --------------------------------------------------------------------------------------

interface PdfItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The text layer of a PDF, rebuilt into lines and blocks from the positions of its pieces. */
async function pdfText(buffer: Buffer, path: string): Promise<{ text: string; pages: number }> {
  let pagesItems: PdfItem[][];
  try {
    const { getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(buffer));
    pagesItems = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        items.push({
          str: item.str,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          width: item.width,
          height: item.height || Math.abs(item.transform[3] as number),
        });
      }
      pagesItems.push(items);
    }
  } catch {
    throw importError('importer.error.pdf', { file: path });
  }
  if (pagesItems.every((items) => items.every((item) => item.str.trim() === ''))) {
    throw importError('importer.error.scan', { file: path, pages: pagesItems.length });
  }
  return { text: pagesItems.map(pageText).join('\n\f\n'), pages: pagesItems.length };
}

interface PdfLine {
  y: number;
  height: number;
  /** Runs of the line separated by a wide gap (the two columns of a heading), left to right. */
  cells: { x: number; text: string }[];
}

/** Groups a page's pieces into lines (top to bottom), and each line into cells split at wide gaps. */
function pdfLines(items: readonly PdfItem[]): PdfLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: { y: number; height: number; items: PdfItem[] }[] = [];
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(2, item.height * 0.3));
    if (line) {
      line.items.push(item);
      line.height = Math.max(line.height, item.height);
    } else lines.push({ y: item.y, height: item.height, items: [item] });
  }
  lines.sort((a, b) => b.y - a.y);
  return lines.map((line) => {
    const pieces = line.items.sort((a, b) => a.x - b.x);
    const cells: { x: number; text: string; end: number }[] = [];
    for (const piece of pieces) {
      const last = cells.at(-1);
      const gap = last === undefined ? Infinity : piece.x - last.end;
      if (last !== undefined && gap < line.height * 2.5) {
        const space =
          gap > line.height * 0.15 && !/\s$/.test(last.text) && !/^\s/.test(piece.str) ? ' ' : '';
        last.text += space + piece.str;
        last.end = piece.x + piece.width;
      } else cells.push({ x: piece.x, text: piece.str, end: piece.x + piece.width });
    }
    return {
      y: line.y,
      height: line.height,
      cells: cells
        .map((c) => ({ x: c.x, text: c.text.replace(/\s+/g, ' ').trim() }))
        .filter((c) => c.text !== ''),
    };
  });
}

/**
 * A page as text. Lines that follow each other closely and start at the same left edge (or at the
 * paragraph indent) are one block; a larger gap, a line starting further right (an indented first
 * line) or a line with several cells starts a new block. Cells of one line become lines of their own.
 */
function pageText(items: readonly PdfItem[]): string {
  const lines = pdfLines(items).filter((line) => line.cells.length > 0);
  if (lines.length === 0) return '';
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  const usualGap = gaps[Math.floor(gaps.length / 4)] ?? 0;
  const lefts = lines.map((line) => Math.round(line.cells[0]!.x)).sort((a, b) => a - b);
  const margin = lefts[Math.floor(lefts.length / 10)] ?? 0;
  const out: string[] = [];
  let previous: PdfLine | undefined;
  for (const line of lines) {
    const first = line.cells[0]!;
    const wide = line.cells.length > 1 || (previous !== undefined && previous.cells.length > 1);
    const gap = previous === undefined ? 0 : previous.y - line.y;
    const indented = first.x > margin + line.height * 1.2;
    const newBlock = previous === undefined || wide || gap > usualGap * 1.35 || indented || gap < 0;
    if (previous !== undefined) out.push(newBlock ? '\n\n' : '\n');
    out.push(line.cells.map((cell) => cell.text).join('\n'));
    previous = line;
  }
  return out.join('');
}
