import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLD_EVERY, layoutShiftOfUrl, openOrSubmit } from '../../scripts/dev/search-page.mjs';
import { startStaticServer } from '../../scripts/dev/static-server.mjs';
import { SEARCH_FIRST_PAGE } from '../../src/constants.ts';
import { formatViolations, runAxe } from '../support/axe.ts';
import { launchChromium } from '../support/chromium.ts';
import { fixtureSite } from '../support/fixture-site.ts';

// The search page of the fixture site (test/support/fixture-site.ts) in Chromium: ranking on a small
// set of queries of every kind (test/fixtures/search-relevance.json), and everything the page does.
// The real campaign's relevance set runs as a content check (test/content/search.test.ts).

const BASE = '/';
const DOC = (slug: string) => `${BASE}van-ban/${slug}/`;
const nfd = (text: string) => text.normalize('NFD');

/** A query as staff type it, the pages a reader expects, and the rank one of them must reach. */
interface Case {
  query: string;
  expect: string[];
  top: 1 | 3;
  kind: string;
}

const RELEVANCE = JSON.parse(
  readFileSync(new URL('../fixtures/search-relevance.json', import.meta.url), 'utf8'),
) as { cases: Case[] };
const CASES = RELEVANCE.cases.filter((c) => c.kind !== 'hostile');
const HOSTILE = RELEVANCE.cases.filter((c) => c.kind === 'hostile');
/** A site-relative path under the base the site is served at. */
const underBase = (path: string) => `${BASE}${path.slice(1)}`;

let browser: Browser;
let server: Awaited<ReturnType<typeof startStaticServer>>;
let page: Page;
const errors: string[] = [];

/** Opens the search page for a query and waits until the status says the search is done. */
async function searchFor(query: string, target: Page = page): Promise<string[]> {
  const url = new URL('tim-kiem/', server.url);
  if (query !== '') url.searchParams.set('q', query);
  await target.goto(url.href);
  await settle(target);
  return target.$$eval('#search-results > li h2 a', (links) =>
    links.map((a) => a.getAttribute('href') ?? ''),
  );
}

/** Waits until the search page is no longer busy. */
async function settle(target: Page = page): Promise<void> {
  await target.waitForFunction(() => {
    const status = document.querySelector('#search-status')?.textContent ?? '';
    return (
      !status.includes('Đang tìm') &&
      (status !== '' || !document.querySelector<HTMLElement>('#search-help')!.hidden)
    );
  });
}

