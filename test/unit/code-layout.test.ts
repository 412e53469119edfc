import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

// Rules of the code's layout that a reviewer would otherwise check by hand (docs/architecture.md).
// Every relative import in the project is resolved to the file it names, whatever the depth of `../`,
// and checked against the module borders below.

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name).replace(/\\/g, '/');
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : files(path, pattern);
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

/** Folders whose job is Vietnamese words: the site's strings, and the language as data. */
const WORD_FOLDERS = ['src/i18n/', 'src/vietnamese/'];

/**
 * Code that writes content rather than the site's wording: scripts/dev/scale-corpus.mjs makes the
 * synthetic documents of `npm run bench:scale` (fictional Vietnamese text in the real format).
 * The test fails when a listed file holds no Vietnamese any more or is gone.
 */
const CONTENT_WRITERS = new Set(['scripts/dev/scale-corpus.mjs']);

/** The modules, by the folder (or file) that holds each; the first prefix that matches wins. */
const MODULES: readonly (readonly [prefix: string, module: string])[] = [
  ['src/vietnamese/', 'vietnamese'],
  ['src/i18n/', 'i18n'],
  ['src/constants.ts', 'constants'],
  ['src/schemas/', 'schemas'],
  ['src/documents/', 'documents'],
  ['src/docx/', 'docx'],
  ['src/search/', 'search'],
  ['src/site/', 'site'],
  ['src/integrations/', 'integrations'],
  ['src/client/', 'client'],
  ['src/archive/client/', 'archive-client'],
  ['src/archive/', 'archive'],
  ['src/components/', 'components'],
  ['src/layouts/', 'layouts'],
  ['src/pages/', 'pages'],
  ['src/styles/', 'styles'],
  ['src/content.config.ts', 'content-config'],
  ['scripts/importer/', 'importer'],
  ['scripts/dev/', 'dev'],
  ['scripts/bench/', 'bench'],
  ['scripts/', 'scripts'],
  ['astro.config.mjs', 'config'],
  ['astro.archive.config.mjs', 'config'],
  ['public/', 'public'],
  ['test/', 'test'],
];

const SITE_MODEL = ['documents', 'schemas', 'i18n', 'vietnamese', 'constants'];
const RENDERING = [...SITE_MODEL, 'site', 'docx', 'search', 'components', 'styles'];

/**
 * What each module may import besides itself. `search` and `client` run in the browser: they may
 * import only the dictionary's types (`import type`), so the page script never carries it.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  vietnamese: ['i18n'],
  i18n: [],
  constants: [],
  schemas: ['i18n', 'vietnamese'],
  documents: ['schemas', 'i18n', 'vietnamese', 'constants'],
  docx: SITE_MODEL,
  search: ['documents', 'vietnamese', 'constants'],
  site: [...SITE_MODEL, 'search', 'docx'],
  integrations: [...SITE_MODEL, 'site', 'search'],
  client: ['search', 'vietnamese', 'constants'],
  'archive-client': ['client', 'search', 'vietnamese', 'constants'],
  archive: [...RENDERING, 'layouts', 'public', 'integrations', 'archive-client'],
  components: RENDERING,
  layouts: [...RENDERING, 'public'],
  pages: [...RENDERING, 'layouts', 'client'],
  styles: [],
  'content-config': ['schemas', 'site', 'documents'],
  importer: SITE_MODEL,
  dev: ['site', 'constants', 'i18n'],
  bench: ['dev', 'site', 'search', 'constants', 'i18n', 'documents', 'importer'],
  scripts: ['importer'],
  config: ['integrations', 'documents', 'site', 'archive'],
  public: [],
};
const TYPES_ONLY: Record<string, readonly string[]> = {
  search: ['i18n'],
  client: ['i18n'],
  'archive-client': ['i18n'],
};

function moduleOf(path: string): string {
  const found = MODULES.find(([prefix]) => path === prefix || path.startsWith(prefix));
  return found === undefined ? path : found[1];
}

interface Import {
  from: string;
  to: string;
  specifier: string;
  typeOnly: boolean;
}

const IMPORT =
  /\b(import\s+type\s[^;]*?from|import[^;'"]*?from|export[^;'"]*?from|import)\s*\(?\s*(['"])(\.{1,2}\/[^'"]+)\2/g;

/** Every relative import of a code file, resolved to the project path it names. */
function importsOf(file: string): Import[] {
  const text = withoutComments(readFileSync(file, 'utf8'));
  return [...text.matchAll(IMPORT)].map((m) => {
    const specifier = m[3]!.replace(/\?.*$/, '');
    return {
      from: file,
      to: normalize(join(dirname(file), specifier)).replace(/\\/g, '/'),
      specifier: m[3]!,
      typeOnly: /^import\s+type\s/.test(m[1]!),
    };
  });
}

const CODE = /\.(ts|mts|mjs|astro)$/;
const ALL_CODE = [
  ...files('src', CODE),
  ...files('scripts', CODE),
  ...files('test', CODE),
  'astro.config.mjs',
  'astro.archive.config.mjs',
  'vitest.config.ts',
];
const ALL_IMPORTS = ALL_CODE.flatMap(importsOf);

