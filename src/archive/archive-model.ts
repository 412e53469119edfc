// What the archive's pages show, made from the campaigns' open data: the campaigns newest first,
// every campaign document with its filters (campaign, type, issuer, year), every cited document
// with the campaigns and places that cite it, and the campaigns the search covers, in turns. Plain
// objects in, plain objects out: archive-data.ts reads the files, the pages render.
import { t } from '../i18n/index.ts';
import { compareDates } from '../documents/dates.ts';
import { identifierKey } from '../vietnamese/fold.ts';
import { slugify } from '../documents/text.ts';
import type { PartialDate } from '../schemas/common.ts';
import { campaignStatus, type CampaignStatus } from '../site/campaign.ts';
import type { OpenData } from './archive-schema.ts';
import { ARCHIVE_PATHS } from './archive-routes.ts';
import type { SearchedCampaign } from './client/archive-search-page.ts';

/** A campaign as archive.yaml lists it and as its open data describes it. */
export interface CampaignSource {
  /** Its id in the archive's addresses (`day-tot-hoc-tot-2022`). */
  id: string;
  data: OpenData;
}

/** A place of a campaign document that cites a document. */
export interface CitingPlace {
  /** The citing document, as its reference reads (`Kế hoạch số 15/KH-SGDĐT`). */
  document: string;
  /** The block (`mục 1`, `mục 3, ý 2`). */
  place: string;
  /** The provision of the cited document it names, if any. */
  provision: string | null;
  href: string;
}

/** A document of a campaign's open data, as the archive reads it (docs/open-data.md). */
type OpenDocument = OpenData['documents'][number];

/**
 * A document of a campaign (its own, or one it cites), with its link: the fields of its open data
 * (`subject` is the trích yếu word for word, or null when the campaign does not know it so).
 */
export interface ArchiveDocument extends Omit<OpenDocument, 'term' | 'url' | 'citedIn'> {
  campaignId: string;
  href: string;
  citedIn: CitingPlace[];
}

/** A campaign in the archive. */
export interface ArchiveCampaign {
  id: string;
  name: string;
  shortName: string;
  publisher: string;
  start: PartialDate;
  end: PartialDate;
  status: CampaignStatus;
  /** Its home page and its search index, as the archive links them. */
  home: string;
  searchIndex: string;
  launch: ArchiveDocument;
  /** Its own documents, newest first. */
  documents: ArchiveDocument[];
  /** The documents it cites. */
  cited: ArchiveDocument[];
}

/** A document that campaigns cite, once however many cite it. */
export interface CitedDocument extends Pick<
  ArchiveDocument,
  'title' | 'type' | 'identifier' | 'issuer' | 'date'
> {
  key: string;
  /** The campaigns that cite it, newest first: the document's page there, and the places. */
  citedBy: { campaign: ArchiveCampaign; href: string; places: CitingPlace[] }[];
}

/** A way to narrow the list of documents. */
export type FacetId = 'campaign' | 'type' | 'issuer' | 'year';

/** One value of a facet: its words, its page and how many documents it holds. */
export interface FacetValue {
  facet: FacetId;
  slug: string;
  label: string;
  href: string;
  documents: ArchiveDocument[];
}

/**
 * How the archive links an address: by its path when it is on the archive's own host (so the pages
 * work wherever the portal is served), absolute otherwise.
 */
export function linkTo(url: string, archiveOrigin: string): string {
  const target = new URL(url);
  return target.origin === new URL(archiveOrigin).origin
    ? `${target.pathname}${target.hash}`
    : target.href;
}

/** Documents newest first; those without a date last, then by title. */
function newestFirst(a: { date: PartialDate | null; title: string }, b: typeof a): number {
  if (a.date && b.date) return compareDates(b.date, a.date) || a.title.localeCompare(b.title, 'vi');
  if (a.date || b.date) return a.date ? -1 : 1;
  return a.title.localeCompare(b.title, 'vi');
}

/** A document's reference as a list gives it: `Kế hoạch số 15/KH-SGDĐT`, or its title. */
export function referenceOf(doc: Pick<ArchiveDocument, 'type' | 'identifier' | 'title'>): string {
  return doc.identifier === null
    ? doc.title
    : t('documents.reference', { type: doc.type, identifier: doc.identifier });
}

/** The campaigns, newest first (by start, then end), with their documents linked from the archive. */
export function archiveCampaigns(
  sources: readonly CampaignSource[],
  archiveOrigin: string,
  today: PartialDate,
): ArchiveCampaign[] {
  return sources
    .map(({ id, data }) => {
      const link = (url: string) => linkTo(url, archiveOrigin);
      const documents: ArchiveDocument[] = data.documents.map(
        ({ term: _term, url, citedIn: _places, ...fields }) => ({
          campaignId: id,
          ...fields,
          href: link(url),
          citedIn: [],
        }),
      );
      const byId = new Map(documents.map((d) => [d.id, d]));
      for (const [i, doc] of data.documents.entries())
        documents[i]!.citedIn = doc.citedIn.map((place) => {
          const citing = byId.get(place.document);
          return {
            document: citing ? referenceOf(citing) : place.document,
            place: place.place,
            provision: place.provision,
            href: link(place.url),
          };
        });
      const { campaign } = data;
      const launch = byId.get(campaign.launchDocument);
      if (launch === undefined)
        throw new Error(`${id}: no launch document ${campaign.launchDocument}`);
      const home = link(data.site.url);
      return {
        id,
        name: campaign.name,
        shortName: campaign.shortName,
        publisher: campaign.publisher,
        start: campaign.start,
        end: campaign.end,
        status: campaignStatus(campaign.start, campaign.end, today),
        home,
        searchIndex: `${home}pagefind/`,
        launch,
        documents: documents.filter((d) => d.kind === 'campaign-letter').sort(newestFirst),
        cited: documents.filter((d) => d.kind === 'cited-document'),
      };
    })
    .sort(
      (a, b) =>
        compareDates(b.start, a.start) ||
        compareDates(b.end, a.end) ||
        a.name.localeCompare(b.name, 'vi'),
    );
}

