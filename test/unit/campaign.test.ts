import { describe, expect, it } from 'vitest';
import { campaignStatus } from '../../src/site/campaign.ts';
import { todayInVietnam } from '../../src/documents/dates.ts';

// The campaign of content/campaign.yaml: from June 2023 (day unknown) to the end of 30/10/2023.
const start = { year: 2023, month: 6 };
const end = { year: 2023, month: 10, day: 30 };

describe('campaignStatus', () => {
  it('is ended the day after the end', () => {
    expect(campaignStatus(start, end, { year: 2023, month: 10, day: 31 })).toEqual({
      state: 'ended',
      text: 'Đã kết thúc ngày 30/10/2023',
    });
  });

  it('is ended years later', () => {
    expect(campaignStatus(start, end, { year: 2026, month: 1, day: 1 }).state).toBe('ended');
  });

  it('is still running on the end day 30/10/2023', () => {
    expect(campaignStatus(start, end, { year: 2023, month: 10, day: 30 })).toEqual({
      state: 'running',
      text: 'Đang diễn ra, đến ngày 30/10/2023',
    });
  });

  it('is running in the middle of the campaign', () => {
    expect(campaignStatus(start, end, { year: 2023, month: 8, day: 15 }).state).toBe('running');
  });

  it('is running from the first day of the start month', () => {
    expect(campaignStatus(start, end, { year: 2023, month: 6, day: 1 }).state).toBe('running');
  });

  it('is upcoming before the start month', () => {
    expect(campaignStatus(start, end, { year: 2023, month: 5, day: 31 })).toEqual({
      state: 'upcoming',
      text: 'Chưa bắt đầu; kéo dài đến ngày 30/10/2023',
    });
  });

  it('is upcoming the day before a full start date, running on it', () => {
    const fullStart = { year: 2023, month: 6, day: 5 };
    expect(campaignStatus(fullStart, end, { year: 2023, month: 6, day: 4 }).state).toBe('upcoming');
    expect(campaignStatus(fullStart, end, { year: 2023, month: 6, day: 5 }).state).toBe('running');
  });

  it('switches to ended at midnight in Vietnam, not at midnight UTC', () => {
    const lastEvening = todayInVietnam(new Date('2023-10-30T16:59:00Z'));
    const nextMorning = todayInVietnam(new Date('2023-10-30T17:01:00Z'));
    expect(campaignStatus(start, end, lastEvening).state).toBe('running');
    expect(campaignStatus(start, end, nextMorning).state).toBe('ended');
  });
});

describe('campaignStatus with a month-only end', () => {
  it('runs to the last day of that month', () => {
    const end = { year: 2023, month: 10 };
    expect(
      campaignStatus({ year: 2023, month: 6 }, end, { year: 2023, month: 10, day: 31 }).state,
    ).toBe('running');
    expect(
      campaignStatus({ year: 2023, month: 6 }, end, { year: 2023, month: 11, day: 1 }).state,
    ).toBe('ended');
  });
});
