import { t } from '../i18n/index.ts';
import type { PartialDate } from '../schemas/common.ts';
import { formatHeadingDate } from './dates.ts';

const BLANK = '…';

/** The fields of a công văn's heading that the layout prints. */
export interface LetterHeadingInput {
  type: string;
  number: string | null;
  code: string;
  place: string;
  date: PartialDate;
  distribution: readonly string[];
}

/** `…/SCT-VP` — the số, ký hiệu; the number stays a blank when the signed copy leaves it blank. */
export function letterIdentifier(letter: Pick<LetterHeadingInput, 'number' | 'code'>): string {
  return `${letter.number ?? BLANK}/${letter.code}`;
}

/** `Số: …/SCT-VP` — the number line of the heading. */
export function numberLine(letter: Pick<LetterHeadingInput, 'number' | 'code'>): string {
  return t('documents.letter.numberLine', { identifier: letterIdentifier(letter) });
}

/** `Lai Châu, ngày … tháng 6 năm 2023` — the place-and-date line of the heading. */
export function placeDateLine(letter: Pick<LetterHeadingInput, 'place' | 'date'>): string {
  return t('documents.letter.placeDate', {
    place: letter.place,
    date: formatHeadingDate(letter.date),
  });
}

/**
 * The dash that opens an item of a list in a document's text and each Nơi nhận line ("- Như trên;").
 * It is part of the printed words, written as text on the page and in the .docx, so a copy keeps it.
 */
export const ITEM_DASH = '- ';

/**
 * A list printed one item a line, as the Nơi nhận and the recipients after "Kính gửi:" are: each
 * opens with "- " and ends with ";", the last (Lưu: …, the last recipient) with ".".
 */
export function dashedLines(items: readonly string[]): string[] {
  return items.map(
    (item, i) => `${ITEM_DASH}${item.replace(/[;.]$/, '')}${i === items.length - 1 ? '.' : ';'}`,
  );
}

/**
 * The recipients after "Kính gửi:" as printed: one stands on the label's line as written, several
 * are dashed lines under it; null when the document has none.
 */
export function recipientLines(items: readonly string[] | undefined): string[] | null {
  if (!items || items.length === 0) return null;
  return items.length === 1 ? [...items] : dashedLines(items);
}

/** A one-line reference to a letter for running text: `Công văn số …/SCT-VP`. */
export function letterReference(
  letter: Pick<LetterHeadingInput, 'type' | 'number' | 'code'>,
): string {
  return t('documents.reference', { type: letter.type, identifier: letterIdentifier(letter) });
}

/** How an issuer is named: with its term when the document gives one (`Bộ Chính trị (khóa XI)`). */
export function issuerName(issuer: string, term?: string): string {
  return term === undefined ? issuer : t('documents.issuerWithTerm', { issuer, term });
}
