import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import {
  readCollections,
  withCollections,
  type MockedCollections,
} from '../../support/astro-content.ts';
import { FIXTURE_CAMPAIGN } from '../../support/fixture-campaigns.ts';

// The focus areas and the guidance (src/site/pages/focus-areas.ts, guidance.ts) over the fixture
// campaign's mocked collections: each quotes its place of the launch document and links to it.

const pages = () =>
  Promise.all([
    import('../../../src/site/site-data.ts'),
    import('../../../src/site/pages/focus-areas.ts'),
    import('../../../src/site/pages/guidance.ts'),
  ]);

let collections: MockedCollections;

beforeAll(async () => {
  collections = await readCollections(FIXTURE_CAMPAIGN);
});

/** Every focus area's page data, in order. */
async function focusAreaPages(source = collections) {
  const [siteData, focusAreas] = await withCollections(source, pages);
  const site = await siteData.loadSite();
  return Promise.all(site.focusAreas.map((area) => focusAreas.focusAreaPage(area)));
}

describe('a focus area’s page', () => {
  it('links to its place in the launch document and to the previous and next focus areas', async () => {
    const [first, second, third] = await focusAreaPages();
    expect(second!.letterLink).toEqual({
      href: '/ke-hoach/#muc-2-y-2',
      label: t('pages.seeInLetter', { label: 'mục 2, ý 2', type: 'kế hoạch' }),
    });
    expect(first!.previous).toBeUndefined();
    expect(second!.previous?.href).toBe('/noi-dung/cay-xanh-truong-hoc/');
    expect(second!.next?.href).toBe('/noi-dung/tiet-kiem-dien-nuoc/');
    expect(third!.next).toBeUndefined();
    expect(third!.position).toBe(t('pages.focusArea.position', { order: 3, count: 3 }));
  });

  it('says once which slip of the signed copy its summary corrects', async () => {
    const [, second] = await focusAreaPages();
    expect(second!.slipNotes).toEqual([
      t('pages.focusArea.slip', { original: 'phân loai', reading: 'phân loại' }),
    ]);
    expect(second!.lead).toBe('Thi đua phân loại rác thải tại nguồn và giảm rác thải nhựa.');
  });

  it('shows no lead when the summary is the whole verbatim text, and links the documents it cites', async () => {
    const [, , third] = await focusAreaPages();
    expect(third!.lead).toBeUndefined();
    expect(third!.cited.map((l) => l.href)).toEqual(['/van-ban/chi-thi-08-ct-ubnd/']);
    expect(third!.verbatimHeading).toBe(t('pages.focusArea.verbatim', { type: 'kế hoạch' }));
  });
});

describe('the focus areas’ page', () => {
  it('links the one section of the launch document they come from, else the document itself', async () => {
    const [, focusAreas] = await withCollections(collections, pages);
    expect((await focusAreas.focusAreasPage()).letterSectionLink).toEqual({
      href: '/ke-hoach/#muc-2',
      label: t('pages.placeOf', { place: 'mục 2', type: 'kế hoạch' }),
    });
    const [moved, ...rest] = collections.focusAreas;
    const spread = {
      ...collections,
      focusAreas: [{ ...moved!, data: { ...moved!.data, letterAnchor: 'muc-3' } }, ...rest],
    };
    const [, other] = await withCollections(spread, pages);
    expect((await other.focusAreasPage()).letterSectionLink).toEqual({
      href: '/ke-hoach/',
      label: 'kế hoạch',
    });
  });
});

describe('the guidance', () => {
  it('heads an item with whom the launch document names, its task in lower case after the colon', async () => {
    const [, , guidance] = await withCollections(collections, pages);
    const { items, lead } = await guidance.guidancePage();
    expect(items.map((i) => i.heading)).toEqual([
      t('pages.guidance.item', {
        actor: 'Các phòng, đơn vị trực thuộc Sở',
        title: 'triển khai kế hoạch đến từng trường học; báo cáo kết quả',
      }),
      t('pages.guidance.item', {
        actor: 'Văn phòng Sở',
        title:
          'hướng dẫn, kiểm tra, tổng hợp; giúp Hội đồng Thi đua - Khen thưởng Sở thẩm định thành tích',
      }),
      'Xây dựng kế hoạch thực hiện phù hợp với điều kiện của từng trường',
    ]);
    expect(lead.join('')).toContain('mục 4');
  });

  it('gives a deadline only where the launch document sets one, and links each item to its place', async () => {
    const [, , guidance] = await withCollections(collections, pages);
    const { items, milestones } = await guidance.guidancePage();
    expect(items.map((i) => i.deadline)).toEqual([
      t('pages.guidance.deadline', { date: 'ngày 15/12/2025' }),
      undefined,
      undefined,
    ]);
    expect(items.map((i) => i.letterLink.href)).toEqual([
      '/ke-hoach/#muc-4-a',
      '/ke-hoach/#muc-4-b',
      '/ke-hoach/#muc-4-c',
    ]);
    expect(items[1]!.where).toBe(
      t('pages.guidance.where', {
        role: t('pages.guidance.role.chu-tri'),
        label: 'mục 4, điểm b',
        type: 'kế hoạch',
      }),
    );
    expect(milestones.length).toBeGreaterThan(4);
  });
});
