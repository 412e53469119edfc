// @ts-check
// `npm run bench`: page budgets. Builds the site from clean (timed), serves dist/ gzipped on loopback,
// loads every page in headless Chromium (a fresh browser context per load, so nothing is cached) and
// prints, page by page, what went over the network, then the search figures and the build time.
// Options: --runs <n> loads per page for the median load time (default 3); --builds <n> clean builds
// for the median build time (default 3); --no-slow skips the emulated slow-network load;
// --no-build measures the existing dist/. Env BASE_PATH as for the build.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  BUILD_BUDGET_MS,
  cleanBuild,
  formatBytes,
  formatMs,
  kindOf,
  launchBrowser,
  listBuiltPages,
  loadAndRecord,
  loadSearchBench,
  markdownTable,
  median,
  PAGE_BUDGET_BYTES,
  PAGE_BUDGET_REQUESTS,
  PROJECT_DIR,
  recordNetwork,
  SEARCH_PAGE,
  SLOW_NETWORK,
} from './bench-support.mjs';
import { normalizeBase, startStaticServer } from '../dev/static-server.mjs';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    builds: { type: 'string', default: '3' },
    'no-slow': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(args.runs));
const BUILDS = args['no-build'] ? 0 : Math.max(1, Number(args.builds));
const BASE = normalizeBase(process.env['BASE_PATH']);
const DIST_DIR = join(PROJECT_DIR, 'dist');

/** @param {string} message */
const progress = (message) => process.stderr.write(`[bench] ${message}\n`);

/** PASS or MISS. */
const verdict = (/** @type {boolean} */ ok) => (ok ? 'PASS' : 'MISS');

/**
 * Sums a page's fetches by kind.
 * @param {import('./bench-support.mjs').Fetch[]} fetched
 */
function summarise(fetched) {
  const bytes = { html: 0, css: 0, js: 0, other: 0 };
  for (const request of fetched) bytes[kindOf(request)] += request.body;
  return {
    transferred: fetched.reduce((sum, r) => sum + r.transferred, 0),
    requests: fetched.length,
    ...bytes,
    cssUrls: fetched.filter((r) => kindOf(r) === 'css').map((r) => r.url),
    jsRequests: fetched.filter((r) => kindOf(r) === 'js').length,
  };
}

// 1. Clean builds, timed.
/** @type {number[]} */
const buildTimes = [];
/** @type {number[]} */
const buildCpuTimes = [];
for (let i = 1; i <= BUILDS; i++) {
  progress(`clean build ${i}/${BUILDS}…`);
  const { ms, cpuMs } = await cleanBuild(PROJECT_DIR);
  buildTimes.push(ms);
  buildCpuTimes.push(cpuMs);
  progress(`  ${formatMs(ms)} (CPU ${formatMs(cpuMs)})`);
}

