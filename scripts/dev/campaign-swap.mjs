// @ts-check
// `npm run test:swap [-- CONTENT_DIR]`: the code tests and the content checks with another campaign in
// content/. A whole copy of the project (scripts/dev/project-copy.mjs) gets CONTENT_DIR as its content/
// (by default the fixture campaign, test/fixtures/campaign/), builds it with `npm run build:local` and
// runs the unit, site and content projects there; the project itself is not touched. It proves that the
// code tests pass whatever content/ holds and that the content checks are rules any campaign keeps.
// `npm test` runs it at its end (so CI, `.ci/run`, does). Exits with the first failing step's code.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject, PROJECT_DIR, removeProject } from './project-copy.mjs';

const source = resolve(process.argv[2] ?? join(PROJECT_DIR, 'test', 'fixtures', 'campaign'));
if (!existsSync(join(source, 'campaign.yaml'))) {
  console.error(`campaign-swap: ${source} has no campaign.yaml; give a campaign's content folder`);
  process.exit(2);
}

const started = Date.now();
const dir = copyProject('campaign-swap-', { whole: true, content: source });
let code = 0;
try {
  console.log(`campaign-swap: ${source} as content/ of ${dir}`);
  for (const args of [
    ['run', 'build:local'],
    [
      'exec',
      '--',
      'vitest',
      'run',
      '--project',
      'unit',
      '--project',
      'site',
      '--project',
      'content',
    ],
  ]) {
    const step = spawnSync('npm', args, { cwd: dir, stdio: 'inherit' });
    code = step.status ?? 1;
    if (code !== 0) break;
  }
} finally {
  removeProject(dir);
}
console.log(
  `campaign-swap: ${code === 0 ? 'passed' : `failed (${code})`} in ${Math.round((Date.now() - started) / 1000)} s`,
);
process.exit(code);
