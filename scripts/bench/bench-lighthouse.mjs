// @ts-check
// `npm run bench:lighthouse`: Lighthouse's performance audit (mobile, its default simulated
// throttling) of the search page opened with a query, the home page, the letter and a cited
// document, served by scripts/dev/static-server.mjs on loopback. Prints per page the performance
// score, largest contentful paint, cumulative layout shift and total blocking time (median of
// --runs runs, 3 by default). Lighthouse itself is not a dependency of the project: it runs through
// `npm exec` at the exact version below, from npm's cache after the first time.
// Options: --no-build (measure dist/ as it is), --dist <folder> (another build), --runs <n>,
// --url <site-relative path> (repeatable: measure these instead of the four pages), --keep <folder>
// (keep each report there, as JSON, to read what Lighthouse blames).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM_ARGS, chromiumPath } from '../dev/chromium.mjs';
import { PROJECT_DIR } from '../dev/project-copy.mjs';
import { startStaticServer } from '../dev/static-server.mjs';
import { markdownTable, median } from './bench-support.mjs';

/** The Lighthouse the figures in docs/benchmarks/search.md were measured with. */
export const LIGHTHOUSE_VERSION = '13.5.0';

/** What is measured: the search page as a portal's search box opens it, and three pages of text. */
export const LIGHTHOUSE_PAGES = [
  '/tim-kiem/?q=chi%20thi%2034',
  '/',
  '/cong-van/',
  '/van-ban/chi-thi-34-ct-tw/',
];

const { values: args } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    dist: { type: 'string' },
    runs: { type: 'string', default: '3' },
    url: { type: 'string', multiple: true },
    keep: { type: 'string' },
  },
});
/** @param {string} message */
const progress = (message) => process.stderr.write(`[bench:lighthouse] ${message}\n`);

/**
 * Runs Lighthouse once on a URL and resolves with its report (JSON).
 * @param {string} url
 * @param {string} outDir
 * @returns {Promise<any>}
 */
function lighthouse(url, outDir) {
  const out = join(outDir, 'report.json');
  rmSync(out, { force: true });
  const child = spawn(
    'npm',
    [
      'exec',
      '--yes',
      `--package=lighthouse@${LIGHTHOUSE_VERSION}`,
      '--',
      'lighthouse',
      url,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
      '--quiet',
    ],
    {
      cwd: outDir,
      // Lighthouse runs on the Node that runs this script (the project's, under `npm run`), and
      // drives Debian's Chromium.
      env: {
        ...process.env,
        CHROME_PATH: chromiumPath(),
        PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  /** @type {Buffer[]} */
  const errors = [];
  child.stderr.on('data', (/** @type {Buffer} */ chunk) => errors.push(chunk));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 && existsSync(out)) resolvePromise(JSON.parse(readFileSync(out, 'utf8')));
      else reject(new Error(`lighthouse ${url} failed (${code}):\n${Buffer.concat(errors)}`));
    });
  });
}

/**
 * The four figures of a report.
 * @param {any} report
 */
function figuresOf(report) {
  const audit = (/** @type {string} */ id) => Number(report.audits?.[id]?.numericValue);
  const runtimeError = report.runtimeError?.message;
  if (runtimeError) throw new Error(`Lighthouse: ${runtimeError}`);
  return {
    score: Math.round(Number(report.categories?.performance?.score) * 100),
    lcp: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    tbt: audit('total-blocking-time'),
  };
}

if (!args['no-build'] && !args.dist) {
  progress('npm run build:local…');
  const build = spawnSync('npm', ['run', 'build:local'], {
    cwd: PROJECT_DIR,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const distDir = resolve(args.dist ?? join(PROJECT_DIR, 'dist'));
// With --url, the folder may hold sites under their paths (the archive's web root) and no home.
if (!args.url?.length && !existsSync(join(distDir, 'index.html'))) {
  console.error(`${distDir}: no built site (index.html missing); run npm run build:local`);
  process.exit(1);
}
const runs = Math.max(1, Number(args.runs) || 1);
const pages = args.url?.length ? args.url : LIGHTHOUSE_PAGES;
const server = await startStaticServer({ root: distDir, base: '/' });
const outDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
/** @type {string[][]} */
const rows = [];
try {
  for (const path of pages) {
    /** @type {ReturnType<typeof figuresOf>[]} */
    const measured = [];
    for (let run = 0; run < runs; run++) {
      progress(`${path} (${run + 1}/${runs})…`);
      const report = await lighthouse(new URL(path.slice(1), server.url).href, outDir);
      if (args.keep) {
        mkdirSync(args.keep, { recursive: true });
        const name = `${path.replace(/[^\w]+/g, '-').replace(/^-|-$/g, '') || 'home'}-${run + 1}.json`;
        writeFileSync(join(args.keep, name), JSON.stringify(report));
      }
      measured.push(figuresOf(report));
    }
    const mid = (/** @type {(f: ReturnType<typeof figuresOf>) => number} */ pick) =>
      median(measured.map(pick));
    rows.push([
      decodeURIComponent(path),
      String(mid((f) => f.score)),
      `${(mid((f) => f.lcp) / 1000).toFixed(2)} s`,
      mid((f) => f.cls).toFixed(3),
      `${Math.round(mid((f) => f.tbt))} ms`,
      measured.map((f) => f.score).join(', '),
    ]);
  }
} finally {
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}

console.log(
  `\n## Lighthouse ${LIGHTHOUSE_VERSION}, mobile, simulated throttling — ${new Date().toISOString().slice(0, 10)}, median of ${runs}`,
);
console.log(
  `Served by scripts/dev/static-server.mjs (gzip) on loopback; Chromium ${chromiumPath()}.\n`,
);
console.log(
  markdownTable(['page', 'performance', 'LCP', 'CLS', 'TBT', 'scores of the runs'], rows),
);
const worst = Math.min(...rows.map((r) => Number(r[1])));
const shift = Math.max(...rows.map((r) => Number(r[3])));
console.log(
  `\nperformance 100 on every page: ${worst === 100 ? 'PASS' : 'MISS'}; layout shift ≤ 0.05: ${shift <= 0.05 ? 'PASS' : 'MISS'}`,
);
