import { describe, expect, it } from 'vitest';
import {
  citedDocumentJsonLd,
  letterJsonLd,
  publisherJsonLd,
  serializeJsonLd,
} from '../../src/site/structured-data.ts';
import { issuerName } from '../../src/documents/letter.ts';

const HOME = 'https://portal.example.gov.vn/thi-dua-2023/';
const publisher = publisherJsonLd(
  { publisher: 'Sở Công Thương tỉnh Lai Châu', parentBody: 'UBND tỉnh Lai Châu' },
  HOME,
);

describe('publisherJsonLd', () => {
  it('is the GovernmentOrganization that publishes the site, under its parent body', () => {
    expect(publisher).toEqual({
      '@type': 'GovernmentOrganization',
      '@id': `${HOME}#co-quan`,
      name: 'Sở Công Thương tỉnh Lai Châu',
      url: HOME,
      parentOrganization: { '@type': 'GovernmentOrganization', name: 'UBND tỉnh Lai Châu' },
    });
  });
});

describe('citedDocumentJsonLd', () => {
  const url = `${HOME}van-ban/chi-thi-34-ct-tw/`;
  const chiThi34 = {
    title: 'Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị (khóa XI)',
    type: 'Chỉ thị',
    identifier: '34-CT/TW',
    issuer: 'Bộ Chính trị',
    term: 'khóa XI',
    date: { year: 2014, month: 4, day: 7 },
    subject: 'Về tiếp tục đổi mới công tác thi đua, khen thưởng',
  };

  it('describes a document with a known number and date as schema.org Legislation', () => {
    const ld = citedDocumentJsonLd(chiThi34, url, publisher);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: chiThi34.title,
      legislationType: 'Chỉ thị',
      legislationIdentifier: '34-CT/TW',
      legislationDate: '2014-04-07',
      author: { '@type': 'Organization', name: 'Bộ Chính trị (khóa XI)' },
      legislationPassedBy: { '@type': 'Organization', name: 'Bộ Chính trị (khóa XI)' },
      about: { '@type': 'Thing', name: chiThi34.subject },
      inLanguage: 'vi',
      url,
      publisher,
    });
  });

  it('leaves out a trích yếu that is not known word for word, with no note in its place', () => {
    const ld = citedDocumentJsonLd({ ...chiThi34, subject: null }, url, publisher);
    expect(ld).not.toHaveProperty('about');
    expect(JSON.stringify(ld)).not.toMatch(/nguyên văn|diễn đạt|tạm/);
  });

  it('keeps a partial date partial', () => {
    const ld = citedDocumentJsonLd({ ...chiThi34, date: { year: 2023, month: 6 } }, url, publisher);
    expect(ld['legislationDate']).toBe('2023-06');
  });

  it('leaves out an unknown number and an unknown date instead of guessing', () => {
    const { date: _date, ...undated } = chiThi34;
    const ld = citedDocumentJsonLd({ ...undated, identifier: null }, url, publisher);
    expect(ld).not.toHaveProperty('legislationIdentifier');
    expect(ld).not.toHaveProperty('legislationDate');
    expect(ld['legislationType']).toBe('Chỉ thị');
  });
});

describe('letterJsonLd', () => {
  const url = `${HOME}cong-van/`;
  const letter = {
    type: 'Công văn',
    number: null,
    code: 'SCT-VP',
    title: 'Công văn phát động phong trào thi đua đặc biệt',
    date: { year: 2023, month: 6 },
    subject: 'V/v phát động phong trào thi đua đặc biệt',
  };

  it('renders the blank number and day honestly: "…/SCT-VP", "2023-06"', () => {
    const ld = letterJsonLd(letter, url, publisher);
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      legislationType: 'Công văn',
      legislationIdentifier: '…/SCT-VP',
      legislationDate: '2023-06',
      name: 'Công văn số …/SCT-VP V/v phát động phong trào thi đua đặc biệt',
      about: { '@type': 'Thing', name: 'phát động phong trào thi đua đặc biệt' },
      author: publisher,
      legislationPassedBy: publisher,
      publisher,
      inLanguage: 'vi',
      url,
    });
    expect(ld).not.toHaveProperty('citation');
  });

  it('uses the number once it is filled in, and lists the cited documents', () => {
    const cited = { name: 'Chỉ thị số 34-CT/TW', url: `${HOME}van-ban/chi-thi-34-ct-tw/` };
    const ld = letterJsonLd({ ...letter, number: '512' }, url, publisher, [cited]);
    expect(ld['legislationIdentifier']).toBe('512/SCT-VP');
    expect(ld['citation']).toEqual([{ '@type': 'Legislation', ...cited }]);
  });
});

describe('issuerName', () => {
  it('adds the term only when there is one', () => {
    expect(issuerName('Tỉnh ủy Lai Châu')).toBe('Tỉnh ủy Lai Châu');
    expect(issuerName('Bộ Chính trị', 'khóa XI')).toBe('Bộ Chính trị (khóa XI)');
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element or start a comment, and round-trips', () => {
    const value = { name: '</script><!-- & \u2028' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
