import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import { useFixtureCollections, withCollections } from '../../support/astro-content.ts';

// The feed of the campaign's documents and the search page's words (src/site/pages/feed.ts,
// search.ts) over mocked collections.

const SITE = new URL('https://portal.example.gov.vn');

const pages = () =>
  Promise.all([
    import('../../../src/site/site-data.ts'),
    import('../../../src/site/pages/feed.ts'),
    import('../../../src/site/pages/search.ts'),
  ]);

const fixtures = useFixtureCollections();

describe('the feed', () => {
  it('lists every campaign document, newest first, each enclosing its Word copy by its size', async () => {
    const [siteData, feed] = await withCollections(fixtures.full, pages);
    const channel = await feed.feed(SITE);
    expect(channel.items.map((item) => item.link)).toEqual(
      [
        'quyet-dinh-mau-thu',
        'bao-cao-mau-thu',
        'cong-van-mau-thu',
        'thong-bao-mau-thu',
        'ke-hoach-dan-chieu-mau-thu',
        'ke-hoach-mau-thu',
        'ke-hoach',
      ].map((route) => `https://portal.example.gov.vn/${route}/`),
    );
    const site = await siteData.loadSite();
    for (const item of channel.items) {
      const letter = site.letters.find((l) => item.link.endsWith(`/${l.entry.data.route}/`))!;
      const docx = await feed.letterDocx(letter, site.campaign.publisher);
      expect(item.enclosure).toEqual({
        url: `https://portal.example.gov.vn/tai-ve/${letter.entry.data.route}.docx`,
        type: feed.DOCX_TYPE,
        length: docx.byteLength,
      });
      expect(docx.byteLength).toBeGreaterThan(1000);
    }
    // The list of the campaign's documents is the feed's page.
    expect(channel.site).toBe('https://portal.example.gov.vn/van-ban-phong-trao/');
    expect(channel.selfUrl).toBe('https://portal.example.gov.vn/rss.xml');
  });

  it('makes each Word copy once, for the feed and the download alike', async () => {
    const [siteData, feed] = await withCollections(fixtures.full, pages);
    const site = await siteData.loadSite();
    const [launch] = site.letters;
    expect(feed.letterDocx(launch!, 'x')).toBe(feed.letterDocx(launch!, 'x'));
    expect((await feed.docxPaths()).map((p) => p.params.name)).toEqual(
      site.letters.map((l) => l.entry.data.route),
    );
  });

  it('points at the home page while the launch document is the only one', async () => {
    const [, feed] = await withCollections(fixtures.minimal, pages);
    const channel = await feed.feed(SITE);
    expect(channel.site).toBe('https://portal.example.gov.vn/');
    expect(channel.items).toHaveLength(1);
    // A blank day: no publication date is made up.
    expect(channel.items[0]!.pubDate).toBeUndefined();
  });
});

describe('the search page’s words', () => {
  it('offers the cited documents’ codes as examples, unless the campaign gives its own', async () => {
    const [, , search] = await withCollections(fixtures.full, pages);
    const page = await search.searchPage();
    expect(page.examples).toEqual(['101/QĐ-UBND', '05/CT-UBND', '19-CT/TU']);
    expect(page.hint).toBe(t('search.form.hint', { code: '101/QĐ-UBND' }));
    expect(page.codeTip).toBe(
      t('search.empty.code', {
        codes: t('search.empty.or', { first: '101/QĐ-UBND', second: '05/CT-UBND' }),
      }),
    );
    const [campaign] = fixtures.full.campaign;
    const own = {
      ...fixtures.full,
      campaign: [
        {
          ...campaign!,
          data: { ...campaign!.data, searchExamples: ['cây xanh'], searchCodes: ['08/CT-UBND'] },
        },
      ],
    };
    const [, , other] = await withCollections(own, pages);
    const ownPage = await other.searchPage();
    expect(ownPage.examples).toEqual(['cây xanh']);
    expect(ownPage.hint).toBe(t('search.form.hint', { code: '08/CT-UBND' }));
    expect(ownPage.codeTip).toBe(t('search.empty.code', { codes: '08/CT-UBND' }));
  });

  it('describes what the site holds, with the launch document by its type', async () => {
    const [, , search] = await withCollections(fixtures.full, pages);
    const { description, help } = await search.searchPage();
    expect(description).toContain(t('search.part.letter', { type: 'kế hoạch' }));
    expect(help).toContain(t('search.part.focusAreasCount', { count: 3 }));
  });
});
