import { describe, expect, it } from 'vitest';
import {
  citedDocumentIndexEntry,
  DOCUMENT_INDEX_VERSION,
  documentIndex,
  letterIndexEntry,
} from '../../src/site/open-data.ts';

const HOME = 'https://portal.example.gov.vn/thi-dua-2023/';

describe('letterIndexEntry', () => {
  it('gives the campaign letter with its blank number as "…" and its partial date', () => {
    const entry = letterIndexEntry(
      'cong-van',
      {
        type: 'Công văn',
        number: null,
        code: 'SCT-VP',
        title: 'Công văn phát động phong trào thi đua đặc biệt',
        date: { year: 2023, month: 6 },
        subject: 'V/v phát động phong trào thi đua đặc biệt',
      },
      'Sở Công Thương tỉnh Lai Châu',
      `${HOME}cong-van/`,
    );
    expect(entry).toEqual({
      id: 'cong-van',
      kind: 'campaign-letter',
      title: 'Công văn phát động phong trào thi đua đặc biệt',
      type: 'Công văn',
      identifier: '…/SCT-VP',
      issuer: 'Sở Công Thương tỉnh Lai Châu',
      term: null,
      date: '2023-06',
      subject: 'V/v phát động phong trào thi đua đặc biệt',
      url: `${HOME}cong-van/`,
    });
  });
});

describe('citedDocumentIndexEntry', () => {
  it('writes unknown number, term, date and trích yếu as null', () => {
    const entry = citedDocumentIndexEntry(
      'nghi-quyet-dai-hoi-xiv',
      {
        title: 'Nghị quyết Đại hội XIV',
        type: 'Nghị quyết',
        identifier: null,
        issuer: 'Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XIV',
        subject: null,
      },
      `${HOME}van-ban/nghi-quyet-dai-hoi-xiv/`,
    );
    expect(entry).toMatchObject({
      kind: 'cited-document',
      identifier: null,
      term: null,
      date: null,
      subject: null,
    });
  });

  it('writes a known date as ISO 8601 and keeps the term', () => {
    const entry = citedDocumentIndexEntry(
      'chi-thi-34-ct-tw',
      {
        title: 'Chỉ thị số 34-CT/TW',
        type: 'Chỉ thị',
        identifier: '34-CT/TW',
        issuer: 'Bộ Chính trị',
        term: 'khóa XI',
        date: { year: 2014, month: 4, day: 7 },
        subject: 'Về tiếp tục đổi mới công tác thi đua, khen thưởng',
      },
      `${HOME}van-ban/chi-thi-34-ct-tw/`,
    );
    expect(entry).toMatchObject({ identifier: '34-CT/TW', term: 'khóa XI', date: '2014-04-07' });
  });
});

describe('documentIndex', () => {
  it('wraps the entries with the site, the version and when and by what it was generated', () => {
    const index = documentIndex({
      siteName: 'Thi đua đặc biệt 2023 – Sở Công Thương tỉnh Lai Châu',
      publisher: 'Sở Công Thương tỉnh Lai Châu',
      homeUrl: HOME,
      generatedAt: new Date(Date.UTC(2023, 5, 1, 2, 3, 4)),
      generator: 'Astro v7.3.5',
      documents: [],
    });
    expect(index).toEqual({
      version: DOCUMENT_INDEX_VERSION,
      site: {
        name: 'Thi đua đặc biệt 2023 – Sở Công Thương tỉnh Lai Châu',
        publisher: 'Sở Công Thương tỉnh Lai Châu',
        url: HOME,
        language: 'vi',
      },
      generated: { at: '2023-06-01T02:03:04.000Z', by: 'Astro v7.3.5' },
      documents: [],
    });
  });
});
