import type { APIRoute } from 'astro';
import { siteName } from '../../site/campaign.ts';
import { citedDocumentIndexEntry, documentIndex, letterIndexEntry } from '../../site/open-data.ts';
import { absoluteUrl } from '../../site/paths.ts';
import { loadSite } from '../../site/site-data.ts';

/** `/du-lieu/van-ban.json`: the open index of the campaign's letters and the documents they cite. */
export const GET: APIRoute = async ({ site: siteUrl, generator }) => {
  const site = await loadSite();
  const { campaign } = site;
  const index = documentIndex({
    siteName: siteName(campaign),
    publisher: campaign.publisher,
    homeUrl: absoluteUrl('/', siteUrl),
    generatedAt: new Date(),
    generator,
    documents: [
      ...site.letters.map((l) =>
        letterIndexEntry(
          l.entry.id,
          l.entry.data,
          campaign.publisher,
          absoluteUrl(l.path, siteUrl),
        ),
      ),
      ...site.documents.map((d) =>
        citedDocumentIndexEntry(d.entry.id, d.entry.data, absoluteUrl(d.path, siteUrl)),
      ),
    ],
  });
  return new Response(`${JSON.stringify(index, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
