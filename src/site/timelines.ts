import type { CollectionEntry } from 'astro:content';
import { t } from '../i18n/index.ts';
import { formatDate, formatShortDate, isoDate } from '../documents/dates.ts';
import { capitalised } from './campaign.ts';

/**
 * One dated step; `datetime` is absent when the date is unknown. `dateText` is the step's label and
 * starts with a capital, as every label beside it does ("Ngày 30/5/2023", "Sau khi kết thúc…").
 */
export interface TimelineItem {
  /** An id for the step, to link to it (`/ky-niem/#thanh-lap-tinh`). */
  id?: string | undefined;
  dateText: string;
  datetime?: string | undefined;
  title: string;
  detail: string;
  /** A link from the step, and its words ("Xem trong công văn"). */
  href?: string | undefined;
  linkText?: string | undefined;
}

type Anniversary = CollectionEntry<'anniversaries'>['data'];
type Milestone = CollectionEntry<'campaign'>['data']['milestones'][number];

/** Timeline items for the anniversaries: the anniversary day first, the original event in the detail. */
export function anniversaryItems(anniversaries: readonly Anniversary[]): TimelineItem[] {
  return anniversaries.map((a) => ({
    dateText: capitalised(formatDate(a.anniversaryDate)),
    datetime: isoDate(a.anniversaryDate),
    title: a.title,
    detail: `${formatShortDate(a.eventDate)} - ${formatShortDate(a.anniversaryDate)}`,
  }));
}

/**
 * Timeline items for the campaign's milestones, each linked to its place in the launch letter;
 * `letterType` is the launch document's type as a sentence names it (`công văn`).
 */
export function milestoneItems(
  milestones: readonly Milestone[],
  letterPath: string,
  letterType: string,
): TimelineItem[] {
  return milestones.map((m) => ({
    dateText: capitalised(m.date ? formatDate(m.date) : (m.dateNote ?? t('documents.unknown'))),
    datetime: m.date ? isoDate(m.date) : undefined,
    title: m.title,
    detail: m.detail,
    href: m.letterAnchor ? `${letterPath}#${m.letterAnchor}` : undefined,
    linkText: t('pages.timeline.seeInLetter', { type: letterType }),
  }));
}
