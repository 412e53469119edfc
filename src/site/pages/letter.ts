// /{route}/: a campaign document (the launch document, a plan, a report) in the form of its type.
import { t } from '../../i18n/index.ts';
import { letterReference } from '../../documents/letter.ts';
import { codeAliases } from '../../search/search-text.ts';
import { letterMetaRows } from '../meta.ts';
import { breadcrumbs } from '../nav.ts';
import { absoluteUrl } from '../paths.ts';
import { docxPath, HOME_PATH } from '../routes.ts';
import { loadSite, type RenderedEntry } from '../site-data.ts';
import { letterJsonLd, publisherJsonLd } from '../structured-data.ts';
import { citedLinks, type PageBase, type Site } from './shared.ts';

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
