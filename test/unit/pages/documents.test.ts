import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../../src/i18n/index.ts';
import type { RenderedEntry } from '../../../src/site/site-data.ts';
import {
  readCollections,
  withCollections,
  type MockedCollections,
} from '../../support/astro-content.ts';
import { FIXTURE_CAMPAIGN } from '../../support/fixture-campaigns.ts';

// The pages of documents (src/site/pages/letter.ts, documents.ts) over the fixture campaign's mocked
// collections: where each document is cited ("Được viện dẫn tại", down to the provision), what the
// documents table says of each, and what a campaign document's page links to.

const SITE = new URL('https://portal.example.gov.vn');

const pages = () =>
  Promise.all([
    import('../../../src/site/site-data.ts'),
    import('../../../src/site/pages/letter.ts'),
    import('../../../src/site/pages/documents.ts'),
  ]);

let collections: MockedCollections;
let loaded: Awaited<ReturnType<typeof pages>>;

beforeAll(async () => {
  collections = await readCollections(FIXTURE_CAMPAIGN);
  loaded = await withCollections(collections, pages);
});

/** A cited document's page data by its id. */
async function documentPage(id: string) {
  const [siteData, , documents] = loaded;
  const doc = (await siteData.loadSite()).documents.find((d) => d.entry.id === id)!;
  return documents.documentPage(doc, SITE);
}

/** A campaign document's page data by its id. */
async function letterPage(id: string) {
  const [siteData, letter] = loaded;
  const entry = (await siteData.loadSite()).letters.find((l) => l.entry.id === id)!;
  return letter.letterPage(entry as RenderedEntry<'letters'>, SITE);
}

describe('"Được viện dẫn tại": where the campaign documents cite a document', () => {
  it('lists each citing place once, in the campaign documents, with the provision it names', async () => {
    const party = await documentPage('chi-thi-19-ct-tu');
    expect(party.citedIn.map((b) => [b.href, b.provision])).toEqual([
      ['/ke-hoach/#muc-1', undefined],
      ['/ke-hoach-dan-chieu-mau-thu/#muc-1', 'mục 2; điểm a mục 2'],
    ]);
    for (const backlink of party.citedIn) expect(backlink.excerpt).not.toBe('');
  });

  it('keeps the site’s own pages apart ("được nhắc đến"), without repeating a passage already quoted', async () => {
    const state = await documentPage('chi-thi-08-ct-ubnd');
    expect(state.citedIn.map((b) => b.href)).toContain('/ke-hoach/#muc-2-y-3');
    // The focus area quotes the very bullet the plan cites it at: no second copy of the passage.
    expect(state.mentionedOn.map((b) => [b.href, b.excerpt])).toEqual([
      ['/noi-dung/tiet-kiem-dien-nuoc/#doan-1', ''],
    ]);
  });

  it('gives a campaign document cited by number its own "Được viện dẫn tại"', async () => {
    const plan = await letterPage('ke-hoach-thuc-hien');
    expect(plan.citedBy.map((b) => b.href)).toEqual(['/bao-cao-mau-thu/#doan-1']);
    // The Quyết định's "Căn cứ" lines are its front matter, not a place of its text.
    expect((await letterPage('ke-hoach')).citedBy.map((b) => b.href)).toEqual([
      '/ke-hoach-mau-thu/#doan-1',
    ]);
  });
});

describe('a cited document’s page', () => {
  it('draws a document whose text the site publishes in its own form, with its Word copy', async () => {
    const page = await documentPage('chi-thi-19-ct-tu');
    expect(page.form?.reference).toBe(
      t('documents.reference', { type: 'Chỉ thị', identifier: '19-CT/TU' }),
    );
    expect(page.form?.docxHref).toBe('/van-ban/chi-thi-19-ct-tu.docx');
    expect(page.officialCopy).toBeNull();
    expect(page.base.bodyClass).toBe('print-letter');
  });

  it('says what is known of a document without its text, and is found by its code', async () => {
    const page = await documentPage('quyet-dinh-101-qd-ubnd');
    expect(page.form).toBeNull();
    expect(page.base.bodyClass).toBeUndefined();
    expect(page.base.searchAliases).toContain('101qđubnd');
    expect(page.base.breadcrumbs?.map((c) => c.label)).toEqual([
      t('site.section.home'),
      t('site.section.documents'),
      'Quyết định số 101/QĐ-UBND',
    ]);
  });
});

describe('the documents table', () => {
  it('leaves a trích yếu not known word for word, an unknown code and date blank', async () => {
    const [, , documents] = loaded;
    const { rows } = await documents.documentsPage();
    const row = (label: string) => rows.find((r) => r.link.label === label)!;
    expect(row('Chỉ thị số 05/CT-UBND').subject).toBeUndefined();
    expect(row('Chỉ thị số 05/CT-UBND').identifier).toBe('05/CT-UBND');
    expect(row('Nghị quyết Đại hội Đảng bộ tỉnh').subject).toBeUndefined();
    expect(row('Nghị quyết Đại hội Đảng bộ tỉnh').identifier).toBeUndefined();
    expect(row('Nghị quyết Đại hội Đảng bộ tỉnh').date).toBeUndefined();
    expect(row('Quyết định số 101/QĐ-UBND')).toMatchObject({
      identifier: '101/QĐ-UBND',
      date: '10/01/2025',
      subject: 'Về việc ban hành chương trình trường học xanh (trích yếu mẫu thử)',
    });
  });
});

describe('a campaign document’s page', () => {
  it('links the documents it cites, in the documents’ order, and the focus areas it lists', async () => {
    const page = await letterPage('ke-hoach');
    expect(page.cited.map((l) => l.href)).toEqual([
      '/van-ban/quyet-dinh-101-qd-ubnd/',
      '/van-ban/chi-thi-05-ct-ubnd/',
      '/van-ban/nghi-quyet-dai-hoi-tinh/',
      '/van-ban/chi-thi-19-ct-tu/',
      '/van-ban/chi-thi-08-ct-ubnd/',
    ]);
    expect(page.focusAreas.map((l) => l.href)).toEqual([
      '/noi-dung/cay-xanh-truong-hoc/',
      '/noi-dung/phan-loai-rac-thai/',
      '/noi-dung/tiet-kiem-dien-nuoc/',
    ]);
    expect(page.docxHref).toBe('/tai-ve/ke-hoach.docx');
    expect(page.base.searchAliases).toContain('Người Ký Mẫu Sáu');
  });

  it('gives the launch document the campaign’s rows, and another document none', async () => {
    const launch = (await letterPage('ke-hoach')).metaRows.map((row) => row.term);
    const other = (await letterPage('thong-bao')).metaRows.map((row) => row.term);
    expect(launch.length).toBeGreaterThan(other.length);
    expect(other.every((term) => launch.includes(term))).toBe(true);
  });
});
