import type { Result } from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { preloadAxe, runAxe } from './axe.ts';
import { rawRequest } from './http.ts';

/** A URL found on a page: the element, the attribute as written, and where it resolves. */
export interface FoundLink {
  tag: string;
  raw: string;
  url: string;
}

/** What the crawler saw on one page. */
export interface CrawledPage {
  url: string;
  status: number;
  headers: Record<string, string>;
  html: string;
  /** Bytes of the HTML as sent with gzip (what a reader downloads). */
  gzipBytes: number;
  lang: string | null;
  title: string;
  description: string | null;
  canonical: string | null;
  og: Record<string, string>;
  jsonLd: string[];
  ids: string[];
  links: FoundLink[];
  cspViolations: string[];
  consoleErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
  /** axe's violations in each colour scheme of {@link CrawlOptions.axeSchemes}, in that order. */
  axe: { scheme: ColorScheme; violations: Result[] }[];
}

export type ColorScheme = 'light' | 'dark';

/** The whole crawl: every page reached from the start URLs, and every other same-site URL found. */
export interface CrawlResult {
  pages: Map<string, CrawledPage>;
  /** Status of every internal URL that is not a page (CSS, icon, sitemap, JSON…), keyed by URL. */
  resources: Map<string, number>;
  /** Internal URLs outside the base path, with the page that links to them. */
  escapes: string[];
  /** `#fragment` links whose page has no element with that id. */
  brokenAnchors: string[];
}

export interface CrawlOptions {
  /** Where nginx listens, e.g. `http://127.0.0.1:40123`. */
  origin: string;
  /** The base path the site was built for, e.g. `/thi-dua-2023/`. */
  base: string;
  /** SITE_URL's origin: absolute links to it (canonical, og:url) are checked on `origin` instead. */
  siteOrigin: string;
  /** Extra URLs to open besides the home page (e.g. an unknown URL that must give the 404 page). */
  extra?: string[];
  /** The colour schemes axe runs in on every page, one after the other; none: axe is not run. */
  axeSchemes?: readonly ColorScheme[];
}

/** Records CSP violations into a page array before any of the page's own code runs. */
function recordCspViolations(): void {
  const w = window as unknown as { __cspViolations: string[] };
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__cspViolations.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
    );
  });
}

/** Opens a context whose pages record CSP violations (init scripts run even under a strict CSP). */
export async function newRecordingContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
  });
  await context.addInitScript(recordCspViolations);
  return context;
}

/** The CSP violations a page has recorded so far (the events are queued, so wait a moment). */
export async function cspViolations(page: Page): Promise<string[]> {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
  return page.evaluate(
    () =>
      (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [
        '(recorder missing)',
      ],
  );
}

/** What a page did that the gates look at: CSP messages, console errors, requests. */
export interface PageRecords {
  cspMessages: string[];
  consoleErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

function noRecords(): PageRecords {
  return { cspMessages: [], consoleErrors: [], foreignRequests: [], failedRequests: [] };
}

/**
 * Attaches listeners that record console errors, CSP messages and requests leaving the origin into
 * the records `into` gives at the time of each event.
 */
function recordPage(page: Page, origin: string, into: () => PageRecords): void {
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) into().cspMessages.push(text);
    if (message.type() === 'error') into().consoleErrors.push(text);
  });
  page.on('pageerror', (error) => into().consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) into().foreignRequests.push(url);
  });
  page.on('requestfailed', (request) =>
    into().failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      into().failedRequests.push(`${response.url()}: ${response.status()}`);
    }
  });
}

/** Attaches listeners that record console errors, CSP messages and requests leaving the origin. */
export function watchPage(page: Page, origin: string): PageRecords {
  const seen = noRecords();
  recordPage(page, origin, () => seen);
  return seen;
}

/** Reads what the crawler checks from the rendered document. */
function readDocument() {
  const attr = (selector: string, name: string) =>
    document.querySelector(selector)?.getAttribute(name) ?? null;
  const og: Record<string, string> = {};
  for (const meta of document.querySelectorAll('meta[property^="og:"]')) {
    og[meta.getAttribute('property')!] = meta.getAttribute('content') ?? '';
  }
  const links: { tag: string; raw: string; url: string }[] = [];
  const sources: [string, string][] = [
    ['a[href]', 'href'],
    ['link[href]', 'href'],
    ['form[action]', 'action'],
    ['img[src]', 'src'],
    ['script[src]', 'src'],
    ['source[src]', 'src'],
    ['iframe[src]', 'src'],
  ];
  for (const [selector, name] of sources) {
    for (const el of document.querySelectorAll(selector)) {
      const raw = el.getAttribute(name)!;
      links.push({ tag: el.tagName.toLowerCase(), raw, url: new URL(raw, document.baseURI).href });
    }
  }
  return {
    lang: document.documentElement.getAttribute('lang'),
    title: document.title,
    description: attr('meta[name="description"]', 'content'),
    canonical: attr('link[rel="canonical"]', 'href'),
    og,
    jsonLd: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
      (s) => s.textContent ?? '',
    ),
    ids: [
      ...[...document.querySelectorAll('[id]')].map((e) => e.id),
      ...[...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name')!),
    ],
    links,
  };
}

