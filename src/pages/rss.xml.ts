import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { t } from '../i18n/index.ts';
import { inSentence, siteName } from '../site/campaign.ts';
import { campaignDocumentsOf, feedItems } from '../site/campaign-documents.ts';
import { absoluteUrl } from '../site/paths.ts';
import { sectionContents } from '../site/route-data.ts';
import { CAMPAIGN_DOCUMENTS_PATH, docxPath, HOME_PATH } from '../site/routes.ts';
import { loadSite } from '../site/site-data.ts';
import { renderDocx } from '../docx/document-docx.ts';

// The feed of the campaign's documents (RSS 2.0), newest first, so a portal or a reader app picks up a
// new document; each item links to the page and encloses the Word copy.

export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await loadSite();
  const documents = campaignDocumentsOf(site.letters);
  // The enclosure's length is the Word copy's size, made the same way as /tai-ve/<route>.docx.
  const sizes = new Map(
    await Promise.all(
      site.letters.map(
        async (l) =>
          [
            l.entry.data.route,
            (await renderDocx(l.entry.data, l.entry.body ?? '')).byteLength,
          ] as const,
      ),
    ),
  );
  return rss({
    title: `${t('site.section.campaignDocuments')} – ${siteName(site.campaign)}`,
    description: t('forms.list.description', { campaign: inSentence(site.campaign.name) }),
    // The list of the campaign's documents when the site has one, else the home page.
    site: absoluteUrl(
      sectionContents(site).campaignDocuments ? CAMPAIGN_DOCUMENTS_PATH : HOME_PATH,
      siteUrl,
    ),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>vi</language><atom:link href="${absoluteUrl('/rss.xml', siteUrl)}" rel="self" type="application/rss+xml"/>`,
    items: feedItems(documents).map((item) => ({
      ...item,
      link: absoluteUrl(item.link, siteUrl),
      enclosure: {
        url: absoluteUrl(docxPath(item.route), siteUrl),
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        length: sizes.get(item.route) ?? 0,
      },
    })),
  });
};
