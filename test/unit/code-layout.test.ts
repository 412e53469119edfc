import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Rules of the code's layout that a reviewer would otherwise check by hand (README "Layout of the code").

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path, pattern);
    return pattern.test(entry.name) ? [path] : [];
  });
}

/** A code file's text without its comments (block, line and HTML comments). */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

/** Letters only Vietnamese uses among the Latin ones (with tone or vowel marks, and đ). */
const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;

/**
 * Code that writes content rather than the site's wording: scripts/scale-corpus.mjs makes the
 * synthetic documents of `npm run bench:scale` (fictional Vietnamese text in the real format).
 * The test fails when a listed file holds no Vietnamese any more or is gone.
 */
const CONTENT_WRITERS = new Set(['scripts/scale-corpus.mjs']);

describe('the code', () => {
  it('holds no Vietnamese outside src/i18n/, comments aside', () => {
    const code = [...files('src', /\.(ts|astro|mjs|css)$/), ...files('scripts', /\.(mjs|ts)$/)]
      .map((file) => file.replace(/\\/g, '/'))
      .filter((file) => !file.startsWith('src/i18n/'));
    expect(code.length).toBeGreaterThan(30);
    const withVietnamese = code.filter((file) =>
      VIETNAMESE.test(withoutComments(readFileSync(file, 'utf8'))),
    );
    expect(withVietnamese.filter((file) => !CONTENT_WRITERS.has(file))).toEqual([]);
    expect(
      [...CONTENT_WRITERS].filter((file) => !withVietnamese.includes(file)),
      'listed as writing content, but clean or gone: take it off the list',
    ).toEqual([]);
  });

  it('keeps src/lib/ free of imports from the build steps, pages, components and layouts', () => {
    const offending = files('src/lib', /\.ts$/).flatMap((file) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /from '\.\.\/(integrations|pages|components|layouts)\//g,
        ),
      ].map((m) => `${file}: ${m[0]}`),
    );
    expect(offending).toEqual([]);
  });

  it('hard-codes no campaign document route (it comes from the content)', () => {
    const code = [...files('src', /\.(ts|astro)$/), 'astro.config.mjs'].filter(
      (file) => !file.includes(`${join('src', 'i18n')}`),
    );
    const offending = code.filter((file) => readFileSync(file, 'utf8').includes("'/cong-van/'"));
    expect(offending).toEqual([]);
  });
});
