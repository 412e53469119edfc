// Repairs what extracting text from a signed PDF, a Word file or a web page breaks, before the parts
// are recognised: page numbers left in the text, sentences cut in two by a page break, items that lost
// their line break and run on, heading parts a web page ran together ("… Độc lập - Tự do - Hạnh phúc
// ---------------"), the site's own print artefacts (a cited document's address after its name). The
// text's shape (./shape.ts) gives the blocks; each repair is recorded so the import report can show
// what was changed.
import type { InputKind } from './read.ts';
import { CLOSED_LINE, ITEM_START } from './line-patterns.ts';
import { shapeText, type Block, type TextShape } from './shape.ts';
import {
  ARTICLE_WORD,
  DISTRIBUTION_LABEL,
  MOTTO_START,
  NATIONAL_NAME_START,
  PAGE_WORD,
  PARTY_NAME,
  POINT_LETTER,
  RECIPIENTS_LABEL,
  SUBJECT_PREFIX,
  DAY_WORD,
  NUMBER_LABEL,
} from './words.ts';

export type { Block } from './shape.ts';

export interface Repairs {
  /** How the text was laid out: Markdown, a PDF's columns, one paragraph per line, wrapped lines. */
  shape: TextShape;
  /** Page numbers removed ("2", "- 3 -", "Trang 4"). */
  pageNumbers: number;
  /** Sentences joined across a break: the words either side, "tạo sức hấp dẫn / mới". */
  joins: string[];
  /** Line breaks put back before an item that ran on after the previous one. */
  lineBreaks: number;
  /** Printed addresses of cited documents removed (a PDF printed from this site). */
  printedLinks: number;
  /** Footnotes moved from the foot of their page to the end of the text. */
  footnotes: string[];
}

const PAGE_NUMBER = new RegExp(
  String.raw`^(?:[-–—]\s*)?(?:${PAGE_WORD}\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?(?:\s*[-–—])?$`,
  'i',
);
/** A block ends a sentence or a part when its last character is one of these. */
export const CLOSED = CLOSED_LINE;

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
    String.raw`(?<=\S)\s+(?=${SUBJECT_PREFIX}\s|${RECIPIENTS_LABEL}\s*:|${DISTRIBUTION_LABEL}\s*:|${NATIONAL_NAME_START}|${MOTTO_START}|${PARTY_NAME})`,
    'gu',
  ),
  // the rule a web page prints under a heading's name, on the name's line: "CHÍNH PHỦ -------"
  /(?<=\S)\s+(?=[-_=]{3,}(?:\s|$))|(?<=[-_=]{3})\s+(?=[^\s_=-])/gu,
  // a web page's title glued before the issuer: "… do Văn phòng Chính phủ ban hành. VĂN PHÒNG CHÍNH PHỦ"
  /(?<=\p{Ll}[.!?])\s+(?=\p{Lu}{2,}(?:\s+\p{Lu}{2,})+$)/gu,
];

/**
 * The place and date run onto the end of another heading line: "Số 27-CT/TU Lai Châu, ngày 26 tháng 6
 * năm 2014", "BAN THƯỜNG VỤ Lai Châu, ngày …", "* Lai Châu, ngày …". Only a whole line of this shape
 * is split, so a date inside a sentence of the body stays where it is.
 */
const RUN_ON_PLACE_DATE = new RegExp(
  String.raw`^(\*|${NUMBER_LABEL}\s*:?\s*\S+|[\p{Lu}\p{N}\s,.*-]+?)\s+(\p{Lu}[\p{L}\s.'-]*,\s*${DAY_WORD}\b.{0,40}\d{4}\.?)$`,
  'u',
);
/** The longest heading line a place and date are split off (longer lines are prose). */
const RUN_ON_PLACE_DATE_MAX = 160;

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

