// @ts-check
// Helpers shared by the benchmark scripts (bench.mjs, bench-scale.mjs): clean builds, sizes, tables,
// the search benchmark hook and a Chromium page loader that counts what goes over the network.
import { existsSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../dev/chromium.mjs';
import { PROJECT_DIR } from '../dev/project-copy.mjs';
import { timedRun } from '../dev/timed-run.mjs';

export { PROJECT_DIR };

// The budgets are defined once, in src/constants.ts, for the benches and test/site/budget.test.ts.
export { BUILD_BUDGET_MS, PAGE_BUDGET_BYTES, PAGE_BUDGET_REQUESTS } from '../../src/constants.ts';
/** The one page that may load JavaScript (the search page). */
export { SEARCH_PATH as SEARCH_PAGE } from '../../src/site/routes.ts';

/**
 * A slow mobile connection, as Chrome DevTools' "Slow 4G" preset (formerly "Fast 3G"):
 * 562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up.
 */
export const SLOW_NETWORK = {
  offline: false,
  latency: 562.5,
  downloadThroughput: 180_000,
  uploadThroughput: 84_375,
};

/** The median of a list of numbers (NaN for an empty list). */
export function median(/** @type {number[]} */ values) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Formats a byte count as `12.3 KB` (1 KB = 1024 bytes) or `456 B`. */
export function formatBytes(/** @type {number} */ bytes) {
  if (!Number.isFinite(bytes)) return 'n/a';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

/** Formats milliseconds as `1.23 s` or `456 ms`. */
export function formatMs(/** @type {number} */ ms) {
  if (!Number.isFinite(ms)) return 'n/a';
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** Renders rows as a Markdown table (readable in a terminal, pasteable into the README). */
export function markdownTable(/** @type {string[]} */ header, /** @type {string[][]} */ rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (/** @type {string[]} */ cells) =>
    `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(header),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...rows.map(line),
  ].join('\n');
}

/** The total size in bytes of the files under a folder (0 when it does not exist). */
export async function folderBytes(/** @type {string} */ dir) {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Lists the site-relative path of every page in a built site (`/`, `/van-ban/x/`, `/404.html`), sorted. */
export async function listBuiltPages(/** @type {string} */ distDir) {
  /** @type {string[]} */
  const pages = [];
  for (const entry of await readdir(distDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const rel = join(entry.parentPath, entry.name).slice(distDir.length).split('\\').join('/');
    const path = rel.startsWith('/') ? rel : `/${rel}`;
    if (path.startsWith('/pagefind/') || path.startsWith('/_astro/')) continue;
    if (entry.name === 'index.html') pages.push(path.slice(0, -'index.html'.length));
    else if (path === '/404.html') pages.push(path);
  }
  return pages.sort();
}

/**
 * Deletes a project's build output and caches (dist/, .astro/, node_modules/.astro, node_modules/.vite),
 * then runs `astro build` under the running Node and resolves with its wall and CPU time in ms.
 * @param {string} projectDir
 * @param {{ echo?: boolean }} [options]
 */
export async function cleanBuild(projectDir, { echo = false } = {}) {
  for (const dir of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    await rm(join(projectDir, dir), { recursive: true, force: true });
  }
  const astro = join(projectDir, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // Vite holds every page's module while it bundles, so the build may use up to 16 GB of heap.
  // BENCH_V8_FLAGS passes more V8 flags to the build, for measuring (`--regexp-interpret-all`).
  return timedRun(
    process.execPath,
    [
      '--max-old-space-size=16384',
      ...(process.env['BENCH_V8_FLAGS'] ?? '').split(' ').filter(Boolean),
      astro,
      'build',
    ],
    {
      cwd: projectDir,
      // A bench build is never the portal's: its placeholder address is expected.
      env: { ...process.env, ALLOW_PLACEHOLDER_SITE: '1' },
      echo,
    },
  );
}

/**
 * @typedef {object} SearchFigures
 * @property {{ bytes: number, requests: number, ms: number, longMs: number, longest: number }} first what the first search fetches
 * @property {{ bytes: number, requests: number, ms: number, longMs: number, longest: number }} later what a later search fetches
 * @property {{ bytes: number, requests: number, ms: number, longMs: number, longest: number }} telex a later search typed in Telex
 */

/**
 * @typedef {object} SearchBench the search benchmark's module (scripts/bench/bench-search.mjs)
 * @property {(options: { distDir: string, base: string, runs?: number }) => Promise<SearchFigures>} measureSearch
 * @property {((figures: SearchFigures) => void) | undefined} printSearch
 */

/**
 * The search benchmark (`scripts/bench/bench-search.mjs`: `measureSearch({ distDir, base })`, optionally
 * `printSearch(figures)`), or undefined while it does not exist.
 * @returns {Promise<SearchBench | undefined>}
 */
export async function loadSearchBench() {
  const file = join(PROJECT_DIR, 'scripts', 'bench', 'bench-search.mjs');
  if (!existsSync(file)) return undefined;
  const module = await import(pathToFileURL(file).href);
  if (typeof module.measureSearch !== 'function') return undefined;
  return {
    measureSearch: module.measureSearch,
    printSearch: typeof module.printSearch === 'function' ? module.printSearch : undefined,
  };
}

/** Launches the system's headless Chromium, as the tests do (scripts/dev/chromium.mjs). */
export const launchBrowser = launchChromium;

/**
 * @typedef {object} Fetch one request as the network saw it
 * @property {string} url
 * @property {string} type CDP resource type: Document, Stylesheet, Script, Image, Font, Fetch, Other…
 * @property {string} mimeType
 * @property {number} transferred bytes on the wire, headers included (DevTools' "transferred")
 * @property {number} body encoded (compressed) body bytes
 * @property {boolean} fromCache served from the browser cache, nothing fetched
 */

/**
 * Records every request a page makes through the Chrome DevTools Protocol, including the ones the
 * browser process makes for it (the favicon).
 * @param {import('playwright-core').Page} page
 */
export async function recordNetwork(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  /** @type {Map<string, Fetch & { headerBytes: number, done: boolean }>} */
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (event) => {
    requests.set(event.requestId, {
      url: event.request.url,
      type: event.type ?? 'Other',
      mimeType: '',
      transferred: 0,
      body: 0,
      headerBytes: 0,
      fromCache: false,
      done: false,
    });
  });
  cdp.on('Network.requestServedFromCache', (event) => {
    const request = requests.get(event.requestId);
    if (request) request.fromCache = true;
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = requests.get(event.requestId);
    if (!request) return;
    request.mimeType = event.response.mimeType;
    if (event.response.fromDiskCache || event.response.fromPrefetchCache) request.fromCache = true;
    if (!request.fromCache) request.headerBytes = event.response.encodedDataLength;
  });
  const finish = (/** @type {string} */ id, /** @type {number} */ bytes) => {
    const request = requests.get(id);
    if (!request) return;
    request.done = true;
    if (request.fromCache) return;
    request.transferred = bytes;
    request.body = Math.max(0, bytes - request.headerBytes);
  };
  cdp.on('Network.loadingFinished', (event) => finish(event.requestId, event.encodedDataLength));
  cdp.on('Network.loadingFailed', (event) => finish(event.requestId, 0));
  return {
    cdp,
    /** Resolves once no request has been in flight for `quietMs` (at most `maxMs`). */
    async settle(quietMs = 300, maxMs = 5000) {
      const started = Date.now();
      let quietSince = Date.now();
      while (Date.now() - started < maxMs) {
        if ([...requests.values()].some((r) => !r.done)) quietSince = Date.now();
        else if (Date.now() - quietSince >= quietMs) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    /** The requests recorded so far, and forgets them. @returns {Fetch[]} */
    take() {
      const list = [...requests.values()].map(({ headerBytes, done, ...rest }) => rest);
      requests.clear();
      return list;
    },
  };
}

/** The kind of a fetched resource for the budget columns: html, css, js, or other. */
export function kindOf(/** @type {Fetch} */ request) {
  if (request.type === 'Document' || request.mimeType === 'text/html') return 'html';
  if (request.type === 'Stylesheet' || request.mimeType === 'text/css') return 'css';
  if (request.type === 'Script' || /javascript|wasm/.test(request.mimeType)) return 'js';
  return 'other';
}

/**
 * Loads a URL in a page with a network recorder attached and resolves with the requests that went
 * over the network and the load time (navigation start to the end of the load event, in ms).
 * @param {import('playwright-core').Page} page
 * @param {Awaited<ReturnType<typeof recordNetwork>>} recorder
 * @param {string} url
 */
export async function loadAndRecord(page, recorder, url) {
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() >= 400) {
    throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
  }
  await recorder.settle();
  const loadMs = await page.evaluate(() => {
    const entry = /** @type {PerformanceNavigationTiming | undefined} */ (
      performance.getEntriesByType('navigation')[0]
    );
    return entry ? entry.loadEventEnd : Number.NaN;
  });
  const fetched = recorder.take().filter((r) => !r.fromCache && !r.url.startsWith('data:'));
  return { fetched, loadMs };
}
