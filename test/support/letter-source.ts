import { readFileSync } from 'node:fs';

/** The three sentences that page breaks split in the extracted text, and how they read joined. */
export const PAGE_BREAK_JOINS: readonly [string, string][] = [
  ['tạo sức hấp dẫn\n\nmới', 'tạo sức hấp dẫn mới'],
  ['phòng, chống\n\ntham nhũng', 'phòng, chống tham nhũng'],
  ['giúp Hội\n\nđồng', 'giúp Hội đồng'],
];

/** The letter as extracted from the signed document (a copy of shared/seed kept as a fixture). */
export function readLetterSource(): string {
  return readFileSync(new URL('../fixtures/letter-source.txt', import.meta.url), 'utf8');
}

/** The letter's words as the signed copy has them: page breaks joined, Markdown marks removed, one block a line. */
export function letterLines(source = readLetterSource()): string[] {
  let text = source;
  for (const [split, joined] of PAGE_BREAK_JOINS) {
    if (!text.includes(split))
      throw new Error(`fixture no longer contains the page break "${split}"`);
    text = text.replace(split, joined);
  }
  return text
    .replace(/\*+/g, '')
    .split('\n')
    .map((line) => line.replace(/^#+\s*/, '').trim())
    .filter((line) => line !== '');
}

/**
 * Splits the source letter into clauses (at `.`, `;`, `:` and line ends), after joining the page
 * breaks and removing Markdown marks and the dash that opens an item, so each clause can be looked
 * for in the rendered page.
 */
export function letterClauses(source = readLetterSource()): string[] {
  return letterLines(source)
    .map((line) => line.replace(/^-\s+/, ''))
    .flatMap((line) => line.split(/(?<=[.;:])\s+/))
    .map((clause) => clause.replace(/\s+/g, ' ').trim())
    .filter((clause) => clause.length > 1);
}

/** Lines of the công văn form that the seed's text extraction lost (its heading block). */
export const FORM_LINES: readonly string[] = [
  'UBND TỈNH LAI CHÂU',
  'SỞ CÔNG THƯƠNG',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
];

/** The blanks of the signed form (number, day) that the extraction closed up, as the form shows them. */
export const FORM_BLANKS: readonly [string, string][] = [
  ['Số: /', 'Số: …/'],
  ['ngày tháng', 'ngày … tháng'],
];

/** Every anchor id of the launch letter's body blocks, in reading order (documents/anchors). */
export const LETTER_ANCHOR_IDS: readonly string[] = [
  'doan-1',
  'doan-2',
  'muc-1',
  'muc-2',
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `muc-2-y-${n}`),
  'muc-3',
  'muc-4',
  'doan-3',
  'muc-5',
  'muc-5-a',
  'muc-5-b',
  'muc-5-c',
  'doan-4',
];

/** The ids the launch letter's numbered sections, bullets and points get (not its paragraphs). */
export const LETTER_BLOCK_IDS: readonly string[] = LETTER_ANCHOR_IDS.filter((id) =>
  id.startsWith('muc-'),
);
