import type { APIRoute } from 'astro';
import { isoDate } from '../../documents/dates.ts';
import { siteName } from '../../site/campaign.ts';
import {
  citationsByDocument,
  citedDocumentIndexEntry,
  documentIndex,
  letterIndexEntry,
} from '../../site/open-data.ts';
import { absoluteUrl } from '../../site/paths.ts';
import { loadSite } from '../../site/site-data.ts';

/** `/du-lieu/van-ban.json`: the open index of the campaign's letters and the documents they cite. */
export const GET: APIRoute = async ({ site: siteUrl, generator }) => {
  const site = await loadSite();
  const { campaign } = site;
  const citations = citationsByDocument(
    site.backlinks,
    (path) => site.letters.find((l) => l.path === path)?.entry.id,
    (href) => absoluteUrl(href, siteUrl),
  );
  const citedIn = (id: string) => citations.get(id) ?? [];
  const index = documentIndex({
    siteName: siteName(campaign),
    publisher: campaign.publisher,
    homeUrl: absoluteUrl('/', siteUrl),
    campaign: {
      name: campaign.name,
      shortName: campaign.shortName,
      publisher: campaign.publisher,
      start: isoDate(campaign.start),
      end: isoDate(campaign.end),
      launchDocument: site.launchLetter.entry.id,
      archive: campaign.archive ?? null,
    },
    generatedAt: new Date(),
    generator,
    documents: [
      ...site.letters.map((l) =>
        letterIndexEntry(
          l.entry.id,
          l.entry.data,
          campaign.publisher,
          absoluteUrl(l.path, siteUrl),
          citedIn(l.entry.id),
        ),
      ),
      ...site.documents.map((d) =>
        citedDocumentIndexEntry(
          d.entry.id,
          d.entry.data,
          absoluteUrl(d.path, siteUrl),
          citedIn(d.entry.id),
        ),
      ),
    ],
  });
  return new Response(`${JSON.stringify(index, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
