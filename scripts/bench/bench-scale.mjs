// @ts-check
// `npm run bench:scale`: does the site scale? For 10, 100 and 1,000 full-text documents (see
// scale-corpus.mjs for what they are), copies the project into a temporary folder (node_modules
// linked, not copied), adds the synthetic content, builds it from clean and prints: documents, build
// time, dist size, Pagefind index size, pages per second and the bytes a first search fetches.
// Options: --sizes 10,100,1000; --keep keeps the temporary projects; --verbose echoes the builds;
// --search-runs <n> fresh browser contexts per search measurement (default 5).
//
// Search figures come from scripts/bench/bench-search.mjs (`measureSearch`, the same queries and method as
// `npm run bench:search`); without it, or without a dist/pagefind/ index, they print as n/a.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  cleanBuild,
  folderBytes,
  formatBytes,
  formatMs,
  listBuiltPages,
  loadSearchBench,
  markdownTable,
  launchBrowser,
  PROJECT_DIR,
} from './bench-support.mjs';
import { copyProject as copyProjectTo } from '../dev/project-copy.mjs';
import { readCorpusTemplates, scaleCorpus } from '../dev/scale-corpus.mjs';
import { STATUS_DONE } from '../dev/search-status.mjs';
import { transferred } from './bench-search.mjs';
import { startStaticServer } from '../dev/static-server.mjs';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10,100,1000,10000' },
    keep: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    'search-runs': { type: 'string', default: '5' },
  },
});
const SIZES = args.sizes.split(',').map((s) => Number(s.trim()));
/** The query whose cost is measured without typing (bench-search.mjs's first query). */
const ONE_QUERY = 'chi thi 34';
/** A phrase without accents: five words, so the page runs its pair and phrase searches too. */
const PHRASE_QUERY = 'tiet kiem chong lang phi';
/** @param {string} message */
const progress = (message) => process.stderr.write(`[bench:scale] ${message}\n`);

/** Copies the project into a new temporary folder (scripts/dev/project-copy.mjs). */
async function copyProject(/** @type {number} */ size) {
  return copyProjectTo(`thi-dua-scale-${size}-`);
}

/**
 * What one search costs, without typing: opens `/tim-kiem/?q=<query>` in a fresh context and sums
 * what /pagefind/ sends until the results show (engine, index chunks, the first page of fragments).
 * Deterministic, unlike a typed query, where a keystroke gap longer than the search page's debounce
 * runs an extra search for a prefix ("chi", "chi thi") and fetches its results too.
 * @param {import('playwright-core').Browser} browser
 * @param {string} distDir
 * @param {string} query
 */
async function measureOneQuery(browser, distDir, query) {
  const server = await startStaticServer({ root: distDir, base: '/', compress: true });
  const context = await browser.newContext({ locale: 'vi-VN' });
  try {
    /** @type {Promise<{ url: string, bytes: number }>[]} */
    const seen = [];
    context.on('requestfinished', (request) => {
      seen.push(transferred(request).then((bytes) => ({ url: request.url(), bytes })));
    });
    const page = await context.newPage();
    await page.goto(new URL(`tim-kiem/?q=${encodeURIComponent(query)}`, server.url).href);
    await page.waitForFunction(
      (done) =>
        done.some((prefix) =>
          (document.querySelector('#search-status')?.textContent ?? '').startsWith(prefix),
        ),
      STATUS_DONE,
      { timeout: 60_000, polling: 'raf' },
    );
    // Time from the start of navigation to the results: page, engine, index chunks, fragments.
    const ms = await page.evaluate(() => performance.now());
    await page.waitForLoadState('networkidle');
    const pagefind = (await Promise.all(seen)).filter((r) =>
      new URL(r.url).pathname.startsWith('/pagefind/'),
    );
    return {
      bytes: pagefind.reduce((sum, r) => sum + r.bytes, 0),
      requests: pagefind.length,
      ms: Math.round(ms),
    };
  } finally {
    await context.close();
    await server.close();
  }
}

