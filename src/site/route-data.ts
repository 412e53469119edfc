// What each page shows, prepared here so the pages in src/pages/ only render: breadcrumbs from the one
// section list, previous/next links, the documents a text cites, places in the letter, structured data.
// Pages get their entry from getStaticPaths (the *Paths functions) and pass it back with Astro.site.
import { t } from '../i18n/index.ts';
import { campaignStatus, siteName } from './campaign.ts';
import {
  campaignDocumentsOf,
  finalReport,
  withDocuments,
  type CampaignDocument,
} from './campaign-documents.ts';
import { formatDate, formatShortDate, isoDate, todayInVietnam } from '../documents/dates.ts';
import { issuerName, letterReference, subjectText } from '../documents/letter.ts';
import { documentMetaRows, letterMetaRows, type MetaRow } from './meta.ts';
import {
  breadcrumbs,
  navItems,
  sectionName,
  siteSections,
  type Crumb,
  type NavItem,
} from './nav.ts';
import { absoluteUrl } from './paths.ts';
import { docxPath, HOME_PATH } from './routes.ts';
import { codeAliases } from '../search/search-text.ts';
import { loadSite, type RenderedEntry, type SiteData } from './site-data.ts';
import {
  citedDocumentJsonLd,
  letterJsonLd,
  publisherJsonLd,
  type JsonLd,
} from './structured-data.ts';
import { anniversaryItems, milestoneItems, type TimelineItem } from './timelines.ts';

type Site = URL | undefined;

/** A link: a site-relative href and its text. */
export interface Link {
  href: string;
  label: string;
}

/** A card: a linked title with optional kicker and summary. */
export interface Card {
  href: string;
  title: string;
  kicker?: string | undefined;
  summary?: string | undefined;
}

/** What the layout shows around every page: titles, menu, publisher. */
export interface ShellData {
  fullTitle: string;
  siteName: string;
  publisher: string;
  shortName: string;
  nav: NavItem[];
}

/** The shell of the page at `path` with the page's own `title`. */
export async function shellData(title: string, path: string): Promise<ShellData> {
  const { campaign, launchLetter } = await loadSite();
  const name = siteName(campaign);
  return {
    fullTitle:
      path === HOME_PATH
        ? t('site.title.home', { title, publisher: campaign.publisher })
        : t('site.title.page', { title, siteName: name }),
    siteName: name,
    publisher: campaign.publisher,
    shortName: campaign.shortName,
    nav: navItems(path, siteSections(launchLetter.path)),
  };
}

