import { describe, expect, it } from 'vitest';
import { usePortalSite } from '../support/served.ts';
import { fixtureBuilds } from '../support/builds.ts';
import { cspViolations, newRecordingContext, watchPage } from '../support/crawl.ts';

// Pagefind's search as the portal serves it: the fixture site under its sub-path, with the CSP (its
// wasm needs 'wasm-unsafe-eval', its index files come pre-gzipped as application/octet-stream).

const site = usePortalSite();

describe('search through nginx under the sub-path, CSP on', () => {
  it('finds Chỉ thị 19-CT/TU for "chi thi 19", with no CSP violation, error or third-party request', async () => {
    const base = fixtureBuilds().subpath.base;
    const context = await newRecordingContext(site.browser);
    const page = await context.newPage();
    const seen = watchPage(page, site.nginx.origin);
    const response = await page.goto(`${site.nginx.url}tim-kiem/?q=chi%20thi%2019`);
    expect(response?.status()).toBe(200);
    const target = `${base}van-ban/chi-thi-19-ct-tu/`;
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
      `${base}pagefind/pagefind-worker.js`,
    ]);
    expect(await cspViolations(page)).toEqual([]);
    expect(seen.cspMessages).toEqual([]);
    expect(seen.consoleErrors).toEqual([]);
    expect(seen.foreignRequests).toEqual([]);
    expect(seen.failedRequests).toEqual([]);
    await context.close();
  });
});
