import { describe, expect, it } from 'vitest';
import {
  citationsByDocument,
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
        code: 'SGDĐT-VP',
        title: 'Công văn phát động phong trào thi đua mẫu thử',
        date: { year: 2023, month: 6 },
        subject: 'V/v phát động phong trào thi đua mẫu thử',
      },
      'Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
      `${HOME}cong-van/`,
      [],
    );
    expect(entry).toEqual({
      id: 'cong-van',
      kind: 'campaign-letter',
      title: 'Công văn phát động phong trào thi đua mẫu thử',
      type: 'Công văn',
      identifier: '…/SGDĐT-VP',
      issuer: 'Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
      term: null,
      date: '2023-06',
      subject: 'V/v phát động phong trào thi đua mẫu thử',
      url: `${HOME}cong-van/`,
      citedIn: [],
    });
  });
});

describe('citedDocumentIndexEntry', () => {
  it('writes unknown number, term, date and trích yếu as null', () => {
    const entry = citedDocumentIndexEntry(
      'nghi-quyet-dai-hoi-xv',
      {
        title: 'Nghị quyết Đại hội XIV',
        type: 'Nghị quyết',
        identifier: null,
        issuer: 'Đại hội đại biểu Đảng bộ tỉnh Sơn Hà lần thứ XIV',
        subject: null,
      },
      `${HOME}van-ban/nghi-quyet-dai-hoi-xv/`,
      [],
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
      'chi-thi-47-ct-tw',
      {
        title: 'Chỉ thị số 47-CT/TW',
        type: 'Chỉ thị',
        identifier: '47-CT/TW',
        issuer: 'Bộ Chính trị',
        term: 'khóa XI',
        date: { year: 2014, month: 4, day: 7 },
        subject: 'Về tiếp tục đổi mới công tác thi đua, khen thưởng',
      },
      `${HOME}van-ban/chi-thi-47-ct-tw/`,
      [{ document: 'cong-van', place: 'mục 1', provision: null, url: `${HOME}cong-van/#muc-1` }],
    );
    expect(entry).toMatchObject({
      identifier: '47-CT/TW',
      term: 'khóa XI',
      date: '2014-04-07',
      citedIn: [{ document: 'cong-van', place: 'mục 1' }],
    });
  });
});

describe('citationsByDocument', () => {
  it('names the citing document, the place and the provision, and leaves out other pages', () => {
    const backlinks = new Map([
      [
        'chi-thi-47-ct-tw',
        {
          citedIn: [
            { href: '/cong-van/#muc-1', pageTitle: 'Công văn', label: 'mục 1', excerpt: '…' },
            {
              href: '/ke-hoach/#muc-2-y-3',
              pageTitle: 'Kế hoạch',
              label: 'mục 2, ý 3',
              excerpt: '…',
              provision: 'mục 2 và mục 3',
            },
            { href: '/noi-dung/x/#doan-1', pageTitle: 'Nội dung', label: 'đoạn 1', excerpt: '' },
          ],
        },
      ],
      ['chi-thi-05-ct-ubnd', { citedIn: [] }],
    ]);
    const routes = new Map([
      ['/cong-van/', 'cong-van'],
      ['/ke-hoach/', 'ke-hoach'],
    ]);
    const citations = citationsByDocument(
      backlinks,
      (path) => routes.get(path),
      (href) => new URL(href.slice(1), HOME).href,
    );
    expect(citations.get('chi-thi-47-ct-tw')).toEqual([
      { document: 'cong-van', place: 'mục 1', provision: null, url: `${HOME}cong-van/#muc-1` },
      {
        document: 'ke-hoach',
        place: 'mục 2, ý 3',
        provision: 'mục 2 và mục 3',
        url: `${HOME}ke-hoach/#muc-2-y-3`,
      },
    ]);
    expect(citations.get('chi-thi-05-ct-ubnd')).toEqual([]);
  });
});

describe('documentIndex', () => {
  const campaign = {
    name: 'Phong trào thi đua mẫu thử',
    shortName: 'Trường học xanh 2025',
    publisher: 'Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
    start: '2023-06',
    end: '2023-10-30',
    launchDocument: 'cong-van',
    archive: null,
  };

  it('wraps the entries with the site, its campaign, the version and when and by what it was generated', () => {
    const index = documentIndex({
      siteName: 'Trường học xanh 2025 – Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
      publisher: 'Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
      homeUrl: HOME,
      campaign,
      generatedAt: new Date(Date.UTC(2023, 5, 1, 2, 3, 4)),
      generator: 'Astro v7.3.5',
      documents: [],
    });
    expect(index).toEqual({
      version: DOCUMENT_INDEX_VERSION,
      site: {
        name: 'Trường học xanh 2025 – Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
        publisher: 'Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
        url: HOME,
        language: 'vi',
      },
      campaign,
      generated: { at: '2023-06-01T02:03:04.000Z', by: 'Astro v7.3.5' },
      documents: [],
    });
  });
});
