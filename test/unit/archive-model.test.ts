import { describe, expect, it } from 'vitest';
import type { OpenData } from '../../src/archive/archive-schema.ts';
import {
  allDocuments,
  archiveCampaigns,
  citedDocuments,
  citedKey,
  facets,
  linkTo,
  ownIndexCampaigns,
  referenceOf,
  searchTurns,
  type CampaignSource,
} from '../../src/archive/archive-model.ts';
import { DOCUMENT_INDEX_VERSION } from '../../src/site/open-data.ts';

// What the archive's pages show, from fictional campaigns' open data (src/archive/archive-model.ts).

const PORTAL = 'https://portal.example.gov.vn';
const TODAY = { year: 2026, month: 12, day: 6 };

/** A fictional campaign's open data: a launch plan, a decision, and the documents it cites. */
function campaign(
  id: string,
  overrides: {
    start: string;
    end: string;
    publisher?: string;
    cited?: { id: string; title: string; identifier: string | null; places: string[] }[];
  },
): CampaignSource {
  const home = `${PORTAL}/thi-dua/${id}/`;
  const date = (iso: string) => {
    const [year, month, day] = iso.split('-').map(Number);
    return { year: year!, ...(month ? { month } : {}), ...(day ? { day } : {}) };
  };
  const publisher = overrides.publisher ?? 'Sở Mẫu Thử tỉnh Sơn Hà';
  const data: OpenData = {
    version: DOCUMENT_INDEX_VERSION,
    site: { name: id, publisher, url: home },
    campaign: {
      name: `Phong trào ${id}`,
      shortName: id,
      publisher,
      start: date(overrides.start),
      end: date(overrides.end),
      launchDocument: 'ke-hoach',
    },
    documents: [
      {
        id: 'ke-hoach',
        kind: 'campaign-letter',
        title: `Kế hoạch ${id}`,
        type: 'Kế hoạch',
        identifier: `1/KH-${id.toUpperCase()}`,
        issuer: publisher,
        term: null,
        date: date(overrides.start),
        subject: `Phát động ${id}`,
        url: `${home}ke-hoach/`,
        citedIn: [],
      },
      {
        id: 'quyet-dinh',
        kind: 'campaign-letter',
        title: `Quyết định ${id}`,
        type: 'Quyết định',
        identifier: `2/QĐ-${id.toUpperCase()}`,
        issuer: publisher,
        term: null,
        date: date(overrides.end),
        subject: `Khen thưởng ${id}`,
        url: `${home}quyet-dinh/`,
        citedIn: [],
      },
      ...(overrides.cited ?? []).map((doc) => ({
        id: doc.id,
        kind: 'cited-document' as const,
        title: doc.title,
        type: 'Chỉ thị',
        identifier: doc.identifier,
        issuer: 'Ủy ban nhân dân tỉnh Sơn Hà',
        term: null,
        date: { year: 2021, month: 12, day: 20 },
        subject: 'Về thi đua',
        url: `${home}van-ban/${doc.id}/`,
        citedIn: doc.places.map((place) => ({
          document: 'ke-hoach',
          place,
          provision: null,
          url: `${home}ke-hoach/#${place.replace(/\D+/g, '-').replace(/^-|-$/g, '')}`,
        })),
      })),
    ],
  };
  return { id, data };
}

const SOURCES = [
  campaign('a-2022', {
    start: '2022-02-15',
    end: '2022-12-31',
    cited: [
      {
        id: 'chi-thi-05',
        title: 'Chỉ thị số 05/CT-UBND',
        identifier: '05/CT-UBND',
        places: ['mục 1'],
      },
    ],
  }),
  campaign('c-2024', { start: '2024-04', end: '2024-11-30', publisher: 'Sở Khác tỉnh Sơn Hà' }),
  campaign('b-2023', {
    start: '2023-03-01',
    end: '2027-12-15',
    cited: [
      // The same directive under another slug and title: one cited document.
      {
        id: 'ct-05-ubnd',
        title: 'Chỉ thị 05-CT/UBND (bản sao)',
        identifier: '05-CT/UBND',
        places: ['mục 3, ý 2'],
      },
      { id: 'nghi-quyet', title: 'Nghị quyết Đại hội', identifier: null, places: [] },
    ],
  }),
];
const CAMPAIGNS = archiveCampaigns(SOURCES, PORTAL, TODAY);

