import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  asciiForms,
  campaignFileNames,
  distinctiveIndexWords,
  distinctiveWords,
  indexedWords,
  scanBuild,
  scanText,
} from '../support/campaign-swap.ts';
import { FIXTURE_CAMPAIGN, MINIMAL_CAMPAIGN } from '../support/fixture-campaigns.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { PROJECT_DIR } from '../support/project-copy.ts';

// The code knows no campaign, whichever is in content/: nothing the fixture site's build writes, and no
// code or code test, names a word, a code or a file of the campaign in content/. The words are read
// from content/ (its publisher, province, theme, anniversaries, documents, signers, files); a word the
// fictional campaigns share with it is theirs too and not looked for (when content/ is the fixture
// campaign itself, nothing is). The content checks (this folder) and the fixtures may name it.

const REAL_CONTENT = join(PROJECT_DIR, 'content');
const FICTIONAL = [FIXTURE_CAMPAIGN, MINIMAL_CAMPAIGN];
const theirs = new Set(
  FICTIONAL.flatMap((dir) => {
    const words = distinctiveWords(dir);
    return [...words, ...asciiForms(words), ...campaignFileNames(dir)];
  }),
);
const OWN = distinctiveWords(REAL_CONTENT);
const WORDS = [...OWN, ...asciiForms(OWN), ...campaignFileNames(REAL_CONTENT)].filter(
  (word) => !theirs.has(word),
);
const INDEX_WORDS = distinctiveIndexWords(REAL_CONTENT).filter(
  (word) => !FICTIONAL.some((dir) => distinctiveIndexWords(dir).includes(word)),
);

/**
 * The benchmarks measure the campaign the portal publishes, like the content checks: their pages
 * and the synthetic documents `npm run bench:scale` makes in its format are left out of the scan.
 */
const BENCHMARKS = ['scripts/bench/', 'scripts/dev/scale-corpus.mjs'];

