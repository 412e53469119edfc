import { describe, expect, it } from 'vitest';
import {
  dashedLines,
  letterIdentifier,
  letterReference,
  numberLine,
  placeDateLine,
  recipientLines,
} from '../../src/documents/letter.ts';

const launchLetter = {
  type: 'Công văn',
  number: null,
  code: 'SGDĐT-VP',
  place: 'Sơn Hà',
  date: { year: 2023, month: 6 },
};

describe('numberLine and letterIdentifier', () => {
  it('leaves a blank for a null number', () => {
    expect(numberLine(launchLetter)).toBe('Số: …/SGDĐT-VP');
    expect(letterIdentifier(launchLetter)).toBe('…/SGDĐT-VP');
  });

  it('prints a known number', () => {
    expect(numberLine({ number: '1375', code: 'UBND-TH' })).toBe('Số: 1375/UBND-TH');
  });
});

describe('letterReference', () => {
  it('names the type and the identifier', () => {
    expect(letterReference(launchLetter)).toBe('Công văn số …/SGDĐT-VP');
    expect(letterReference({ type: 'Kế hoạch', number: '12', code: 'KH-SCT' })).toBe(
      'Kế hoạch số 12/KH-SCT',
    );
  });
});

describe('placeDateLine', () => {
  it('gives the place and the heading date, blank day for a month-only date', () => {
    expect(placeDateLine(launchLetter)).toBe('Sơn Hà, ngày … tháng 6 năm 2023');
  });

  it('pads a full early date', () => {
    expect(placeDateLine({ place: 'Sơn Hà', date: { year: 2020, month: 1, day: 5 } })).toBe(
      'Sơn Hà, ngày 05 tháng 01 năm 2020',
    );
  });
});

describe('dashedLines', () => {
  it('opens every line with "- " and ends it with ";", the last with "."', () => {
    expect(dashedLines(['Như trên', 'Sở Nội vụ', 'Lưu: VT, VP'])).toEqual([
      '- Như trên;',
      '- Sở Nội vụ;',
      '- Lưu: VT, VP.',
    ]);
  });

  it('does not double punctuation that is already there', () => {
    expect(dashedLines(['Như trên;', 'Sở Nội vụ.', 'Lưu: VT, VP.'])).toEqual([
      '- Như trên;',
      '- Sở Nội vụ;',
      '- Lưu: VT, VP.',
    ]);
    expect(dashedLines(['Như trên', 'Lưu: VT, VP;'])).toEqual(['- Như trên;', '- Lưu: VT, VP.']);
  });

  it('gives a single line a final "."', () => {
    expect(dashedLines(['Lưu: VT'])).toEqual(['- Lưu: VT.']);
  });

  it('gives nothing for no lines', () => {
    expect(dashedLines([])).toEqual([]);
  });
});

describe('recipientLines', () => {
  it('keeps one recipient as written, on the line of "Kính gửi:"', () => {
    expect(recipientLines(['Các phòng, đơn vị trực thuộc Sở'])).toEqual([
      'Các phòng, đơn vị trực thuộc Sở',
    ]);
  });

  it('dashes several recipients as the signed document prints them, the last ending with "."', () => {
    expect(recipientLines(['Các Sở, ban, ngành', 'Công an tỉnh'])).toEqual([
      '- Các Sở, ban, ngành;',
      '- Công an tỉnh.',
    ]);
  });

  it('gives null when there is no recipient', () => {
    expect(recipientLines(undefined)).toBeNull();
    expect(recipientLines([])).toBeNull();
  });
});