/** A section of the site by id, with the launch letter's path filled in. */
async function section(id: Parameters<typeof sectionName>[0]) {
  const { launchLetter } = await loadSite();
  return siteSections(launchLetter.path).find((s) => s.id === id)!;
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

/** The layout props of a section's own page: titled and indexed by the section's one name. */
async function sectionBase(
  id: Parameters<typeof sectionName>[0],
  description: string,
): Promise<PageBase> {
  const { path, label } = await section(id);
  return { title: label, description, path, searchKind: label, breadcrumbs: breadcrumbs(label) };
}

/** The cited documents a text names, as links, in the documents' order. */
function citedLinks(site: SiteData, item: RenderedEntry<'letters' | 'focusAreas'>): Link[] {
  return [...site.documents, ...site.letters]
    .filter((d) => item.citations.some((c) => c.targetId === d.entry.id))
    .map((d) => ({ href: d.path, label: d.entry.data.title }));
}

/** The focus-area cards (home page and /noi-dung/). */
function focusAreaCards(site: SiteData): Card[] {
  return site.focusAreas.map((f) => ({
    href: f.path,
    title: f.entry.data.title,
    kicker: t('pages.focusAreas.kicker', { order: f.entry.data.order }),
    summary: f.entry.data.summary,
  }));
}

/** A link to a place of a letter, named as its readers name it ("Xem tại mục 2, ý 3 của công văn"). */
function letterPlaceLink(letter: RenderedEntry<'letters'>, anchorId: string): Link {
  const anchor = letter.anchors.find((a) => a.id === anchorId)!;
  return {
    href: `${letter.path}#${anchor.id}`,
    label: t('pages.seeInLetter', { label: anchor.label }),
  };
}

// ---- / (overview)

/** The campaign's milestones with each document after the launch letter at its date. */
function campaignMilestones(
  site: SiteData,
  documents: readonly CampaignDocument[],
): TimelineItem[] {
  return withDocuments(
    milestoneItems(site.campaign.milestones, site.launchLetter.path),
    documents.filter((d) => d.path !== site.launchLetter.path),
  );
}

/**
 * Where the campaign stands; once it has ended, whether the site has its final report (a link to it)
 * or not (said as such, nothing more).
 */
function statusLine(
  campaign: SiteData['campaign'],
  documents: readonly CampaignDocument[],
): { text: string; report?: Link | undefined; noReport: boolean } {
  const status = campaignStatus(campaign.start, campaign.end, todayInVietnam());
  if (status.state !== 'ended') return { text: status.text, noReport: false };
  const report = finalReport(documents, campaign.end);
  return report
    ? {
        text: status.text,
        report: { href: report.path, label: letterReference(report.data) },
        noReport: false,
      }
    : { text: status.text, noReport: true };
}

// ---- /van-ban-phong-trao/

export async function campaignDocumentsPage() {
  const site = await loadSite();
  // A list that repeats other pages: no searchKind, so it stays out of the search index.
  const { searchKind: _notIndexed, ...base } = await sectionBase(
    'campaignDocuments',
    t('forms.list.description'),
  );
  return {
    base: base satisfies PageBase,
    lead: t('forms.list.lead', { publisher: site.campaign.publisher }),
    documents: campaignDocumentsOf(site.letters),
  };
}

// ---- /

export async function homePage() {
  const site = await loadSite();
  const { campaign, launchLetter } = site;
  const letter = launchLetter.entry.data;
  const end = formatShortDate(campaign.end);
  const campaignDocuments = campaignDocumentsOf(site.letters);
  return {
    campaign,
    base: {
      title: campaign.name,
      description: t('pages.home.description', {
        name: campaign.name,
        publisher: campaign.publisher,
        end,
      }),
      path: HOME_PATH,
      searchKind: sectionName('home'),
    } satisfies PageBase,
    letterLink: { href: launchLetter.path, label: letterReference(letter) },
    // The month the letter was issued in: its day is blank on the signed copy.
    letterMonth: formatDate(
      letter.date.month === undefined
        ? { year: letter.date.year }
        : { year: letter.date.year, month: letter.date.month },
    ),
    end: { text: end, datetime: isoDate(campaign.end) },
    status: statusLine(campaign, campaignDocuments),
    anniversaries: anniversaryItems(site.anniversaries),
    focusAreaCount: site.focusAreas.length,
    focusAreas: focusAreaCards(site),
    guidance: site.guidance.map((g) => ({
      actor: g.entry.data.actor ?? t('pages.guidance.noActor'),
      link: { href: g.path, label: g.entry.data.title },
    })),
    milestones: campaignMilestones(site, campaignDocuments),
    campaignDocuments,
    documents: site.documents.map((d) => ({
      href: d.path,
      title: d.entry.data.title,
      kicker: d.entry.data.type,
    })),
  };
}

// ---- /{route}/ (a campaign document: the launch letter, a plan, a report)

export async function letterPaths() {
  const { letters } = await loadSite();
  return letters.map((letter) => ({
    params: { letter: letter.entry.data.route },
    props: { letter },
  }));
}

export async function letterPage(letter: RenderedEntry<'letters'>, siteUrl: Site) {
  const site = await loadSite();
  const data = letter.entry.data;
  const isLaunch = letter === site.launchLetter;
  const cited = citedLinks(site, letter);
  const reference = letterReference(data);
  return {
    base: {
      title: t('pages.letter.title', { reference, subject: data.subject }),
      description: data.description,
      path: letter.path,
      searchKind: data.type,
      searchAliases: [data.signer.name, ...codeAliases(data.code)],
      breadcrumbs: breadcrumbs(data.title),
      ogType: 'article',
      bodyClass: 'print-letter',
    } satisfies PageBase,
    structuredData: letterJsonLd(
      data,
      absoluteUrl(letter.path, siteUrl),
      publisherJsonLd(site.campaign, absoluteUrl(HOME_PATH, siteUrl)),
      cited.map((d) => ({ name: d.label, url: absoluteUrl(d.href, siteUrl) })),
    ),
    Content: letter.rendered.Content,
    data,
    docxHref: docxPath(data.route),
    citedBy: site.backlinks.get(letter.entry.id)?.citedIn ?? [],
    metaRows: letterMetaRows(data, site.campaign.publisher, isLaunch ? site.campaign : undefined),
    cited,
    focusAreas: site.focusAreas
      .filter((f) => f.entry.data.letter === letter.entry.id)
      .map((f) => ({ href: f.path, label: f.entry.data.title })),
  };
}

// ---- /noi-dung/ and /noi-dung/{id}/

export async function focusAreasPage() {
  const site = await loadSite();
  const { campaign, launchLetter } = site;
  return {
    base: await sectionBase(
      'focusAreas',
      t('pages.focusAreas.description', {
        count: site.focusAreas.length,
        campaign: campaign.name.toLowerCase(),
        publisher: campaign.publisher,
      }),
    ),
    spirit: campaign.spirit,
    letterSectionLink: {
      href: `${launchLetter.path}#muc-2`,
      label: t('pages.focusAreas.leadLink'),
    },
    cards: focusAreaCards(site),
  };
}

export async function focusAreaPaths() {
  const { focusAreas } = await loadSite();
  return focusAreas.map((area) => ({ params: { slug: area.entry.id }, props: { area } }));
}

export async function focusAreaPage(area: RenderedEntry<'focusAreas'>) {
  const site = await loadSite();
  const data = area.entry.data;
  const index = site.focusAreas.indexOf(area);
  const letter = site.letters.find((l) => l.entry.id === data.letter)!;
  const neighbour = (other: RenderedEntry<'focusAreas'> | undefined, key: 'previous' | 'next') =>
    other && {
      href: other.path,
      label: t(`pages.focusArea.${key}`, {
        order: other.entry.data.order,
        title: other.entry.data.title,
      }),
    };
  const focusAreas = await section('focusAreas');
  return {
    base: {
      title: t('pages.focusArea.title', { title: data.title, order: data.order }),
      description: data.summary,
      path: area.path,
      searchKind: focusAreas.label,
      breadcrumbs: breadcrumbs(data.title, focusAreas),
      ogType: 'article',
    } satisfies PageBase,
    data,
    position: t('pages.focusArea.position', { order: data.order, count: site.focusAreas.length }),
    slipNotes: data.slips.map((slip) => t('pages.focusArea.slip', slip)),
    Content: area.rendered.Content,
    letterLink: letterPlaceLink(letter, data.letterAnchor),
    cited: citedLinks(site, area),
    previous: neighbour(site.focusAreas[index - 1], 'previous'),
    next: neighbour(site.focusAreas[index + 1], 'next'),
  };
}

// ---- /to-chuc-thuc-hien/

export async function guidancePage() {
  const site = await loadSite();
  const { campaign, launchLetter } = site;
  return {
    base: await sectionBase(
      'guidance',
      t('pages.guidance.description', { campaign: campaign.name.toLowerCase() }),
    ),
    letterLink: { href: launchLetter.path, label: t('pages.guidance.leadLink') },
    items: site.guidance.map((g) => {
      const data = g.entry.data;
      const anchor = launchLetter.anchors.find((a) => a.id === data.letterAnchor)!;
      return {
        id: g.entry.id,
        headingId: `${g.entry.id}-tieu-de`,
        where: t('pages.guidance.where', {
          role: t(`pages.guidance.role.${data.role}`),
          label: anchor.label,
        }),
        heading:
          data.actor === undefined
            ? data.title
            : t('pages.guidance.item', { actor: data.actor, title: data.title }),
        Content: g.rendered.Content,
        deadline:
          data.deadline && t('pages.guidance.deadline', { date: formatDate(data.deadline) }),
        letterLink: letterPlaceLink(launchLetter, data.letterAnchor),
      };
    }),
    milestones: campaignMilestones(site, campaignDocumentsOf(site.letters)),
  };
}

// ---- /van-ban/ and /van-ban/{id}/

export async function documentsPage() {
  const site = await loadSite();
  return {
    base: await sectionBase('documents', t('pages.documents.description')),
    rows: site.documents.map((d) => ({
      link: { href: d.path, label: d.entry.data.shortTitle },
      type: d.entry.data.type,
      issuer: issuerName(d.entry.data.issuer, d.entry.data.term),
      date: d.entry.data.date ? formatDate(d.entry.data.date) : undefined,
      identifier: d.entry.data.identifier ?? undefined,
      subject: subjectText(d.entry.data),
    })),
  };
}

export async function documentPaths() {
  const { documents } = await loadSite();
  return documents.map((doc) => ({ params: { slug: doc.entry.id }, props: { doc } }));
}

export async function documentPage(doc: RenderedEntry<'documents'>, siteUrl: Site) {
  const site = await loadSite();
  const data = doc.entry.data;
  const documents = await section('documents');
  const publisher = publisherJsonLd(site.campaign, absoluteUrl(HOME_PATH, siteUrl));
  return {
    base: {
      title: data.shortTitle,
      description: data.description,
      path: doc.path,
      searchKind: documents.label,
      searchAliases: codeAliases(data.identifier),
      breadcrumbs: breadcrumbs(data.shortTitle, documents),
      ogType: 'article',
    } satisfies PageBase,
    data,
    structuredData: citedDocumentJsonLd(data, absoluteUrl(doc.path, siteUrl), publisher),
    metaRows: documentMetaRows(data) satisfies MetaRow[],
    Content: doc.rendered.Content,
    citedIn: site.backlinks.get(doc.entry.id)?.citedIn ?? [],
    mentionedOn: site.backlinks.get(doc.entry.id)?.mentionedOn ?? [],
  };
}

// ---- /ky-niem/

export async function anniversariesPage() {
  const site = await loadSite();
  return {
    base: await sectionBase('anniversaries', t('pages.anniversaries.description')),
    items: site.anniversaries.map((a) => ({
      ...anniversaryItems([a])[0]!,
      id: a.id,
      event: a.event,
      eventDate: { text: formatDate(a.eventDate), datetime: isoDate(a.eventDate) },
      span: t('pages.anniversaries.span', { years: a.years }),
      sources: a.sources,
    })),
  };
}

export type { JsonLd, TimelineItem };
