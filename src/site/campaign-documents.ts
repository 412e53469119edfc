// The campaign's own documents (content/letter/): their order, their place on the timeline, and what the
// status line says about the final report. Pure functions over front matter; pages pass the entries in.
import { t } from '../i18n/index.ts';
import type { PartialDate } from '../schemas/common.ts';
import { compareDates, formatDate, isoDate } from '../documents/dates.ts';
import { letterReference } from '../documents/letter.ts';
import { capitalised } from './campaign.ts';
import type { TimelineItem } from './timelines.ts';

/** What these helpers read of a campaign document. */
export interface CampaignDocument {
  path: string;
  data: {
    title: string;
    type: string;
    number: string | null;
    code: string;
    date: PartialDate;
    subject: string;
    order: number;
  };
}

/** The documents in date order (an unknown day sorts first in its month), then by `order`. */
export function inDateOrder<T extends CampaignDocument>(documents: readonly T[]): T[] {
  return [...documents].sort(
    (a, b) => compareDates(a.data.date, b.data.date) || a.data.order - b.data.order,
  );
}

/** A timeline item for a campaign document, linked to its page. */
export function documentTimelineItem(document: CampaignDocument): TimelineItem {
  return {
    // A label like the milestones' beside it: "Ngày 05/3/2025", "Tháng 6/2023".
    dateText: capitalised(formatDate(document.data.date)),
    datetime: isoDate(document.data.date),
    title: letterReference(document.data),
    detail: document.data.subject,
    href: document.path,
    linkText: t('forms.list.read', { type: document.data.type.toLowerCase() }),
  };
}

/**
 * Puts each document's item among the timeline's items at its date: before the first dated item that
 * comes later, else at the end (after steps whose date is unknown, such as the final review).
 */
export function withDocuments(
  items: readonly TimelineItem[],
  documents: readonly CampaignDocument[],
): TimelineItem[] {
  const result = [...items];
  for (const document of inDateOrder(documents)) {
    const item = documentTimelineItem(document);
    const at = result.findIndex(
      (other) => other.datetime !== undefined && other.datetime > item.datetime!,
    );
    result.splice(at < 0 ? result.length : at, 0, item);
  }
  return result;
}

/** The campaign's final report: a Báo cáo dated in or after the month the campaign ends. */
export function finalReport<T extends CampaignDocument>(
  documents: readonly T[],
  end: PartialDate,
): T | undefined {
  const endMonth = { year: end.year, month: end.month ?? 12 };
  return inDateOrder(documents).find(
    (d) =>
      d.data.type === t('forms.type.bao-cao') &&
      compareDates({ year: d.data.date.year, month: d.data.date.month ?? 12 }, endMonth) >= 0,
  );
}

/** The campaign documents of the site data, in the shape these helpers and the list read. */
export function campaignDocumentsOf(
  letters: readonly {
    path: string;
    entry: { data: CampaignDocument['data'] & { route: string } };
  }[],
): (CampaignDocument & { route: string })[] {
  return letters.map((l) => ({ path: l.path, data: l.entry.data, route: l.entry.data.route }));
}

/** One feed item of a campaign document; `link` is site-relative. */
export interface FeedItem {
  title: string;
  link: string;
  route: string;
  description: string;
  categories: string[];
  /** Midnight of the issue day in Vietnam; absent while the signed copy leaves the day blank. */
  pubDate?: Date;
}

/** The feed items, newest first. */
export function feedItems(
  documents: readonly (CampaignDocument & { route: string })[],
): FeedItem[] {
  return inDateOrder(documents)
    .reverse()
    .map((d) => {
      const { year, month, day } = d.data.date;
      return {
        title: `${letterReference(d.data)} ${d.data.subject}`,
        link: d.path,
        route: d.route,
        description: `${d.data.title} (${formatDate(d.data.date)}).`,
        categories: [d.data.type],
        ...(month !== undefined && day !== undefined
          ? { pubDate: new Date(Date.UTC(year, month - 1, day) - 7 * 3_600_000) }
          : {}),
      };
    });
}
