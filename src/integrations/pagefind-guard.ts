// The one check that the Pagefind a build runs is the one this site was written against. The site
// depends on three things Pagefind does not document as an API:
//   1. how Pagefind reads a page (pagefind-text.ts: the text it indexes, from which the build writes
//      site-words.txt and sizes the index's chunks);
//   2. how its index is cut into chunks (pagefind.ts sets PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE);
//   3. the messages of pagefind-worker.js, which the search page speaks directly
//      (src/client/pagefind-worker.ts).
// Every build checks, after Pagefind has written its bundle, that the bundle is of the checked
// version and holds the worker the page starts; anything else fails the build, saying what to run.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGEFIND_WORKER_FILE } from '../constants.ts';
import { t } from '../i18n/index.ts';

/** The Pagefind version the three couplings above were checked against (package.json pins it). */
export const CHECKED_PAGEFIND_VERSION = '1.6.0';

/** A bundle the site was not checked against; its message names the version and what to run. */
export class PagefindVersionError extends Error {}

/** Fails unless `found` is the checked version. */
export function checkPagefindVersion(
  found: string | undefined,
  checked = CHECKED_PAGEFIND_VERSION,
): void {
  if (found !== checked)
    throw new PagefindVersionError(
      t('search.build.uncheckedPagefind', { found: found ?? '?', checked }),
    );
}

/**
 * Checks the bundle Pagefind wrote in `bundle`: the version in its `pagefind-entry.json`, and the
 * worker script the search page starts.
 */
export async function checkBundle(
  bundle: string,
  checked = CHECKED_PAGEFIND_VERSION,
): Promise<void> {
  const entry = JSON.parse(await readFile(join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    version?: string;
  };
  checkPagefindVersion(entry.version, checked);
  await access(join(bundle, PAGEFIND_WORKER_FILE)).catch(() => {
    throw new PagefindVersionError(
      t('search.build.noPagefindWorker', { file: PAGEFIND_WORKER_FILE, checked }),
    );
  });
}
