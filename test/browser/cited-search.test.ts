import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/dev/static-server.mjs';
import { fold } from '../../src/vietnamese/fold.ts';
import { launchChromium } from '../support/chromium.ts';
import { searchResultPaths } from '../support/search-page.ts';
import { fixtureSite } from '../support/fixture-site.ts';

// Search lands on the provision (issue 18): in the fixture site (test/support/fixture-site.ts), which
// holds the fictional directives of test/fixtures/cited/documents/ with their text and the fictional
// Quyết định of test/fixtures/documents/, words that stand in one provision only find the document
// first, and its first link to a matching section goes to that provision, named as a reader cites it.
// These cases are not in test/fixtures/search-relevance.json: that set is decided from real content/.

const CASES = [
  // The Party directive (HD 36): a point under a numbered item.
  {
    query: 'hoa ban trắng',
    page: '/van-ban/chi-thi-27-ct-tu/',
    anchor: 'muc-2-a',
    label: 'Mục 2, điểm a',
  },
  {
    query: 'bieu duong',
    page: '/van-ban/chi-thi-27-ct-tu/',
    anchor: 'muc-2-b',
    label: 'Mục 2, điểm b',
  },
  // The state directive (NĐ 30): its part II, and an item of that part.
  {
    query: 'nhiệm vụ cụ thể',
    page: '/van-ban/chi-thi-08-ct-ubnd/',
    anchor: 'phan-ii',
    label: 'Phần II',
  },
  {
    query: 'chợ phiên mây tre đan',
    page: '/van-ban/chi-thi-08-ct-ubnd/',
    anchor: 'muc-2',
    label: 'Mục 2',
  },
  // A state text with articles (the fictional Quyết định): an article, a clause, a point of a clause.
  { query: 'giấy khen', page: '/quyet-dinh-mau-thu/', anchor: 'dieu-1', label: 'Điều 1' },
  {
    query: 'nghề dệt thổ cẩm',
    page: '/quyet-dinh-mau-thu/',
    anchor: 'dieu-2-khoan-2',
    label: 'Khoản 2 Điều 2',
  },
  {
    query: 'che shan tuyet',
    page: '/quyet-dinh-mau-thu/',
    anchor: 'dieu-2-khoan-1-diem-b',
    label: 'Điểm b khoản 1 Điều 2',
  },
];

let browser: Browser;
let server: Awaited<ReturnType<typeof startStaticServer>>;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = await startStaticServer({ root: (await fixtureSite()).dist, base: '/' });
  browser = await launchChromium();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('search lands on the provision of a published text (fixture site)', () => {
  it.each(CASES)('“$query” finds $page first, its first section $label', async (c) => {
    const hrefs = await searchResultPaths(page, server.url, c.query);
    const first = page.locator('#search-results > li').first();
    expect(hrefs[0], `results for “${c.query}”: ${hrefs.join(', ')}`).toBe(c.page);
    const sections = await first
      .locator('.search-result__sections a')
      .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(sections[0], JSON.stringify(sections)).toEqual([c.label, `${c.page}#${c.anchor}`]);
    // The link lands on the provision: the page has the id, and the block holds the searched words.
    await first.locator('.search-result__sections a').first().click();
    await page.waitForURL(`**${c.page}#${c.anchor}`);
    const block = page.locator(`[id="${c.anchor}"]`);
    expect(await block.count()).toBe(1);
    expect(fold(await block.innerText())).toContain(fold(c.query));
    expect(errors).toEqual([]);
  });
});
