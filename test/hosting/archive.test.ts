import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type NginxServer } from '../../scripts/dev/nginx.ts';
import { STATUS_SEARCHING } from '../../scripts/dev/search-status.mjs';
import { layoutShiftOfUrl } from '../../scripts/dev/search-page.mjs';
import { formatViolations } from '../support/axe.ts';
import { weigh } from '../support/budget.ts';
import { listPages } from '../support/site.ts';
import { PAGE_BUDGET_BYTES, PAGE_BUDGET_REQUESTS } from '../../src/constants.ts';
import { SEARCH_PATH } from '../../src/site/routes.ts';
import {
  ARCHIVE_BASE,
  ARCHIVE_COPY_CAMPAIGN,
  ARCHIVE_FIXTURES,
  ARCHIVE_SITE,
  buildArchiveSite,
  campaignBase,
  FIXTURE_CAMPAIGNS,
  type ArchiveSite,
} from '../support/archive-site.ts';
import { distinctiveWords, scanBuild } from '../support/campaign-swap.ts';
import { launchChromium } from '../support/chromium.ts';
import { crawlSite, cspViolations, newRecordingContext, watchPage } from '../support/crawl.ts';
import { formatHtmlErrors, validateHtml } from '../support/html-validate.ts';
import {
  attr,
  byTag,
  find,
  findAll,
  hasClass,
  isElement,
  parseHtml,
  textOf,
  type HtmlElement,
  type HtmlNode,
} from '../support/html.ts';

// The archive of a department's campaigns (docs/archive.md), end to end: the three fictional
// campaigns of test/fixtures/archive/ (two publishers, 2022–2024; the 2022 and 2023 campaigns cite
// the same Chỉ thị at different places), each built on its own under /thi-dua/<campaign>/, and the
// archive built from archive.yaml at /thi-dua/, served together by nginx with
// deploy/nginx-archive.conf and the portal's CSP, crawled and searched in Chromium.

const [OLDEST = '', MIDDLE = '', NEWEST = ''] = [
  'day-tot-hoc-tot-2022',
  'truong-hoc-an-toan-2023',
  'benh-vien-xanh-2024',
];
const LABELS: Record<string, string> = {
  [OLDEST]: 'Dạy tốt, học tốt 2022',
  [MIDDLE]: 'Trường học an toàn 2023',
  [NEWEST]: 'Bệnh viện xanh 2024',
};
/** The header every response carries (deploy/security-headers.conf). */
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

let site: ArchiveSite;
let nginx: NginxServer;
let browser: Browser;

beforeAll(async () => {
  site = await buildArchiveSite();
  nginx = await startNginx({ webRoot: site.webRoot, base: ARCHIVE_BASE });
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  site?.remove();
});

/** A page of the archive's build, parsed. */
function archivePage(path: string): HtmlNode {
  return parseHtml(readFileSync(join(site.archiveDir, path, 'index.html'), 'utf8'));
}

/** The main element's text of a page of the archive's build. */
function mainText(path: string): string {
  return textOf(find(archivePage(path), (e) => e.tagName === 'main')!);
}

describe('the fixtures', () => {
  it('are three campaigns, each named in archive.yaml', () => {
    expect(FIXTURE_CAMPAIGNS).toEqual([NEWEST, OLDEST, MIDDLE].sort());
    const yaml = readFileSync(join(ARCHIVE_FIXTURES, 'archive.yaml'), 'utf8');
    for (const id of FIXTURE_CAMPAIGNS)
      expect(yaml).toContain(`${ARCHIVE_SITE}${campaignBase(id)}`);
  });
});

