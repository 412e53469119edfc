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
