import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import { useFixtureCollections, withCollections } from '../../support/astro-content.ts';
import { FIXTURE_TIMELINE } from '../../support/fixture-campaigns.ts';

// The overview's data (src/site/pages/home.ts) over mocked collections: the status line and the final
// report, the anniversaries in the theme's order, who is assigned what, the milestones with the
// campaign's documents at their dates, and the words that depend on the launch document's type.

const home = () => import('../../../src/site/pages/home.ts');
const anniversaries = () => import('../../../src/site/pages/anniversaries.ts');

const fixtures = useFixtureCollections();

afterEach(() => {
  vi.useRealTimers();
});

/** The overview as built on `day` (the status line depends on the build day in Vietnam). */
async function overviewOn(day: string, collections = fixtures.full) {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T12:00:00+07:00`));
  return (await withCollections(collections, home)).homePage();
}

describe('the status line', () => {
  it('before, during and after the campaign', async () => {
    expect((await overviewOn('2025-01-20')).status).toEqual({
      text: t('documents.campaign.upcoming', { end: '31/12/2025' }),
    });
    expect((await overviewOn('2025-06-01')).status).toEqual({
      text: t('documents.campaign.running', { end: '31/12/2025' }),
    });
    expect((await overviewOn('2026-01-05')).status.text).toBe(
      t('documents.campaign.ended', { end: '31/12/2025' }),
    );
  });

  it('links the final report once the campaign has ended, and names no report the site lacks', async () => {
    expect((await overviewOn('2026-01-05')).status.report).toEqual({
      href: '/bao-cao-mau-thu/',
      label: 'Báo cáo số …/BC-SGDĐT',
    });
    const withoutReport = {
      ...fixtures.full,
      letters: fixtures.full.letters.filter((l) => l.data['type'] !== 'Báo cáo'),
    };
    expect((await overviewOn('2026-01-05', withoutReport)).status.report).toBeUndefined();
  });
});

describe('the overview of a campaign with something in every part', () => {
  it('lists the anniversaries in the order the theme names them; their page in date order', async () => {
    const overview = await overviewOn('2026-01-05');
    expect(overview.anniversaries.map((a) => a.title)).toEqual([
      '65 năm ngày khai giảng trường học đầu tiên của tỉnh',
      '30 năm thành lập Sở',
    ]);
    expect(overview.anniversariesHeading).toBe(
      t('pages.home.anniversaries.heading', { count: 'Hai' }),
    );
    const page = await (await withCollections(fixtures.full, anniversaries)).anniversariesPage();
    expect(page.items.map((a) => a.eventDate.datetime)).toEqual(['1995-09-01', '1960-09-05']);
    // A title may hold a comma of its own: the last one joins with "và".
    expect(page.base.description).toContain(
      'chào mừng: 30 năm thành lập Sở và 65 năm ngày khai giảng trường học đầu tiên của tỉnh.',
    );
  });

  it('assigns tasks only to whom the launch document names; the rest are requirements on all', async () => {
    const overview = await overviewOn('2026-01-05');
    expect(overview.guidance.map((g) => g.actor)).toEqual([
      'Các phòng, đơn vị trực thuộc Sở',
      'Văn phòng Sở',
    ]);
    expect(overview.requirements).toEqual([
      {
        href: '/to-chuc-thuc-hien/#ke-hoach-cua-truong',
        label: 'Xây dựng kế hoạch thực hiện phù hợp với điều kiện của từng trường',
      },
    ]);
    expect(overview.guidanceCaption).toBe(
      t('pages.home.guidance.caption', { places: 'mục 4', type: 'kế hoạch' }),
    );
  });

  it('puts each later campaign document on the timeline at its date, after the launch', async () => {
    const { milestones } = await overviewOn('2026-01-05');
    expect(milestones.map((m) => m.title)).toEqual(FIXTURE_TIMELINE);
  });

  it('leads the focus areas with the spirit the campaign asks for, and plainly without one', async () => {
    const overview = await overviewOn('2026-01-05');
    expect(overview.focusAreasLead).toBe(
      t('pages.home.focusAreas.lead', {
        spirit: 'Mỗi trường học một vườn cây, mỗi học sinh một việc làm xanh',
        count: 3,
      }),
    );
    const [campaign] = fixtures.full.campaign;
    const { spirit: _, ...plain } = campaign!.data;
    const without = await overviewOn('2026-01-05', {
      ...fixtures.full,
      campaign: [{ ...campaign!, data: plain }],
    });
    expect(without.focusAreasLead).toBe(t('pages.home.focusAreas.leadPlain', { count: 3 }));
  });
});

describe('the launch document read from the content', () => {
  it('a kế hoạch dated to the day, the period from that day', async () => {
    const overview = await overviewOn('2026-01-05');
    expect(overview.letterLink).toEqual({ href: '/ke-hoach/', label: 'Kế hoạch số 12/KH-SGDĐT' });
    expect(overview.readLetter).toBe(t('pages.home.readLetter', { type: 'kế hoạch' }));
    expect(overview.period.from).toBe(t('pages.home.period.fromDate', { date: '14/02/2025' }));
  });

  it('a công văn with a blank number and day, the period from its month', async () => {
    const overview = await overviewOn('2026-01-05', fixtures.minimal);
    expect(overview.letterLink).toEqual({
      href: '/phat-dong/',
      label: 'Công văn số …/SVHTTDL-VP',
    });
    expect(overview.letterDate).toBe('tháng 5/2024');
    expect(overview.readLetter).toBe(t('pages.home.readLetter', { type: 'công văn' }));
    expect(overview.period.from).toBe(t('pages.home.period.fromLaunch', { start: 'tháng 5/2024' }));
    expect(overview.period.reviewer).toBeUndefined();
    expect(overview.status.report).toBeUndefined();
  });
});