describe("the archive's pages", () => {
  it('lists the campaigns newest first: name, publisher, period, status, launch document', () => {
    const items = findAll(archivePage(''), (e) => hasClass(e, 'archive-campaign'));
    expect(items.map((li) => textOf(byTag(li, 'h2')[0]!))).toEqual([
      'Phong trào thi đua “Bệnh viện xanh” năm 2024 (mẫu thử)',
      'Phong trào thi đua “Trường học an toàn” năm 2023 (mẫu thử)',
      'Phong trào thi đua “Dạy tốt, học tốt” năm 2022 (mẫu thử)',
    ]);
    const [newest, , oldest] = items.map(textOf);
    expect(newest).toContain('Sở Y tế tỉnh Sơn Hà');
    expect(newest).toContain('Từ 01/4/2024 đến 30/11/2024');
    expect(newest).toContain('Đã kết thúc ngày 30/11/2024');
    expect(newest).toContain('Kế hoạch số 41/KH-SYT ngày 25/3/2024');
    expect(oldest).toContain('Sở Giáo dục và Đào tạo tỉnh Sơn Hà');
    expect(oldest).toContain('Văn bản của phong trào (2)');
    // Each links back to its campaign, by path on the archive's host, and to its launch document.
    const links = items.map((li) => byTag(li, 'a').map((a) => attr(a, 'href')));
    expect(links[0]).toEqual(
      expect.arrayContaining([campaignBase(NEWEST), `${campaignBase(NEWEST)}ke-hoach/`]),
    );
  });

  it('lists every campaign document newest first, with its campaign', () => {
    const text = mainText('van-ban');
    expect(text).toContain('4 văn bản của các phong trào');
    const rows = findAll(archivePage('van-ban'), (e) => e.tagName === 'tr')
      .slice(1)
      .map((row) => byTag(row, 'td').map(textOf));
    // Date, số ký hiệu, type, campaign (the trích yếu is the row's header cell).
    expect(rows.map((cells) => cells[1])).toEqual([
      '41/KH-SYT',
      '230/SGDĐT-VP',
      '512/QĐ-SGDĐT',
      '15/KH-SGDĐT',
    ]);
    expect(rows[2]).toEqual(['28/12/2022', '512/QĐ-SGDĐT', 'Quyết định', LABELS[OLDEST]]);
  });

  it('filters the documents by campaign, type, issuer and year, each a page with its count', () => {
    const filters = textOf(find(archivePage('van-ban'), (e) => hasClass(e, 'archive-facets'))!);
    for (const value of [
      `${LABELS[OLDEST]} (2)`,
      'Quyết định (1)',
      'Sở Y tế tỉnh Sơn Hà (1)',
      'Sở Giáo dục và Đào tạo tỉnh Sơn Hà (3)',
      '2022 (2)',
    ])
      expect(filters).toContain(value);
    // The award decision of the 2022 campaign: by type, and on the campaign's own page.
    expect(mainText('van-ban/loai/quyet-dinh')).toContain('512/QĐ-SGDĐT');
    expect(mainText('van-ban/loai/quyet-dinh')).not.toContain('15/KH-SGDĐT');
    expect(mainText('van-ban/co-quan/so-y-te-tinh-son-ha')).toContain('41/KH-SYT');
    expect(mainText('van-ban/co-quan/so-y-te-tinh-son-ha')).not.toContain('230/SGDĐT-VP');
    expect(mainText('van-ban/nam/2022')).toContain('512/QĐ-SGDĐT');
    expect(mainText('van-ban/nam/2022')).not.toContain('41/KH-SYT');
    const campaign = mainText(`phong-trao/${OLDEST}`);
    expect(campaign).toContain('512/QĐ-SGDĐT');
    expect(campaign).not.toContain('230/SGDĐT-VP');
  });

  it('names both campaigns and places that cite the same directive, linking into each campaign', () => {
    const list = find(archivePage('van-ban-duoc-vien-dan'), (e) => hasClass(e, 'archive-cited'))!;
    const entries = list.childNodes.filter(
      (node): node is HtmlElement => isElement(node) && node.tagName === 'li',
    );
    const directive = entries.find((li) => textOf(li).includes('05/CT-UBND'))!;
    expect(textOf(directive)).toContain('Được viện dẫn tại 2 phong trào');
    const hrefs = byTag(directive, 'a').map((a) => [textOf(a), attr(a, 'href')]);
    expect(hrefs).toEqual(
      expect.arrayContaining([
        ['mục 3, ý 2 của Công văn số 230/SGDĐT-VP', `${campaignBase(MIDDLE)}cong-van/#muc-3-y-2`],
        ['mục 1 của Kế hoạch số 15/KH-SGDĐT', `${campaignBase(OLDEST)}ke-hoach/#muc-1`],
        [LABELS[MIDDLE], `${ARCHIVE_BASE}phong-trao/${MIDDLE}/`],
        [LABELS[OLDEST], `${ARCHIVE_BASE}phong-trao/${OLDEST}/`],
      ]),
    );
    // The most cited first; and every place it links to is there, in its campaign.
    expect(textOf(entries[0]!)).toContain('05/CT-UBND');
    for (const [, href] of hrefs) {
      const [path, id] = href!.split('#');
      const file = join(site.webRoot, path!, 'index.html');
      expect(existsSync(file), href).toBe(true);
      if (id) expect(readFileSync(file, 'utf8'), href).toContain(`id="${id}"`);
    }
  });

  it("has each campaign's pages link up to the archive, as its content/ names it", () => {
    for (const id of FIXTURE_CAMPAIGNS) {
      const footer = find(
        parseHtml(readFileSync(join(site.webRoot, campaignBase(id), 'index.html'), 'utf8')),
        (e) => e.tagName === 'footer',
      )!;
      expect(byTag(footer, 'a').map((a) => [attr(a, 'href'), textOf(a)])).toContainEqual([
        ARCHIVE_BASE,
        'Lưu trữ phong trào thi đua tỉnh Sơn Hà (mẫu thử)',
      ]);
    }
  });

  it('names nothing of the campaign in the content/ it was built beside: it reads only archive.yaml', () => {
    // The words of the copy's own campaign that none of the archived campaigns says.
    const archived = new Set(
      FIXTURE_CAMPAIGNS.flatMap((id) => distinctiveWords(join(ARCHIVE_FIXTURES, id))),
    );
    const words = distinctiveWords(ARCHIVE_COPY_CAMPAIGN).filter((word) => !archived.has(word));
    expect(words.length).toBeGreaterThan(5);
    const { findings, unread } = scanBuild(site.webRoot, words);
    expect(findings).toEqual([]);
    // The same scan finds what the archive does show: an archived campaign's publisher.
    const [shown = ''] = distinctiveWords(join(ARCHIVE_FIXTURES, NEWEST));
    expect(scanBuild(site.webRoot, [shown]).findings.length, shown).toBeGreaterThan(0);
    expect(unread.filter((file) => !/(^|\/)wasm\.[\w-]+\.pagefind$/.test(file))).toEqual([]);
  });
});

