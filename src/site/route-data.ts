// What each page shows, prepared here so the pages in src/pages/ only render: breadcrumbs from the one
// section list, previous/next links, the documents a text cites, places in the letter, structured data.
// Pages get their entry from getStaticPaths (the *Paths functions) and pass it back with Astro.site.
import { t, tAround } from '../i18n/index.ts';
import { parsePlaceId } from '../documents/anchor-ids.ts';
import { placeLabel } from '../documents/anchors.ts';
import {
  campaignStatus,
  capitalised,
  countInWords,
  inSentence,
  listInSentence,
  siteName,
} from './campaign.ts';
import {
  campaignDocumentsOf,
  finalReport,
  withDocuments,
  type CampaignDocument,
} from './campaign-documents.ts';
import {
  formatDate,
  formatFieldDate,
  formatShortDate,
  isoDate,
  todayInVietnam,
} from '../documents/dates.ts';
import { issuerName, letterReference } from '../documents/letter.ts';
import { documentMetaRows, letterMetaRows, type MetaRow } from './meta.ts';
import {
  breadcrumbs,
  navItems,
  sectionName,
  siteSections,
  type Crumb,
  type NamedSectionId,
  type NavItem,
  type SectionContents,
} from './nav.ts';
import { absoluteUrl } from './paths.ts';
import { citedDocxPath, docxPath, HOME_PATH } from './routes.ts';
import { citedFormInput, citedFormLines, printedIdentifier } from '../documents/document-form.ts';
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

/** The type as a kicker above a document's title, unless the title already starts with it (T4). */
function typeKicker(type: string, title: string): string | undefined {
  return title.toLocaleLowerCase('vi').startsWith(type.toLocaleLowerCase('vi')) ? undefined : type;
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
  /** The publisher's details for the footer, in display order; empty when content/ gives none. */
  publisherContact: { label: string; value: string; href?: string | undefined }[];
  /** The footer's sentence on how the launch document is shown. */
  footerNote: string;
  shortName: string;
  nav: NavItem[];
}

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
function sectionsOf(site: SiteData) {
  const { path, entry } = site.launchLetter;
  return siteSections({ path, type: entry.data.type }, sectionContents(site));
}

/** The launch document's type as a sentence names it: `công văn`, `kế hoạch`. */
export function launchType(site: SiteData): string {
  return inSentence(site.launchLetter.entry.data.type);
}

/** The campaign's name as a sentence gives it: `phong trào thi đua …`. */
function campaignInText(site: SiteData): string {
  return inSentence(site.campaign.name);
}

/**
 * The sections of the launch document that some items reproduce, as a reader names them
 * (`mục 3, 4 và 5`); the places themselves when they are not in numbered sections.
 */
function placesOf(anchorIds: readonly string[]): string {
  const places = anchorIds.map(parsePlaceId);
  const sections = [
    ...new Set(places.flatMap((p) => (p && 'section' in p && p.section ? [p.section] : []))),
  ];
  if (sections.length > 0)
    return t('documents.anchor.section', { section: listInSentence(sections) });
  return listInSentence([...new Set(places.flatMap((p) => (p ? [placeLabel(p)] : [])))]);
}

/** The shell of the page at `path` with the page's own `title`. */
export async function shellData(title: string, path: string): Promise<ShellData> {
  const site = await loadSite();
  const { campaign } = site;
  const name = siteName(campaign);
  return {
    fullTitle:
      path === HOME_PATH
        ? t('site.title.home', { title, publisher: campaign.publisher })
        : t('site.title.page', { title, siteName: name }),
    siteName: name,
    publisher: campaign.publisher,
    publisherContact: contactRows(campaign.publisherContact),
    footerNote: t('site.footer.note', { type: launchType(site) }),
    shortName: campaign.shortName,
    nav: navItems(path, sectionsOf(site)),
  };
}

/** The links of `links` with their excerpt emptied when one of `shown` already quotes the passage. */
function withoutRepeatedExcerpts<T extends { excerpt: string }>(
  links: readonly T[],
  shown: readonly { excerpt: string }[],
): T[] {
  // "…" marks a cut, and a place's own number ("3.") is not part of the passage.
  const core = (s: string) =>
    s
      .replace(/…/g, '')
      .replace(/^\s*\d+\.\s*/, '')
      .replace(/\s+/g, ' ')
      .trim();
  return links.map((link) => {
    const passage = core(link.excerpt).slice(0, 80);
    const repeated = passage !== '' && shown.some((s) => core(s.excerpt).includes(passage));
    return repeated ? { ...link, excerpt: '' } : link;
  });
}