beforeAll(async () => {
  server = await startStaticServer({ root: fixtureSite().dist, base: BASE });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('ranking through /tim-kiem/?q= (test/fixtures/search-relevance.json)', () => {
  it('has cases of every way of typing, and hostile input', () => {
    const count = (kind: string) => CASES.filter((c) => c.kind === kind).length;
    for (const kind of ['code', 'question', 'confusion', 'noisy'])
      expect(count(kind)).toBeGreaterThan(1);
    expect(new Set(CASES.map((c) => c.kind))).toEqual(
      new Set([
        'code',
        'accents',
        'no-accents',
        'phrase',
        'word',
        'abbreviation',
        'numeral',
        'tone-placement',
        'telex',
        'vni',
        'typo',
        'question',
        'confusion',
        'code-joined',
        'noisy',
      ]),
    );
    expect(HOSTILE.length).toBeGreaterThan(5);
  });

  // One page for every case, the query typed into the box; every COLD_EVERY-th opens ?q= afresh.
  it.each(CASES.map((c, i) => ({ ...c, cold: i % COLD_EVERY === 0 })))(
    '“$query” ($kind) ranks $expect in the top $top',
    async (c) => {
      await openOrSubmit(page, server.url, c.query, c.cold);
      await settle();
      const hrefs = await page.$$eval('#search-results > li h2 a', (links) =>
        links.map((a) => a.getAttribute('href') ?? ''),
      );
      const wanted = c.expect.map(underBase);
      expect(
        hrefs.slice(0, c.top).some((href) => wanted.includes(href)),
        `results for “${c.query}”: ${hrefs.join(', ')}`,
      ).toBe(true);
      expect(errors).toEqual([]);
    },
  );
});

describe('the search page', () => {
  it('gives the same results for decomposed (NFD) and composed (NFC) input, and in capitals', async () => {
    const composed = await searchFor('tổ chức thực hiện');
    expect(composed.length).toBeGreaterThan(0);
    expect(await searchFor(nfd('tổ chức thực hiện'))).toEqual(composed);
    expect(await searchFor('TỔ CHỨC THỰC HIỆN')).toEqual(composed);
  });

  it('shows a count, an excerpt with the matched words marked, the kind of page and links to matching sections', async () => {
    await searchFor('tiet kiem dien nuoc');
    const status = await page.locator('#search-status').textContent();
    expect(status).toMatch(/^Tìm thấy \d+ kết quả cho “tiet kiem dien nuoc”\.$/);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('.search-result__kind').textContent()).toBe('Nội dung thi đua');
    const marks = await first.locator('.search-result__excerpt mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['tiết', 'kiệm']));
    const letter = page.locator('#search-results > li', {
      has: page.locator(`h2 a[href="${BASE}ke-hoach/"]`),
    });
    const sections = await letter
      .locator('.search-result__sections a')
      .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(sections).toContainEqual(['Mục 2, ý 3', `${BASE}ke-hoach/#muc-2-y-3`]);
  });

  it('names heading sections as the headings read, without their self-link text', async () => {
    await searchFor('van phong so chu tri huong dan');
    const sections = await page.locator('.search-result__sections a').allTextContents();
    expect(sections).toContain(
      'Các phòng, đơn vị trực thuộc Sở: triển khai kế hoạch đến từng trường học; báo cáo kết quả',
    );
    expect(sections.filter((t) => t.includes('Liên kết đến') || t.includes('#'))).toEqual([]);
  });

  it('filters by kind of page and keeps the filter in the URL', async () => {
    await searchFor('chỉ thị');
    const all = await page.locator('#search-results > li').count();
    await page.getByLabel(/^Văn bản được viện dẫn \(\d+\)$/).check();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('loai') === 'Văn bản được viện dẫn',
    );
    await settle();
    const kinds = await page.locator('.search-result__kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.length).toBeLessThan(all);
    expect(new Set(kinds)).toEqual(new Set(['Văn bản được viện dẫn']));
    expect(await page.locator('#search-status').textContent()).toContain(
      '(loại trang: Văn bản được viện dẫn).',
    );
  });

  it('keeps the URL in step with what is typed, so a result list can be shared', async () => {
    await searchFor('');
    await page.locator('#search-q').fill('rac thai nhua');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('q') === 'rac thai nhua',
    );
    await settle();
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
  });

  it('offers more results on demand and moves focus to the first new one', async () => {
    await searchFor('thi dua');
    // Only the first results fetch their fragments; "more" fetches the next ten.
    const before = await page.locator('#search-results > li').count();
    expect(before).toBe(SEARCH_FIRST_PAGE);
    const more = page.locator('#search-more');
    expect(await more.isVisible()).toBe(true);
    expect(await more.textContent()).toBe('Xem thêm kết quả');
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      (n) => document.querySelectorAll('#search-results > li').length > n,
      before,
    );
    const focused = await page.evaluate(
      () => document.activeElement?.closest('li')?.previousElementSibling !== null,
    );
    expect(focused).toBe(true);
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('#search-results > li')].indexOf(
          document.activeElement!.closest('li')!,
        ),
      ),
    ).toBe(SEARCH_FIRST_PAGE);
  });

  it('says what a Telex query was read as, with a link to search the letters as typed', async () => {
    const hrefs = await searchFor('chir thij 19');
    expect(hrefs[0]).toBe(DOC('chi-thi-19-ct-tu'));
    const corrected = page.locator('#search-corrected');
    expect(await corrected.isVisible()).toBe(true);
    expect(await corrected.textContent()).toBe(
      'Đã tìm theo: chỉ thị 19. Tìm đúng như đã gõ: chir thij 19',
    );
    const link = corrected.locator('a');
    const target = new URL((await link.getAttribute('href'))!, server.url);
    expect(target.pathname).toBe(`${BASE}tim-kiem/`);
    expect(target.searchParams.get('q')).toBe('chir thij 19');
    expect(target.searchParams.get('nguyen-van')).toBe('1');
    await Promise.all([page.waitForURL(/nguyen-van=1/), link.click()]);
    await settle();
    expect(await corrected.isHidden()).toBe(true);
    expect(await page.locator('#search-q').inputValue()).toBe('chir thij 19');
  });

  it('says which words it searched for a question and for a confusion of sounds', async () => {
    expect((await searchFor('chợ phiên mây tre đan là gì'))[0]).toBe(DOC('chi-thi-08-ct-ubnd'));
    expect(await page.locator('#search-corrected strong').textContent()).toBe(
      'chợ phiên mây tre đan',
    );
    expect((await searchFor('tiếc kiệm điện nước'))[0]).toBe(
      `${BASE}noi-dung/tiet-kiem-dien-nuoc/`,
    );
    expect(await page.locator('#search-corrected strong').textContent()).toBe(
      'tiết kiệm điện nước',
    );
  });

  it('marks the words searched in excerpts, not other words that start like them', async () => {
    await searchFor('chỉ thị 19');
    const marks = await page.locator('.search-result__excerpt mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    const folded = marks.map((m) => m.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    expect(folded.filter((m) => m.startsWith('chi') && m !== 'chi')).toEqual([]);
  });

  it('shows no correction for a query typed with its accents or none', async () => {
    await searchFor('chi thi 19');
    expect(await page.locator('#search-corrected').isHidden()).toBe(true);
  });

  it('says plainly when nothing is found, with tips', async () => {
    const hrefs = await searchFor('xyzxyzqq');
    expect(hrefs).toEqual([]);
    expect(await page.locator('#search-status').textContent()).toBe(
      'Không tìm thấy kết quả nào cho “xyzxyzqq”.',
    );
    expect(await page.locator('#search-empty').isVisible()).toBe(true);
  });

  it('shows the help, not an error, for an empty query', async () => {
    await searchFor('');
    expect(await page.locator('#search-help').isVisible()).toBe(true);
    expect(await page.locator('#search-results > li').count()).toBe(0);
    expect(await page.locator('#search-status').textContent()).toBe('');
  });

  it.each(HOSTILE.map((c) => [c.query]))('survives hostile or odd input %#', async (query) => {
    errors.length = 0;
    await searchFor(query);
    expect(errors).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(
      await page.locator('#search-results img, #search-results script, #search-status *').count(),
    ).toBe(0);
    const value = await page.locator('#search-q').inputValue();
    expect(value).toBe(query);
  });

  it('is announced politely to screen readers and works by keyboard', async () => {
    await searchFor('');
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    expect(await page.locator('#search-status').getAttribute('aria-live')).toBe('polite');
    await page.locator('#search-q').focus();
    await page.keyboard.type('khen thuong');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      /^Tìm thấy/.test(document.querySelector('#search-status')?.textContent ?? ''),
    );
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    expect(['BUTTON', 'INPUT', 'A']).toContain(focused);
  });
});