// The archive's pages keep the campaign site's page budget: its search page shares the campaign's
// page script (src/client/search-page.ts) and adds its own turns, so it is the one near the limit.
describe("the archive's page budget", () => {
  it('keeps every archive page within 16 KB gzipped and 3 requests, its search page among them', () => {
    // The campaigns' folders sit inside the archive's; they keep their own budget (test/site/).
    const own = listPages(site.archiveDir).filter(
      (path) => !Object.keys(LABELS).some((id) => path.startsWith(`/${id}/`)),
    );
    expect(own).toEqual(expect.arrayContaining(['/', SEARCH_PATH]));
    const over = [...own, '/404.html']
      .map((path) => ({ path, w: weigh({ dist: site.archiveDir, base: ARCHIVE_BASE }, path) }))
      .filter(
        ({ w }) =>
          w.htmlBytes + w.cssBytes + w.jsBytes > PAGE_BUDGET_BYTES ||
          1 + w.subresources.length > PAGE_BUDGET_REQUESTS,
      )
      .map(
        ({ path, w }) =>
          `${path}: HTML ${w.htmlBytes} + CSS ${w.cssBytes} + JS ${w.jsBytes} B, ${1 + w.subresources.length} requests`,
      );
    expect(over).toEqual([]);
  });
});

