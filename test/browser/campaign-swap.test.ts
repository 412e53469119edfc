import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/dev/static-server.mjs';
import {
  copyProjectWithCampaign,
  distinctiveIndexWords,
  distinctiveWords,
  indexedWords,
  scanBuild,
  SWAP_CAMPAIGN_DIR,
} from '../support/campaign-swap.ts';
import { launchChromium } from '../support/chromium.ts';
import { attr, byTag, find, findAll, parseHtml, textOf, type HtmlNode } from '../support/html.ts';
import { PROJECT_DIR, removeProject, runAstroBuild } from '../support/project-copy.ts';
import { searchResultPaths } from '../support/search-page.ts';

// The code knows no campaign: a second, fictional campaign (test/fixtures/campaign/: another
// department of another province, launched by a Kế hoạch, three focus areas, two other cited
// documents, no anniversaries, no guidance, no document besides the launch plan) takes the place of
// content/ in a temporary copy. Nothing the build writes may name the real campaign; the sections it
// has nothing for do not exist; search finds its pages.

const REAL_CONTENT = join(PROJECT_DIR, 'content');
const WORDS = distinctiveWords(REAL_CONTENT);
const INDEX_WORDS = distinctiveIndexWords(REAL_CONTENT);

let dir: string;
let dist: string;

beforeAll(async () => {
  dir = copyProjectWithCampaign(SWAP_CAMPAIGN_DIR);
  dist = join(dir, 'dist');
  const result = await runAstroBuild(dir, 280_000);
  if (result.code !== 0)
    throw new Error(`the swapped campaign did not build:\n${result.output.slice(-4000)}`);
}, 300_000);

afterAll(() => {
  if (dir !== undefined) removeProject(dir);
});

/** A page of the swapped build, parsed. */
function page(path: string): HtmlNode {
  return parseHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
}

/** The menu's links of a page: href and words. */
function menu(doc: HtmlNode): [string, string][] {
  const nav = find(doc, (e) => e.tagName === 'nav' && attr(e, 'class') === 'site-nav')!;
  return byTag(nav, 'a').map((a) => [attr(a, 'href')!, textOf(a)]);
}

describe('the words of the real campaign', () => {
  it('are read from content/, and include what a reader would recognise it by', () => {
    for (const word of [
      'Lai Châu',
      'Công Thương',
      'thi đua đặc biệt',
      '34-CT/TW',
      '32-CT/TU',
      '1954/UBND-TH',
      'Nguyễn Sỹ Chín',
      'Bác Hồ',
      '115 năm',
      'SCT-VP',
    ])
      expect(WORDS).toContain(word);
    expect(INDEX_WORDS).toContain('34cttw');
  });
});

describe('a build of another campaign (fixture copy)', () => {
  it('names the real campaign nowhere: HTML, feed, JSON, sitemap, robots.txt, .docx, search index', async () => {
    const { findings, unread } = scanBuild(dist, WORDS);
    expect(findings).toEqual([]);
    // Only Pagefind's WebAssembly is not text; every other file was read.
    expect(unread.filter((file) => !/(^|\/)wasm\.[\w-]+\.pagefind$/.test(file))).toEqual([]);
    for (const file of ['rss.xml', 'sitemap-0.xml', 'robots.txt', 'du-lieu/van-ban.json'])
      expect(existsSync(join(dist, file)), file).toBe(true);
    expect(existsSync(join(dist, 'tai-ve', 'ke-hoach.docx'))).toBe(true);
    const words = await indexedWords(dist);
    expect(words.size).toBeGreaterThan(50);
    expect(INDEX_WORDS.filter((word) => words.has(word))).toEqual([]);
  });

  it('builds no page, menu entry or home block for a section with nothing in it', () => {
    for (const path of ['ky-niem', 'to-chuc-thuc-hien', 'van-ban-phong-trao'])
      expect(existsSync(join(dist, path)), path).toBe(false);
    const home = page('');
    expect(menu(home)).toEqual([
      ['/', 'Tổng quan'],
      ['/ke-hoach/', 'Kế hoạch'],
      ['/noi-dung/', 'Nội dung thi đua'],
      ['/van-ban/', 'Văn bản được viện dẫn'],
      ['/tim-kiem/', 'Tìm kiếm'],
    ]);
    expect(findAll(home, (e) => e.tagName === 'h2').map(textOf)).toEqual([
      'Thời gian và tình trạng',
      'Nội dung thi đua',
      'Các mốc thời gian',
      'Văn bản được viện dẫn',
    ]);
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).not.toMatch(/ky-niem|to-chuc-thuc-hien|van-ban-phong-trao/);
    const search = textOf(page('tim-kiem'));
    expect(search).toContain('Toàn văn kế hoạch, 3 nội dung thi đua và 2 văn bản được viện dẫn.');
    expect(search).not.toMatch(/kỷ niệm|tổ chức thực hiện/);
  });

  it('reads the launch document as a Kế hoạch: home page, status line, timeline', () => {
    const text = textOf(page(''));
    expect(text).toContain(
      'Sở Giáo dục và Đào tạo tỉnh Sơn Hà phát động phong trào tại Kế hoạch số 12/KH-SGDĐT (ngày 14/02/2025) với chủ đề:',
    );
    expect(text).toContain(
      'Phong trào được triển khai, thực hiện từ ngày 03/3/2025 đến ngày 31/12/2025.',
    );
    expect(text).toContain('Tình trạng: Đã kết thúc ngày 31/12/2025.');
    expect(text).toContain('Đọc toàn văn kế hoạch');
    expect(text).toContain('Xem trong kế hoạch');
    expect(text).not.toMatch(/Theo công văn|toàn văn công văn|trong công văn/);
    const areas = textOf(page('noi-dung'));
    expect(areas).toContain('(mục 2 của kế hoạch)');
    expect(textOf(page('noi-dung/phan-loai-rac-thai'))).toContain('Nguyên văn trong kế hoạch');
  });
});