/** Whether a summary and a Markdown text read the same once marks and white space are set aside. */
function sameText(summary: string, markdown: string): boolean {
  const plain = (s: string) => s.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
  return plain(summary) === plain(markdown);
}

/** The publisher's details that content/ gives, labelled, in the order portals show them. */
function contactRows(
  contact: SiteData['campaign']['publisherContact'],
): ShellData['publisherContact'] {
  if (contact === undefined) return [];
  const rows: ShellData['publisherContact'] = [];
  if (contact.address) rows.push({ label: t('site.footer.address'), value: contact.address });
  if (contact.telephone)
    rows.push({
      label: t('site.footer.telephone'),
      value: contact.telephone,
      href: `tel:${contact.telephone.replace(/[^\d+]/g, '')}`,
    });
  if (contact.email)
    rows.push({
      label: t('site.footer.email'),
      value: contact.email,
      href: `mailto:${contact.email}`,
    });
  if (contact.responsible)
    rows.push({ label: t('site.footer.responsible'), value: contact.responsible });
  return rows;
}

/** A section of the site by id (one that exists: its page is built only then). */
async function section(id: NamedSectionId) {
  return sectionsOf(await loadSite()).find((s) => s.id === id)!;
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
async function sectionBase(id: NamedSectionId, description: string): Promise<PageBase> {
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
    label: t('pages.seeInLetter', {
      label: anchor.label,
      type: inSentence(letter.entry.data.type),
    }),
  };
}

// ---- / (overview)

/** The lead of the focus areas (home page and /noi-dung/): with the spirit the campaign asks for, if any. */
function focusAreasLead(site: SiteData, page: 'home', count: number): string;
function focusAreasLead(site: SiteData, page: 'index'): [before: string, after: string];
function focusAreasLead(
  site: SiteData,
  page: 'home' | 'index',
  count = 0,
): string | [before: string, after: string] {
  const { spirit } = site.campaign;
  if (page === 'home')
    return spirit === undefined
      ? t('pages.home.focusAreas.leadPlain', { count })
      : t('pages.home.focusAreas.lead', { spirit, count });
  return spirit === undefined
    ? tAround('pages.focusAreas.leadPlain', 'link', {})
    : tAround('pages.focusAreas.lead', 'link', { spirit });
}

/** The campaign's milestones with each document after the launch letter at its date. */
function campaignMilestones(
  site: SiteData,
  documents: readonly CampaignDocument[],
): TimelineItem[] {
  return withDocuments(
    milestoneItems(site.campaign.milestones, site.launchLetter.path, launchType(site)),
    documents.filter((d) => d.path !== site.launchLetter.path),
  );
}

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

// ---- /van-ban-phong-trao/