describe('the archive and its campaigns through nginx (deploy/nginx-archive.conf), CSP on', () => {
  let crawl: Awaited<ReturnType<typeof crawlSite>>;

  beforeAll(async () => {
    crawl = await crawlSite(browser, {
      origin: nginx.origin,
      base: ARCHIVE_BASE,
      siteOrigin: ARCHIVE_SITE,
      extra: [`${nginx.url}khong-co/`, `${nginx.url}${MIDDLE}/khong-co/`],
      axeSchemes: ['light'],
    });
  }, 600_000);

  it('reaches the archive and every campaign from the archive, and serves each 404 page as its site', () => {
    const paths = [...crawl.pages.keys()].map((url) => new URL(url).pathname);
    for (const path of [
      ARCHIVE_BASE,
      `${ARCHIVE_BASE}van-ban/`,
      `${ARCHIVE_BASE}van-ban-duoc-vien-dan/`,
      `${ARCHIVE_BASE}tim-kiem/`,
      ...FIXTURE_CAMPAIGNS.map(campaignBase),
      `${campaignBase(OLDEST)}quyet-dinh-khen-thuong/`,
    ])
      expect(paths).toContain(path);
    const archive404 = crawl.pages.get(`${nginx.url}khong-co/`)!;
    expect(archive404.status).toBe(404);
    expect(archive404.title).toContain('Lưu trữ phong trào thi đua tỉnh Sơn Hà');
    // As a campaign's: no address of its own, so no canonical URL, and search engines keep it out.
    expect(archive404.canonical).toBeNull();
    expect(archive404.og['og:url']).toBeUndefined();
    expect(archive404.html).toContain('<meta name="robots" content="noindex">');
    const campaign404 = crawl.pages.get(`${nginx.url}${MIDDLE}/khong-co/`)!;
    expect(campaign404.status).toBe(404);
    expect(campaign404.title).toContain(LABELS[MIDDLE]);
  });

  it('serves every page with the headers and CSP, and every link, asset and #anchor resolves', () => {
    for (const page of crawl.pages.values()) {
      expect(page.headers['content-security-policy'], page.url).toBe(CSP);
      expect(page.headers['x-content-type-options'], page.url).toBe('nosniff');
    }
    expect(crawl.escapes).toEqual([]);
    expect(crawl.brokenAnchors).toEqual([]);
    expect([...crawl.resources].filter(([, status]) => status !== 200)).toEqual([]);
  });

  it('has 0 CSP violations, console errors, failed requests, requests to other hosts or axe violations', () => {
    for (const page of crawl.pages.values()) {
      const expected =
        page.status === 404
          ? ['Failed to load resource: the server responded with a status of 404 (Not Found)']
          : [];
      expect(page.cspViolations, page.url).toEqual([]);
      expect(page.consoleErrors, page.url).toEqual(expected);
      expect(page.foreignRequests, page.url).toEqual([]);
      expect(page.failedRequests, page.url).toEqual([]);
      for (const { violations } of page.axe)
        expect(violations, `${page.url}:\n${formatViolations(violations)}`).toEqual([]);
    }
  });

  it("has 0 html-validate errors on the archive's pages", async () => {
    const own = [...crawl.pages.values()].filter(
      (p) => !FIXTURE_CAMPAIGNS.some((id) => new URL(p.url).pathname.startsWith(campaignBase(id))),
    );
    expect(own.length).toBeGreaterThan(10);
    for (const page of own) {
      const errors = await validateHtml(page.html, new URL(page.url).pathname);
      expect(errors, formatHtmlErrors(page.url, errors)).toEqual([]);
    }
  });
});

