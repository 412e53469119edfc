import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_CAMPAIGN } from '../support/fixture-campaigns.ts';
import {
  copyProject,
  mutateCopyFile,
  readCopyFile,
  removeProject,
  runAstroBuild,
  type BuildResult,
} from '../support/project-copy.ts';

// Bad content is a build error that names the file and the field: one build proves that an error
// reported while the content is loaded stops `astro build`, in a throwaway copy of the project whose
// content/ is the fixture campaign (the project's own dist/, .astro/ and node_modules caches are never
// written to). What each check says is proved without a build: the schemas by
// test/unit/schemas.test.ts, the cross-checks between files by test/unit/site-checks.test.ts, and
// that the site data runs them on the collections by test/unit/pages/content-errors.test.ts.

const DOCUMENT = 'content/documents/chi-thi-05-ct-ubnd.mdx';

let dir: string;
let result: BuildResult;

beforeAll(async () => {
  dir = copyProject('content-errors-', { content: FIXTURE_CAMPAIGN });
  // Astro's YAML parser turns an unquoted 2025-02-30 into the Date 2025-03-02 before the schema sees
  // it; the schema must not let such a date through.
  const restore = mutateCopyFile(dir, DOCUMENT, /^date: .*$/m, 'date: 2025-02-30');
  try {
    result = await runAstroBuild(dir);
  } finally {
    restore();
  }
}, 300_000);

afterAll(() => {
  if (dir !== undefined) removeProject(dir);
});

describe('a content error fails the build, naming the file and the field', () => {
  it('a document with the impossible date 2025-02-30 (an unquoted YAML date)', () => {
    expect(
      result.code,
      `expected the build to fail; output ends with:\n${result.output.slice(-2000)}`,
    ).not.toBe(0);
    expect(result.output).toContain(DOCUMENT);
    expect(result.output).toMatch(/\bdate\b/);
    expect(result.output).toContain('viết ngày trong dấu ngoặc kép');
    expect(existsSync(join(dir, 'dist', 'index.html'))).toBe(false);
  });

  it('keeps the content layer’s and Vite’s caches in the copy, not in the project', () => {
    for (const cache of ['.astro', '.vite']) {
      const path = join(dir, 'node_modules', cache);
      expect(existsSync(path), cache).toBe(true);
      expect(lstatSync(path).isSymbolicLink(), cache).toBe(false);
    }
  });

  it('leaves the content of the copy as it found it', () => {
    expect(readCopyFile(dir, DOCUMENT)).toBe(
      readFileSync(join(FIXTURE_CAMPAIGN, 'documents', 'chi-thi-05-ct-ubnd.mdx'), 'utf8'),
    );
  });
});
