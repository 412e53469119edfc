// What each page of the archive shows, prepared once per build from archive.yaml and the
// campaigns' open data (archive-data.ts, archive-model.ts), so the pages only render.
import { t } from '../i18n/index.ts';
import { formatDate, formatShortDate, todayInVietnam } from '../documents/dates.ts';
import type { NavItem } from '../site/nav.ts';
import { navItems } from '../site/nav.ts';
import { readArchive, settingsFromEnv, type LoadedArchive } from './archive-data.ts';
import {
  allDocuments,
  archiveCampaigns,
  citedDocuments,
  ownIndexCampaigns,
  facets,
  referenceOf,
  type ArchiveCampaign,
  type ArchiveDocument,
  type FacetId,
  type FacetValue,
} from './archive-model.ts';
import { ARCHIVE_PATHS } from './archive-routes.ts';

/** Rows of a list page. */
export const LIST_PAGE_SIZE = 100;
/** Cited documents of a page of their list. */
export const CITED_PAGE_SIZE = 50;

/** Everything the archive's pages need, read and prepared once per build. */
export interface ArchiveSite {
  loaded: LoadedArchive;
  name: string;
  publisher: string;
  description: string | undefined;
  searchFirst: number;
  campaigns: ArchiveCampaign[];
  /** The campaigns whose pages are in the archive's own search index. */
  ownIndex: ArchiveCampaign[];
  documents: ArchiveDocument[];
  facets: Record<FacetId, FacetValue[]>;
  cited: ReturnType<typeof citedDocuments>;
}

let cached: Promise<ArchiveSite> | undefined;

/** Reads the archive once per build (ARCHIVE_DIR, ARCHIVE_WEB_ROOT; see docs/archive.md). */
export function loadArchiveSite(): Promise<ArchiveSite> {
  cached ??= (async () => {
    const site = import.meta.env.SITE ?? 'http://localhost:4321';
    const loaded = await readArchive(settingsFromEnv(process.env, site, import.meta.env.BASE_URL));
    const campaigns = archiveCampaigns(loaded.campaigns, site, todayInVietnam());
    return {
      ownIndex: ownIndexCampaigns(
        campaigns,
        loaded.archive,
        new Map(loaded.campaigns.map((c) => [c.id, c.folder])),
        import.meta.env.BASE_URL,
      ),
      loaded,
      name: loaded.archive.name,
      publisher: loaded.archive.publisher,
      description: loaded.archive.description,
      searchFirst: loaded.archive.searchFirst,
      campaigns,
      documents: allDocuments(campaigns),
      facets: facets(campaigns),
      cited: citedDocuments(campaigns),
    };
  })();
  return cached;
}

/** The menu of the archive, with the current page marked. */
export function archiveNav(path: string): NavItem[] {
  return navItems(path, [
    { path: ARCHIVE_PATHS.home, label: t('archive.nav.home') },
    { path: ARCHIVE_PATHS.documents, label: t('archive.nav.documents') },
    { path: ARCHIVE_PATHS.cited, label: t('archive.nav.cited') },
    { path: ARCHIVE_PATHS.search, label: t('archive.nav.search') },
  ]);
}

/** A campaign's facts as the home page and its page list them: label, value and a link, if any. */
export function campaignFacts(
  campaign: ArchiveCampaign,
): { label: string; value: string; href?: string }[] {
  const { launch } = campaign;
  return [
    { label: t('archive.campaign.publisher'), value: campaign.publisher },
    {
      label: t('archive.campaign.period'),
      value: t('archive.campaign.periodValue', {
        start: formatShortDate(campaign.start),
        end: formatShortDate(campaign.end),
      }),
    },
    { label: t('archive.campaign.status'), value: campaign.status.text },
    {
      label: t('archive.campaign.launch'),
      href: launch.href,
      value:
        launch.date === null
          ? referenceOf(launch)
          : t('archive.campaign.launchValue', {
              reference: referenceOf(launch),
              date: formatDate(launch.date),
            }),
    },
  ];
}

/** The name of a facet, as the filters and the pages of its values give it. */
export function facetName(facet: FacetId): string {
  return t(`archive.facet.${facet}`);
}

/** The order the filters are shown in. */
export const FACET_ORDER: readonly FacetId[] = ['campaign', 'type', 'issuer', 'year'];