/** The imports that break a border, as `file -> target` lines. */
function violations(imports: readonly Import[]): string[] {
  return imports.flatMap((edge) => {
    const from = moduleOf(edge.from);
    const to = moduleOf(edge.to);
    if (from === to) return [];
    // Tests may import anything but the benchmarks: what both need lives in scripts/dev/.
    if (from === 'test') return to === 'bench' ? [`${edge.from} (test) -> ${edge.to} (bench)`] : [];
    const allowed = MAY_IMPORT[from];
    if (allowed === undefined) return [`${edge.from}: belongs to no module`];
    if (allowed.includes(to)) return [];
    if (edge.typeOnly && TYPES_ONLY[from]?.includes(to)) return [];
    return [`${edge.from} (${from}) -> ${edge.to} (${to})`];
  });
}

describe('the code', () => {
  it('holds no Vietnamese outside src/i18n/ and src/vietnamese/, comments aside', () => {
    const code = [...files('src', /\.(ts|astro|mjs|css)$/), ...files('scripts', /\.(mjs|ts)$/)]
      .map((file) => file.replace(/\\/g, '/'))
      .filter((file) => !WORD_FOLDERS.some((folder) => file.startsWith(folder)));
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

  it('puts every code file in a module', () => {
    const loose = [...files('src', CODE), ...files('scripts', CODE)].filter(
      (file) => MAY_IMPORT[moduleOf(file)] === undefined,
    );
    expect(loose).toEqual([]);
  });

  it('crosses a module border only where the layering allows, at any depth of ../', () => {
    expect(ALL_IMPORTS.length).toBeGreaterThan(300);
    expect(violations(ALL_IMPORTS)).toEqual([]);
  });

  it('catches an import that goes the wrong way, however deep', () => {
    const planted: Import[] = [
      // The importer's old edge: the site's build step, two folders up.
      {
        from: 'src/documents/citations.ts',
        to: 'src/integrations/pagefind.ts',
        specifier: '../integrations/pagefind.ts',
        typeOnly: false,
      },
      {
        from: 'scripts/importer/run.ts',
        to: 'src/integrations/rehype-anchors-citations.ts',
        specifier: '../../src/integrations/rehype-anchors-citations.ts',
        typeOnly: false,
      },
      // A script that imports a test helper; the site that imports a tool.
      {
        from: 'scripts/bench/bench.mjs',
        to: 'test/support/site.ts',
        specifier: '',
        typeOnly: false,
      },
      { from: 'src/site/nav.ts', to: 'scripts/importer/run.ts', specifier: '', typeOnly: false },
      // A test that leans on a benchmark's helpers.
      {
        from: 'test/browser/search.test.ts',
        to: 'scripts/bench/bench-search.mjs',
        specifier: '',
        typeOnly: false,
      },
      // The page script carrying the dictionary at run time.
      { from: 'src/client/search.ts', to: 'src/i18n/index.ts', specifier: '', typeOnly: false },
    ];
    expect(violations(planted)).toHaveLength(planted.length);
    expect(
      violations([{ ...planted[5]!, typeOnly: true }]),
      'a type-only import of the dictionary is allowed',
    ).toEqual([]);
  });

  it('keeps the dictionary out of the page scripts, through every import they make', () => {
    const seen = new Set<string>();
    const stack = ['src/client/search.ts', 'src/archive/client/archive-search.ts'];
    while (stack.length > 0) {
      const file = stack.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const edge of importsOf(file))
        if (!edge.typeOnly && existsSync(edge.to)) stack.push(edge.to);
    }
    expect(seen.size).toBeGreaterThan(5);
    expect([...seen].filter((file) => file.startsWith('src/i18n/'))).toEqual([]);
  });

  it('names the file of every relative import, extension included', () => {
    const missing = ALL_IMPORTS.filter(
      (edge) =>
        !(
          existsSync(edge.to.replace(/\?.*$/, '')) &&
          statSync(edge.to.replace(/\?.*$/, '')).isFile()
        ),
    )
      .filter((edge) => !/\.js$/.test(edge.specifier))
      .map((edge) => `${edge.from}: ${edge.specifier}`);
    expect(missing).toEqual([]);
  });

  it('gives every folder of src/ and scripts/ a README that says what it owns and may import', () => {
    const folders = [...new Set(MODULES.map(([prefix]) => prefix))].filter(
      (prefix) =>
        prefix.endsWith('/') &&
        (prefix.startsWith('src/') || prefix.startsWith('scripts/')) &&
        !['src/styles/', 'src/pages/', 'src/layouts/', 'src/components/'].includes(prefix),
    );
    const without = folders.filter((folder) => !existsSync(`${folder}README.md`));
    expect(without).toEqual([]);
  });

  it('hard-codes no campaign document route (it comes from the content)', () => {
    const routes = files('content/letter', /\.mdx$/).map(
      (file) => /^route:\s*["']?([a-z0-9-]+)/m.exec(readFileSync(file, 'utf8'))?.[1] ?? '',
    );
    expect(routes).toContain('cong-van');
    const code = [...files('src', /\.(ts|astro|mjs)$/), 'astro.config.mjs'];
    const named = (text: string, route: string): boolean =>
      text.includes(`/${route}/`) || new RegExp(`\\(\\s*['"\`]${route}['"\`]\\s*\\)`).test(text);
    const offending = code.flatMap((file) => {
      const text = withoutComments(readFileSync(file, 'utf8'));
      return routes.filter((route) => named(text, route)).map((route) => `${file}: ${route}`);
    });
    expect(offending).toEqual([]);
    // The check sees a route however it is quoted or passed.
    for (const planted of [
      "'/cong-van/'",
      '"/cong-van/"',
      '`/cong-van/`',
      "letterPath('cong-van')",
    ])
      expect(named(planted, 'cong-van'), planted).toBe(true);
  });
});
