// @ts-check
// Measures the search page: bytes and requests a first search and a later one cost, the time from
// the last keystroke to rendered results (medians over fresh browser contexts), and how well it
// ranks: success@1, success@3 and mean reciprocal rank over content/tests/search-relevance.json.
// CLI: `npm run bench:search` (builds first; --no-build uses dist/ as it is; --nginx serves the
// site with Debian's nginx and deploy/nginx.conf instead of scripts/dev/static-server.mjs; --dist
// <folder> measures another build; --relevance-only skips the timings).
// Module: `measureSearch({ distDir, base })`, `measureRelevance({ distDir, base })`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../dev/chromium.mjs';
import { STATUS_DONE } from '../dev/search-status.mjs';
import {
  COLD_EVERY,
  layoutShiftOfUrl,
  openOrSubmit,
  resultPaths,
  submitQuery,
} from '../dev/search-page.mjs';
import { startStaticServer } from '../dev/static-server.mjs';
import { median } from './bench-support.mjs';

/** @typedef {import('playwright-core').Page} Page */
/**
 * @typedef {object} RelevanceCase a query and the pages a reader expects for it
 * @property {string} query
 * @property {string[]} expect site-relative paths; empty for hostile input
 * @property {1 | 3} top the rank within which one expected page must appear
 * @property {string} kind how the query is typed (code, telex, vni, typo, hostile…)
 */

/** The relevance set of the campaign in content/: every case of content/tests/search-relevance.json. */
export function relevanceCases() {
  const file = new URL('../../content/tests/search-relevance.json', import.meta.url);
  return /** @type {{ cases: RelevanceCase[] }} */ (JSON.parse(readFileSync(file, 'utf8'))).cases;
}

/**
 * Waits in the page until the status announces results; resolves with performance.now() then.
 * @param {Page} page
 * @param {string} query
 * @returns {Promise<number>}
 */
function whenRendered(page, query) {
  return page.evaluate(
    ({ q, done }) =>
      new Promise((resolve) => {
        const status = /** @type {HTMLElement} */ (document.querySelector('#search-status'));
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (done.some((prefix) => text.startsWith(prefix)) && text.includes(`“${q}”`)) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      }),
    { q: query, done: STATUS_DONE },
  );
}

/**
 * @typedef {object} Counter the requests of a page since the last reset
 * @property {() => void} reset
 * @property {() => Promise<void>} settle
 * @property {() => number} bytes
 * @property {() => number} requests
 * @property {() => string[]} urls
 */

/**
 * Types a query as a person would (focus, then keys 60 ms apart) and measures from the last
 * keystroke to rendered results, plus the bytes and requests that the search caused.
 * @param {Page} page
 * @param {string} query
 * @param {Counter} counter
 */
async function typeQuery(page, query, counter) {
  counter.reset();
  const input = page.locator('#search-q');
  await input.focus();
  await input.fill('');
  // The time of the last key as the page saw it (keyboard.type returns a key delay later).
  await page.evaluate(() => {
    const box = /** @type {HTMLInputElement} */ (document.querySelector('#search-q'));
    box.addEventListener('input', () => {
      /** @type {any} */ (window).lastKey = performance.now();
    });
  });
  // Main-thread tasks over 50 ms while the query is typed and searched (what makes typing stall).
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.longTasks = [];
    w.longObserver?.disconnect();
    w.longObserver = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    });
    w.longObserver.observe({ type: 'longtask' });
  });
  const rendered = whenRendered(page, query);
  await page.keyboard.type(query, { delay: 60 });
  const ms = (await rendered) - (await page.evaluate(() => /** @type {any} */ (window).lastKey));
  await page.waitForLoadState('networkidle');
  await counter.settle();
  /** @type {number[]} */
  const long = await page.evaluate(() => /** @type {any} */ (window).longTasks);
  if (process.env.BENCH_DEBUG) console.error(query, counter.urls());
  return {
    ms,
    bytes: counter.bytes(),
    requests: counter.requests(),
    longMs: long.reduce((a, b) => a + b, 0),
    longest: Math.max(0, ...long),
  };
}

/**
 * Submits a query without focusing the box first (a cold engine) and measures to rendered results.
 * @param {Page} page
 * @param {string} query
 */
async function submitCold(page, query) {
  const rendered = whenRendered(page, query);
  const start = await submitQuery(page, query);
  return (await rendered) - start;
}

/**
 * @typedef {object} Served a built site on loopback
 * @property {string} url origin and base
 * @property {() => Promise<void>} close
 */

/**
 * Serves a built site with scripts/dev/static-server.mjs (gzip, few headers).
 * @param {{ root: string, base: string }} options
 * @returns {Promise<Served>}
 */
function serveStatic({ root, base }) {
  return startStaticServer({ root, base });
}

/**
 * Serves a built site with Debian's nginx and deploy/nginx.conf, security headers included, as
 * the hosting tests do (scripts/dev/nginx.ts).
 * @param {{ root: string, base: string }} options
 * @returns {Promise<Served>}
 */
