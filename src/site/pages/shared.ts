// What several pages prepare alike: the sections that exist, the launch document's type as a sentence
// names it, a section's own page, links to cited documents and to places of a letter, the focus-area
// cards and the campaign's milestones. Each page's own preparation is in the file named after it.
import { t } from '../../i18n/index.ts';
import { parsePlaceId } from '../../documents/anchor-ids.ts';
import { placeLabel } from '../../documents/anchors.ts';
import { inSentence, listInSentence } from '../campaign.ts';
import { withDocuments, type CampaignDocument } from '../campaign-documents.ts';
import {
  breadcrumbs,
  siteSections,
  type Crumb,
  type NamedSectionId,
  type SectionContents,
} from '../nav.ts';
import { loadSite, type RenderedEntry, type SiteData } from '../site-data.ts';
import { milestoneItems, type TimelineItem } from '../timelines.ts';

/** A link: a site-relative href and its text. */
export interface Link {
  href: string;
  label: string;
}

/** The type as a kicker above a document's title, unless the title already starts with it (T4). */
export function typeKicker(type: string, title: string): string | undefined {
  return title.toLocaleLowerCase('vi').startsWith(type.toLocaleLowerCase('vi')) ? undefined : type;
}

/** A card: a linked title with optional kicker and summary. */
export interface Card {
  href: string;
  title: string;
  kicker?: string | undefined;
  summary?: string | undefined;
}

/** What the layout (src/layouts/Base.astro) needs of a page. */
export interface PageBase {
  title: string;
  description: string;
  path: string;
  /** The kind of page search results show; absent: not indexed. */
  searchKind?: string;
  searchAliases?: string[];
  breadcrumbs?: Crumb[];
  ogType?: 'website' | 'article';
  bodyClass?: string;
}

/** A page's URL as Astro gives it (`Astro.site`): absent when no site is configured. */
export type Site = URL | undefined;

/**
 * Which of the sections that depend on the content have something in them: a section with nothing
 * in it does not exist (no page, no menu entry, no block on the home page). The campaign's documents
 * are a section only when there is one beyond the launch document, which has its own entry.
 */
export function sectionContents(site: SiteData): SectionContents {
  return {
    campaignDocuments: site.letters.length > 1,
    focusAreas: site.focusAreas.length > 0,
    guidance: site.guidance.length > 0,
    documents: site.documents.length > 0,
    anniversaries: site.anniversaries.length > 0,
  };
}

/** The site's sections for this content (see nav.ts siteSections). */
export function sectionsOf(site: SiteData) {
  const { path, entry } = site.launchLetter;
  return siteSections({ path, type: entry.data.type }, sectionContents(site));
}

/** The one path of a section's own page when the section has something in it; none otherwise. */
export async function sectionIndexPaths(id: keyof SectionContents) {
  return sectionContents(await loadSite())[id] ? [{ params: { index: undefined } }] : [];
}

/** The launch document's type as a sentence names it: `công văn`, `kế hoạch`. */
export function launchType(site: SiteData): string {
  return inSentence(site.launchLetter.entry.data.type);
}

/** The campaign's name as a sentence gives it: `phong trào thi đua …`. */
export function campaignInText(site: SiteData): string {
  return inSentence(site.campaign.name);
}

/**
 * The sections of the launch document that some items reproduce, as a reader names them
 * (`mục 3, 4 và 5`); the places themselves when they are not in numbered sections.
 */
export function placesOf(anchorIds: readonly string[]): string {
  const places = anchorIds.map(parsePlaceId);
  const sections = [
    ...new Set(places.flatMap((p) => (p && 'section' in p && p.section ? [p.section] : []))),
  ];
  if (sections.length > 0)
    return t('documents.anchor.section', { section: listInSentence(sections) });
  return listInSentence([...new Set(places.flatMap((p) => (p ? [placeLabel(p)] : [])))]);
}

/** A section of the site by id (one that exists: its page is built only then). */
export async function section(id: NamedSectionId) {
  return sectionsOf(await loadSite()).find((s) => s.id === id)!;
}

/** The layout props of a section's own page: titled and indexed by the section's one name. */
export async function sectionBase(id: NamedSectionId, description: string): Promise<PageBase> {
  const { path, label } = await section(id);
  return { title: label, description, path, searchKind: label, breadcrumbs: breadcrumbs(label) };
}

/** The cited documents a text names, as links, in the documents' order. */
export function citedLinks(site: SiteData, item: RenderedEntry<'letters' | 'focusAreas'>): Link[] {
  return [...site.documents, ...site.letters]
    .filter((d) => item.citations.some((c) => c.targetId === d.entry.id))
    .map((d) => ({ href: d.path, label: d.entry.data.title }));
}

/** The focus-area cards (home page and /noi-dung/). */
export function focusAreaCards(site: SiteData): Card[] {
  return site.focusAreas.map((f) => ({
    href: f.path,
    title: f.entry.data.title,
    kicker: t('pages.focusAreas.kicker', { order: f.entry.data.order }),
    summary: f.entry.data.summary,
  }));
}

/** A link to a place of a letter, named as its readers name it ("Xem tại mục 2, ý 3 của công văn"). */
export function letterPlaceLink(letter: RenderedEntry<'letters'>, anchorId: string): Link {
  const anchor = letter.anchors.find((a) => a.id === anchorId)!;
  return {
    href: `${letter.path}#${anchor.id}`,
    label: t('pages.seeInLetter', {
      label: anchor.label,
      type: inSentence(letter.entry.data.type),
    }),
  };
}

/** The campaign's milestones with each document after the launch letter at its date. */
export function campaignMilestones(
  site: SiteData,
  documents: readonly CampaignDocument[],
): TimelineItem[] {
  return withDocuments(
    milestoneItems(site.campaign.milestones, site.launchLetter.path, launchType(site)),
    documents.filter((d) => d.path !== site.launchLetter.path),
  );
}
