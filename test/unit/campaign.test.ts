import { describe, expect, it } from 'vitest';
import {
  campaignStatus,
  capitalised,
  countInWords,
  inSentence,
  listInSentence,
} from '../../src/site/campaign.ts';
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

describe('words built from the content', () => {
  it('writes a name or type as a sentence does, keeping an abbreviation', () => {
    expect(inSentence('Phong trào thi đua mẫu thử')).toBe('phong trào thi đua mẫu thử');
    expect(inSentence('Kế hoạch')).toBe('kế hoạch');
    expect(inSentence('UBND tỉnh')).toBe('UBND tỉnh');
    expect(capitalised('toàn văn kế hoạch')).toBe('Toàn văn kế hoạch');
  });

  it('joins a list as a sentence does', () => {
    expect(listInSentence([])).toBe('');
    expect(listInSentence(['3'])).toBe('3');
    expect(listInSentence(['3', '4'])).toBe('3 và 4');
    expect(listInSentence(['3', '4', '5'])).toBe('3, 4 và 5');
  });

  it('gives a small count in words and a larger one in digits', () => {
    expect(countInWords(4)).toBe('bốn');
    expect(countInWords(10)).toBe('mười');
    expect(countInWords(11)).toBe('11');
  });
});
