// /rss.xml and /tai-ve/{route}.docx: the feed of the campaign's documents, newest first, each item
// enclosing the Word copy; the Word copy is made once per document and build for both.
import { t } from '../../i18n/index.ts';
import { renderDocx } from '../../docx/document-docx.ts';
import { inSentence, siteName } from '../campaign.ts';
import { campaignDocumentsOf, feedItems } from '../campaign-documents.ts';
import { absoluteUrl } from '../paths.ts';
import { CAMPAIGN_DOCUMENTS_PATH, docxPath, FEED_PATH, HOME_PATH } from '../routes.ts';
import { loadSite, type RenderedEntry } from '../site-data.ts';
import { sectionContents, type Site } from './shared.ts';

/** The media type of a Word copy. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const docxCache = new Map<string, Promise<Uint8Array>>();

/** The Word copy of a campaign document in the form of its type, made once per build. */
export function letterDocx(
  letter: RenderedEntry<'letters'>,
  publisher: string,
): Promise<Uint8Array> {
  let docx = docxCache.get(letter.entry.id);
  if (docx === undefined) {
    docx = renderDocx(letter.entry.data, letter.entry.body ?? '', { publisher });
    docxCache.set(letter.entry.id, docx);
  }
  return docx;
}

/** What /tai-ve/{route}.docx is built for: one Word copy per campaign document. */
export async function docxPaths() {
  const { letters, campaign } = await loadSite();
  return letters.map((letter) => ({
    params: { name: letter.entry.data.route },
    props: { letter, publisher: campaign.publisher },
  }));
}

/** The feed (RSS 2.0) of the campaign's documents, for @astrojs/rss; every URL absolute. */
export async function feed(siteUrl: Site) {
  const site = await loadSite();
  const { campaign } = site;
  // The enclosure's length is the Word copy's size, the same bytes as /tai-ve/<route>.docx.
  const sizes = new Map(
    await Promise.all(
      site.letters.map(
        async (l) =>
          [l.entry.data.route, (await letterDocx(l, campaign.publisher)).byteLength] as const,
      ),
    ),
  );
  return {
    title: `${t('site.section.campaignDocuments')} – ${siteName(campaign)}`,
    description: t('forms.list.description', { campaign: inSentence(campaign.name) }),
    // The list of the campaign's documents when the site has one, else the home page.
    site: absoluteUrl(
      sectionContents(site).campaignDocuments ? CAMPAIGN_DOCUMENTS_PATH : HOME_PATH,
      siteUrl,
    ),
    selfUrl: absoluteUrl(FEED_PATH, siteUrl),
    items: feedItems(campaignDocumentsOf(site.letters)).map((item) => ({
      ...item,
      link: absoluteUrl(item.link, siteUrl),
      enclosure: {
        url: absoluteUrl(docxPath(item.route), siteUrl),
        type: DOCX_TYPE,
        length: sizes.get(item.route) ?? 0,
      },
    })),
  };
}
