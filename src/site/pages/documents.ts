// /van-ban/ and /van-ban/{id}/: the documents the campaign cites, each with what is known of it, its
// text in its own form when the site publishes it, and where the campaign's documents cite it.
import { t } from '../../i18n/index.ts';
import {
  citedFormInput,
  citedFormLines,
  printedIdentifier,
} from '../../documents/document-form.ts';
import { formatFieldDate } from '../../documents/dates.ts';
import { issuerName } from '../../documents/letter.ts';
import { codeAliases } from '../../search/search-text.ts';
import { documentMetaRows, type MetaRow } from '../meta.ts';
import { breadcrumbs } from '../nav.ts';
import { absoluteUrl } from '../paths.ts';
import { citedDocxPath, HOME_PATH } from '../routes.ts';
import { loadSite, type RenderedEntry } from '../site-data.ts';
import { citedDocumentJsonLd, publisherJsonLd } from '../structured-data.ts';
import {
  campaignInText,
  launchType,
  section,
  sectionBase,
  typeKicker,
  type PageBase,
  type Site,
} from './shared.ts';

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
