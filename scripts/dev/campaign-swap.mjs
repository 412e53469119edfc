// @ts-check
// `npm run test:swap [-- CONTENT_DIR]`: the code tests and the content checks with another campaign in
// content/, each in a whole copy of the project (scripts/dev/project-copy.mjs); the project itself is
// not touched. `npm test` runs it at its end (so CI, `.ci/run`, does), after the browser, hosting and
// content projects on the project itself (docs/testing.md):
//
// 1. the fixture campaign (test/fixtures/campaign/) as content/: the unit and site projects, the code
//    tests that run nowhere else in `npm test`, and the content checks. It proves that the code tests
//    pass whatever content/ holds and that the content checks are rules any campaign keeps.
// 2. the draft `npm run new-campaign` makes from the signed text of content/'s launch document, when
//    content/tests/checks.yaml keeps that text under `sources`: its files through Prettier, its build
//    and the content checks. It proves that the next campaign, drafted from its launch document as
//    docs/new-campaign.md says, passes `npm test` before the editor adds anything to it.
//
// With CONTENT_DIR, that folder takes the fixture campaign's place in step 1 and step 2 is left out.
// Exits with the first failing step's code.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { readYamlFile } from '../../src/content-disk/content-files.ts';
import { CHECKS_FILE, CONTENT_FILES } from '../../src/content-disk/content-paths.ts';
import { buildFixtureSite, FIXTURE_CAMPAIGN, FIXTURE_SITE_ENV } from './fixture-site.mjs';
import { copyProject, PROJECT_DIR, removeProject } from './project-copy.mjs';

/** One run of npm in a copy: its arguments. */
const BUILD = ['run', 'build:local'];
/** @param {string[]} projects */
const vitest = (projects) => [
  'exec',
  '--',
  'vitest',
  'run',
  ...projects.flatMap((name) => ['--project', name]),
];

/**
 * The signed text of the launch document that content/tests/checks.yaml keeps under `sources`, or
 * undefined when it keeps none (a new campaign starts with none).
 * @param {string} root a project
 * @returns {string | undefined}
 */
function launchSource(root) {
  const checksFile = join(root, CHECKS_FILE);
  if (!existsSync(checksFile)) return undefined;
  const campaigns = readYamlFile(join(root, CONTENT_FILES.campaign));
  const launch = Array.isArray(campaigns) ? campaigns[0]?.launchLetter : undefined;
  const checks = /** @type {{ sources?: { file: string, letter: string }[] } | null} */ (
    readYamlFile(checksFile)
  );
  const source = checks?.sources?.find((entry) => entry.letter === launch);
  return source === undefined ? undefined : join(root, CHECKS_FILE, '..', source.file);
}

/**
 * Runs each step (npm's arguments) in a copy, with `env` added to the environment.
 * @param {string} dir the copy
 * @param {string[][]} steps
 * @param {Record<string, string>} [env]
 * @returns {number} the first failing step's exit code, or 0
 */
function run(dir, steps, env = {}) {
  for (const args of steps) {
    const step = spawnSync('npm', args, {
      cwd: dir,
      stdio: 'inherit',
      env: { ...process.env, ...env },
    });
    if (step.status !== 0) return step.status ?? 1;
  }
  return 0;
}

/**
 * Logs how a copy's part of the swap ended.
 * @param {string} name what the copy holds
 * @param {number} started Date.now() at its start
 * @param {number} code
 */
function report(name, started, code) {
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `campaign-swap: ${name}: ${code === 0 ? 'passed' : `failed (${code})`} in ${seconds} s`,
  );
}

const given = process.argv[2];
const campaign = resolve(given ?? FIXTURE_CAMPAIGN);
if (!existsSync(join(campaign, 'campaign.yaml'))) {
  console.error(
    `campaign-swap: ${campaign} has no campaign.yaml; give a campaign's content folder`,
  );
  process.exit(2);
}

// 1. The fixture campaign (or the folder given) as content/. A copy holding the fixture campaign is
// itself the fixture site: built as the fixture site is (its dist/ is what `npm run build:local`
// makes), it is lent to the tests run there and to the second copy's, so neither builds another.
let started = Date.now();
const first = copyProject('campaign-swap-', { whole: true, content: campaign });
/** @type {Record<string, string>} */
const lend = {};
let code = 0;
try {
  console.log(`campaign-swap: ${campaign} as content/ of ${first}`);
  if (given === undefined) {
    await buildFixtureSite(first);
    lend[FIXTURE_SITE_ENV] = first;
  } else code = run(first, [BUILD]);
  if (code === 0) code = run(first, [vitest(['unit', 'site', 'content'])], lend);
  report(campaign, started, code);

  // 2. The draft of the launch document's signed text.
  const source = given === undefined ? launchSource(PROJECT_DIR) : undefined;
  if (code === 0 && source !== undefined) {
    started = Date.now();
    const name = `the draft of ${basename(source)} by npm run new-campaign`;
    // The signed text is kept outside the copy: `new-campaign --force` replaces the whole of content/.
    const kept = join(mkdtempSync(join(tmpdir(), 'campaign-swap-source-')), basename(source));
    copyFileSync(source, kept);
    const second = copyProject('campaign-swap-', { whole: true });
    try {
      console.log(`campaign-swap: ${name} as content/ of ${second}`);
      code = run(
        second,
        [
          ['run', 'new-campaign', '--', kept, '--force'],
          ['exec', '--', 'prettier', '--check', 'content'],
          BUILD,
          vitest(['content']),
        ],
        lend,
      );
    } finally {
      removeProject(second);
      removeProject(join(kept, '..'));
    }
    report(name, started, code);
  } else if (code === 0 && given === undefined) {
    console.log(
      `campaign-swap: ${CHECKS_FILE} keeps no signed text of the launch document under \`sources\`: no draft to check`,
    );
  }
} catch (error) {
  console.error(`campaign-swap: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  removeProject(first);
}
process.exit(code);
