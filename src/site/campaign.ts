import { t } from '../i18n/index.ts';
import type { PartialDate } from '../schemas/common.ts';
import { compareDates, formatShortDate } from '../documents/dates.ts';

/** Where the campaign stands on a given day. */
export interface CampaignStatus {
  state: 'upcoming' | 'running' | 'ended';
  text: string;
}

/** Works out the campaign's status on `today` (the build day in Vietnam) from its start and end. */
export function campaignStatus(
  start: PartialDate,
  end: PartialDate,
  today: PartialDate,
): CampaignStatus {
  const endText = formatShortDate(end);
  // A month-only or year-only end runs to the last day of that month or year.
  const lastDay = { year: end.year, month: end.month ?? 12, day: end.day ?? 31 };
  const state: CampaignStatus['state'] =
    compareDates(today, lastDay) > 0
      ? 'ended'
      : compareDates(today, start) < 0
        ? 'upcoming'
        : 'running';
  return { state, text: t(`documents.campaign.${state}`, { end: endText }) };
}

/** The site's name as pages and the open data index give it: `Thi đua đặc biệt 2023 – Sở Công Thương …`. */
export function siteName(campaign: { shortName: string; publisher: string }): string {
  return t('site.name', { shortName: campaign.shortName, publisher: campaign.publisher });
}

/**
 * A name or type as a sentence writes it: its first letter in lower case (`Phong trào thi đua …` →
 * `phong trào thi đua …`, `Công văn` → `công văn`), unless it opens with an abbreviation (`UBND …`).
 */
export function inSentence(text: string): string {
  const [first = '', second = ''] = [...text];
  if (second !== '' && second === second.toLocaleUpperCase('vi') && /\p{L}/u.test(second))
    return text;
  return first.toLocaleLowerCase('vi') + text.slice(first.length);
}

/** A sentence's first letter in capitals: `toàn văn công văn, …` → `Toàn văn công văn, …`. */
export function capitalised(text: string): string {
  const [first = ''] = [...text];
  return first.toLocaleUpperCase('vi') + text.slice(first.length);
}

/** Items of a list as a sentence gives them: `a`, `a và b`, `a, b và c`. */
export function listInSentence(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return t('site.list.and', { items: items.slice(0, -1).join(', '), last: items.at(-1)! });
}

/** A small count in words (`4` → `bốn`), a larger one in digits. */
export function countInWords(count: number): string {
  return t('site.numberWords').split('|')[count - 1] ?? String(count);
}
