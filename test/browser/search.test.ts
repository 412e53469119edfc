import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { normalizeBase } from '../../src/lib/paths';
import { formatViolations, runAxe } from '../support/axe';
import { launchChromium } from '../support/chromium';
import { assertBuilt, DIST_DIR } from '../support/site';

const BASE = normalizeBase(process.env['BASE_PATH']);
const DOC = (slug: string) => `${BASE}van-ban/${slug}/`;
const FOCUS = (slug: string) => `${BASE}noi-dung/${slug}/`;
const nfd = (text: string) => text.normalize('NFD');

/** A query, the page that must rank first (or within the top 3), and why the case matters. */
interface Case {
  query: string;
  expect: string;
  top?: 1 | 3;
}

const CASES: Case[] = [
  // Codes in any spelling find the document's own page first.
  { query: '34-CT/TW', expect: DOC('chi-thi-34-ct-tw') },
  { query: '34-ct/tw', expect: DOC('chi-thi-34-ct-tw') },
  { query: '34/CT-TW', expect: DOC('chi-thi-34-ct-tw') },
  { query: 'Chỉ thị 34', expect: DOC('chi-thi-34-ct-tw') },
  { query: 'chi thi so 34', expect: DOC('chi-thi-34-ct-tw') },
  { query: 'Chỉ thị số 34-CT/TW', expect: DOC('chi-thi-34-ct-tw') },
  { query: 'CHỈ THỊ 34', expect: DOC('chi-thi-34-ct-tw') },
  { query: nfd('Chỉ thị 34'), expect: DOC('chi-thi-34-ct-tw') },
  { query: 'CT/TW', expect: DOC('chi-thi-34-ct-tw') },
  { query: '32-CT/TU', expect: DOC('chi-thi-32-ct-tu') },
  { query: 'Chỉ thị 32', expect: DOC('chi-thi-32-ct-tu') },
  { query: 'chi thi 32-ct/tu', expect: DOC('chi-thi-32-ct-tu') },
  { query: 'CT/TU', expect: DOC('chi-thi-32-ct-tu') },
  { query: '1954/UBND-TH', expect: DOC('cong-van-1954-ubnd-th') },
  { query: 'cong van 1954', expect: DOC('cong-van-1954-ubnd-th') },
  { query: 'Công văn số 1954', expect: DOC('cong-van-1954-ubnd-th') },
  { query: 'UBND-TH', expect: DOC('cong-van-1954-ubnd-th') },
  { query: 'nghi quyet dai hoi XIV', expect: DOC('nghi-quyet-dai-hoi-xiv') },
  { query: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV', expect: DOC('nghi-quyet-dai-hoi-xiv') },
  { query: 'nghị quyết đại hội xiv', expect: DOC('nghi-quyet-dai-hoi-xiv') },
  // Phrases typed without accents rank the page that contains them first.
  { query: 'tiet kiem chong lang phi', expect: FOCUS('thuc-hanh-tiet-kiem-chong-lang-phi') },
  { query: 'tiết kiệm, chống lãng phí', expect: FOCUS('thuc-hanh-tiet-kiem-chong-lang-phi') },
  { query: 'chuyen doi so', expect: FOCUS('khoa-hoc-cong-nghe-chuyen-doi-so') },
  { query: 'CHUYỂN ĐỔI SỐ', expect: FOCUS('khoa-hoc-cong-nghe-chuyen-doi-so') },
  { query: nfd('chuyển đổi số'), expect: FOCUS('khoa-hoc-cong-nghe-chuyen-doi-so') },
  { query: 'nong thon moi', expect: FOCUS('hoan-thanh-chi-tieu-thu-hut-dau-tu') },
  { query: 'OCOP', expect: FOCUS('hoan-thanh-chi-tieu-thu-hut-dau-tu') },
  { query: 'covid', expect: FOCUS('the-thao-phong-dich-giam-ngheo') },
  { query: 'khong de ai bi bo lai phia sau', expect: FOCUS('the-thao-phong-dich-giam-ngheo') },
  { query: 'ky luat ky cuong', expect: FOCUS('ky-luat-ky-cuong-thi-dua-khen-thuong') },
  { query: 'khen thuong', expect: FOCUS('ky-luat-ky-cuong-thi-dua-khen-thuong') },
  { query: 'to chuc thuc hien', expect: `${BASE}to-chuc-thuc-hien/` },
  { query: 'Nguyen Sy Chin', expect: `${BASE}cong-van/` },
  { query: 'SCT-VP', expect: `${BASE}cong-van/` },
  // đ ↔ d both ways, and words that only differ by đ.
  { query: 'doi moi', expect: DOC('chi-thi-34-ct-tw'), top: 3 },
  { query: 'đổi mới', expect: DOC('chi-thi-34-ct-tw'), top: 3 },
  { query: 'dang bo', expect: DOC('nghi-quyet-dai-hoi-xiv'), top: 3 },
  { query: 'ĐẢNG BỘ', expect: DOC('nghi-quyet-dai-hoi-xiv'), top: 3 },
  { query: 'thi dua dac biet', expect: `${BASE}`, top: 3 },
  { query: 'tai nguyen thien nhien', expect: FOCUS('tai-nguyen-moi-truong-cu-tri'), top: 3 },
  { query: 'cu tri', expect: FOCUS('tai-nguyen-moi-truong-cu-tri'), top: 3 },
  { query: 'tiep dan', expect: FOCUS('xay-dung-dang-bo-may-tiep-dan'), top: 3 },
  { query: 'tham nhung', expect: FOCUS('xay-dung-dang-bo-may-tiep-dan'), top: 3 },
  { query: '115 nam thanh lap tinh', expect: `${BASE}ky-niem/`, top: 3 },
  { query: 'Bac Ho gui thu', expect: `${BASE}ky-niem/`, top: 3 },
  { query: 'V/v phat dong phong trao', expect: `${BASE}cong-van/`, top: 3 },
];

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
  assertBuilt();
  server = await startStaticServer({ root: DIST_DIR, base: BASE });
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

describe('ranking through /tim-kiem/?q=', () => {
  it('has a table of at least 40 queries', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((c) => ({ top: 1, ...c })))(
    '“$query” ranks $expect in the top $top',
    async ({ query, expect: expected, top }) => {
      const hrefs = await searchFor(query);
      expect(hrefs.slice(0, top), `results for “${query}”: ${hrefs.join(', ')}`).toContain(
        expected,
      );
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
    await searchFor('chuyen doi so');
    const status = await page.locator('#search-status').textContent();
    expect(status).toMatch(/^Tìm thấy \d+ kết quả cho “chuyen doi so”\.$/);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('.search-result__kind').textContent()).toBe('Nội dung thi đua');
    const marks = await first.locator('.search-result__excerpt mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['chuyển', 'đổi']));
    const letter = page.locator('#search-results > li', {
      has: page.locator(`h2 a[href="${BASE}cong-van/"]`),
    });
    const sections = await letter
      .locator('.search-result__sections a')
      .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(sections).toContainEqual(['Mục 2, ý 3', `${BASE}cong-van/#muc-2-y-3`]);
  });

  it('names heading sections as the headings read, without their self-link text', async () => {
    await searchFor('chi thi 34');
    const sections = await page.locator('.search-result__sections a').allTextContents();
    expect(sections).toContain('Công văn yêu cầu gì theo văn bản này');
    expect(sections.filter((t) => t.includes('Liên kết đến') || t.includes('#'))).toEqual([]);
  });

  it('filters by kind of page and keeps the filter in the URL', async () => {
    await searchFor('34-CT/TW');
    const all = await page.locator('#search-results > li').count();
    await page.getByLabel(/^Văn bản được dẫn chiếu \(\d+\)$/).check();
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('loai') === 'Văn bản được dẫn chiếu',
    );
    await settle();
    const kinds = await page.locator('.search-result__kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.length).toBeLessThan(all);
    expect(new Set(kinds)).toEqual(new Set(['Văn bản được dẫn chiếu']));
    expect(await page.locator('#search-status').textContent()).toContain(
      'trong mục Văn bản được dẫn chiếu',
    );
  });

  it('keeps the URL in step with what is typed, so a result list can be shared', async () => {
    await searchFor('');
    await page.locator('#search-q').fill('chuyen doi so');
    await page.waitForFunction(
      () => new URL(location.href).searchParams.get('q') === 'chuyen doi so',
    );
    await settle();
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
  });

  it('offers more results on demand and moves focus to the first new one', async () => {
    await searchFor('thi dua');
    const before = await page.locator('#search-results > li').count();
    expect(before).toBe(10);
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
    ).toBe(10);
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

  it.each([
    ['<img src=x onerror=window.__pwned=1>'],
    ['"'],
    ["'"],
    ['x'.repeat(500)],
    ['!!!@@@###'],
    ['<script>window.__pwned=1</script>'],
    ['%00%'],
  ])('survives hostile or odd input %#', async (query) => {
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

describe('search costs nothing on other pages', () => {
  it.each(['/', '/cong-van/', '/van-ban/chi-thi-34-ct-tw/'])(
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
      await form.locator('input[name="q"]').fill('34-CT/TW');
      await Promise.all([
        other.waitForURL(/\/tim-kiem\/\?q=34-CT%2FTW$/),
        form.locator('button').click(),
      ]);
      await settle(other);
      expect(
        (
          await other.$$eval('#search-results > li h2 a', (a) =>
            a.map((x) => x.getAttribute('href')),
          )
        )[0],
      ).toBe(DOC('chi-thi-34-ct-tw'));
      await context.close();
    },
  );
});

describe('accessibility of the search page', () => {
  it.each([
    ['with results', '34-CT/TW'],
    ['with no results', 'xyzxyzqq'],
    ['with the help', ''],
  ])('has no axe violations %s', async (_, query) => {
    await searchFor(query);
    const violations = await runAxe(page);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