/** Every campaign document of the archive, newest first. */
export function allDocuments(campaigns: readonly ArchiveCampaign[]): ArchiveDocument[] {
  return campaigns.flatMap((c) => c.documents).sort(newestFirst);
}

/**
 * The values of each facet that documents have, each with its documents (newest first) and page:
 * campaigns newest first, types and issuers in alphabetical order, years newest first.
 */
export function facets(campaigns: readonly ArchiveCampaign[]): Record<FacetId, FacetValue[]> {
  const documents = allDocuments(campaigns);
  const group = (
    facet: Exclude<FacetId, 'campaign'>,
    valueOf: (d: ArchiveDocument) => string | undefined,
    order: (a: FacetValue, b: FacetValue) => number,
  ) => {
    const values = new Map<string, FacetValue>();
    for (const doc of documents) {
      const label = valueOf(doc);
      if (label === undefined) continue;
      const slug = slugify(label);
      const value = values.get(slug) ?? {
        facet,
        slug,
        label,
        href: ARCHIVE_PATHS.facet(facet, slug),
        documents: [],
      };
      value.documents.push(doc);
      values.set(slug, value);
    }
    return [...values.values()].sort(order);
  };
  const byLabel = (a: FacetValue, b: FacetValue) => a.label.localeCompare(b.label, 'vi');
  return {
    campaign: campaigns
      .filter((c) => c.documents.length > 0)
      .map((c) => ({
        facet: 'campaign',
        slug: c.id,
        label: c.shortName,
        href: ARCHIVE_PATHS.campaign(c.id),
        documents: c.documents,
      })),
    type: group('type', (d) => d.type, byLabel),
    issuer: group('issuer', (d) => d.issuer, byLabel),
    year: group(
      'year',
      (d) => (d.date === null ? undefined : String(d.date.year)),
      (a, b) => b.label.localeCompare(a.label),
    ),
  };
}

/**
 * The key under which the same document cited by several campaigns is one: its type and số, ký
 * hiệu (`chỉ thị|05ctubnd`), or, without one, its type, issuer and title.
 */
export function citedKey(doc: Pick<ArchiveDocument, 'type' | 'identifier' | 'issuer' | 'title'>) {
  return doc.identifier === null
    ? `${slugify(doc.type)}|${slugify(doc.issuer)}|${slugify(doc.title)}`
    : `${slugify(doc.type)}|${identifierKey(doc.identifier)}`;
}

/**
 * Every document the campaigns cite, once, named as the newest campaign that cites it names it:
 * with each campaign that cites it (newest first), its page in that campaign and the places citing
 * it. The most cited come first, then the newest.
 */
export function citedDocuments(campaigns: readonly ArchiveCampaign[]): CitedDocument[] {
  const byKey = new Map<string, CitedDocument>();
  for (const campaign of campaigns)
    for (const doc of campaign.cited) {
      const key = citedKey(doc);
      const cited = byKey.get(key) ?? {
        key,
        title: doc.title,
        type: doc.type,
        identifier: doc.identifier,
        issuer: doc.issuer,
        date: doc.date,
        citedBy: [],
      };
      cited.citedBy.push({ campaign, href: doc.href, places: doc.citedIn });
      byKey.set(key, cited);
    }
  return [...byKey.values()].sort(
    (a, b) => b.citedBy.length - a.citedBy.length || newestFirst(a, b),
  );
}

/**
 * The campaigns whose pages the archive's build adds to its own index: of the `searchFirst` newest,
 * those whose built folder it has (`folders`, by id) and that live under the archive's path, whose
 * pages it links by path; none when archive.yaml asks for each campaign's own index.
 */
export function ownIndexCampaigns(
  campaigns: readonly ArchiveCampaign[],
  archive: { searchFirst: number; searchIndex: 'archive' | 'campaigns' },
  folders: ReadonlyMap<string, string | undefined>,
  base: string,
): ArchiveCampaign[] {
  if (archive.searchIndex === 'campaigns') return [];
  return campaigns
    .slice(0, archive.searchFirst)
    .filter((c) => folders.get(c.id) !== undefined && c.home.startsWith(base));
}

/**
 * The campaigns the search covers, newest first, in turns of `first`: the first search covers the
 * first turn; the reader asks for each next one. Those in the archive's own index (`own`) have no
 * index of their own to fetch.
 */
export function searchTurns(
  campaigns: readonly ArchiveCampaign[],
  first: number,
  own: ReadonlySet<string> = new Set(),
): SearchedCampaign[][] {
  const all = campaigns.map((c) => ({
    id: c.id,
    label: c.shortName,
    home: c.home,
    index: own.has(c.id) ? null : c.searchIndex,
  }));
  const turns: SearchedCampaign[][] = [];
  for (let i = 0; i < all.length; i += first) turns.push(all.slice(i, i + first));
  return turns;
}