describe('one search across the campaigns (Chromium, nginx, CSP on)', () => {
  let page: Page;
  let seen: ReturnType<typeof watchPage>;

  beforeAll(async () => {
    const context = await newRecordingContext(browser);
    page = await context.newPage();
    seen = watchPage(page, nginx.origin);
  });

  afterAll(async () => {
    await page?.context().close();
  });

  /** Waits until the status says the search is done. */
  async function answered(): Promise<void> {
    await page.waitForFunction(
      (searching) => {
        const status = document.querySelector('#search-status')?.textContent ?? '';
        return status !== '' && !status.startsWith(searching);
      },
      STATUS_SEARCHING,
      { timeout: 60_000 },
    );
  }

  /** Opens the archive's search page for a query and returns its results: campaign, kind, link, sections. */
  async function search(
    query: string,
    params = '',
  ): Promise<{ campaign: string; kind: string; href: string; sections: string[] }[]> {
    await page.goto(`${nginx.url}tim-kiem/?q=${encodeURIComponent(query)}${params}`);
    await answered();
    return results();
  }

  function results() {
    return page.$$eval('#search-results > li', (items) =>
      items.map((li) => ({
        campaign: li.querySelector('.search-result__campaign')?.textContent ?? '',
        kind: li.querySelector('.search-result__kind')?.textContent ?? '',
        href: li.querySelector('h2 a')?.getAttribute('href') ?? '',
        sections: [...li.querySelectorAll('.search-result__sections a')].map(
          (a) => a.getAttribute('href') ?? '',
        ),
      })),
    );
  }

  const text = (selector: string) => page.locator(selector).innerText();

  it('finds a document in each campaign, each labelled with its campaign; the older ones when asked', async () => {
    const first = await search('chuyen doi so');
    // The first search covers the two newest campaigns (archive.yaml searchFirst: 2).
    expect(first).toContainEqual(
      expect.objectContaining({
        campaign: LABELS[NEWEST],
        href: `${campaignBase(NEWEST)}ke-hoach/`,
      }),
    );
    expect(first).toContainEqual(
      expect.objectContaining({
        campaign: LABELS[MIDDLE],
        href: `${campaignBase(MIDDLE)}cong-van/`,
      }),
    );
    expect(first.map((r) => r.campaign)).not.toContain(LABELS[OLDEST]);
    expect(await text('#search-turns')).toContain(
      'Đã tìm trong 2 phong trào gần nhất (trên tổng số 3).',
    );
    const next = page.locator('#search-next-turn');
    expect(await next.innerText()).toBe('Tìm tiếp trong 1 phong trào trước đó');
    await next.click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.search-result__campaign')].some((p) =>
        p.textContent?.includes('2022'),
      ),
    );
    const all = await results();
    expect(all).toContainEqual(
      expect.objectContaining({
        campaign: LABELS[OLDEST],
        href: `${campaignBase(OLDEST)}ke-hoach/`,
      }),
    );
    expect(await page.locator('#search-turns').isHidden()).toBe(true);
    // Every result's label is its own campaign's.
    for (const r of all)
      expect(
        r.href.startsWith(
          campaignBase(Object.keys(LABELS).find((id) => LABELS[id] === r.campaign)!),
        ) || r.href.startsWith(`${ARCHIVE_BASE}phong-trao/`),
        r.href,
      ).toBe(true);
  });

  it('narrows to one campaign with the filter, and keeps the choice in the address', async () => {
    await search('chuyen doi so');
    await page.getByLabel(new RegExp(`^${LABELS[MIDDLE]} \\(\\d+\\)$`)).check();
    // Not vacuously true while the list is emptied for the new search.
    await page.waitForFunction((label) => {
      const labels = [...document.querySelectorAll('.search-result__campaign')];
      return labels.length > 0 && labels.every((p) => p.textContent === label);
    }, LABELS[MIDDLE]);
    const narrowed = await results();
    expect(narrowed.length).toBeGreaterThan(0);
    expect(new Set(narrowed.map((r) => r.campaign))).toEqual(new Set([LABELS[MIDDLE]]));
    expect(new URL(page.url()).searchParams.get('phong-trao')).toBe(MIDDLE);
    // Opened with the choice, it searches as far as that campaign's turn.
    const oldest = await search('chuyen doi so', `&phong-trao=${OLDEST}`);
    expect(new Set(oldest.map((r) => r.campaign))).toEqual(new Set([LABELS[OLDEST]]));
  });

  it.each([
    ['unaccented', 'trong cay xanh trong khuon vien benh vien', NEWEST, 'ke-hoach/'],
    ['đ as d', 'doi moi phuong phap day hoc', OLDEST, 'ke-hoach/'],
    ['a code in another spelling', '05-ct-ubnd', MIDDLE, 'van-ban/chi-thi-05-ct-ubnd/'],
    ['Telex', 'troongf caay xanh', NEWEST, 'ke-hoach/'],
    ['VNI', 'tro6ng2 ca6y xanh', NEWEST, 'ke-hoach/'],
    ['a question', 'phong trào được triển khai đến ngày nào', MIDDLE, 'cong-van/'],
    ['a confusion of sounds', 'trồng cây sanh', NEWEST, 'ke-hoach/'],
  ])('reads %s as the campaign search does: “%s”', async (_, query, campaign, path) => {
    // Within the campaign chosen, as its own site's search would read it.
    const found = await search(query, `&phong-trao=${campaign}`);
    const at = found.findIndex((r) => r.href === `${campaignBase(campaign)}${path}`);
    expect(at, JSON.stringify(found)).toBeGreaterThanOrEqual(0);
    expect(at, JSON.stringify(found)).toBeLessThan(3);
    expect(new Set(found.map((r) => r.campaign))).toEqual(new Set([LABELS[campaign]]));
  });

  it('lands at the provision that holds the words', async () => {
    const found = await search('phong chong tai nan thuong tich');
    const letter = found.find((r) => r.href === `${campaignBase(MIDDLE)}cong-van/`);
    expect(letter?.sections[0]).toBe(`${campaignBase(MIDDLE)}cong-van/#muc-1`);
  });

  it('searches in the worker, the first turn in the archive’s own index, with no CSP violation or error', async () => {
    const fetched: string[] = [];
    const record = (request: { url: () => string }) =>
      fetched.push(new URL(request.url()).pathname);
    page.on('request', record);
    await search('chuyen doi so');
    await page.waitForLoadState('networkidle');
    page.off('request', record);
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([
      `${ARCHIVE_BASE}pagefind/pagefind-worker.js`,
    ]);
    // The first search fetched no campaign's own index: their pages are in the archive's.
    const indexes = fetched.filter((path) => path.includes('/pagefind/'));
    expect(indexes.length).toBeGreaterThan(3);
    expect(indexes.filter((path) => !path.startsWith(`${ARCHIVE_BASE}pagefind/`))).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
    expect(seen.cspMessages).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
    expect(seen.failedRequests).toEqual([]);
  });

  it('does not move as results arrive (layout shift ≤ 0.05 on a phone)', async () => {
    expect(await layoutShiftOfUrl(page, nginx.url, 'chuyen doi so')).toBeLessThanOrEqual(0.05);
  });

  it("answers from the other campaigns when one campaign's index cannot be fetched, and names it", async () => {
    // The two newest are in the archive's own index; the oldest is searched in its own, when asked.
    const index = join(site.webRoot, campaignBase(OLDEST), 'pagefind');
    renameSync(index, `${index}-gone`);
    try {
      await search('chuyen doi so');
      await page.locator('#search-next-turn').click();
      const line = page.locator('#search-unavailable');
      await line.waitFor({ state: 'visible' });
      await answered();
      expect(await line.innerText()).toBe(
        `Không tìm được trong ${LABELS[OLDEST]} (không tải được dữ liệu tìm kiếm của phong trào); kết quả dưới đây từ các phong trào còn lại.`,
      );
      const found = await results();
      expect(found).toContainEqual(
        expect.objectContaining({
          campaign: LABELS[NEWEST],
          href: `${campaignBase(NEWEST)}ke-hoach/`,
        }),
      );
      expect(found.map((r) => r.campaign)).toContain(LABELS[MIDDLE]);
      expect(found.map((r) => r.campaign)).not.toContain(LABELS[OLDEST]);
      expect(await text('#search-status')).toMatch(/^Tìm thấy \d+ kết quả/);
    } finally {
      renameSync(`${index}-gone`, index);
    }
    // With the index back, the line is gone.
    await search('chuyen doi so');
    await page.locator('#search-next-turn').click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll('.search-result__campaign')].some((p) =>
        p.textContent?.includes('2022'),
      ),
    );
    expect(await page.locator('#search-unavailable').isHidden()).toBe(true);
  });
});
