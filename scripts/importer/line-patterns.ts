// The lines of the form that the reading of a text's shape (./shape.ts), its repairs (./repair.ts) and
// the recognition of its parts (./parse.ts) all need to know: the number line, the date line, a line
// that closes a sentence. Built from the words of ./words.ts.
import {
  ARTICLE_WORD,
  DAY_WORD,
  MONTH_WORD,
  NUMBER_LABEL,
  POINT_LETTER,
  YEAR_WORD,
} from './words.ts';

/** Blank parts of a number or date as printed: nothing, dots, an ellipsis, underscores. */
export const BLANK = String.raw`[\s.…_]*`;
/** A part of a ký hiệu and the separators between them, spaces allowed ("TTr - SCT", "NĐ-CP"). */
const CODE = String.raw`[\p{Lu}\p{N}][\p{L}\p{N}]*(?:\s*[-/]\s*[\p{L}\p{N}]+)*`;

/** "Số: 87/KH-SCT", "Số: …/SCT-VP", "Số: 5973 /UBND-KT", "Số: 32/2024/NĐ-CP" (groups: number, code). */
export const NUMBER_LINE = new RegExp(
  String.raw`^${NUMBER_LABEL}\s*:?\s*(${BLANK}|\d[\d.]*(?:\/\d{4})?)\s*\/\s*(${CODE})\.?$`,
  'u',
);
/** A Party number: "Số 27-CT/TU", "Số     - HD/BTCTU" (the type code after a hyphen; groups as above). */
export const PARTY_NUMBER_LINE = new RegExp(
  String.raw`^${NUMBER_LABEL}\s*:?\s*(${BLANK}|\d+)\s*-\s*(\p{Lu}[\p{L}\p{N}]*\s*\/\s*[\p{L}\p{N}]+(?:\s*[-/]\s*[\p{L}\p{N}]+)*)\.?$`,
  'u',
);
/** "Lào Cai, ngày 11 tháng 6 năm 2026", blanks allowed (groups: place, day, month, year). */
export const PLACE_DATE_LINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\s.'-]*?),\s*${DAY_WORD}${BLANK}(\d{1,2})?${BLANK}${MONTH_WORD}${BLANK}(\d{1,2})?${BLANK}${YEAR_WORD}\s*(\d{4})\.?$`,
  'u',
);

/** The number and date lines, which a line laid out in columns must not be cut inside. */
export const HEADING_PATTERNS: readonly RegExp[] = [
  NUMBER_LINE,
  PARTY_NUMBER_LINE,
  PLACE_DATE_LINE,
];
/** The start of a number or date line whose blanks were printed as wide spaces ("Số:", "Hà Nội, ngày"). */
export const PARTIAL_HEADING_LINE = new RegExp(
  String.raw`^(?:${NUMBER_LABEL}\s*:?[\s\d.…_]*|\p{Lu}[\p{L}\s.'-]*,\s*${DAY_WORD}\b.*)$`,
  'u',
);

/** A line that ends a sentence or a part: its last character is one of these. */
export const CLOSED_LINE = /(?:[.:;!?…)\]”"'*»]|\/\.)$/u;

/** A line that begins an item of its own, never the rest of a sentence: "- ", "a) ", "2. ", "Điều 1.". */
export const ITEM_START = new RegExp(
  String.raw`^(?:[-–−•+]\s|${POINT_LETTER}\)\s|\d+[.)]\s|${ARTICLE_WORD}\s+\d+\.)`,
  'u',
);
