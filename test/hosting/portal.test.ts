import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatViolations } from '../support/axe.ts';
import { assertBuild, fixtureBuilds, type SiteBuild } from '../support/builds.ts';
import { artifactPath, launchChromium } from '../support/chromium.ts';
import { crawlSite, type CrawlResult } from '../support/crawl.ts';
import { formatHtmlErrors, validateHtml } from '../support/html-validate.ts';
import { rawRequest } from '../support/http.ts';
import { listPages } from '../support/site.ts';
import { startNginx, type NginxServer } from '../../scripts/dev/nginx.ts';

// The fixture site's two builds (test/support/fixture-site.ts), at the root and for a portal
// sub-path, served by nginx with deploy/nginx.conf and crawled in Chromium from the home page.

/** The header every response must carry: the one deploy/security-headers.conf sets. */
const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
/** A URL under the base that matches no page. */
const UNKNOWN = 'khong-co-trang-nay/';

/**
 * axe runs once per page and colour scheme, in the sub-path crawl: its results do not depend on the
 * base path, and this build is served as the portal serves it (CSP on). The menu-open runs are in
 * test/browser/phone.test.ts, the fixture document types in test/browser/document-types.test.ts.
 */
const AXE_SCHEMES = ['light', 'dark'] as const;

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(['root', 'subpath'] as const)('the %s build through nginx', (which) => {
  let build: SiteBuild;
  let nginx: NginxServer;
  let crawl: CrawlResult;
  /** The 404 page as nginx serves it for UNKNOWN. */
  const notFound = () => crawl.pages.get(nginx.url + UNKNOWN)!;
  /** Every distinct page: the site's pages, then the 404 page as served for UNKNOWN. */
  const distinctPages = () => [...crawl.pages.values()].filter((p) => !p.url.endsWith('/404.html'));
  /** The crawled pages that must exist (status 200): all but the 404 page. */
  const okPages = () => distinctPages().filter((p) => p !== notFound());
  /** The site-relative path of a crawled URL. */
  const sitePath = (url: string) => new URL(url).pathname.slice(build.base.length);

  beforeAll(async () => {
    build = fixtureBuilds()[which];
    assertBuild(build);
    nginx = await startNginx({ siteDir: build.dir, base: build.base });
    crawl = await crawlSite(browser, {
      origin: nginx.origin,
      base: build.base,
      siteOrigin: build.site,
      extra: [nginx.url + UNKNOWN],
      axeSchemes: which === 'subpath' ? AXE_SCHEMES : [],
    });
    const summary = okPages().map((p) => ({
      path: sitePath(p.url),
      htmlBytes: Buffer.byteLength(p.html),
      gzipBytes: p.gzipBytes,
    }));
    const file = artifactPath('hosting', `crawl-${build.base === '/' ? 'root' : 'subpath'}.json`);
    writeFileSync(file, `${JSON.stringify({ base: build.base, pages: summary }, null, 2)}\n`);
  });

  afterAll(async () => {
    await nginx?.stop();
  });

  it('reaches every page the build has from the home page, each with status 200', () => {
    const paths = okPages().map((p) => sitePath(p.url));
    // Every page of the build, so a crawl that stops early cannot pass.
    for (const required of listPages(build.dir).map((path) => path.slice(1)))
      expect(paths, `page ${required || '(home)'}`).toContain(required);
    for (const page of okPages()) expect(page.status, page.url).toBe(200);
  });

  it('serves every page with the security headers (so the checks below run under the CSP)', () => {
    for (const page of crawl.pages.values()) {
      expect(page.headers['content-security-policy'], page.url).toBe(CSP);
      expect(page.headers['x-content-type-options'], page.url).toBe('nosniff');
      expect(page.headers['referrer-policy'], page.url).toBe('strict-origin-when-cross-origin');
      expect(page.headers['permissions-policy'], page.url).toMatch(/camera=\(\)/);
      expect(page.headers['cache-control'], page.url).toBe('no-cache');
    }
  });

  it('resolves every internal link, asset and #anchor, and no link leaves the base path', () => {
    expect(crawl.escapes).toEqual([]);
    expect(crawl.brokenAnchors).toEqual([]);
    const badResources = [...crawl.resources].filter(([, status]) => status !== 200);
    expect(badResources).toEqual([]);
    expect(crawl.resources.size, 'stylesheet, icon, sitemap…').toBeGreaterThan(2);
    const links = [...crawl.pages.values()].reduce((n, p) => n + p.links.length, 0);
    expect(links).toBeGreaterThan(300);
  });

  it('has 0 CSP violations, 0 console errors, 0 failed requests and 0 requests to other hosts', () => {
    for (const page of crawl.pages.values()) {
      // Chromium logs the 404 status of the document itself; nothing else may be logged.
      const expectedErrors =
        page === notFound()
          ? ['Failed to load resource: the server responded with a status of 404 (Not Found)']
          : [];
      expect(page.cspViolations, `${page.url}: CSP`).toEqual([]);
      expect(page.consoleErrors, `${page.url}: console`).toEqual(expectedErrors);
      expect(page.foreignRequests, `${page.url}: other hosts`).toEqual([]);
      expect(page.failedRequests, `${page.url}: failed`).toEqual([]);
    }
  });

  if (which === 'subpath')
    it('has 0 axe-core violations (WCAG 2.1 A/AA, best practice) on every page, in light and dark mode', () => {
      expect(distinctPages().length).toBeGreaterThan(15);
      for (const page of crawl.pages.values()) {
        expect(
          page.axe.map((run) => run.scheme),
          page.url,
        ).toEqual(AXE_SCHEMES);
        for (const { scheme, violations } of page.axe)
          expect(violations, `${page.url} (${scheme}):\n${formatViolations(violations)}`).toEqual(
            [],
          );
      }
    });

  it('has 0 html-validate errors on every page', async () => {
    for (const page of crawl.pages.values()) {
      const errors = await validateHtml(page.html, sitePath(page.url) || 'index.html');
      expect(errors, formatHtmlErrors(page.url, errors)).toEqual([]);
    }
  });

  it('declares Vietnamese, a unique title and description, canonical and Open Graph URLs on every page', () => {
    const titles = new Set<string>();
    const descriptions = new Set<string>();
    // The 404 page is no address of its own: no canonical URL, and search engines keep it out.
    expect(notFound().canonical).toBeNull();
    expect(notFound().og['og:url']).toBeUndefined();
    expect(notFound().html).toContain('<meta name="robots" content="noindex">');
    for (const page of distinctPages()) {
      const expectedUrl = page === notFound() ? null : build.site + new URL(page.url).pathname;
      expect(page.lang, page.url).toBe('vi');
      expect(page.title.length, page.url).toBeGreaterThan(5);
      expect(titles.has(page.title), `${page.url} repeats the title "${page.title}"`).toBe(false);
      titles.add(page.title);
      expect(page.description?.length ?? 0, page.url).toBeGreaterThan(30);
      expect(descriptions.has(page.description!), `${page.url} repeats its description`).toBe(
        false,
      );
      descriptions.add(page.description!);
      expect(page.canonical, page.url).toBe(expectedUrl);
      expect(page.og['og:url'] ?? null, page.url).toBe(expectedUrl);
      expect(page.og['og:locale'], page.url).toBe('vi_VN');
      expect(page.og['og:title'], page.url).toBe(page.title);
      expect(page.og['og:type'], page.url).toMatch(/^(website|article)$/);
    }
  });

  it('describes each campaign document and each cited document as schema.org Legislation in JSON-LD', () => {
    const withLd = okPages().filter((p) => p.jsonLd.length > 0);
    // Seven campaign documents and five cited documents.
    expect(withLd).toHaveLength(12);
    for (const page of withLd) {
      expect(page.jsonLd, page.url).toHaveLength(1);
      const ld = JSON.parse(page.jsonLd[0]!) as Record<string, unknown>;
      expect(ld['@type'], page.url).toBe('Legislation');
      expect(ld['url'], page.url).toBe(page.canonical);
      expect(ld['inLanguage']).toBe('vi');
      expect(ld['publisher']).toMatchObject({
        '@type': 'GovernmentOrganization',
        name: 'Sở Giáo dục và Đào tạo tỉnh Sơn Hà',
        url: build.site + build.base,
      });
    }
    const report = JSON.parse(
      crawl.pages.get(`${nginx.url}bao-cao-mau-thu/`)!.jsonLd[0]!,
    ) as Record<string, unknown>;
    expect(report).toMatchObject({
      legislationType: 'Báo cáo',
      legislationIdentifier: '…/BC-SGDĐT',
      legislationDate: '2025-12',
    });
  });

  it('serves its own 404 page, with status 404, for an unknown URL, linking back inside the base', async () => {
    const page = notFound();
    expect(page.status).toBe(404);
    expect(page.title).toContain('Không tìm thấy trang');
    const anchors = page.links.filter((l) => l.tag === 'a');
    expect(anchors.length).toBeGreaterThan(3);
    for (const link of anchors) {
      if (link.raw.startsWith('#')) continue;
      expect(new URL(link.url).pathname.startsWith(build.base), link.raw).toBe(true);
    }
    expect(anchors.some((l) => l.raw === build.base)).toBe(true);
    // A missing asset gets the same page and status, not nginx's default page.
    const missing = await rawRequest(`${nginx.url}_astro/khong-co.css`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString()).toContain('Không tìm thấy trang');
  });

  it('lists exactly the crawled pages in the sitemap, under SITE_URL + BASE_PATH', async () => {
    const index = (await rawRequest(`${nginx.url}sitemap-index.xml`)).body.toString();
    const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(sitemaps.length).toBeGreaterThan(0);
    const listed: string[] = [];
    for (const sitemap of sitemaps) {
      expect(sitemap.startsWith(build.site + build.base), sitemap).toBe(true);
      const xml = await rawRequest(nginx.origin + new URL(sitemap).pathname);
      expect(xml.status, sitemap).toBe(200);
      listed.push(...[...xml.body.toString().matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!));
    }
    const crawled = okPages().map((p) => build.site + new URL(p.url).pathname);
    expect([...listed].sort()).toEqual([...crawled].sort());
  });

  it('has a robots.txt that points to the absolute sitemap index URL', async () => {
    const robots = await rawRequest(`${nginx.url}robots.txt`);
    expect(robots.status).toBe(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    const text = robots.body.toString();
    expect(text).toContain(`Sitemap: ${build.site}${build.base}sitemap-index.xml\n`);
    expect(text).toMatch(/^User-agent: \*$/m);
    expect(text).not.toMatch(/^Disallow: \/\s*$/m);
  });

  it('publishes the open JSON index, whose every url is a page that nginx serves', async () => {
    const response = await rawRequest(`${nginx.url}du-lieu/van-ban.json`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const index = JSON.parse(response.body.toString()) as {
      site: { url: string };
      documents: { url: string }[];
    };
    expect(index.site.url).toBe(build.site + build.base);
    // Seven campaign documents and five cited documents.
    expect(index.documents).toHaveLength(12);
    for (const doc of index.documents) {
      expect(doc.url.startsWith(build.site + build.base), doc.url).toBe(true);
      expect(crawl.pages.get(nginx.origin + new URL(doc.url).pathname)?.status, doc.url).toBe(200);
    }
  });

  it('keeps pages small: the biggest page is under 80 KB of HTML', () => {
    const biggest = Math.max(...okPages().map((p) => Buffer.byteLength(p.html)));
    expect(biggest).toBeLessThan(80_000);
    // Reading dist/ directly agrees with what nginx sent.
    const home = readFileSync(join(build.dir, 'index.html'), 'utf8');
    expect(crawl.pages.get(nginx.url)!.html).toBe(home);
  });
});