export async function campaignDocumentsPage() {
  const site = await loadSite();
  // A list that repeats other pages: no searchKind, so it stays out of the search index.
  const { searchKind: _notIndexed, ...base } = await sectionBase(
    'campaignDocuments',
    t('forms.list.description', { campaign: campaignInText(site) }),
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
    focusAreasLead: focusAreasLead(site, 'home', site.focusAreas.length),
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
  const type = launchType(site);
  // The one section of the launch document the focus areas come from ("mục 2"), else the document.
  const sections = new Set(
    site.focusAreas.map((f) => {
      const place = parsePlaceId(f.entry.data.letterAnchor);
      return f.entry.data.letter === launchLetter.entry.id && place && 'section' in place
        ? place.section
        : undefined;
    }),
  );
  const [section] = sections;
  const sectionAnchor =
    sections.size === 1 && section !== undefined
      ? launchLetter.anchors.find((a) => a.id === `muc-${section}`)
      : undefined;
  return {
    base: await sectionBase(
      'focusAreas',
      t('pages.focusAreas.description', {
        count: site.focusAreas.length,
        campaign: campaignInText(site),
        publisher: campaign.publisher,
      }),
    ),
    lead: focusAreasLead(site, 'index'),
    letterSectionLink: sectionAnchor
      ? {
          href: `${launchLetter.path}#${sectionAnchor.id}`,
          label: t('pages.placeOf', { place: sectionAnchor.label, type }),
        }
      : { href: launchLetter.path, label: type },
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
    // A summary that is the whole verbatim text says it twice on one page: the quotation alone stays.
    lead: sameText(data.summary, area.entry.body ?? '') ? undefined : data.summary,
    slipNotes: data.slips.map((slip) => t('pages.focusArea.slip', slip)),
    Content: area.rendered.Content,
    verbatimHeading: t('pages.focusArea.verbatim', { type: inSentence(letter.entry.data.type) }),
    letterLink: letterPlaceLink(letter, data.letterAnchor),
    cited: citedLinks(site, area),
    previous: neighbour(site.focusAreas[index - 1], 'previous'),
    next: neighbour(site.focusAreas[index + 1], 'next'),
  };
}

// ---- /to-chuc-thuc-hien/

export async function guidancePage() {
  const site = await loadSite();
  const { launchLetter } = site;
  const type = launchType(site);
  const milestones = campaignMilestones(site, campaignDocumentsOf(site.letters));
  return {
    base: await sectionBase(
      'guidance',
      t(
        milestones.length > 0
          ? 'pages.guidance.description'
          : 'pages.guidance.descriptionNoMilestones',
        { campaign: campaignInText(site), type },
      ),
    ),
    lead: tAround('pages.guidance.lead', 'link', {
      places: placesOf(site.guidance.map((g) => g.entry.data.letterAnchor)),
      type,
    }),
    letterLink: { href: launchLetter.path, label: type },
    items: site.guidance.map((g) => {
      const data = g.entry.data;
      const anchor = launchLetter.anchors.find((a) => a.id === data.letterAnchor)!;
      return {
        id: g.entry.id,
        headingId: `${g.entry.id}-tieu-de`,
        where: t('pages.guidance.where', {
          role: t(`pages.guidance.role.${data.role}`),
          label: anchor.label,
          type,
        }),
        heading:
          data.actor === undefined
            ? data.title
            : // After the colon the title goes on in lower case, as a sentence does.
              t('pages.guidance.item', {
                actor: data.actor,
                title: data.title.charAt(0).toLocaleLowerCase('vi') + data.title.slice(1),
              }),
        Content: g.rendered.Content,
        deadline:
          data.deadline && t('pages.guidance.deadline', { date: formatDate(data.deadline) }),
        letterLink: letterPlaceLink(launchLetter, data.letterAnchor),
      };
    }),
    milestones,
  };
}

// ---- /van-ban/ and /van-ban/{id}/

export async function documentsPage() {
  const site = await loadSite();
  return {
    base: await sectionBase(
      'documents',
      t('pages.documents.description', { type: launchType(site), campaign: campaignInText(site) }),
    ),
    lead: t('pages.documents.lead', { type: launchType(site) }),
    rows: site.documents.map((d) => ({
      link: { href: d.path, label: d.entry.data.shortTitle },
      type: d.entry.data.type,
      issuer: issuerName(d.entry.data.issuer, d.entry.data.term),
      date: d.entry.data.date ? formatFieldDate(d.entry.data.date) : undefined,
      identifier: d.entry.data.identifier ?? undefined,
      subject: d.entry.data.subject ?? undefined,
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
  const text = data.text;
  const formInput = citedFormInput(data);
  return {
    base: {
      title: data.shortTitle,
      description: data.description,
      path: doc.path,
      searchKind: documents.label,
      searchAliases: codeAliases(data.identifier),
      breadcrumbs: breadcrumbs(data.shortTitle, documents),
      ogType: 'article',
      ...(formInput === undefined ? {} : { bodyClass: 'print-letter' }),
    } satisfies PageBase,
    data,
    kicker: typeKicker(data.type, data.title),
    /** The document in its own form when the site publishes its text; null otherwise. */
    form:
      formInput === undefined
        ? null
        : {
            lines: citedFormLines(formInput),
            reference: t('documents.reference', {
              type: data.type,
              identifier: printedIdentifier(formInput.text),
            }),
            docxHref: citedDocxPath(doc.entry.id),
          },
    /** Where the official copy is, for a document whose text the site does not publish. */
    officialCopy:
      text === undefined ? (data.sources.find((s) => s.url !== undefined) ?? null) : null,
    structuredData: citedDocumentJsonLd(data, absoluteUrl(doc.path, siteUrl), publisher),
    metaRows: documentMetaRows(data) satisfies MetaRow[],
    Content: doc.rendered.Content,
    citedIn: site.backlinks.get(doc.entry.id)?.citedIn ?? [],
    // A page that quotes a place the letter cites it at shows no second copy of the same passage.
    mentionedOn: withoutRepeatedExcerpts(
      site.backlinks.get(doc.entry.id)?.mentionedOn ?? [],
      site.backlinks.get(doc.entry.id)?.citedIn ?? [],
    ),
  };
}

// ---- /ky-niem/

export async function anniversariesPage() {
  const site = await loadSite();
  const { campaign, anniversaries } = site;
  return {
    base: await sectionBase(
      'anniversaries',
      campaign.anniversariesDescription ??
        t('pages.anniversaries.description', {
          campaign: campaignInText(site),
          // "… và 20 năm chia tách, thành lập tỉnh": a title may hold a comma of its own.
          titles: listInSentence(anniversaries.map((a) => a.title)),
        }),
    ),
    lead:
      campaign.anniversariesLead ??
      t('pages.anniversaries.lead', { count: countInWords(anniversaries.length) }),
    items: site.anniversaries.map((a) => ({
      ...anniversaryItems([a])[0]!,
      id: a.id,
      event: a.event,
      eventDate: { text: formatFieldDate(a.eventDate), datetime: isoDate(a.eventDate) },
      sources: a.sources,
    })),
  };
}

export type { JsonLd, TimelineItem };

// ---- The pages of sections that may have nothing in them (src/pages/<section>/[...index].astro)

/** The one path of a section's own page when the section has something in it; none otherwise. */
export async function sectionIndexPaths(id: keyof SectionContents) {
  return sectionContents(await loadSite())[id] ? [{ params: { index: undefined } }] : [];
}

// ---- /404.html

export async function notFoundPage() {
  const site = await loadSite();
  return {
    lead: t('site.notFound.lead'),
    contents: sectionContents(site),
  };
}

// ---- /tim-kiem/

/**
 * What the search page says the site holds, its example codes and example queries: from the
 * content (campaign.yaml `searchCodes`, `searchExamples`), else the cited documents' codes.
 */
export async function searchPage() {
  const site = await loadSite();
  const contents = sectionContents(site);
  const type = launchType(site);
  const identifiers = site.documents.flatMap((d) =>
    d.entry.data.identifier === null ? [] : [d.entry.data.identifier],
  );
  const codes = site.campaign.searchCodes ?? identifiers.slice(0, 2);
  const [first, second] = codes;
  const described = [
    t('search.part.letter', { type }),
    ...(contents.focusAreas ? [t('search.part.focusAreas')] : []),
    ...(contents.guidance ? [t('search.part.guidance')] : []),
    ...(contents.documents ? [t('search.part.documents')] : []),
  ];
  const held = [
    t('search.part.letterFull', { type }),
    ...(contents.focusAreas
      ? [t('search.part.focusAreasCount', { count: site.focusAreas.length })]
      : []),
    ...(contents.guidance ? [t('search.part.guidance')] : []),
    ...(contents.anniversaries ? [t('search.part.anniversaries')] : []),
    ...(contents.documents
      ? [t('search.part.documentsCount', { count: site.documents.length })]
      : []),
  ];
  return {
    description: t('search.page.description', { parts: listInSentence(described) }),
    hint: first === undefined ? t('search.form.hintPlain') : t('search.form.hint', { code: first }),
    codeTip:
      first === undefined
        ? t('search.empty.codePlain')
        : t('search.empty.code', {
            codes: second === undefined ? first : t('search.empty.or', { first, second }),
          }),
    help: t('search.help.text', { parts: capitalised(listInSentence(held)) }),
    examples: site.campaign.searchExamples ?? identifiers.slice(0, 3),
    hasDocuments: contents.documents,
  };
}
