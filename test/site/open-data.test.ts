import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_INDEX_VERSION } from '../../src/site/open-data.ts';
import { fixtureBuilds } from '../support/builds.ts';
import { assertBuilt } from '../support/site.ts';

// /du-lieu/van-ban.json: the open index other portals may read. Its shape is a promise. Read in the
// fixture site's sub-path build, whose URLs carry SITE_URL and BASE_PATH.

interface Index {
  version: number;
  site: Record<string, unknown>;
  campaign: Record<string, unknown>;
  generated: Record<string, unknown>;
  documents: Record<string, unknown>[];
}

let dist: string;
let home: string;
let index: Index;

beforeAll(() => {
  const { subpath } = fixtureBuilds();
  dist = subpath.dir;
  home = subpath.site + subpath.base;
  assertBuilt(dist);
  index = JSON.parse(readFileSync(join(dist, 'du-lieu', 'van-ban.json'), 'utf8')) as Index;
});

describe('the open JSON index', () => {
  it('names the site and says when and by what it was generated', () => {
    expect(Object.keys(index)).toEqual(['version', 'site', 'campaign', 'generated', 'documents']);
    expect(index.version).toBe(DOCUMENT_INDEX_VERSION);
    expect(index.site).toEqual({
      name: 'Trường học xanh 2025 – Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
      publisher: 'Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
      url: home,
      language: 'vi',
    });
    const at = String(index.generated['at']);
    expect(new Date(at).toISOString(), 'an ISO 8601 UTC timestamp').toBe(at);
    expect(index.generated['by']).toMatch(/^Astro v\d+\.\d+\.\d+/);
  });

  it('gives the campaign as an archive lists it: name, publisher, period, launch document', () => {
    expect(index.campaign).toEqual({
      name: 'Phong trào thi đua “Trường học xanh”',
      shortName: 'Trường học xanh 2025',
      publisher: 'Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
      start: '2025-02-14',
      end: '2025-12-31',
      launchDocument: 'ke-hoach',
      archive: null,
    });
    expect(index.documents.map((d) => d['id'])).toContain(index.campaign['launchDocument']);
  });

  it("lists where the campaign's documents cite each document, at the provision", () => {
    const byId = new Map(index.documents.map((d) => [d['id'], d]));
    expect(byId.get('chi-thi-19-ct-tu')?.['citedIn']).toEqual([
      { document: 'ke-hoach', place: 'mục 1', provision: null, url: `${home}ke-hoach/#muc-1` },
      {
        document: 'ke-hoach-dan-chieu',
        place: 'mục 1',
        provision: 'mục 2; điểm a mục 2',
        url: `${home}ke-hoach-dan-chieu-mau-thu/#muc-1`,
      },
    ]);
    for (const doc of index.documents)
      for (const place of doc['citedIn'] as { url: string }[]) {
        const [page, anchor] = place.url.slice(home.length).split('#');
        const html = readFileSync(join(dist, page!, 'index.html'), 'utf8');
        expect(html, place.url).toContain(`id="${anchor}"`);
      }
  });

  it('lists the campaign documents first, then the cited documents, each with the same fields', () => {
    expect(index.documents.map((d) => [d['id'], d['kind']])).toEqual([
      // In `order`, then by file name.
      ['bao-cao', 'campaign-letter'],
      ['cong-van-phu-luc', 'campaign-letter'],
      ['ke-hoach', 'campaign-letter'],
      ['ke-hoach-thuc-hien', 'campaign-letter'],
      ['quyet-dinh', 'campaign-letter'],
      ['thong-bao', 'campaign-letter'],
      ['ke-hoach-dan-chieu', 'campaign-letter'],
      ['quyet-dinh-101-qd-ubnd', 'cited-document'],
      ['chi-thi-05-ct-ubnd', 'cited-document'],
      ['nghi-quyet-dai-hoi-tinh', 'cited-document'],
      ['chi-thi-19-ct-tu', 'cited-document'],
      ['chi-thi-08-ct-ubnd', 'cited-document'],
    ]);
    const fields = [
      'id',
      'kind',
      'title',
      'type',
      'identifier',
      'issuer',
      'term',
      'date',
      'subject',
      'url',
      'citedIn',
    ];
    for (const doc of index.documents) {
      expect(Object.keys(doc), String(doc['id'])).toEqual(fields);
      for (const key of ['title', 'type', 'issuer', 'url']) {
        expect(typeof doc[key], `${doc['id']}.${key}`).toBe('string');
        expect((doc[key] as string).length).toBeGreaterThan(0);
      }
      for (const key of ['identifier', 'term', 'date', 'subject']) {
        expect(doc[key] === null || typeof doc[key] === 'string', `${doc['id']}.${key}`).toBe(true);
      }
      if (doc['date'] !== null) expect(doc['date']).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });

  it('gives what is known, and null (or "…" for a blank left on the signed copy) for what is not', () => {
    const byId = new Map(index.documents.map((d) => [d['id'], d]));
    expect(byId.get('ke-hoach')).toMatchObject({
      type: 'Kế hoạch',
      identifier: '12/KH-SGDĐT',
      issuer: 'Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
      date: '2025-02-14',
    });
    expect(byId.get('bao-cao')).toMatchObject({ identifier: '…/BC-SGDĐT', date: '2025-12' });
    expect(byId.get('chi-thi-19-ct-tu')).toMatchObject({
      identifier: '19-CT/TU',
      issuer: 'Ban Thường vụ Tỉnh ủy (mẫu thử)',
      term: null,
      date: '2024-06-26',
    });
    expect(byId.get('nghi-quyet-dai-hoi-tinh')).toMatchObject({
      identifier: null,
      date: null,
      subject: null,
    });
    // A trích yếu the site does not have word for word is null, never the site's own wording.
    expect(byId.get('chi-thi-05-ct-ubnd')).toMatchObject({ subject: null });
  });

  it('gives absolute URLs under SITE_URL + BASE_PATH, each a page of this build', () => {
    for (const doc of index.documents) {
      const url = doc['url'] as string;
      expect(url.startsWith(home), url).toBe(true);
      expect(url.endsWith('/'), url).toBe(true);
      const file = join(dist, url.slice(home.length), 'index.html');
      expect(existsSync(file), `${url} → ${file}`).toBe(true);
    }
  });
});
