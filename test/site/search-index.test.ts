import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_WORKER_FILE, SITE_WORDS_FILE } from '../../src/constants.ts';
import { CHECKED_PAGEFIND_VERSION } from '../../src/integrations/pagefind-guard.ts';
import { isSyllable } from '../../src/vietnamese/syllable.ts';
import { assertBuilt, DIST_DIR } from '../support/site.ts';

// The search index as the build leaves it (src/integrations/pagefind.ts): Pagefind's own files, its
// word index cut into chunks sized for this site, the worker the search page starts, and the
// site's words beside them.
const BUNDLE = join(DIST_DIR, 'pagefind');
let words: string[] = [];

beforeAll(() => {
  assertBuilt();
  words = readFileSync(join(BUNDLE, SITE_WORDS_FILE), 'utf8').split('\n').slice(0, -1);
});

describe('the search index of the built site', () => {
  it('is of the Pagefind version the build was checked against, with the worker the page starts', () => {
    const entry = JSON.parse(readFileSync(join(BUNDLE, 'pagefind-entry.json'), 'utf8')) as {
      version: string;
    };
    expect(entry.version).toBe(CHECKED_PAGEFIND_VERSION);
    expect(existsSync(join(BUNDLE, PAGEFIND_WORKER_FILE))).toBe(true);
    expect(existsSync(join(BUNDLE, 'pagefind.js'))).toBe(true);
  });

  it('cuts the word index into chunks, so a search fetches only those of its words', () => {
    // Pagefind's default (20,000 word locations a chunk) made one chunk of this site.
    expect(readdirSync(join(BUNDLE, 'index')).length).toBeGreaterThan(20);
  });

  it("ships none of Pagefind's own search interfaces", () => {
    expect(
      readdirSync(BUNDLE).filter((name) =>
        /^pagefind-(component-ui|modular-ui|ui|highlight)\./.test(name),
      ),
    ).toEqual([]);
  });

  it("lists the site's syllables, folded and sorted, once each", () => {
    expect(words.length).toBeGreaterThan(100);
    expect(words).toEqual([...new Set(words)].sort());
    expect(words.filter((word) => !/^[a-z]{1,7}$/.test(word) || !isSyllable(word))).toEqual([]);
    for (const word of ['chi', 'thi', 'tham', 'nhung', 'chuyen', 'doi', 'so'])
      expect(words, word).toContain(word);
  });
});