describe('search in the other campaign (Chromium)', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  let tab: Page;

  beforeAll(async () => {
    server = await startStaticServer({ root: dist, base: '/' });
    browser = await launchChromium();
    tab = await browser.newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The result links of a search for `query`, in order. */
  const searchFor = (query: string) => searchResultPaths(tab, server.url, query);

  it('finds its focus areas, its cited documents and its launch plan', async () => {
    expect((await searchFor('phan loai rac thai'))[0]).toBe('/noi-dung/phan-loai-rac-thai/');
    expect((await searchFor('101/QĐ-UBND'))[0]).toBe('/van-ban/quyet-dinh-101-qd-ubnd/');
    expect(await searchFor('truong hoc xanh')).toContain('/ke-hoach/');
    expect(await searchFor('Lai Châu')).toEqual([]);
  });
});

describe('the scan itself (a planted word is caught)', () => {
  let planted: string;

  beforeAll(() => {
    planted = mkdtempSync(join(tmpdir(), 'campaign-swap-planted-'));
  });

  afterAll(() => {
    rmSync(planted, { recursive: true, force: true });
  });

  it('finds a real-campaign word in a page, a Pagefind fragment and a .docx of the swapped build', () => {
    mkdirSync(join(planted, 'noi-dung'), { recursive: true });
    const html = readFileSync(join(dist, 'index.html'), 'utf8');
    writeFileSync(
      join(planted, 'index.html'),
      html.replace('Sở Giáo dục và Đào tạo tỉnh Sơn Hà phát', 'Sở Công Thương tỉnh Sơn Hà phát'),
    );
    // The index writes đ as d + U+0335: "thi đua đặc biệt" as Pagefind stores it.
    writeFileSync(
      join(planted, 'vi_0000000.pf_fragment'),
      gzipSync(
        Buffer.from('pagefind_dcd{"content":"Phong trào thi d\u0335ua d\u0335ặc biệt"}', 'utf8'),
      ),
    );
    copyFileSync(join(dist, 'tai-ve', 'ke-hoach.docx'), join(planted, 'clean.docx'));
    expect(scanBuild(planted, WORDS).findings).toEqual([
      { file: 'index.html', word: 'Công Thương' },
      { file: 'vi_0000000.pf_fragment', word: 'thi đua đặc biệt' },
    ]);
  });

  it('finds a word of the real content in a Word copy of the real build', () => {
    const real = join(PROJECT_DIR, 'dist', 'tai-ve', 'cong-van.docx');
    if (!existsSync(real)) throw new Error('dist/ is missing: run `npx astro build` first');
    copyFileSync(real, join(planted, 'cong-van.docx'));
    const words = scanBuild(planted, WORDS)
      .findings.filter((f) => f.file === 'cong-van.docx')
      .map((f) => f.word);
    expect(words).toEqual(expect.arrayContaining(['Nguyễn Sỹ Chín', 'SCT-VP', '34-CT/TW']));
  });
});
