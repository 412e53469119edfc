// The checks a new campaign starts with, in content/tests/checks.yaml (the content checks of
// `npm test` read it; docs/testing.md): the launch document's page shows its number and its trích yếu,
// and a search for its number finds it first. The editor extends them; `npm run new-campaign --force`
// clears the previous campaign's checks with its content.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { letterReference } from '../../src/documents/letter.ts';
import { CHECKS_DIR, CHECKS_FILE, letterPath } from '../../src/content-disk/content-paths.ts';
import { t } from '../../src/i18n/index.ts';
import type { DraftedFile } from './campaign.ts';
import { toYaml } from './yaml.ts';

/** What the drafted checks read of the launch document. */
export interface LaunchDocumentFacts {
  route: string;
  type: string;
  number: string | null;
  code: string;
  subject: string;
}

/** content/tests/checks.yaml for a new campaign, from its launch document. */
export function draftChecks(launch: LaunchDocumentFacts): DraftedFile {
  const path = letterPath(launch.route);
  const checks = {
    pages: [{ path, contains: [letterReference(launch), launch.subject] }],
    search: [
      {
        query: launch.number === null ? launch.code : `${launch.number}/${launch.code}`,
        expect: [path],
        top: 1,
      },
    ],
  };
  const header = t('importer.checks.header')
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
  return { file: CHECKS_FILE, content: `${header}\n${toYaml(checks)}` };
}

/** The files of content/tests/ in a project (what `new-campaign --force` replaces with its draft). */
export function checkFiles(root: string): string[] {
  try {
    return readdirSync(join(root, CHECKS_DIR)).map((name) => join(CHECKS_DIR, name));
  } catch {
    return [];
  }
}
