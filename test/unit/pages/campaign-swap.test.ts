import { describe, expect, it } from 'vitest';
import type { RenderedEntry } from '../../../src/site/site-data.ts';
import {
  useFixtureCollections,
  withCollections,
  type MockedCollections,
} from '../../support/astro-content.ts';
import { distinctiveWords } from '../../support/campaign-swap.ts';
import { FIXTURE_CAMPAIGN, MINIMAL_CAMPAIGN } from '../../support/fixture-campaigns.ts';

// The code knows no campaign: everything every page prepares (src/site/pages/) for one campaign names
// nothing of another. Proved both ways between the two fictional campaigns, over mocked collections;
// the build of another campaign is scanned the same way by the content checks (test/content/).

const SITE = new URL('https://portal.example.gov.vn');

const pages = () =>
  Promise.all([
    import('../../../src/site/site-data.ts'),
    import('../../../src/site/pages/shell.ts'),
    import('../../../src/site/pages/home.ts'),
    import('../../../src/site/pages/letter.ts'),
    import('../../../src/site/pages/focus-areas.ts'),
    import('../../../src/site/pages/guidance.ts'),
    import('../../../src/site/pages/documents.ts'),
    import('../../../src/site/pages/anniversaries.ts'),
    import('../../../src/site/pages/campaign-documents.ts'),
    import('../../../src/site/pages/search.ts'),
    import('../../../src/site/pages/not-found.ts'),
    import('../../../src/site/pages/feed.ts'),
  ]);

/** Every word the pages of a campaign are given (what each route prepares, as JSON). */
async function everythingPrepared(collections: MockedCollections): Promise<string> {
  const [siteData, shell, home, letter, focusAreas, guidance, documents, ...rest] =
    await withCollections(collections, pages);
  const [anniversaries, campaignDocuments, search, notFound, feed] = rest;
  const site = await siteData.loadSite();
  const contents = (await home.homePage()).contents;
  const prepared: unknown[] = [
    await shell.shellData('x', '/'),
    await home.homePage(),
    await search.searchPage(),
    await notFound.notFoundPage(),
    await feed.feed(SITE),
    ...(await Promise.all(
      site.letters.map((l) => letter.letterPage(l as RenderedEntry<'letters'>, SITE)),
    )),
    ...(await Promise.all(site.focusAreas.map((a) => focusAreas.focusAreaPage(a)))),
    ...(await Promise.all(site.documents.map((d) => documents.documentPage(d, SITE)))),
  ];
  if (contents.focusAreas) prepared.push(await focusAreas.focusAreasPage());
  if (contents.guidance) prepared.push(await guidance.guidancePage());
  if (contents.documents) prepared.push(await documents.documentsPage());
  if (contents.anniversaries) prepared.push(await anniversaries.anniversariesPage());
  if (contents.campaignDocuments) prepared.push(await campaignDocuments.campaignDocumentsPage());
  return JSON.stringify(prepared);
}

const fixtures = useFixtureCollections();

describe('what the pages prepare names only the campaign in content/', () => {
  it.each([
    ['the fixture campaign', () => fixtures.full, MINIMAL_CAMPAIGN, FIXTURE_CAMPAIGN],
    [
      'the campaign with nothing but its launch document',
      () => fixtures.minimal,
      FIXTURE_CAMPAIGN,
      MINIMAL_CAMPAIGN,
    ],
  ])(
    '%s: none of the other’s words, all of its own publisher',
    async (_, collections, other, own) => {
      const text = await everythingPrepared(collections());
      const words = distinctiveWords(other);
      expect(words.length).toBeGreaterThan(4);
      expect(words.filter((word) => text.includes(word))).toEqual([]);
      // The scan sees what it looks for: the campaign's own words are there.
      expect(distinctiveWords(own).filter((word) => text.includes(word)).length).toBeGreaterThan(3);
    },
  );
});