/** The text of a line without Markdown emphasis and heading marks, for recognising it. */
export function plain(line: string): string {
  // Most lines have nothing to remove: skip the four replacements (a long text has many lines).
  if (!NOT_PLAIN.test(line)) return line.trim();
  return line
    .replace(/^#+\s*/, '')
    .replace(/\*+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const NOT_PLAIN = /^\s*#|\*|\s\s|[\t\n\r\f\v\u00A0]/;
/** A page number is short ("- 12 -", "Trang 123", "12/30"): longer lines are not tried. */
const PAGE_NUMBER_MAX = 16;

/** Applies every repair to the text of a document and returns its blocks with the record of repairs. */
export function repairText(text: string, kind: InputKind): { blocks: Block[]; repairs: Repairs } {
  let normalized = normalizeText(text);
  let printedLinks = 0;
  if (kind === 'pdf') {
    // A PDF printed from this site shows each cited document's address after its name.
    // The address may wrap onto the next line, so spaces inside it are allowed.
    normalized = normalized.replace(/\s*\(https?:\/\/[^()]*\)/g, (whole) => {
      if (!/\/van-ban\/[a-z0-9-]+\/\)$/.test(whole.replace(/\s+/g, ''))) return whole;
      printedLinks += 1;
      return '';
    });
  }
  const shaped = shapeText(normalized, kind);
  const repairs: Repairs = {
    shape: shaped.shape,
    pageNumbers: 0,
    joins: [],
    lineBreaks: 0,
    printedLinks,
    footnotes: shaped.footnotes,
  };
  const blocks: Block[] = [];
  // A number alone on its line is a page number in the text of a PDF (or a Markdown copy of one,
  // whose tables keep their cells in rows); in a Word file or a web page, which have no pages, it is
  // a cell of a table, unless it cuts a sentence in two.
  const paged = kind === 'pdf' || ['layout', 'wrapped', 'markdown'].includes(shaped.shape);
  const flat = shaped.blocks.flatMap((block) => block.lines);
  let index = -1;
  const isPageNumber = (line: string) => {
    if (line.length > PAGE_NUMBER_MAX || !PAGE_NUMBER.test(plain(line))) return false;
    if (paged) return true;
    const before = flat[index - 1];
    const after = flat[index + 1];
    return (
      before !== undefined &&
      after !== undefined &&
      !CLOSED.test(plain(before)) &&
      /^\p{Ll}/u.test(plain(after))
    );
  };
  for (const block of shaped.blocks) {
    const lines: string[] = [];
    const at: number[] = [];
    block.lines.forEach((line, i) => {
      index += 1;
      if (isPageNumber(line)) {
        repairs.pageNumbers += 1;
        return;
      }
      for (const part of splitRunOn(line, repairs)) {
        lines.push(part);
        if (block.at !== undefined) at.push(block.at[i]!);
      }
    });
    if (lines.length === 0) continue;
    const previous = blocks.at(-1);
    const last = previous?.lines.at(-1);
    const first = lines[0]!;
    if (previous !== undefined && last !== undefined && continues(last, first)) {
      repairs.joins.push(`${tail(plain(last))} / ${head(plain(first))}`);
      previous.lines[previous.lines.length - 1] = `${last} ${first}`;
      // One by one: a block may have more lines than a spread push can pass as arguments.
      for (let i = 1; i < lines.length; i++) {
        previous.lines.push(lines[i]!);
        if (at[i] !== undefined) previous.at?.push(at[i]!);
      }
    } else blocks.push({ lines, gap: block.gap, ...(block.at === undefined ? {} : { at }) });
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

/** One pattern for all markers, tried first: most lines have none, and then one scan is enough. */
const ANY_RUN_ON = new RegExp(RUN_ON_MARKERS.map((marker) => marker.source).join('|'), 'u');

function splitRunOn(line: string, repairs: Repairs): string[] {
  // A row of a Markdown table is one line, whatever its cells hold.
  if (line.startsWith('|')) return [line];
  if (line.length <= RUN_ON_PLACE_DATE_MAX) {
    const placeDate = RUN_ON_PLACE_DATE.exec(line);
    if (placeDate) {
      repairs.lineBreaks += 1;
      return [...splitRunOn(placeDate[1]!, repairs), placeDate[2]!];
    }
  }
  if (!ANY_RUN_ON.test(line)) return [line];
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
