// Measures the search page: bytes and requests a first search and a later one cost, and the time
// from submitting a query to rendered results, as medians over fresh browser contexts.
// CLI: `npm run bench:search` (builds first). Module: `measureSearch({ distDir, base })`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Waits in the page until the status announces results; resolves with performance.now() then. */
function whenRendered(page, query) {
  return page.evaluate(
    (q) =>
      new Promise((resolve) => {
        const status = document.querySelector('#search-status');
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (/^(Tìm thấy|Không tìm thấy)/.test(text) && text.includes(`“${q}”`)) {
            observer.disconnect();
            resolve(performance.now());
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      }),
    query,
  );
}

/**
 * Types a query as a person would (focus, then keys 60 ms apart) and measures from the last
 * keystroke to rendered results, plus the bytes and requests that the search caused.
 */
async function typeQuery(page, query, counter) {
  counter.reset();
  const input = page.locator('#search-q');
  await input.focus();
  await input.fill('');
  const rendered = whenRendered(page, query);
  await page.keyboard.type(query, { delay: 60 });
  const lastKey = await page.evaluate(() => performance.now());
  const ms = (await rendered) - lastKey;
  await page.waitForLoadState('networkidle');
  await counter.settle();
  if (process.env.BENCH_DEBUG) console.error(query, counter.urls());
  return { ms, bytes: counter.bytes(), requests: counter.requests() };
}

/** Submits a query without focusing the box first (a cold engine) and measures to rendered results. */
async function submitCold(page, query) {
  const rendered = whenRendered(page, query);
  const start = await page.evaluate((q) => {
    const input = document.querySelector('#search-q');
    input.value = q;
    const t = performance.now();
    input.form.requestSubmit();
    return t;
  }, query);
  return (await rendered) - start;
}

/** Measures a first and a later search against a built site; medians over `runs` fresh contexts. */
export async function measureSearch({
  distDir,
  base = '/',
  runs = 5,
  queries = ['chi thi 34', 'chuyen doi so'],
}) {
  const server = await startStaticServer({ root: distDir, base });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  const first = [];
  const later = [];
  const cold = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Every request of the page and of its worker, with the bytes that crossed the wire.
      let seen = [];
      context.on('requestfinished', (request) => {
        if (request.url().endsWith('/favicon.svg')) return; // page chrome, not search
        seen.push(
          request.sizes().then((s) => ({
            url: request.url(),
            bytes: s.responseBodySize + s.responseHeadersSize,
          })),
        );
      });
      const counter = {
        reset: () => (seen = []),
        settle: async () => (seen = await Promise.all(seen)),
        bytes: () => seen.reduce((a, b) => a + b.bytes, 0),
        requests: () => seen.length,
        urls: () => seen.map((s) => s.url),
      };
      await page.goto(new URL('tim-kiem/', server.url).href, { waitUntil: 'networkidle' });
      first.push(await typeQuery(page, queries[0], counter));
      later.push(await typeQuery(page, queries[1], counter));
      await page.goto(new URL('tim-kiem/', server.url).href, { waitUntil: 'networkidle' });
      cold.push({ ms: await submitCold(page, queries[0]) });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const summarise = (list) => ({
    bytes: median(list.map((r) => r.bytes)),
    requests: median(list.map((r) => r.requests)),
    ms: Math.round(median(list.map((r) => r.ms))),
  });
  return {
    first: summarise(first),
    later: summarise(later),
    coldMs: Math.round(median(cold.map((r) => r.ms))),
    runs,
  };
}

/** Prints the search figures as a small table. */
export function printSearch({ first, later, coldMs, runs }) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`Search (median of ${runs} fresh browser contexts, gzip on loopback)`);
  console.log('| search | transferred | requests | query → rendered |');
  console.log('| --- | ---: | ---: | ---: |');
  console.log(`| first | ${kb(first.bytes)} | ${first.requests} | ${first.ms} ms |`);
  console.log(`| later | ${kb(later.bytes)} | ${later.requests} | ${later.ms} ms |`);
  console.log(
    '(time: last keystroke → results; the engine starts loading when the box gets focus)',
  );
  console.log(`cold submit, engine not yet loaded (page opened with ?q=): ${coldMs} ms to results`);
  console.log(
    `first search ≤ 90 KB: ${first.bytes <= 90 * 1024 ? 'PASS' : 'MISS'}; results sooner than a 300 ms-debounced dialog starts searching: ${first.ms < 300 ? 'PASS' : 'MISS'}`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (!process.argv.includes('--no-build')) {
    const build = spawnSync('npm', ['run', 'build'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  const distDir = new URL('../dist/', import.meta.url);
  if (!existsSync(new URL('pagefind/pagefind.js', distDir))) {
    console.error('dist/pagefind is missing: the build did not index the site');
    process.exit(1);
  }
  printSearch(
    await measureSearch({ distDir: fileURLToPath(distDir), base: process.env.BASE_PATH ?? '/' }),
  );
}