// 2. Serve dist/ compressed on loopback and load every page.
const server = await startStaticServer({ root: DIST_DIR, base: BASE, compress: true });
const browser = await launchBrowser();
const pages = await listBuiltPages(DIST_DIR);
const urlOf = (/** @type {string} */ path) => new URL(path.replace(/^\//, ''), server.url).href;

/**
 * Loads a page in a fresh browser context and returns what it fetched and how long it took.
 * @param {string} path
 * @param {typeof SLOW_NETWORK | undefined} network
 */
async function freshLoad(path, network) {
  const context = await browser.newContext({ locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    const recorder = await recordNetwork(page);
    if (network) await recorder.cdp.send('Network.emulateNetworkConditions', network);
    return await loadAndRecord(page, recorder, urlOf(path));
  } finally {
    await context.close();
  }
}

/** @type {{ path: string, summary: ReturnType<typeof summarise>, loadMs: number, slowMs: number, misses: string[] }[]} */
const results = [];
try {
  for (const path of pages) {
    progress(`loading ${path} (${RUNS}×${args['no-slow'] ? '' : ' + 1 slow-network'})`);
    /** @type {number[]} */
    const times = [];
    let summary;
    for (let run = 0; run < RUNS; run++) {
      const { fetched, loadMs } = await freshLoad(path, undefined);
      times.push(loadMs);
      summary ??= summarise(fetched);
    }
    if (!summary) throw new Error('no run');
    const slowMs = args['no-slow'] ? Number.NaN : (await freshLoad(path, SLOW_NETWORK)).loadMs;
    const misses = [];
    if (summary.transferred > PAGE_BUDGET_BYTES) misses.push(`> ${formatBytes(PAGE_BUDGET_BYTES)}`);
    if (summary.requests > PAGE_BUDGET_REQUESTS) misses.push(`${summary.requests} requests`);
    if (path !== SEARCH_PAGE && summary.js > 0) misses.push('loads JS');
    results.push({ path, summary, loadMs: median(times), slowMs, misses });
  }

  // 3. CSS: one file, the same URL on every page, fetched once per visit to the site.
  progress('walking every page in one browser context (cache check)…');
  const context = await browser.newContext({ locale: 'vi-VN' });
  const page = await context.newPage();
  const recorder = await recordNetwork(page);
  /** @type {{ path: string, cssFetched: number, requests: number, transferred: number }[]} */
  const walk = [];
  for (const path of pages) {
    const { fetched } = await loadAndRecord(page, recorder, urlOf(path));
    walk.push({
      path,
      cssFetched: fetched.filter((r) => kindOf(r) === 'css').length,
      requests: fetched.length,
      transferred: fetched.reduce((sum, r) => sum + r.transferred, 0),
    });
  }
  await context.close();

  // 4. Search figures, from the search benchmark when it exists.
  progress('search…');
  const searchBench = await loadSearchBench();
  const search = searchBench
    ? await searchBench.measureSearch({ distDir: DIST_DIR, base: BASE })
    : undefined;

  // 5. Print.
  const header = [
    'page',
    'transferred',
    'requests',
    'HTML',
    'CSS',
    'JS',
    'other',
    `load (median of ${RUNS})`,
    'slow network',
    'budget',
  ];
  const rows = results.map(({ path, summary: s, loadMs, slowMs, misses }) => [
    path,
    formatBytes(s.transferred),
    String(s.requests),
    formatBytes(s.html),
    formatBytes(s.css),
    path === SEARCH_PAGE && s.js > 0 ? `${formatBytes(s.js)} (search)` : formatBytes(s.js),
    formatBytes(s.other),
    formatMs(loadMs),
    formatMs(slowMs),
    misses.length === 0 ? 'PASS' : `MISS (${misses.join(', ')})`,
  ]);

  const cssUrls = new Set(results.flatMap((r) => r.summary.cssUrls));
  const everyPageOneCss = results.every((r) => r.summary.cssUrls.length === 1);
  const cssFetches = walk.reduce((sum, w) => sum + w.cssFetched, 0);
  const letter = results.find((r) => r.path === '/cong-van/');
  const buildMs = median(buildTimes);
  const otherPages = results.filter((r) => r.path !== '/cong-van/');

  const now = new Date();
  console.log(
    `\n## Page budgets — ${now.toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`,
  );
  console.log(
    `Fresh browser context per load (empty cache), gzip on loopback. "transferred" counts headers and compressed bodies;` +
      ` HTML/CSS/JS/other are compressed bodies. 1 KB = 1024 B. Load time: median of ${RUNS} loads on loopback` +
      ` (a shared machine: noisy); slow network: 1 load with Chrome's "Slow 4G" emulation` +
      ` (562.5 ms latency, 1.44 Mbit/s).\n`,
  );
  console.log(markdownTable(header, rows));

  console.log('\n## Search\n');
  if (search && searchBench?.printSearch) searchBench.printSearch(search);
  else if (search) {
    console.log(
      markdownTable(
        ['search', 'bytes fetched', 'requests', 'time'],
        [
          [
            'first',
            formatBytes(search.first.bytes),
            String(search.first.requests),
            formatMs(search.first.ms),
          ],
          [
            'later',
            formatBytes(search.later.bytes),
            String(search.later.requests),
            formatMs(search.later.ms),
          ],
        ],
      ),
    );
  } else {
    console.log(
      'search: not available yet (scripts/bench/bench-search.mjs with measureSearch() not found)',
    );
  }

  console.log('\n## Build\n');
  console.log(
    BUILDS > 0
      ? `clean build (astro build + Pagefind index, caches deleted): median ${formatMs(buildMs)} of ${BUILDS}` +
          ` [${buildTimes.map(formatMs).join(', ')}]; CPU time (user + system) median ${formatMs(median(buildCpuTimes))}` +
          ` [${buildCpuTimes.map(formatMs).join(', ')}]`
      : 'clean build: not run (--no-build)',
  );

  console.log('\n## Targets\n');
  const targets = [
    [
      '/cong-van/ ≤ 16 KB transferred',
      letter ? formatBytes(letter.summary.transferred) : 'missing',
      verdict(!!letter && letter.summary.transferred <= PAGE_BUDGET_BYTES),
    ],
    [
      '/cong-van/ ≤ 3 requests',
      letter ? String(letter.summary.requests) : 'missing',
      verdict(!!letter && letter.summary.requests <= PAGE_BUDGET_REQUESTS),
    ],
    [
      '/cong-van/ 0 B of JavaScript',
      letter ? formatBytes(letter.summary.js) : 'missing',
      verdict(!!letter && letter.summary.js === 0),
    ],
    [
      `every other page within the budget (${otherPages.length} pages; JS allowed on ${SEARCH_PAGE})`,
      `${otherPages.filter((r) => r.misses.length > 0).length} over`,
      verdict(otherPages.every((r) => r.misses.length === 0)),
    ],
    [
      'one CSS file, the same URL on every page',
      `${cssUrls.size} URL(s): ${[...cssUrls].map((u) => new URL(u).pathname).join(', ')}`,
      verdict(everyPageOneCss && cssUrls.size === 1),
    ],
    [
      `CSS fetched once when visiting all ${pages.length} pages in one context`,
      `${cssFetches} fetch(es); later pages ${walk
        .slice(1)
        .map((w) => w.requests)
        .filter((v, i, a) => a.indexOf(v) === i)
        .join('/')} request(s) each`,
      verdict(cssFetches === 1),
    ],
    [
      'clean build < 10 s',
      BUILDS > 0 ? formatMs(buildMs) : 'not run',
      BUILDS > 0 ? verdict(buildMs < BUILD_BUDGET_MS) : 'n/a',
    ],
  ];
  console.log(markdownTable(['target', 'measured', 'result'], targets));

  const artifact = join(PROJECT_DIR, 'artifacts', 'bench', 'pages.json');
  await mkdir(join(PROJECT_DIR, 'artifacts', 'bench'), { recursive: true });
  await writeFile(
    artifact,
    JSON.stringify(
      { date: now.toISOString(), buildTimes, buildCpuTimes, results, walk, search: search ?? null },
      null,
      2,
    ),
  );
  progress(`figures written to ${artifact}`);
} finally {
  await browser.close();
  await server.close();
}
