import { describe, expect, it, vi } from 'vitest';
import {
  compareDates,
  formatDate,
  formatHeadingDate,
  formatShortDate,
  isoDate,
  TIME_ZONE,
  todayInVietnam,
} from '../../src/documents/dates.ts';

const full = { year: 2023, month: 5, day: 30 };
const monthOnly = { year: 2023, month: 6 };
const yearOnly = { year: 2023 };
const early = { year: 2020, month: 1, day: 5 };

describe('formatShortDate', () => {
  it('formats a full date as NĐ 30 does: a day below 10 and months 1 and 2 with a leading zero', () => {
    expect(formatShortDate(full)).toBe('30/5/2023');
    expect(formatShortDate(early)).toBe('05/01/2020');
    expect(formatShortDate({ year: 2014, month: 4, day: 7 })).toBe('07/4/2014');
    expect(formatShortDate({ year: 2004, month: 1, day: 1 })).toBe('01/01/2004');
    expect(formatShortDate({ year: 2024, month: 2, day: 12 })).toBe('12/02/2024');
    expect(formatShortDate({ year: 2023, month: 12, day: 12 })).toBe('12/12/2023');
  });

  it('formats a month-only date as month/year, or with a blank day when asked', () => {
    expect(formatShortDate(monthOnly)).toBe('6/2023');
    expect(formatShortDate(monthOnly, { unknownDay: true })).toBe('…/6/2023');
  });

  it('formats a year-only date as the year, even when asked for a blank day', () => {
    expect(formatShortDate(yearOnly)).toBe('2023');
    expect(formatShortDate(yearOnly, { unknownDay: true })).toBe('2023');
  });

  it('ignores unknownDay for a full date', () => {
    expect(formatShortDate(full, { unknownDay: true })).toBe('30/5/2023');
  });
});

describe('formatDate', () => {
  it('puts the right word before each kind of date', () => {
    expect(formatDate(full)).toBe('ngày 30/5/2023');
    expect(formatDate(monthOnly)).toBe('tháng 6/2023');
    expect(formatDate(yearOnly)).toBe('năm 2023');
  });
});

describe('formatHeadingDate', () => {
  it('pads the day and the months 1 and 2 with a zero, as a công văn does', () => {
    expect(formatHeadingDate(early)).toBe('ngày 05 tháng 01 năm 2020');
    expect(formatHeadingDate({ year: 2024, month: 2, day: 29 })).toBe('ngày 29 tháng 02 năm 2024');
  });

  it('does not pad the months from 3 on', () => {
    expect(formatHeadingDate(full)).toBe('ngày 30 tháng 5 năm 2023');
    expect(formatHeadingDate({ year: 2023, month: 10, day: 30 })).toBe('ngày 30 tháng 10 năm 2023');
    expect(formatHeadingDate({ year: 2023, month: 3, day: 1 })).toBe('ngày 01 tháng 3 năm 2023');
  });

  it('leaves a blank for the unknown day of a month-only date', () => {
    expect(formatHeadingDate(monthOnly)).toBe('ngày … tháng 6 năm 2023');
  });

  it('leaves blanks for the unknown day and month of a year-only date', () => {
    expect(formatHeadingDate(yearOnly)).toBe('ngày … tháng … năm 2023');
  });
});

describe('isoDate', () => {
  it('gives the datetime value for each kind of date', () => {
    expect(isoDate(full)).toBe('2023-05-30');
    expect(isoDate(early)).toBe('2020-01-05');
    expect(isoDate(monthOnly)).toBe('2023-06');
    expect(isoDate(yearOnly)).toBe('2023');
  });
});

describe('todayInVietnam', () => {
  it('uses the Asia/Ho_Chi_Minh time zone', () => {
    expect(TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
  });

  it('is already the next day in Vietnam (UTC+7) at 17:30 UTC', () => {
    expect(todayInVietnam(new Date('2023-10-30T17:30:00Z'))).toEqual({
      year: 2023,
      month: 10,
      day: 31,
    });
  });

  it('is still the same day just before midnight in Vietnam', () => {
    expect(todayInVietnam(new Date('2023-10-30T16:59:59Z'))).toEqual({
      year: 2023,
      month: 10,
      day: 30,
    });
  });

  it('crosses the year at 17:00 UTC on 31 December', () => {
    expect(todayInVietnam(new Date('2023-12-31T17:00:00Z'))).toEqual({
      year: 2024,
      month: 1,
      day: 1,
    });
  });

  it('gives numbers, not strings', () => {
    const today = todayInVietnam(new Date('2024-02-29T05:00:00Z'));
    expect(today).toStrictEqual({ year: 2024, month: 2, day: 29 });
  });

  it('defaults to now, read in Vietnam', () => {
    vi.useFakeTimers({ now: new Date('2023-10-30T17:30:00Z'), toFake: ['Date'] });
    try {
      // 00:30 on 31 October in Hà Nội, still 30 October in UTC.
      expect(todayInVietnam()).toStrictEqual({ year: 2023, month: 10, day: 31 });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('compareDates', () => {
  it('orders full dates', () => {
    expect(compareDates(full, { year: 2023, month: 5, day: 31 })).toBeLessThan(0);
    expect(compareDates({ year: 2023, month: 6, day: 1 }, full)).toBeGreaterThan(0);
    expect(
      compareDates({ year: 2022, month: 12, day: 31 }, { year: 2023, month: 1, day: 1 }),
    ).toBeLessThan(0);
    expect(compareDates(full, { ...full })).toBe(0);
  });

  it('sorts an unknown part before any known one', () => {
    expect(compareDates(monthOnly, { year: 2023, month: 6, day: 1 })).toBeLessThan(0);
    expect(compareDates(yearOnly, { year: 2023, month: 1 })).toBeLessThan(0);
    expect(compareDates(monthOnly, { year: 2023, month: 6 })).toBe(0);
  });

  it('sorts a list of partial dates', () => {
    const dates = [full, yearOnly, { year: 2022 }, monthOnly, { year: 2023, month: 5 }];
    expect([...dates].sort(compareDates)).toEqual([
      { year: 2022 },
      yearOnly,
      { year: 2023, month: 5 },
      full,
      monthOnly,
    ]);
  });
});
