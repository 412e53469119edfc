// /noi-dung/ and /noi-dung/{id}/: the focus areas, each with its verbatim text and its place in the
// launch document.
import { t, tAround } from '../../i18n/index.ts';
import { parsePlaceId } from '../../documents/anchor-ids.ts';
import { inSentence } from '../campaign.ts';
import { breadcrumbs } from '../nav.ts';
import { loadSite, type RenderedEntry, type SiteData } from '../site-data.ts';
import {
  campaignInText,
  citedLinks,
  focusAreaCards,
  launchType,
  letterPlaceLink,
  section,
  sectionBase,
  type PageBase,
} from './shared.ts';

/** The lead of /noi-dung/, split around its link: with the spirit the campaign asks for, if any. */
function focusAreasLead(site: SiteData): [before: string, after: string] {
  const { spirit } = site.campaign;
  return spirit === undefined
    ? tAround('pages.focusAreas.leadPlain', 'link', {})
    : tAround('pages.focusAreas.lead', 'link', { spirit });
}

/** Whether a summary and a Markdown text read the same once marks and white space are set aside. */
function sameText(summary: string, markdown: string): boolean {
  const plain = (s: string) => s.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim();
  return plain(summary) === plain(markdown);
}

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
    lead: focusAreasLead(site),
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