describe('linkTo', () => {
  it('links a page of the archive’s host by its path, another host’s in full', () => {
    expect(linkTo(`${PORTAL}/thi-dua/a/ke-hoach/#muc-1`, `${PORTAL}/`)).toBe(
      '/thi-dua/a/ke-hoach/#muc-1',
    );
    expect(linkTo('https://khac.example.gov.vn/x/', PORTAL)).toBe('https://khac.example.gov.vn/x/');
  });
});

describe('archiveCampaigns', () => {
  it('orders the campaigns newest first, whatever archive.yaml’s order', () => {
    expect(CAMPAIGNS.map((c) => c.id)).toEqual(['c-2024', 'b-2023', 'a-2022']);
  });

  it('gives each its status on the build day, its home and index, its launch document', () => {
    const [newest, running] = CAMPAIGNS;
    expect(newest?.status.state).toBe('ended');
    expect(running?.status.state).toBe('running');
    expect(newest).toMatchObject({
      home: '/thi-dua/c-2024/',
      searchIndex: '/thi-dua/c-2024/pagefind/',
      launch: { id: 'ke-hoach', href: '/thi-dua/c-2024/ke-hoach/' },
      publisher: 'Sở Khác tỉnh Sơn Hà',
    });
  });

  it('keeps its own documents newest first, and the documents it cites apart', () => {
    const oldest = CAMPAIGNS.at(-1)!;
    expect(oldest.documents.map((d) => d.id)).toEqual(['quyet-dinh', 'ke-hoach']);
    expect(oldest.cited.map((d) => d.id)).toEqual(['chi-thi-05']);
    expect(oldest.cited[0]?.citedIn).toEqual([
      {
        document: 'Kế hoạch số 1/KH-A-2022',
        place: 'mục 1',
        provision: null,
        href: '/thi-dua/a-2022/ke-hoach/#1',
      },
    ]);
  });

  it('refuses open data whose launch document is not among its documents', () => {
    const [broken] = [campaign('x', { start: '2022', end: '2022' })];
    broken!.data.campaign.launchDocument = 'khong-co';
    expect(() => archiveCampaigns([broken!], PORTAL, TODAY)).toThrow(/khong-co/);
  });
});

describe('allDocuments and facets', () => {
  it('lists every campaign document newest first', () => {
    expect(allDocuments(CAMPAIGNS).map((d) => `${d.campaignId}/${d.id}`)).toEqual([
      'b-2023/quyet-dinh',
      'c-2024/quyet-dinh',
      'c-2024/ke-hoach',
      'b-2023/ke-hoach',
      'a-2022/quyet-dinh',
      'a-2022/ke-hoach',
    ]);
  });

  it('gives each value of campaign, type, issuer and year its page and its documents', () => {
    const { campaign: byCampaign, type, issuer, year } = facets(CAMPAIGNS);
    expect(byCampaign.map((v) => [v.label, v.href, v.documents.length])).toEqual([
      ['c-2024', '/phong-trao/c-2024/', 2],
      ['b-2023', '/phong-trao/b-2023/', 2],
      ['a-2022', '/phong-trao/a-2022/', 2],
    ]);
    expect(type.map((v) => [v.label, v.href, v.documents.length])).toEqual([
      ['Kế hoạch', '/van-ban/loai/ke-hoach/', 3],
      ['Quyết định', '/van-ban/loai/quyet-dinh/', 3],
    ]);
    expect(issuer.map((v) => [v.slug, v.documents.length])).toEqual([
      ['so-khac-tinh-son-ha', 2],
      ['so-mau-thu-tinh-son-ha', 4],
    ]);
    expect(year.map((v) => [v.label, v.href, v.documents.length])).toEqual([
      ['2027', '/van-ban/nam/2027/', 1],
      ['2024', '/van-ban/nam/2024/', 2],
      ['2023', '/van-ban/nam/2023/', 1],
      ['2022', '/van-ban/nam/2022/', 2],
    ]);
  });
});