async function serveNginx({ root, base }) {
  const { startNginx } = await import('../dev/nginx.ts');
  const nginx = await startNginx({ siteDir: root, base });
  return { url: nginx.url, close: () => nginx.stop() };
}

/**
 * The bytes a request cost on the wire, headers included. Chromium reports no body size for a
 * worker's own script (pagefind-worker.js arrives as its 0.3 KB of headers): its Content-Length,
 * the compressed size, stands in, or, when the server compressed on the fly without one (nginx),
 * the body gzipped at level 6, as both servers send it.
 * @param {import('playwright-core').Request} request
 */
export async function transferred(request) {
  const sizes = await request.sizes();
  let body = sizes.responseBodySize;
  const response = await request.response();
  if (body === 0 && response) {
    const headers = response.headers();
    body = Number(headers['content-length'] ?? 0);
    if (!headers['content-length'] && headers['content-encoding'] === 'gzip')
      body = gzipSync(await response.body(), { level: 6 }).length;
  }
  return sizes.responseHeadersSize + body;
}

/**
 * Measures a first and a later search against a built site; medians over `runs` fresh contexts.
 * A third query, typed in Telex, is timed like the later one: reading it as Vietnamese, its
 * phrase and pair searches included.
 * @param {{ distDir: string, base?: string, runs?: number, queries?: [string, string, string], serve?: typeof serveStatic }} options
 */
export async function measureSearch({
  distDir,
  base = '/',
  runs = 5,
  queries = ['chi thi 34', 'chuyen doi so', 'tham nhuxng'],
  serve = serveStatic,
}) {
  const server = await serve({ root: distDir, base });
  const browser = await launchChromium();
  /** @typedef {{ ms: number, bytes: number, requests: number, longMs: number, longest: number }} Typed */
  /** @type {Typed[]} */
  const first = [];
  /** @type {Typed[]} */
  const later = [];
  /** @type {Typed[]} */
  const telex = [];
  /** @type {{ ms: number }[]} */
  const cold = [];
  /** @type {number[]} */
  const shift = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Every request of the page and of its worker, with the bytes that crossed the wire.
      /** @type {(Promise<{ url: string, bytes: number }> | { url: string, bytes: number })[]} */
      let seen = [];
      context.on('requestfinished', (request) => {
        if (request.url().endsWith('/favicon.svg')) return; // page chrome, not search
        seen.push(transferred(request).then((bytes) => ({ url: request.url(), bytes })));
      });
      /** @type {{ url: string, bytes: number }[]} */
      let settled = [];
      /** @type {Counter} */
      const counter = {
        reset: () => {
          seen = [];
          settled = [];
        },
        settle: async () => {
          settled = await Promise.all(seen);
        },
        bytes: () => settled.reduce((a, b) => a + b.bytes, 0),
        requests: () => settled.length,
        urls: () => settled.map((s) => s.url),
      };
      await page.goto(new URL('tim-kiem/', server.url).href, { waitUntil: 'networkidle' });
      first.push(await typeQuery(page, queries[0], counter));
      later.push(await typeQuery(page, queries[1], counter));
      telex.push(await typeQuery(page, queries[2], counter));
      await page.goto(new URL('tim-kiem/', server.url).href, { waitUntil: 'networkidle' });
      cold.push({ ms: await submitCold(page, queries[0]) });
      shift.push(await layoutShiftOfUrl(page, server.url, queries[0]));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  /** @param {Typed[]} list */
  const summarise = (list) => ({
    bytes: median(list.map((r) => r.bytes)),
    requests: median(list.map((r) => r.requests)),
    ms: Math.round(median(list.map((r) => r.ms))),
    longMs: Math.round(median(list.map((r) => r.longMs))),
    longest: Math.round(median(list.map((r) => r.longest))),
  });
  return {
    first: summarise(first),
    later: summarise(later),
    telex: summarise(telex),
    coldMs: Math.round(median(cold.map((r) => r.ms))),
    shift: Math.max(...shift),
    runs,
  };
}

/**
 * Prints the search figures as a small table.
 * @param {Awaited<ReturnType<typeof measureSearch>>} figures
 */
