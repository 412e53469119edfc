import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/dev/static-server.mjs';
import { unionOfWords, withCampaignFilter } from '../../src/archive/archive-integration.ts';
import {
  readArchive,
  requireIndexVersion,
  settingsFromEnv,
  type ArchiveSettings,
} from '../../src/archive/archive-data.ts';
import { DOCUMENT_INDEX_VERSION } from '../../src/site/open-data.ts';

// Reading the archive at build time (src/archive/archive-data.ts): archive.yaml and each campaign's
// open data, index version and words, from the portal's folder or from its address. Every wrong file
// stops the build naming the file (or address) and the field.

const SITE = 'https://portal.example.gov.vn';
let root: string;
let archiveDir: string;
let webRoot: string;

/** The files a built campaign publishes that the archive reads, written into a web root. */
function publishCampaign(
  at: string,
  url: string,
  { version = DOCUMENT_INDEX_VERSION, builtFor = url, pagefind = '1.6.0' } = {},
): void {
  mkdirSync(join(at, 'du-lieu'), { recursive: true });
  mkdirSync(join(at, 'pagefind'), { recursive: true });
  writeFileSync(
    join(at, 'du-lieu', 'van-ban.json'),
    JSON.stringify({
      version,
      site: { name: 'X', publisher: 'Sở Mẫu Thử', url: builtFor, language: 'vi' },
      campaign: {
        name: 'Phong trào mẫu thử',
        shortName: 'Mẫu thử',
        publisher: 'Sở Mẫu Thử',
        start: '2023-03',
        end: '2023-12-15',
        launchDocument: 'ke-hoach',
        archive: null,
      },
      generated: { at: '2023-01-01T00:00:00.000Z', by: 'Astro' },
      documents: [
        {
          id: 'ke-hoach',
          kind: 'campaign-letter',
          title: 'Kế hoạch mẫu thử',
          type: 'Kế hoạch',
          identifier: '1/KH-MT',
          issuer: 'Sở Mẫu Thử',
          term: null,
          date: '2023-02-20',
          subject: 'Phát động',
          url: `${builtFor}ke-hoach/`,
          citedIn: [],
        },
      ],
    }),
  );
  writeFileSync(join(at, 'pagefind', 'pagefind-entry.json'), JSON.stringify({ version: pagefind }));
  writeFileSync(join(at, 'pagefind', 'site-words.txt'), 'thi\ndua\n');
}

function writeArchive(campaigns: unknown[], more: Record<string, unknown> = {}): void {
  writeFileSync(
    join(archiveDir, 'archive.yaml'),
    JSON.stringify({ name: 'Lưu trữ mẫu thử', publisher: 'Hội đồng mẫu thử', campaigns, ...more }),
  );
}

const settings = (): ArchiveSettings => ({
  dir: archiveDir,
  site: SITE,
  base: '/thi-dua/',
  webRoot,
});
const FILE = () => join(archiveDir, 'archive.yaml');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'archive-data-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  archiveDir = mkdtempSync(join(root, 'archive-'));
  webRoot = mkdtempSync(join(root, 'www-'));
});

describe('readArchive from the portal’s folder', () => {
  it('reads each campaign’s open data, index version and words, with its id from its path', async () => {
    publishCampaign(join(webRoot, 'thi-dua', 'mau-thu-2023'), `${SITE}/thi-dua/mau-thu-2023/`);
    writeArchive([{ url: `${SITE}/thi-dua/mau-thu-2023/` }]);
    const { archive, campaigns } = await readArchive(settings());
    expect(archive).toMatchObject({ searchFirst: 10, searchIndex: 'archive' });
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0]).toMatchObject({
      id: 'mau-thu-2023',
      folder: `${join(webRoot, 'thi-dua', 'mau-thu-2023')}/`,
      pagefindVersion: '1.6.0',
      siteWords: ['thi', 'dua'],
      data: { campaign: { start: { year: 2023, month: 3 }, launchDocument: 'ke-hoach' } },
    });
  });

  it('says where archive.yaml was looked for when there is none', async () => {
    await expect(readArchive(settings())).rejects.toThrow(`Không đọc được ${FILE()}`);
  });

  it.each([
    [[{ url: `${SITE}/thi-dua/x` }], 'campaigns.0.url', 'phải kết thúc bằng "/"'],
    [[{ url: 'thi-dua/x/' }], 'campaigns.0.url', 'địa chỉ http(s)'],
    [
      [{ url: `${SITE}/thi-dua/van-ban/` }],
      'campaigns.0.url',
      'trùng với một mục của trang lưu trữ ("van-ban")',
    ],
    [[{ url: `${SITE}/` }], 'campaigns.0.id', 'thêm trường "id"'],
    [[{ url: `${SITE}/a/x/` }, { url: `${SITE}/b/x/` }], 'campaigns.1.id', 'giá trị "x" trùng'],
    [[], 'campaigns', ''],
  ])(
    'names the file and the field of a wrong campaign list: %j',
    async (campaigns, field, message) => {
      writeArchive(campaigns);
      const error = await readArchive(settings()).then(
        () => undefined,
        (e: unknown) => (e instanceof Error ? e.message : String(e)),
      );
      expect(error).toContain(`${FILE()}: trường "${field}":`);
      expect(error).toContain(message);
    },
  );

  it('names the campaign whose built folder lacks a file the archive reads', async () => {
    writeArchive([{ url: `${SITE}/thi-dua/chua-dung/` }]);
    await expect(readArchive(settings())).rejects.toThrow(
      `trường "campaigns.0.url": không có ${join(webRoot, 'thi-dua', 'chua-dung', 'du-lieu', 'van-ban.json')}`,
    );
  });

  it('refuses open data of an older version, naming the file and the field', async () => {
    const at = join(webRoot, 'thi-dua', 'cu');
    publishCampaign(at, `${SITE}/thi-dua/cu/`, { version: DOCUMENT_INDEX_VERSION - 1 });
    writeArchive([{ url: `${SITE}/thi-dua/cu/` }]);
    await expect(readArchive(settings())).rejects.toThrow(
      `${join(at, 'du-lieu', 'van-ban.json')}: trường "version": dữ liệu mở của phong trào không phải phiên bản ${DOCUMENT_INDEX_VERSION}`,
    );
  });

  it('refuses a campaign built for another address than archive.yaml gives', async () => {
    publishCampaign(join(webRoot, 'thi-dua', 'khac'), `${SITE}/thi-dua/khac/`, {
      builtFor: `${SITE}/thi-dua-cu/`,
    });
    writeArchive([{ url: `${SITE}/thi-dua/khac/` }]);
    await expect(readArchive(settings())).rejects.toThrow(
      `trường "campaigns.0.url": phong trào được dựng cho địa chỉ ${SITE}/thi-dua-cu/, không phải ${SITE}/thi-dua/khac/`,
    );
  });
});

