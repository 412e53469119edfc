import { t } from '../i18n/index.ts';
import type { PartialDate } from '../schemas/common.ts';

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
const ELLIPSIS = '…';

/**
 * Writes a day or month as NĐ 30 (Phụ lục I II.4.b) does: a day below 10 and the months 1 and 2 take
 * a leading zero (`05`, `01`, `02`), other months do not (`6`, `10`).
 */
function padDay(day: number): string {
  return String(day).padStart(2, '0');
}
function padMonth(month: number): string {
  return month < 3 ? String(month).padStart(2, '0') : String(month);
}

/** Formats a partial date for running text: `30/5/2023`, `07/4/2014`, `01/01/2004`, `…/6/2023`, `6/2023`, `2023`. */
export function formatShortDate(date: PartialDate, { unknownDay = false } = {}): string {
  if (date.month === undefined) return String(date.year);
  const month = padMonth(date.month);
  if (date.day === undefined)
    return unknownDay ? `${ELLIPSIS}/${month}/${date.year}` : `${month}/${date.year}`;
  return `${padDay(date.day)}/${month}/${date.year}`;
}

/** Formats a partial date for running text with its word: `ngày 30/5/2023`, `tháng 6/2023`, `năm 2023`. */
export function formatDate(date: PartialDate): string {
  if (date.month === undefined) return t('documents.date.year', { year: date.year });
  if (date.day === undefined) return t('documents.date.month', { date: formatShortDate(date) });
  return t('documents.date.day', { date: formatShortDate(date) });
}

/** Formats the heading date of a công văn: `ngày 05 tháng 01 năm 2020`, with `…` for what is blank. */
export function formatHeadingDate(date: PartialDate): string {
  return t('documents.date.heading', {
    day: date.day === undefined ? ELLIPSIS : padDay(date.day),
    month: date.month === undefined ? ELLIPSIS : padMonth(date.month),
    year: date.year,
  });
}

/** Gives a machine-readable value for `<time datetime>`: `2023-05-30`, `2023-06` or `2023`. */
export function isoDate(date: PartialDate): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  if (date.month === undefined) return String(date.year);
  if (date.day === undefined) return `${date.year}-${pad(date.month)}`;
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** Gives today's date in Vietnam (Asia/Ho_Chi_Minh) as a full partial date. */
export function todayInVietnam(now: Date = new Date()): Required<PartialDate> {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** Compares two partial dates by their known parts (an unknown part sorts first); negative if a is earlier. */
export function compareDates(a: PartialDate, b: PartialDate): number {
  return a.year - b.year || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}
