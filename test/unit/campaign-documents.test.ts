import { describe, expect, it } from 'vitest';
import {
  feedItems,
  finalReport,
  inDateOrder,
  withDocuments,
  type CampaignDocument,
} from '../../src/site/campaign-documents.ts';
import type { TimelineItem } from '../../src/site/timelines.ts';
import type { PartialDate } from '../../src/schemas/common.ts';

/** A clearly fictional campaign document. */
function doc(route: string, type: string, code: string, date: PartialDate, order = 0) {
  return {
    path: `/${route}/`,
    route,
    data: { title: `${type} mẫu thử`, type, number: null, code, date, subject: 'Mẫu thử', order },
  } satisfies CampaignDocument & { route: string };
}

const letter = doc('cong-van', 'Công văn', 'SGDĐT-VP', { year: 2023, month: 6 });
const plan = doc('ke-hoach', 'Kế hoạch', 'KH-SCT', { year: 2023, month: 6, day: 20 });
const notice = doc('thong-bao', 'Thông báo', 'TB-SCT', { year: 2023, month: 6, day: 20 }, 1);
const report = doc('bao-cao', 'Báo cáo', 'BC-SCT', { year: 2023, month: 11 });
const END = { year: 2023, month: 10, day: 30 };

describe('inDateOrder', () => {
  it('sorts by date, a month-only date before the days of that month, then by order', () => {
    expect(inDateOrder([report, notice, plan, letter]).map((d) => d.route)).toEqual([
      'cong-van',
      'ke-hoach',
      'thong-bao',
      'bao-cao',
    ]);
  });
});

describe('withDocuments', () => {
  const milestones: TimelineItem[] = [
    { dateText: 'tháng 6/2023', datetime: '2023-06', title: 'Phát động', detail: '' },
    { dateText: 'ngày 30/10/2023', datetime: '2023-10-30', title: 'Kết thúc', detail: '' },
    { dateText: 'Chưa xác định ngày', title: 'Tổng kết', detail: '' },
  ];

  it('places each document at its date, and after undated steps when it is the latest', () => {
    const items = withDocuments(milestones, [report, plan]);
    expect(items.map((i) => i.title)).toEqual([
      'Phát động',
      'Kế hoạch số …/KH-SCT',
      'Kết thúc',
      'Tổng kết',
      'Báo cáo số …/BC-SCT',
    ]);
    // Its label starts with a capital, like the milestones' labels beside it.
    expect(items[1]).toMatchObject({
      href: '/ke-hoach/',
      datetime: '2023-06-20',
      dateText: 'Ngày 20/6/2023',
    });
  });

  it('leaves the timeline as it was without documents', () => {
    expect(withDocuments(milestones, [])).toEqual(milestones);
  });
});

describe('finalReport', () => {
  it('is a Báo cáo dated in or after the month the campaign ends, else nothing', () => {
    expect(finalReport([letter, plan], END)).toBeUndefined();
    expect(finalReport([letter, plan, report], END)?.route).toBe('bao-cao');
    const early = doc('bao-cao-so-ket', 'Báo cáo', 'BC-SCT', { year: 2023, month: 8 });
    expect(finalReport([early], END)).toBeUndefined();
  });
});

describe('feedItems', () => {
  it('lists the newest first, dated at midnight in Vietnam only when the day is known', () => {
    const items = feedItems([letter, plan, report]);
    expect(items.map((i) => i.route)).toEqual(['bao-cao', 'ke-hoach', 'cong-van']);
    expect(items[0]?.pubDate).toBeUndefined();
    expect(items[1]?.pubDate?.toISOString()).toBe('2023-06-19T17:00:00.000Z');
    expect(items[2]).toMatchObject({
      title: 'Công văn số …/SGDĐT-VP Mẫu thử',
      link: '/cong-van/',
      categories: ['Công văn'],
    });
  });
});