describe('citedKey and citedDocuments', () => {
  it('is one key for one document however a campaign spells its code or titles it', () => {
    const a = { type: 'Chỉ thị', identifier: '05/CT-UBND', issuer: 'UBND', title: 'A' };
    expect(citedKey(a)).toBe(citedKey({ ...a, identifier: '05-CT/UBND', title: 'B' }));
    expect(citedKey(a)).not.toBe(citedKey({ ...a, type: 'Quyết định' }));
    const unnumbered = {
      type: 'Nghị quyết',
      identifier: null,
      issuer: 'Đại hội',
      title: 'Nghị quyết Đại hội',
    };
    expect(citedKey(unnumbered)).not.toBe(citedKey({ ...unnumbered, title: 'Nghị quyết khác' }));
  });

  it('lists a document cited by two campaigns once, with both and their places, most cited first', () => {
    const cited = citedDocuments(CAMPAIGNS);
    // Named as the newest campaign that cites it names it.
    expect(cited.map((d) => [d.identifier, d.citedBy.length])).toEqual([
      ['05-CT/UBND', 2],
      [null, 1],
    ]);
    expect(
      cited[0]!.citedBy.map(({ campaign, href, places }) => [
        campaign.id,
        href,
        places.map((p) => `${p.place} của ${p.document}`),
      ]),
    ).toEqual([
      ['b-2023', '/thi-dua/b-2023/van-ban/ct-05-ubnd/', ['mục 3, ý 2 của Kế hoạch số 1/KH-B-2023']],
      ['a-2022', '/thi-dua/a-2022/van-ban/chi-thi-05/', ['mục 1 của Kế hoạch số 1/KH-A-2022']],
    ]);
  });
});

describe('referenceOf', () => {
  it('names a document by its type and số, ký hiệu, or by its title without one', () => {
    expect(referenceOf({ type: 'Kế hoạch', identifier: '15/KH-SGDĐT', title: 'x' })).toBe(
      'Kế hoạch số 15/KH-SGDĐT',
    );
    expect(referenceOf({ type: 'Nghị quyết', identifier: null, title: 'Nghị quyết Đại hội' })).toBe(
      'Nghị quyết Đại hội',
    );
  });
});

describe('searchTurns', () => {
  it('covers the newest campaigns first, the others in turns of the same size', () => {
    expect(searchTurns(CAMPAIGNS, 2).map((turn) => turn.map((c) => c.id))).toEqual([
      ['c-2024', 'b-2023'],
      ['a-2022'],
    ]);
    expect(searchTurns(CAMPAIGNS, 10)).toHaveLength(1);
    // A campaign in the archive's own index has no index of its own to fetch.
    expect(searchTurns(CAMPAIGNS, 2, new Set(['c-2024']))[0]?.map((c) => [c.id, c.index])).toEqual([
      ['c-2024', null],
      ['b-2023', '/thi-dua/b-2023/pagefind/'],
    ]);
    expect(searchTurns(CAMPAIGNS, 1)[2]).toEqual([
      {
        id: 'a-2022',
        label: 'a-2022',
        home: '/thi-dua/a-2022/',
        index: '/thi-dua/a-2022/pagefind/',
      },
    ]);
  });
});

describe('ownIndexCampaigns', () => {
  const folders = new Map<string, string | undefined>([
    ['c-2024', '/www/thi-dua/c-2024'],
    ['b-2023', undefined],
    ['a-2022', '/www/thi-dua/a-2022'],
  ]);

  it('takes, of the newest, those whose built folder the build has, under the archive’s path', () => {
    const own = (first: number, base = '/thi-dua/') =>
      ownIndexCampaigns(
        CAMPAIGNS,
        { searchFirst: first, searchIndex: 'archive' },
        folders,
        base,
      ).map((c) => c.id);
    expect(own(2)).toEqual(['c-2024']);
    expect(own(3)).toEqual(['c-2024', 'a-2022']);
    expect(own(3, '/luu-tru/')).toEqual([]);
  });

  it('takes none when archive.yaml asks for each campaign’s own index', () => {
    expect(
      ownIndexCampaigns(
        CAMPAIGNS,
        { searchFirst: 3, searchIndex: 'campaigns' },
        folders,
        '/thi-dua/',
      ),
    ).toEqual([]);
  });
});