export function printSearch({ first, later, telex, coldMs, shift, runs }) {
  /** @param {number} n */
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Search (median of ${runs} fresh browser contexts, gzip on loopback)`);
  console.log(
    '| search | transferred | requests | query → rendered | long tasks while typing (total / longest) |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: |');
  /** @param {string} name @param {{ bytes: number, requests: number, ms: number, longMs: number, longest: number }} r */
  const row = (name, r) =>
    console.log(
      `| ${name} | ${kb(r.bytes)} | ${r.requests} | ${r.ms} ms | ${r.longMs} ms / ${r.longest} ms |`,
    );
  row('first', first);
  row('later', later);
  row('later, Telex', telex);
  console.log(
    '(time: last keystroke → results; the engine starts loading when the box gets focus)',
  );
  console.log(`cold submit, engine not yet loaded (page opened with ?q=): ${coldMs} ms to results`);
  console.log(
    `layout shift of /tim-kiem/?q= (412 × 823, worst of ${runs}): ${shift.toFixed(3)} (≤ 0.05: ${shift <= 0.05 ? 'PASS' : 'MISS'})`,
  );
  const slowest = Math.max(first.ms, later.ms, telex.ms);
  console.log(
    `first search ≤ 90 KB: ${first.bytes <= 90 * 1024 ? 'PASS' : 'MISS'}; later ≤ 3 KB: ${Math.max(later.bytes, telex.bytes) <= 3 * 1024 ? 'PASS' : 'MISS'}; results ≤ 150 ms after the last keystroke: ${slowest <= 150 ? 'PASS' : 'MISS'}`,
  );
}

/**
 * Runs every case of the relevance set in Chromium and returns, per case, the shown result paths
 * (base removed) and the rank of the first expected page (0: not shown). One page serves every
 * case: the query goes into the box and the form is submitted, the path a reader takes; every
 * COLD_EVERY-th case opens `/tim-kiem/?q=` afresh instead, the path of a shared link.
 * @param {{ distDir: string, base?: string, cases?: RelevanceCase[] }} options
 */
export async function measureRelevance({ distDir, base = '/', cases = relevanceCases() }) {
  const server = await startStaticServer({ root: distDir, base });
  const browser = await launchChromium();
  /** @type {(RelevanceCase & { shown: string[], rank: number })[]} */
  const ranked = [];
  try {
    const page = await browser.newPage();
    for (const [i, c] of cases.entries()) {
      await openOrSubmit(page, server.url, c.query, i % COLD_EVERY === 0);
      const shown = await resultPaths(page, base);
      const rank = shown.findIndex((path) => c.expect.includes(path)) + 1;
      ranked.push({ ...c, shown, rank });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return ranked;
}

/**
 * Success@1, success@3 and mean reciprocal rank over the cases that expect a page.
 * @param {{ expect: string[], rank: number }[]} ranked
 */
export function relevanceFigures(ranked) {
  const judged = ranked.filter((r) => r.expect.length > 0);
  const share = (/** @type {(r: { rank: number }) => boolean} */ test) =>
    judged.filter(test).length / judged.length;
  return {
    queries: judged.length,
    hostile: ranked.length - judged.length,
    at1: share((r) => r.rank === 1),
    at3: share((r) => r.rank >= 1 && r.rank <= 3),
    mrr: judged.reduce((sum, r) => sum + (r.rank > 0 ? 1 / r.rank : 0), 0) / judged.length,
  };
}

/**
 * Prints the relevance figures, overall and per way of typing, the cases that miss their rank and
 * those within it but not first, with the pages above them.
 * @param {Awaited<ReturnType<typeof measureRelevance>>} ranked
 */
export function printRelevance(ranked) {
  const all = relevanceFigures(ranked);
  /** @param {number} x */
  const pct = (x) => `${(x * 100).toFixed(1)} %`;
  console.log(
    `\nRelevance (${all.queries} queries + ${all.hostile} hostile, content/tests/search-relevance.json, ranks ≤ 5 shown first)`,
  );
  console.log('| typed as | queries | success@1 | success@3 | MRR |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const kinds = [...new Set(ranked.filter((r) => r.expect.length > 0).map((r) => r.kind))];
  for (const kind of kinds) {
    const f = relevanceFigures(ranked.filter((r) => r.kind === kind));
    console.log(`| ${kind} | ${f.queries} | ${pct(f.at1)} | ${pct(f.at3)} | ${f.mrr.toFixed(3)} |`);
  }
  console.log(
    `| **all** | ${all.queries} | ${pct(all.at1)} | ${pct(all.at3)} | ${all.mrr.toFixed(3)} |`,
  );
  const misses = ranked.filter((r) => r.expect.length > 0 && (r.rank === 0 || r.rank > r.top));
  for (const r of misses)
    console.log(
      `MISS “${r.query}” wants ${r.expect.join(' | ')} in top ${r.top}: ${r.shown.join(', ')}`,
    );
  // Within their top but not first: what outranks them (the cases success@1 counts against).
  for (const r of ranked.filter((r) => r.rank > 1 && r.rank <= r.top))
    console.log(`rank ${r.rank} “${r.query}” (${r.kind}): ${r.shown.slice(0, r.rank).join(', ')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build:local'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  // --dist <folder>: measure another build (for example a copy of dist/ kept from before a change).
  const at = process.argv.indexOf('--dist');
  const distDir =
    at > 0 && process.argv[at + 1]
      ? new URL(`file://${process.argv[at + 1]?.replace(/\/?$/, '/')}`)
      : new URL('../../dist/', import.meta.url);
  if (!existsSync(new URL('pagefind/pagefind.js', distDir))) {
    console.error('dist/pagefind is missing: the build did not index the site');
    process.exit(1);
  }
  const options = { distDir: fileURLToPath(distDir), base: process.env['BASE_PATH'] ?? '/' };
  if (!process.argv.includes('--relevance-only')) {
    const nginx = process.argv.includes('--nginx');
    if (nginx) console.log('Served by nginx with deploy/nginx.conf (HTTP/1.1, security headers)');
    printSearch(await measureSearch({ ...options, serve: nginx ? serveNginx : serveStatic }));
  }
  printRelevance(await measureRelevance(options));
}