describe('readArchive from a campaign’s address', () => {
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  let served: string;

  beforeAll(async () => {
    served = mkdtempSync(join(root, 'served-'));
    server = await startStaticServer({ root: served, base: '/' });
  });

  afterAll(async () => {
    await server?.close();
  });

  it('fetches the files of a campaign on another host (or with no folder given)', async () => {
    const url = `${server.url}thi-dua/xa/`;
    publishCampaign(join(served, 'thi-dua', 'xa'), url);
    writeArchive([{ url, id: 'xa-2023' }]);
    const { campaigns } = await readArchive(settings());
    expect(campaigns[0]).toMatchObject({
      id: 'xa-2023',
      folder: undefined,
      data: { site: { url } },
    });
  });

  it('names the address it could not fetch', async () => {
    const url = `${server.url}thi-dua/khong-co/`;
    writeArchive([{ url }]);
    await expect(readArchive(settings())).rejects.toThrow(
      `trường "campaigns.0.url": không tải được ${url}du-lieu/van-ban.json: HTTP 404`,
    );
  });
});

describe('requireIndexVersion', () => {
  it('names the campaign whose index another Pagefind wrote, unless the archive indexes it', () => {
    const data = { site: { url: `${SITE}/thi-dua/cu/` } } as Parameters<
      typeof requireIndexVersion
    >[0][0]['data'];
    const current = { id: 'moi', pagefindVersion: '1.6.0', data };
    const old = { id: 'cu', pagefindVersion: '1.5.0', data };
    expect(() => requireIndexVersion([current], '1.6.0', 'a.yaml')).not.toThrow();
    expect(() => requireIndexVersion([current, old], '1.6.0', 'a.yaml')).toThrow(
      `a.yaml: trường "campaigns.1.url": chỉ mục tìm kiếm của phong trào tại ${SITE}/thi-dua/cu/ được tạo bằng Pagefind 1.5.0, trang lưu trữ dùng Pagefind 1.6.0`,
    );
    // Its pages are in the archive's own index: its index is never fetched.
    expect(() =>
      requireIndexVersion([current, old], '1.6.0', 'a.yaml', new Set(['cu'])),
    ).not.toThrow();
  });
});

describe('settingsFromEnv and unionOfWords', () => {
  it('reads ARCHIVE_DIR (default archive/) and ARCHIVE_WEB_ROOT (default: fetch)', () => {
    expect(settingsFromEnv({}, SITE, '/thi-dua/')).toEqual({
      dir: 'archive',
      site: SITE,
      base: '/thi-dua/',
      webRoot: undefined,
    });
    expect(
      settingsFromEnv({ ARCHIVE_DIR: 'a', ARCHIVE_WEB_ROOT: '/var/www' }, SITE, '/'),
    ).toMatchObject({
      dir: 'a',
      webRoot: '/var/www',
    });
  });

  it('indexes a campaign’s page under its campaign, the page’s own filter kept', () => {
    expect(
      withCampaignFilter(
        '<body><main id="a" data-pagefind-body="" data-pagefind-filter="loai:Công văn"><p>x</p></main>',
        'x',
      ),
    ).toBe(
      '<body><main id="a" data-pagefind-body="" data-pagefind-filter="loai:Công văn"><span hidden data-pagefind-filter="phong-trao:x"></span><p>x</p></main>',
    );
  });

  it('gathers the campaigns’ words, sorted, once each', () => {
    expect(
      unionOfWords([
        ['thi', 'dua', ''],
        ['dua', 'an', 'toan'],
      ]),
    ).toBe('an\ndua\nthi\ntoan\n');
  });
});
