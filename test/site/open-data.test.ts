import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_INDEX_VERSION } from '../../src/site/open-data.ts';
import { ROOT_BUILD } from '../support/builds.ts';
import { assertBuilt, DIST_DIR } from '../support/site.ts';

// /du-lieu/van-ban.json: the open index other portals may read. Its shape is a promise.

interface Index {
  version: number;
  site: Record<string, unknown>;
  generated: Record<string, unknown>;
  documents: Record<string, unknown>[];
}

const HOME = ROOT_BUILD.site + ROOT_BUILD.base;
let index: Index;

beforeAll(() => {
  assertBuilt();
  index = JSON.parse(readFileSync(join(DIST_DIR, 'du-lieu', 'van-ban.json'), 'utf8')) as Index;
});

describe('the open JSON index', () => {
  it('names the site and says when and by what it was generated', () => {
    expect(Object.keys(index)).toEqual(['version', 'site', 'generated', 'documents']);
    expect(index.version).toBe(DOCUMENT_INDEX_VERSION);
    expect(index.site).toEqual({
      name: 'Thi đua đặc biệt 2023 – Sở Công Thương tỉnh Lai Châu',
      publisher: 'Sở Công Thương tỉnh Lai Châu',
      url: HOME,
      language: 'vi',
    });
    const at = String(index.generated['at']);
    expect(new Date(at).toISOString(), 'an ISO 8601 UTC timestamp').toBe(at);
    expect(index.generated['by']).toMatch(/^Astro v\d+\.\d+\.\d+/);
  });

  it('lists the letter first, then the cited documents, each with the same fields', () => {
    expect(index.documents.map((d) => [d['id'], d['kind']])).toEqual([
      ['cong-van', 'campaign-letter'],
      ['cong-van-1954-ubnd-th', 'cited-document'],
      ['chi-thi-34-ct-tw', 'cited-document'],
      ['chi-thi-32-ct-tu', 'cited-document'],
      ['nghi-quyet-dai-hoi-xiv', 'cited-document'],
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
    expect(byId.get('cong-van')).toMatchObject({
      type: 'Công văn',
      identifier: '…/SCT-VP',
      issuer: 'Sở Công Thương tỉnh Lai Châu',
      date: '2023-06',
    });
    expect(byId.get('chi-thi-34-ct-tw')).toMatchObject({
      identifier: '34-CT/TW',
      issuer: 'Bộ Chính trị',
      term: 'khóa XI',
      date: '2014-04-07',
    });
    expect(byId.get('nghi-quyet-dai-hoi-xiv')).toMatchObject({
      identifier: null,
      date: null,
      subject: null,
    });
    // A trích yếu the site does not have word for word is null, never the site's own wording.
    expect(byId.get('cong-van-1954-ubnd-th')).toMatchObject({ subject: null });
  });

  it('gives absolute URLs under SITE_URL + BASE_PATH, each a page of this build', () => {
    for (const doc of index.documents) {
      const url = doc['url'] as string;
      expect(url.startsWith(HOME), url).toBe(true);
      expect(url.endsWith('/'), url).toBe(true);
      const file = join(DIST_DIR, url.slice(HOME.length), 'index.html');
      expect(existsSync(file), `${url} → ${file}`).toBe(true);
    }
  });
});