/** Prints a heartbeat while a long step runs. @template T @param {string} label @param {Promise<T>} work @returns {Promise<T>} */
async function withHeartbeat(label, work) {
  const started = Date.now();
  const timer = setInterval(
    () => progress(`  ${label}: ${Math.round((Date.now() - started) / 1000)} s…`),
    15_000,
  );
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

const templates = await readCorpusTemplates(join(PROJECT_DIR, 'content'));
const searchBench = await loadSearchBench();
const browser = await launchBrowser();
/** @type {Record<string, string | number>[]} */
const rows = [];
/** @type {string[]} */
const notes = [];
try {
  for (const size of SIZES) {
    const corpus = scaleCorpus({ size, ...templates });
    const dir = await copyProject(size);
    for (const [path, text] of corpus.files) {
      await mkdir(join(dir, 'content', path, '..'), { recursive: true });
      await writeFile(join(dir, 'content', path), text);
    }
    progress(
      `${size} documents (${corpus.letters} campaign documents, ${corpus.documents} cited documents, ${corpus.focusAreas} focus areas) in ${dir}`,
    );
    progress('  clean build…');
    const { ms: buildMs, cpuMs } = await withHeartbeat(
      'build',
      cleanBuild(dir, { echo: args.verbose }),
    );
    progress(`  built in ${formatMs(buildMs)} (CPU ${formatMs(cpuMs)})`);
    const distDir = join(dir, 'dist');
    const pages = (await listBuiltPages(distDir)).length;

    const hasIndex = existsSync(join(distDir, 'pagefind', 'pagefind.js'));
    const pagefindBytes = hasIndex ? await folderBytes(join(distDir, 'pagefind')) : Number.NaN;
    const distBytes = await folderBytes(distDir);

    const oneQuery = hasIndex ? await measureOneQuery(browser, distDir, ONE_QUERY) : undefined;
    const phrase = hasIndex ? await measureOneQuery(browser, distDir, PHRASE_QUERY) : undefined;
    let search;
    if (searchBench && hasIndex) {
      progress('  searches (scripts/bench/bench-search.mjs)…');
      search = await searchBench.measureSearch({
        distDir,
        base: '/',
        runs: Math.max(1, Number(args['search-runs'])),
      });
    }

    rows.push({
      size,
      composition: `${corpus.letters} + ${corpus.documents} + ${corpus.focusAreas}`,
      pages,
      buildMs,
      cpuMs,
      distBytes,
      pagefindBytes,
      pagesPerSecond: pages / (buildMs / 1000),
      oneQueryBytes: oneQuery?.bytes ?? Number.NaN,
      oneQueryRequests: oneQuery?.requests ?? Number.NaN,
      oneQueryMs: oneQuery?.ms ?? Number.NaN,
      phraseBytes: phrase?.bytes ?? Number.NaN,
      phraseRequests: phrase?.requests ?? Number.NaN,
      phraseMs: phrase?.ms ?? Number.NaN,
      firstBytes: search?.first.bytes ?? Number.NaN,
      firstRequests: search?.first.requests ?? Number.NaN,
      laterBytes: search?.later.bytes ?? Number.NaN,
      longMs: search
        ? Math.max(search.first.longMs, search.later.longMs, search.telex.longMs)
        : NaN,
      longest: search
        ? Math.max(search.first.longest, search.later.longest, search.telex.longest)
        : NaN,
    });
    progress(
      `  ${pages} pages, dist ${formatBytes(distBytes)}, pagefind ${formatBytes(pagefindBytes)}, one query ${formatBytes(oneQuery?.bytes ?? NaN)}, first typed search ${formatBytes(search?.first.bytes ?? NaN)}`,
    );
    if (args.keep) notes.push(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
} finally {
  await browser.close();
}

const n = (/** @type {string | number | undefined} */ v) => Number(v);
const first = rows[0];
console.log(
  `\n## Growth — ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`,
);
console.log(
  `One clean build per size on a shared machine: wall time is noisy, CPU time (user + system, child processes included) is the steadier figure; pages/s from wall time. documents = campaign documents + cited documents + focus areas` +
    ` (plus the real content: 1 letter, 4 cited documents, 7 focus areas, 5 guidance items). ` +
    (searchBench
      ? ` Search, bytes on the wire (gzip): one query and one phrase opened as /tim-kiem/?q=… (what /pagefind/ sends until results show, and the time from navigation to results);` +
        ` typed searches: scripts/bench/bench-search.mjs's first and later search, median of ${args['search-runs']} fresh contexts` +
        " (keys 60 ms apart: when contention stretches a gap past the page's debounce, a prefix is searched too)."
      : ' Typed searches: n/a (scripts/bench/bench-search.mjs not found).'),
);
console.log('');
console.log(
  markdownTable(
    [
      'documents',
      'letters + cited + focus',
      'pages',
      'build',
      'build CPU',
      'CPU ×',
      'CPU ms/page',
      'pages/s',
      'dist size',
      'Pagefind index',
      `one search (?q=${ONE_QUERY})`,
      `phrase search (?q=${PHRASE_QUERY})`,
      'first typed search',
      'later typed search',
      'long tasks typing (worst query: total / longest)',
    ],
    rows.map((r) => [
      String(r.size),
      String(r.composition),
      String(r.pages),
      formatMs(n(r.buildMs)),
      formatMs(n(r.cpuMs)),
      first ? `${(n(r.cpuMs) / n(first.cpuMs)).toFixed(1)}×` : '',
      String(Math.round(n(r.cpuMs) / n(r.pages))),
      n(r.pagesPerSecond).toFixed(1),
      formatBytes(n(r.distBytes)),
      formatBytes(n(r.pagefindBytes)),
      Number.isFinite(n(r.oneQueryBytes))
        ? `${formatBytes(n(r.oneQueryBytes))} in ${r.oneQueryRequests} requests, ${formatMs(n(r.oneQueryMs))}`
        : 'n/a',
      Number.isFinite(n(r.phraseBytes))
        ? `${formatBytes(n(r.phraseBytes))} in ${r.phraseRequests} requests, ${formatMs(n(r.phraseMs))}`
        : 'n/a',
      Number.isFinite(n(r.firstBytes))
        ? `${formatBytes(n(r.firstBytes))} in ${r.firstRequests} requests`
        : 'n/a',
      Number.isFinite(n(r.laterBytes)) ? formatBytes(n(r.laterBytes)) : 'n/a',
      Number.isFinite(n(r.longMs)) ? `${r.longMs} ms / ${r.longest} ms` : 'n/a',
    ]),
  ),
);
for (const note of notes) console.log(note);