/** Code files under a folder of the project, relative to it; `skip` leaves folders out. */
function codeFiles(folder: string, skip: readonly string[] = []): string[] {
  return readdirSync(join(PROJECT_DIR, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.([cm]?[jt]sx?|astro|css)$/.test(entry.name))
    .map((entry) => relative(PROJECT_DIR, join(entry.parentPath, entry.name)))
    .filter((file) => !skip.some((dir) => file.startsWith(dir)));
}

/** A code file's text without its comments (examples in comments name real documents). */
function withoutComments(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('the words of the campaign in content/', () => {
  it('are read from content/: what a reader would recognise it by, and its files', () => {
    const read = [...distinctiveWords(REAL_CONTENT), ...campaignFileNames(REAL_CONTENT)];
    expect(read.length).toBeGreaterThan(5);
    // Every word left out is a word of a fictional campaign too.
    expect(read.filter((word) => !WORDS.includes(word)).every((word) => theirs.has(word))).toBe(true);
  });
});

describe('a build of another campaign (the fixture site)', () => {
  it('names the campaign in content/ nowhere: HTML, feed, JSON, sitemap, robots.txt, .docx, search index', async () => {
    const { dist } = fixtureSite();
    const { findings, unread } = scanBuild(dist, WORDS);
    // The Pagefind WebAssembly is code, not text the build wrote from content.
    expect(unread.filter((file) => !/(^|\/)wasm\.[\w-]+\.pagefind$/.test(file))).toEqual([]);
    expect(findings).toEqual([]);
    const indexed = await indexedWords(dist);
    expect(INDEX_WORDS.filter((word) => indexed.has(word))).toEqual([]);
  });

  it('is scanned for real: a word of the fixture campaign is found in its pages, index and Word copies', async () => {
    const { dist } = fixtureSite();
    const files = scanBuild(dist, ['Sơn Hà']).findings.map((f) => f.file);
    expect(files).toContain('index.html');
    expect(files.some((file) => file.endsWith('.docx'))).toBe(true);
    expect(files.some((file) => file.startsWith('pagefind/fragment/'))).toBe(true);
    expect((await indexedWords(dist)).has('19cttu')).toBe(true);
  });
});

/** The fixtures and the content checks may name the campaign; every other test is scanned. */
const NOT_CODE_TESTS = ['test/fixtures/', 'test/content/'];
const CODE = [...codeFiles('src'), ...codeFiles('scripts', BENCHMARKS)];
const CODE_TESTS = codeFiles('test', NOT_CODE_TESTS);

describe('the code and its tests', () => {
  it('name no word, code or file of the campaign in content/ (comments aside in src/ and scripts/, benchmarks aside)', () => {
    const findings = [
      ...CODE.flatMap((file) =>
        scanText(withoutComments(readFileSync(join(PROJECT_DIR, file), 'utf8')), WORDS).map(
          (word) => `${file}: ${word}`,
        ),
      ),
      ...CODE_TESTS.flatMap((file) =>
        scanText(readFileSync(join(PROJECT_DIR, file), 'utf8'), WORDS).map(
          (word) => `${file}: ${word}`,
        ),
      ),
    ];
    expect(findings).toEqual([]);
  });

  it('are scanned whole: every code test project, the archive, the importer, the dev scripts', () => {
    const scanned = [...CODE, ...CODE_TESTS];
    for (const folder of ['unit', 'site', 'browser', 'hosting', 'support'])
      expect(scanned.filter((file) => file.startsWith(`test/${folder}/`)).length, folder).toBe(
        codeFiles(`test/${folder}`).length,
      );
    for (const file of [
      'test/hosting/archive.test.ts',
      'test/unit/archive-model.test.ts',
      'test/unit/archive-data.test.ts',
      'test/unit/pagefind-guard.test.ts',
      'test/unit/importer.test.ts',
      'test/unit/import-shapes.test.ts',
      'test/site/new-campaign-build.test.ts',
      'src/archive/archive-model.ts',
      'src/site/pages/home.ts',
      'scripts/importer/new-campaign.ts',
      'scripts/dev/archive-builds.mjs',
    ])
      expect(scanned, file).toContain(file);
  });

  it('hard-code no route of the campaign’s documents (it comes from the content)', () => {
    const routes = readdirSync(join(REAL_CONTENT, 'letter'))
      .filter((name) => name.endsWith('.mdx'))
      .map(
        (name) =>
          /^route:\s*["']?([a-z0-9-]+)/m.exec(
            readFileSync(join(REAL_CONTENT, 'letter', name), 'utf8'),
          )?.[1] ?? '',
      );
    expect(routes.length).toBeGreaterThan(0);
    const named = (text: string, route: string): boolean =>
      text.includes(`/${route}/`) || new RegExp(`\\(\\s*['"\`]${route}['"\`]\\s*\\)`).test(text);
    const offending = [...codeFiles('src'), 'astro.config.mjs'].flatMap((file) => {
      const text = withoutComments(readFileSync(join(PROJECT_DIR, file), 'utf8'));
      return routes.filter((route) => named(text, route)).map((route) => `${file}: ${route}`);
    });
    expect(offending).toEqual([]);
    // The check sees a route however it is quoted or passed.
    for (const planted of ["'/ke-hoach/'", '"/ke-hoach/"', '`/ke-hoach/`', "letterPath('ke-hoach')"])
      expect(named(planted, 'ke-hoach'), planted).toBe(true);
  });

  it('is scanned for real: a planted word is found, in either case of its first letter, as a whole word', () => {
    expect(scanText(`const planted = 'Sơn Hà';`, ['Sơn Hà'])).toEqual(['Sơn Hà']);
    expect(scanText(`// sơn Hà`, ['Sơn Hà'])).toEqual(['Sơn Hà']);
    expect(scanText(`const planted = 'Sơn Hàx';`, ['Sơn Hà'])).toEqual([]);
    // And as an address, a slug or a code in lower case writes it.
    const forms = asciiForms(['Sơn Hà', 'KH-SGDĐT', '65 năm']);
    expect(forms).toEqual(['son-ha', 'son ha', 'sonha', 'kh-sgddt']);
    expect(scanText(`fetch('https://sonha.gov.vn/ke-hoach-12-kh-sgddt/')`, forms)).toEqual([
      'sonha',
      'kh-sgddt',
    ]);
    expect(scanText(`const words = 'quy che son ha';`, forms)).toEqual(['son ha']);
    expect(scanText(`const path = '/so-son-ha/';`, forms)).toEqual(['son-ha']);
  });
});