describe('the search page opened with a query in the address', () => {
  it.each([
    ['a phone', { width: 412, height: 823 }],
    ['a desktop', { width: 1280, height: 900 }],
  ])('moves nothing as its results arrive, on %s (layout shift ≤ 0.05)', async (_, viewport) => {
    for (const query of ['chi thi 19', 'phong trào kéo dài đến bao giờ', 'khong co tu nay'])
      expect(await layoutShiftOfUrl(page, server.url, query, viewport)).toBeLessThanOrEqual(0.05);
  });
});

describe('where Pagefind searches: in its worker, on the main thread only if that fails', () => {
  /** Opens `?q=19-CT/TU`, the worker script refused when asked; what it fetched and found. */
  async function searchWith({ refuseWorker }: { refuseWorker: boolean }) {
    const context = await browser.newContext();
    const requests: string[] = [];
    context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const other = await context.newPage();
    if (refuseWorker)
      await other.route(/\/pagefind\/pagefind-worker\.js$/, (route) => route.abort());
    const first = (await searchFor('19-CT/TU', other))[0];
    const workers = other.workers().map((w) => new URL(w.url()).pathname);
    await context.close();
    const pagefind = requests.filter((path) => /\/pagefind\/pagefind(-worker)?\.js$/.test(path));
    return { first, pagefind, workers };
  }

  it('loads the worker and not pagefind.js, and searches there', async () => {
    const { first, pagefind, workers } = await searchWith({ refuseWorker: false });
    expect(pagefind).toEqual([`${BASE}pagefind/pagefind-worker.js`]);
    expect(workers).toEqual([`${BASE}pagefind/pagefind-worker.js`]);
    expect(first).toBe(DOC('chi-thi-19-ct-tu'));
  });

  it('searches on the main thread, with the same results, when the worker cannot start', async () => {
    const { first, pagefind, workers } = await searchWith({ refuseWorker: true });
    expect(pagefind).toContain(`${BASE}pagefind/pagefind.js`);
    expect(workers).toEqual([]);
    expect(first).toBe(DOC('chi-thi-19-ct-tu'));
  });
});

describe('search costs nothing on other pages', () => {
  it.each(['/', '/ke-hoach/', '/van-ban/chi-thi-19-ct-tu/'])(
    '%s downloads no script and nothing of Pagefind',
    async (path) => {
      const context = await browser.newContext();
      const other = await context.newPage();
      const requests: string[] = [];
      other.on('request', (request) => requests.push(request.url()));
      await other.goto(new URL(path.replace(/^\//, ''), server.url).href, {
        waitUntil: 'networkidle',
      });
      expect(
        requests.filter((url) => url.includes('/pagefind/') || /\.m?js(\?|$)/.test(url)),
      ).toEqual([]);
      // The header's search box is a plain GET form to the search page.
      const form = other.locator('header form[role="search"]');
      expect(await form.getAttribute('action')).toBe(`${BASE}tim-kiem/`);
      expect(await form.getAttribute('method')).toBe('get');
      await form.locator('input[name="q"]').fill('19-CT/TU');
      await Promise.all([
        other.waitForURL(/\/tim-kiem\/\?q=19-CT%2FTU$/),
        form.locator('button').click(),
      ]);
      await settle(other);
      expect(
        (
          await other.$$eval('#search-results > li h2 a', (a) =>
            a.map((x) => x.getAttribute('href')),
          )
        )[0],
      ).toBe(DOC('chi-thi-19-ct-tu'));
      await context.close();
    },
  );
});

describe('accessibility of the search page', () => {
  it.each([
    ['with results', '19-CT/TU'],
    ['with a Telex reading shown', 'chir thij 19'],
    ['with no results', 'xyzxyzqq'],
    ['with the help', ''],
  ])('has no axe violations %s', async (_, query) => {
    await searchFor(query);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