/** Whether an internal path is a page (crawled in the browser) rather than a file. */
function isPagePath(pathname: string): boolean {
  return pathname.endsWith('/') || pathname.endsWith('.html');
}

/**
 * Crawls the site in Chromium, breadth first from the home page under the base, following every
 * internal link of every page; on each page it records what the quality gates check and runs axe in
 * the colour schemes asked for.
 */
export async function crawlSite(browser: Browser, options: CrawlOptions): Promise<CrawlResult> {
  const { origin, base, siteOrigin } = options;
  const context = await newRecordingContext(browser);
  const pages = new Map<string, CrawledPage>();
  const resources = new Map<string, number>();
  const escapes: string[] = [];
  const anchors: { from: string; raw: string; page: string; id: string }[] = [];
  const queue: string[] = [origin + base, ...(options.extra ?? [])];
  const queued = new Set(queue);

  /** Maps a found URL onto nginx's origin if it is internal (nginx's or SITE_URL's origin). */
  const internal = (href: string): URL | undefined => {
    const url = new URL(href);
    if (url.origin === origin) return url;
    if (url.origin === siteOrigin) return new URL(url.pathname + url.search + url.hash, origin);
    return undefined;
  };

  // One page, navigated from URL to URL (a new page per URL cost about 200 ms more each). It
  // records into the records of the URL being crawled from the moment it is sent there, and into
  // none once it has been checked: what it does as it is left (a request cut short…) counted for no
  // page when each page was closed, and must not count for the next one. It is left for about:blank
  // before the next URL's records start, so nothing of it can run on into them. The context's init
  // script records CSP violations in every document the page loads.
  const page = await context.newPage();
  if ((options.axeSchemes ?? []).length > 0) await preloadAxe(context);
  let recording = noRecords();
  recordPage(page, origin, () => recording);

  try {
    while (queue.length > 0) {
      const url = queue.shift()!;
      const seen = (recording = noRecords());
      // Every page loads in light mode, as a new page did; axe's runs below may switch it.
      await page.emulateMedia({ colorScheme: 'light' });
      const response = await page.goto(url, { waitUntil: 'load' });
      if (!response) throw new Error(`no response for ${url}`);
      const html = await response.text();
      const headers = await response.allHeaders();
      const doc = await page.evaluate(readDocument);
      const violations = await cspViolations(page);
      const axe: CrawledPage['axe'] = [];
      for (const scheme of options.axeSchemes ?? []) {
        await page.emulateMedia({ colorScheme: scheme });
        axe.push({ scheme, violations: await runAxe(page) });
      }
      const gzipped = await rawRequest(url, { headers: { 'Accept-Encoding': 'gzip' } });
      recording = noRecords();
      await page.goto('about:blank');

      pages.set(url, {
        url,
        status: response.status(),
        headers,
        html,
        gzipBytes: gzipped.body.length,
        ...doc,
        cspViolations: [...violations, ...seen.cspMessages],
        consoleErrors: seen.consoleErrors,
        foreignRequests: seen.foreignRequests,
        failedRequests: seen.failedRequests,
        axe,
      });

      for (const link of doc.links) {
        if (!/^https?:/.test(link.url)) continue;
        const target = internal(link.url);
        if (!target) continue;
        if (!target.pathname.startsWith(base)) {
          escapes.push(`${url}: <${link.tag}> ${link.raw} → ${target.pathname}`);
          continue;
        }
        const withoutHash = target.origin + target.pathname + target.search;
        if (target.hash !== '') {
          anchors.push({
            from: url,
            raw: link.raw,
            page: target.origin + target.pathname,
            id: decodeURIComponent(target.hash.slice(1)),
          });
        }
        if (isPagePath(target.pathname)) {
          const pageUrl = target.origin + target.pathname;
          if (!queued.has(pageUrl)) {
            queued.add(pageUrl);
            queue.push(pageUrl);
          }
        } else if (!resources.has(withoutHash)) {
          resources.set(withoutHash, (await rawRequest(withoutHash)).status);
        }
      }
    }
  } finally {
    await context.close();
  }

  const brokenAnchors = anchors
    .filter(({ page, id }) => !(pages.get(page)?.ids.includes(id) ?? false))
    .map(({ from, raw, page, id }) =>
      pages.has(page)
        ? `${from}: ${raw} → no #${id} on ${page}`
        : `${from}: ${raw} → ${page} not crawled`,
    );
  return { pages, resources, escapes, brokenAnchors };
}
