import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyProject,
  mutateCopyFile,
  PROJECT_DIR,
  readCopyFile,
  removeProject,
  runAstroBuild,
  type BuildResult,
} from '../support/project-copy.ts';

// Bad content is a build error that names the file and the field. Each case breaks one content file of a
// throwaway copy of the project, builds it with `astro build` and restores the file; the project itself
// (its dist/, .astro/ and node_modules caches) is never written to. Three cases, one per stage that
// reports: the YAML parser, the schema, the cross-checks of src/site/site-checks.ts (whose every rule
// test/unit/site-checks.test.ts proves on plain objects, like test/unit/schemas.test.ts the schemas).

const FOCUS_AREA = 'content/focus-areas/hoan-thanh-chi-tieu-thu-hut-dau-tu.mdx';
const DOCUMENT = 'content/documents/chi-thi-34-ct-tw.mdx';

let dir: string;

beforeAll(() => {
  dir = copyProject('content-errors-');
});

afterAll(() => {
  if (dir !== undefined) removeProject(dir);
});

/** Breaks one file of the copy, builds, restores the file and returns the build's result. */
async function buildWith(
  path: string,
  search: string | RegExp,
  replacement: string,
): Promise<BuildResult> {
  const restore = mutateCopyFile(dir, path, search, replacement);
  try {
    return await runAstroBuild(dir);
  } finally {
    restore();
  }
}

/** Asserts a failed build whose output has every one of `expected`. */
function expectFailure(result: BuildResult, ...expected: (string | RegExp)[]): void {
  expect(
    result.code,
    `expected the build to fail; output ends with:\n${result.output.slice(-2000)}`,
  ).not.toBe(0);
  for (const item of expected) {
    if (typeof item === 'string') expect(result.output).toContain(item);
    else expect(result.output).toMatch(item);
  }
}

/** The 1-based line of a file of the copy on which `text` starts. */
function lineOf(path: string, text: string): number {
  const before = readCopyFile(dir, path).split(text)[0];
  if (before === undefined || before.length === readCopyFile(dir, path).length)
    throw new Error(`${text} not in ${path}`);
  return before.split('\n').length;
}

describe('content errors fail the build, naming the file and the field', () => {
  it('(a) broken YAML front matter in a focus area: names the file and the line of the field', async () => {
    // js-yaml reports no key, only a position: the line is the line of the broken `summary` field.
    const line = lineOf(FOCUS_AREA, 'summary: ');
    const result = await buildWith(FOCUS_AREA, /^summary: "/m, 'summary: "Tóm tắt" "');
    expectFailure(result, `${FOCUS_AREA}:${line}:`, /bad indentation of a mapping entry/);
  });

  it('(b) a document with the impossible date 2023-02-30 (an unquoted YAML date)', async () => {
    // Astro's YAML parser (js-yaml) turns an unquoted 2023-02-30 into the Date 2023-03-02 before the
    // schema sees it; the schema must not let such a date through (today the page shows "ngày 2/3/2023").
    const result = await buildWith(DOCUMENT, /^date: .*$/m, 'date: 2023-02-30');
    expectFailure(result, DOCUMENT, /\bdate\b/, 'viết ngày trong dấu ngoặc kép');
  });

  it('(c) a focus area pointing to an anchor the letter does not have', async () => {
    const result = await buildWith(FOCUS_AREA, /^letterAnchor: .*$/m, 'letterAnchor: muc-9-y-9');
    expectFailure(
      result,
      `${FOCUS_AREA}: trường "letterAnchor": không có mục "muc-9-y-9" trong content/letter/cong-van.mdx`,
      /Các mục có: doan-1, doan-2, muc-1, .*muc-2-y-1/,
    );
  });

  it('keeps the content layer’s cache in the copy, not in the project', () => {
    // The cases above ran the content layer. That the unmodified copy builds is not rebuilt here:
    // `npm test` builds the same content into dist/ first, and the fixture site builds a copy.
    const store = join(dir, 'node_modules', '.astro', 'data-store.json');
    expect(existsSync(store)).toBe(true);
    expect(lstatSync(join(dir, 'node_modules', '.astro')).isSymbolicLink()).toBe(false);
  });

  it('leaves the content of the copy as it found it', () => {
    for (const path of [FOCUS_AREA, DOCUMENT]) {
      expect(readCopyFile(dir, path), path).toBe(readFileSync(join(PROJECT_DIR, path), 'utf8'));
    }
  });
});
