import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuild, SUBPATH_BUILD } from '../support/builds.ts';
import { launchChromium } from '../support/chromium.ts';
import { cspViolations, newRecordingContext, watchPage } from '../support/crawl.ts';
import { startNginx, type NginxServer } from '../../scripts/dev/nginx.ts';

// Pagefind's search as the portal serves it: under the sub-path, with the CSP (its wasm needs
// 'wasm-unsafe-eval', its index files come pre-gzipped as application/octet-stream).

let browser: Browser;
let nginx: NginxServer;

beforeAll(async () => {
  assertBuild(SUBPATH_BUILD);
  nginx = await startNginx({ siteDir: SUBPATH_BUILD.dir, base: SUBPATH_BUILD.base });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
});

describe('search through nginx under the sub-path, CSP on', () => {
  it('finds Chỉ thị 34-CT/TW for "chi thi 34", with no CSP violation, error or third-party request', async () => {
    const context = await newRecordingContext(browser);
    const page = await context.newPage();
    const seen = watchPage(page, nginx.origin);
    const response = await page.goto(`${nginx.url}tim-kiem/?q=chi%20thi%2034`);
    expect(response?.status()).toBe(200);
    const target = `${SUBPATH_BUILD.base}van-ban/chi-thi-34-ct-tw/`;
    expect(await page.locator('#search-results').count(), 'the page has #search-results').toBe(1);
    const hit = page.locator(`#search-results a[href="${target}"]`);
    await hit
      .first()
      .waitFor({ state: 'attached', timeout: 20_000 })
      .catch(async () => {
        const shown = await page.locator('#search-results').innerText();
        throw new Error(`no link to ${target} in #search-results after 20 s; it shows:\n${shown}`);
      });
    expect(await hit.count()).toBeGreaterThan(0);
    // It searched in Pagefind's worker: the CSP lets it start (not the main-thread fallback).
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([
      `${SUBPATH_BUILD.base}pagefind/pagefind-worker.js`,
    ]);
    expect(await cspViolations(page)).toEqual([]);
    expect(seen.cspMessages).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
    expect(seen.failedRequests).toEqual([]);
    await context.close();
  });
});
