// The overview (/): the campaign, its period and status, the launch document, the anniversaries, the
// focus areas, who does what, the milestones and the documents.
import { t } from '../../i18n/index.ts';
import { formatDate, formatShortDate, isoDate, todayInVietnam } from '../../documents/dates.ts';
import { letterReference } from '../../documents/letter.ts';
import { campaignStatus, capitalised, countInWords, inSentence } from '../campaign.ts';
import { campaignDocumentsOf, finalReport, type CampaignDocument } from '../campaign-documents.ts';
import { sectionName } from '../nav.ts';
import { HOME_PATH } from '../routes.ts';
import { loadSite, type SiteData } from '../site-data.ts';
import { anniversaryItems } from '../timelines.ts';
import {
  campaignMilestones,
  focusAreaCards,
  launchType,
  placesOf,
  sectionContents,
  typeKicker,
  type Link,
  type PageBase,
} from './shared.ts';

/**
 * Where the campaign stands; once it has ended and the site has its final report, a link to it. A
 * report the site lacks is not mentioned: the site does not narrate what it has not published.
 */
function statusLine(
  campaign: SiteData['campaign'],
  documents: readonly CampaignDocument[],
): { text: string; report?: Link | undefined } {
  const status = campaignStatus(campaign.start, campaign.end, todayInVietnam());
  if (status.state !== 'ended') return { text: status.text };
  const report = finalReport(documents, campaign.end);
  return report
    ? { text: status.text, report: { href: report.path, label: letterReference(report.data) } }
    : { text: status.text };
}

/** The anniversaries in the order the theme names them; one the theme does not name goes last. */
function inThemeOrder<T extends { title: string }>(items: readonly T[], theme: string): T[] {
  const at = (item: T) => {
    const i = theme.indexOf(item.title);
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return [...items].sort((a, b) => at(a) - at(b));
}

/** The lead of the focus areas: with the spirit the campaign asks for, if any. */
function focusAreasLead(site: SiteData): string {
  const { spirit } = site.campaign;
  const count = site.focusAreas.length;
  return spirit === undefined
    ? t('pages.home.focusAreas.leadPlain', { count })
    : t('pages.home.focusAreas.lead', { spirit, count });
}

export async function homePage() {
  const site = await loadSite();
  const { campaign, launchLetter } = site;
  const letter = launchLetter.entry.data;
  const end = formatShortDate(campaign.end);
  const campaignDocuments = campaignDocumentsOf(site.letters);
  const contents = sectionContents(site);
  const type = launchType(site);
  // The sections the description names, in menu order, as a sentence names them.
  const parts = (['focusAreas', 'guidance', 'documents'] as const)
    .filter((id) => contents[id])
    .map((id) => inSentence(sectionName(id)));
  return {
    campaign,
    contents,
    base: {
      title: campaign.name,
      description:
        campaign.description ??
        t('pages.home.description', {
          name: campaign.name,
          publisher: campaign.publisher,
          parts: (parts.length > 0 ? parts : [type]).join(', '),
          end,
        }),
      path: HOME_PATH,
      searchKind: sectionName('home'),
    } satisfies PageBase,
    letterLink: { href: launchLetter.path, label: letterReference(letter) },
    // The date as the signed copy gives it (a blank day: the month only, "tháng 6/2023").
    letterDate: formatDate(letter.date),
    readLetter: t('pages.home.readLetter', { type }),
    period: {
      type,
      reviewer: campaign.reviewer,
      from:
        campaign.start.day === undefined
          ? t('pages.home.period.fromLaunch', { start: formatDate(campaign.start) })
          : t('pages.home.period.fromDate', { date: formatShortDate(campaign.start) }),
    },
    end: { text: end, datetime: isoDate(campaign.end) },
    status: statusLine(campaign, campaignDocuments),
    anniversariesHeading: t('pages.home.anniversaries.heading', {
      count: capitalised(countInWords(site.anniversaries.length)),
    }),
    // In the order the launch document names them (its theme), not by date.
    anniversaries: anniversaryItems(inThemeOrder(site.anniversaries, campaign.theme)),
    focusAreasLead: focusAreasLead(site),
    focusAreas: focusAreaCards(site),
    guidanceCaption: t('pages.home.guidance.caption', {
      places: placesOf(
        site.guidance
          .filter((g) => g.entry.data.actor !== undefined)
          .map((g) => g.entry.data.letterAnchor),
      ),
      type,
    }),
    // The assignment table names only whom the text names; the rest are requirements on all.
    guidance: site.guidance
      .filter((g) => g.entry.data.actor !== undefined)
      .map((g) => ({
        actor: g.entry.data.actor!,
        link: { href: g.path, label: g.entry.data.title },
      })),
    requirements: site.guidance
      .filter((g) => g.entry.data.actor === undefined)
      .map((g) => ({ href: g.path, label: g.entry.data.title })),
    milestones: campaignMilestones(site, campaignDocuments),
    campaignDocuments,
    documents: site.documents.map((d) => ({
      href: d.path,
      title: d.entry.data.title,
      kicker: typeKicker(d.entry.data.type, d.entry.data.title),
    })),
  };
}
