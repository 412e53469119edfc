import { describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import type { SectionContents } from '../../../src/site/nav.ts';
import { useFixtureCollections, withCollections } from '../../support/astro-content.ts';

// A part of the site with nothing in it does not exist: no page, no menu entry, no block on the home
// page, no mention on the search and 404 pages. Proved on the route data over mocked collections:
// the fixture campaign (something in every part) and one with nothing but its launch document.

const SECTIONS: (keyof SectionContents)[] = [
  'campaignDocuments',
  'focusAreas',
  'guidance',
  'documents',
  'anniversaries',
];

const pages = () =>
  Promise.all([
    import('../../../src/site/pages/shared.ts'),
    import('../../../src/site/pages/shell.ts'),
    import('../../../src/site/pages/home.ts'),
    import('../../../src/site/pages/not-found.ts'),
    import('../../../src/site/pages/search.ts'),
  ]);

const fixtures = useFixtureCollections();

describe('a campaign with something in every part', () => {
  it('builds the page of each section and names each in the menu, in menu order', async () => {
    const [shared, shell] = await withCollections(fixtures.full, pages);
    for (const id of SECTIONS)
      expect(await shared.sectionIndexPaths(id), id).toEqual([{ params: { index: undefined } }]);
    const { nav } = await shell.shellData('x', '/');
    expect(nav.map((item) => item.label)).toEqual([
      t('site.section.home'),
      'Kế hoạch',
      ...SECTIONS.map((id) => t(`site.section.${id}`)),
      t('site.section.search'),
    ]);
  });

  it('offers every part on the home, 404 and search pages', async () => {
    const [, , home, notFound, search] = await withCollections(fixtures.full, pages);
    const expected = Object.fromEntries(SECTIONS.map((id) => [id, true]));
    expect((await home.homePage()).contents).toEqual(expected);
    expect((await notFound.notFoundPage()).contents).toEqual(expected);
    const { help, hasDocuments } = await search.searchPage();
    expect(hasDocuments).toBe(true);
    expect(help).toContain(t('search.part.anniversaries'));
    expect(help).toContain(t('search.part.documentsCount', { count: 5 }));
  });
});

describe('a campaign with nothing but its launch document', () => {
  it('builds no section page and has only the home page, the launch document and search in the menu', async () => {
    const [shared, shell] = await withCollections(fixtures.minimal, pages);
    for (const id of SECTIONS) expect(await shared.sectionIndexPaths(id), id).toEqual([]);
    const { nav } = await shell.shellData('x', '/');
    expect(nav.map((item) => [item.label, item.href])).toEqual([
      [t('site.section.home'), '/'],
      ['Công văn', '/phat-dong/'],
      [t('site.section.search'), '/tim-kiem/'],
    ]);
  });

  it('leaves every optional block out of the home, 404 and search pages', async () => {
    const [, , home, notFound, search] = await withCollections(fixtures.minimal, pages);
    const none = Object.fromEntries(SECTIONS.map((id) => [id, false]));
    const overview = await home.homePage();
    expect(overview.contents).toEqual(none);
    expect(overview.anniversaries).toEqual([]);
    expect(overview.focusAreas).toEqual([]);
    expect(overview.guidance).toEqual([]);
    expect(overview.requirements).toEqual([]);
    expect(overview.documents).toEqual([]);
    // With no part to name, the description names the launch document itself.
    expect(overview.base.description).toContain(
      'của Sở Văn hóa, Thể thao và Du lịch tỉnh Đông Lâm: công văn',
    );
    expect((await notFound.notFoundPage()).contents).toEqual(none);
    const page = await search.searchPage();
    expect(page.hasDocuments).toBe(false);
    expect(page.examples).toEqual([]);
    expect(page.hint).toBe(t('search.form.hintPlain'));
    expect(page.codeTip).toBe(t('search.empty.codePlain'));
    expect(page.help).not.toContain(t('search.part.anniversaries'));
  });

  it('lists the campaign documents only once there is one besides the launch document', async () => {
    const [launch] = fixtures.minimal.letters;
    const second = { ...launch!, id: 'thong-bao', data: { ...launch!.data, route: 'thong-bao' } };
    const [shared] = await withCollections(
      { ...fixtures.minimal, letters: [launch!, second] },
      pages,
    );
    expect(await shared.sectionIndexPaths('campaignDocuments')).toHaveLength(1);
    expect(await shared.sectionIndexPaths('focusAreas')).toEqual([]);
  });
});
