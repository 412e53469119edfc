// Repairs what extracting text from a signed PDF breaks, before the parts are recognised: page numbers
// left in the text, sentences cut in two by a page break, items that lost their line break and run on,
// the site's own print artefacts (a cited document's address after its name). Each repair is recorded
// so the import report can show what was changed.
import type { InputKind } from './read.ts';
import {
  ARTICLE_WORD,
  DISTRIBUTION_LABEL,
  MOTTO_START,
  NATIONAL_NAME_START,
  PAGE_WORD,
  POINT_LETTER,
  RECIPIENTS_LABEL,
  SUBJECT_PREFIX,
} from './words.ts';

export interface Repairs {
  /** Page numbers removed ("2", "- 3 -", "Trang 4"). */
  pageNumbers: number;
  /** Sentences joined across a break: the words either side, "tạo sức hấp dẫn / mới". */
  joins: string[];
  /** Line breaks put back before an item that ran on after the previous one. */
  lineBreaks: number;
  /** Printed addresses of cited documents removed (a PDF printed from this site). */
  printedLinks: number;
}

/** A block of the text (a paragraph, a heading line group), as lines. */
export type Block = string[];

const PAGE_NUMBER = new RegExp(
  String.raw`^(?:[-–—]\s*)?(?:${PAGE_WORD}\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–—])?$`,
  'i',
);
/** A block ends a sentence or a part when its last character is one of these. */
export const CLOSED = /(?:[.:;!?…)\]”"'*»]|\/\.)$/u;
/** A block that begins an item of its own, never the rest of a sentence. */
const ITEM_START = new RegExp(
  String.raw`^(?:[-–−•+]\s|${POINT_LETTER}\)\s|\d+[.)]\s|${ARTICLE_WORD}\s+\d+\.)`,
  'u',
);

/** Marks that begin a part of the form or an item; run together with the text before them, they are split off. */
const RUN_ON_MARKERS: RegExp[] = [
  // "…phát triển. - Thi đua …", "…tổ chức mình. c) Văn phòng …", "…hiệu quả. 3. Tiếp tục …"
  new RegExp(
    String.raw`(?<=[.;:])\s+(?=(?:[-–−•]\s+|${POINT_LETTER}\)\s+|\d{1,2}\.\s+|${ARTICLE_WORD}\s+\d+\.\s+)\p{Lu})`,
    'gu',
  ),
  // "- Như trên; - Sở Nội vụ;" (the Nơi nhận list on one line)
  /(?<=;)\s+(?=[-–−•]\s+\S)/gu,
  // heading parts that lost their line: "Số: …/SCT-VP V/v …", "… năm 2023 Kính gửi: …"
  new RegExp(
    String.raw`(?<=\S)\s+(?=${SUBJECT_PREFIX}\s|${RECIPIENTS_LABEL}\s*:|${DISTRIBUTION_LABEL}\s*:|${NATIONAL_NAME_START}|${MOTTO_START})`,
    'gu',
  ),
];

/** Normalises characters the extraction varies on: line ends, spaces, slashes, composed accents. */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060]/g, '')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/[⁄∕／]/g, '/')
    .replace(/[ \t]+$/gm, '');
}

/** Splits text into blocks at blank lines; a form feed (a PDF page break) also ends a block. */
export function toBlocks(text: string): Block[] {
  return text
    .split(/\n[ \t]*(?:\n|\f)[\s\f]*|\f/)
    .map((block) => block.split('\n').map((line) => line.trim()))
    .map((lines) => lines.filter((line) => line !== ''))
    .filter((lines) => lines.length > 0);
}

/** The text of a line without Markdown emphasis and heading marks, for recognising it. */
export function plain(line: string): string {
  return line
    .replace(/^#+\s*/, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Applies every repair to the text of a document and returns its blocks with the record of repairs. */
export function repairText(text: string, kind: InputKind): { blocks: Block[]; repairs: Repairs } {
  const repairs: Repairs = { pageNumbers: 0, joins: [], lineBreaks: 0, printedLinks: 0 };
  let normalized = normalizeText(text);
  if (kind === 'pdf') {
    // A PDF printed from this site shows each cited document's address after its name.
    // The address may wrap onto the next line, so spaces inside it are allowed.
    normalized = normalized.replace(/\s*\(https?:\/\/[^()]*\)/g, (whole) => {
      if (!/\/van-ban\/[a-z0-9-]+\/\)$/.test(whole.replace(/\s+/g, ''))) return whole;
      repairs.printedLinks += 1;
      return '';
    });
  }
  const blocks: Block[] = [];
  for (const block of toBlocks(normalized)) {
    const lines = block.filter((line) => {
      if (!PAGE_NUMBER.test(plain(line))) return true;
      repairs.pageNumbers += 1;
      return false;
    });
    if (lines.length === 0) continue;
    const split = lines.flatMap((line) => splitRunOn(line, repairs));
    const previous = blocks.at(-1);
    const last = previous?.at(-1);
    const first = split[0]!;
    if (previous !== undefined && last !== undefined && continues(last, first)) {
      repairs.joins.push(`${tail(plain(last))} / ${head(plain(first))}`);
      previous[previous.length - 1] = `${last} ${first}`;
      previous.push(...split.slice(1));
    } else blocks.push(split);
  }
  return { blocks, repairs };
}

/** Whether `next` is the rest of the sentence that `last` leaves open (a page break cut it). */
function continues(last: string, next: string): boolean {
  const end = plain(last);
  const start = plain(next);
  if (end === '' || start === '' || CLOSED.test(last.trim()) || CLOSED.test(end)) return false;
  if (/^#/.test(next) || ITEM_START.test(start)) return false;
  // Only prose is continued: a heading line in capitals is not a sentence.
  if (end === end.toUpperCase()) return false;
  return /^\p{Ll}/u.test(start);
}

function splitRunOn(line: string, repairs: Repairs): string[] {
  let parts = [line];
  for (const marker of RUN_ON_MARKERS) {
    parts = parts.flatMap((part) => {
      const pieces = part.split(marker);
      repairs.lineBreaks += pieces.length - 1;
      return pieces;
    });
  }
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

const tail = (text: string) => text.split(' ').slice(-2).join(' ');
const head = (text: string) => text.split(' ').slice(0, 2).join(' ');
