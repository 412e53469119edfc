import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFiles, importsIn } from '../support/code-imports.ts';

// Rules of the code's layout that a reviewer would otherwise check by hand (docs/architecture.md).
// Every import of every code file (any extension, .astro included) is read with TypeScript's parser:
// a relative one is resolved to the file it names, whatever the depth of `../`, and checked against
// the module borders below; a bare one (`node:fs`, `astro:content`, a package) against the packages
// its module may use. Each rule is proved by planting a fault as source text through the same scanner.

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
 * synthetic documents of `npm run bench:scale`, scripts/bench/bench-import-speed.mjs the texts it
 * times the importer on (fictional Vietnamese text in the real format).
 * The test fails when a listed file holds no Vietnamese any more or is gone.
 */
const CONTENT_WRITERS = new Set([
  'scripts/dev/scale-corpus.mjs',
  'scripts/bench/bench-import-speed.mjs',
]);

/** The modules, by the folder (or file) that holds each; the first prefix that matches wins. */
const MODULES: readonly (readonly [prefix: string, module: string])[] = [
  ['src/vietnamese/', 'vietnamese'],
  ['src/i18n/', 'i18n'],
  ['src/constants.ts', 'constants'],
  ['src/schemas/', 'schemas'],
  ['src/documents/', 'documents'],
  ['src/content-disk/', 'content-disk'],
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
  ['vitest.config.ts', 'test'],
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
  'content-disk': SITE_MODEL,
  docx: SITE_MODEL,
  search: ['documents', 'vietnamese', 'constants'],
  site: [...SITE_MODEL, 'content-disk', 'search', 'docx'],
  integrations: [...SITE_MODEL, 'content-disk', 'site', 'search'],
  client: ['search', 'vietnamese', 'constants'],
  'archive-client': ['client', 'search', 'vietnamese', 'constants'],
  archive: [...RENDERING, 'layouts', 'public', 'integrations', 'archive-client'],
  components: RENDERING,
  layouts: [...RENDERING, 'public'],
  pages: [...RENDERING, 'layouts', 'client'],
  styles: [],
  'content-config': ['schemas', 'site', 'documents', 'content-disk'],
  importer: [...SITE_MODEL, 'content-disk'],
  dev: ['site', 'content-disk', 'constants', 'i18n'],
  bench: [
    'dev',
    'site',
    'search',
    'constants',
    'i18n',
    'vietnamese',
    'documents',
    'content-disk',
    'importer',
  ],
  scripts: ['importer'],
  config: ['integrations', 'documents', 'content-disk', 'site', 'archive'],
  public: [],
};
const TYPES_ONLY: Record<string, readonly string[]> = {
  search: ['i18n'],
  client: ['i18n'],
  'archive-client': ['i18n'],
};

/**
 * The packages each module may import by name: `node:*` is any of Node's own modules, `astro:*`
 * any of Astro's virtual ones (which exist only inside an Astro build). A module not listed may
 * import none: the language, the dictionary, the document model and the browser code are plain
 * TypeScript that runs anywhere. Tests may import any package the project declares.
 */
const PACKAGES: Record<string, readonly string[]> = {
  schemas: ['astro/zod'],
  'content-disk': ['node:*', 'yaml'],
  docx: ['docx', 'mdast-util-from-markdown'],
  site: ['astro:*'],
  integrations: ['node:*', 'pagefind', 'parse5'],
  archive: ['node:*', 'yaml', 'astro/zod'],
  components: ['astro:*'],
  layouts: ['astro:*'],
  pages: ['astro:*', '@astrojs/rss'],
  'content-config': ['astro:*', 'astro/loaders'],
  importer: ['node:*', 'yaml', 'mammoth', 'unpdf', 'mdast-util-from-markdown'],
  dev: ['node:*', 'playwright-core'],
  bench: ['node:*', 'playwright-core'],
  config: ['node:*', 'astro/config', '@astrojs/*'],
};
/** Packages a module may name in `import type` only (their types describe what Astro hands it). */
const PACKAGE_TYPES: Record<string, readonly string[]> = {
  docx: ['mdast'],
  importer: ['mdast'],
  integrations: ['astro', 'hast'],
  pages: ['astro'],
  archive: ['astro'],
};

/** Modules whose code runs in the browser, or may: no Node module, no Astro virtual module. */
const BROWSER = [
  'vietnamese',
  'i18n',
  'constants',
  'documents',
  'search',
  'client',
  'archive-client',
];

/** The page scripts, the only JavaScript the sites ship: the campaign's and the archive's. */
const PAGE_SCRIPTS = ['src/client/search.ts', 'src/archive/client/archive-search.ts'];

/** Where code runs outside an Astro build, so `astro:*` is never there: the tools and the config. */
const OUTSIDE_ASTRO = ['importer', 'dev', 'bench', 'scripts', 'config'];

/**
 * The imports whose module is computed at run time, which no scanner can follow, with the reason;
 * anywhere else a computed specifier is a fault.
 */
const COMPUTED_IMPORTS: Record<string, string> = {
  'src/client/main-thread.ts': "Pagefind's own script, at the address the page names",
  'src/archive/client/archive-search.ts':
    "Pagefind's own script, at the address the page names (its instances merge indexes)",
  'scripts/bench/bench-support.mjs': 'the search benchmark, loaded only when it exists',
};

const DECLARED = (() => {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Record<
    string,
    Record<string, string> | undefined
  >;
  return new Set([
    ...Object.keys(manifest['dependencies'] ?? {}),
    ...Object.keys(manifest['devDependencies'] ?? {}),
  ]);
})();

function moduleOf(path: string): string {
  const found = MODULES.find(([prefix]) => path === prefix || path.startsWith(prefix));
  return found === undefined ? path : found[1];
}

/** A bare specifier as the tables read it: Node's modules always as `node:…`. */
function bareName(specifier: string): string {
  return isBuiltin(specifier) && !specifier.startsWith('node:') ? `node:${specifier}` : specifier;
}

/** The package a bare specifier loads (`@astrojs/rss`, `astro` for `astro/zod`). */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return parts.slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
}

/**
 * Whether a list allows a bare specifier: an entry names it (`astro/zod`), its package (`yaml`
 * allows `yaml/util`), or a prefix ending in `*` (`node:*`, `@astrojs/*`).
 */
function allows(list: readonly string[] | undefined, specifier: string): boolean {
  const name = bareName(specifier);
  return (list ?? []).some((entry) =>
    entry.endsWith('*')
      ? name.startsWith(entry.slice(0, -1))
      : name === entry || name.startsWith(`${entry}/`),
  );
}

/** One import of the project: to another file of it (`to`), or to a package by name (`bare`). */
interface Edge {
  from: string;
  line: number;
  specifier: string | undefined;
  typeOnly: boolean;
  /** The project path a relative import names, query (`?raw`) stripped. */
  to?: string;
  /** A bare specifier as written (`node:fs`, `astro:content`, `yaml`). */
  bare?: string;
}

/**
 * The project as the scanner reads it: every code file of src/, scripts/ and test/ and the two
 * configs, with planted files laid over the real ones (a plant is source text, never written).
 */
interface Project {
  files: readonly string[];
  text(path: string): string;
  isFile(path: string): boolean;
}

const REAL_FILES = [
  ...codeFiles('src'),
  ...codeFiles('scripts'),
  ...codeFiles('test'),
  'astro.config.mjs',
  'astro.archive.config.mjs',
  'vitest.config.ts',
];

function project(planted: Readonly<Record<string, string>> = {}): Project {
  const files = [...new Set([...REAL_FILES, ...Object.keys(planted)])];
  return {
    files,
    text: (path) => planted[path] ?? readFileSync(path, 'utf8'),
    isFile: (path) => path in planted || (existsSync(path) && statSync(path).isFile()),
  };
}

const parsed = new Map<string, Edge[]>();

/** Every import of a code file, relative ones resolved to the project path they name. */
function edgesOf(p: Project, file: string): Edge[] {
  const text = p.text(file);
  const key = `${file}\n${text}`;
  const known = parsed.get(key);
  if (known !== undefined) return known;
  const edges = importsIn(file, text).map(({ specifier, typeOnly, line }): Edge => {
    const edge: Edge = { from: file, line, specifier, typeOnly };
    if (specifier === undefined) return edge;
    if (/^\.{1,2}\//.test(specifier))
      edge.to = normalize(join(dirname(file), specifier.replace(/\?.*$/, ''))).replace(/\\/g, '/');
    else edge.bare = specifier;
    return edge;
  });
  parsed.set(key, edges);
  return edges;
}

/**
 * The files that code reaches from its start files through relative imports that load at run time,
 * each with the file that first imported it (undefined for a start), breadth first.
 */
function reach(p: Project, starts: readonly string[]): Map<string, string | undefined> {
  const parents = new Map<string, string | undefined>();
  const queue: [file: string, parent: string | undefined][] = starts.map((start) => [
    start,
    undefined,
  ]);
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const [file, parent] = next;
    if (parents.has(file) || !p.isFile(file)) continue;
    parents.set(file, parent);
    for (const edge of edgesOf(p, file))
      if (!edge.typeOnly && edge.to !== undefined) queue.push([edge.to, file]);
  }
  return parents;
}

/** How the start of a reach gets to a file: `a.ts -> b.ts -> c.ts`. */
function chain(parents: ReadonlyMap<string, string | undefined>, file: string): string {
  const path = [file];
  for (let parent = parents.get(file); parent !== undefined; parent = parents.get(parent))
    path.unshift(parent);
  return path.join(' -> ');
}

const at = (edge: Edge): string => `${edge.from}:${edge.line}`;

/** Every breach of the layout rules in a project, by rule; all empty when the code obeys them. */
function faults(p: Project) {
  const edges = p.files.flatMap((file) => edgesOf(p, file));
  const border: string[] = [];
  const packages: string[] = [];
  const undeclared: string[] = [];
  const computed: string[] = [];
  const unnamed: string[] = [];
  for (const edge of edges) {
    const from = moduleOf(edge.from);
    if (edge.specifier === undefined) {
      if (COMPUTED_IMPORTS[edge.from] === undefined)
        computed.push(`${at(edge)}: an import whose module is computed at run time`);
    } else if (edge.to !== undefined) {
      if (!p.isFile(edge.to)) unnamed.push(`${at(edge)}: ${edge.specifier}`);
      const to = moduleOf(edge.to);
      if (from === to) continue;
      // Tests may import anything but the benchmarks: what both need lives in scripts/dev/.
      if (from === 'test') {
        if (to === 'bench') border.push(`${at(edge)} (test) -> ${edge.to} (bench)`);
        continue;
      }
      const allowed = MAY_IMPORT[from];
      if (allowed === undefined) border.push(`${at(edge)}: belongs to no module`);
      else if (!allowed.includes(to) && !(edge.typeOnly && TYPES_ONLY[from]?.includes(to)))
        border.push(`${at(edge)} (${from}) -> ${edge.to} (${to})`);
    } else if (edge.bare !== undefined) {
      const name = bareName(edge.bare);
      if (/^[./]|^[a-z]+:\/\//i.test(edge.bare))
        packages.push(`${at(edge)}: ${edge.bare} (neither relative nor a package)`);
      else if (
        from !== 'test' &&
        !allows(PACKAGES[from], name) &&
        !(edge.typeOnly && allows(PACKAGE_TYPES[from], name))
      )
        packages.push(`${at(edge)} (${from}) -> ${edge.bare}`);
      const declared = packageOf(name);
      if (
        !/^(node|astro):/.test(name) &&
        !DECLARED.has(declared) &&
        !(edge.typeOnly && DECLARED.has(`@types/${declared}`))
      )
        undeclared.push(`${at(edge)}: ${edge.bare} (not in package.json)`);
    }
  }
  const loose = p.files
    .filter((file) => /^(src|scripts)\//.test(file))
    .filter((file) => MAY_IMPORT[moduleOf(file)] === undefined)
    .map((file) => `${file}: belongs to no module`);
  // The page script carries neither the dictionary nor any package: only the project's own code.
  const script = reach(p, PAGE_SCRIPTS);
  const pageScript = [...script.keys()].flatMap((file) => [
    // The first file of the dictionary on each chain (the rest follow from it).
    ...(moduleOf(file) === 'i18n' && moduleOf(script.get(file) ?? '') !== 'i18n'
      ? [`the page script reaches the dictionary: ${chain(script, file)}`]
      : []),
    ...edgesOf(p, file)
      .filter((edge) => edge.bare !== undefined && !edge.typeOnly)
      .map(
        (edge) =>
          `the page script reaches a package: ${chain(script, file)}:${edge.line} -> ${edge.bare}`,
      ),
  ]);
  // Code that runs outside an Astro build never reaches a module that needs one.
  const outside = reach(
    p,
    p.files.filter((file) => OUTSIDE_ASTRO.includes(moduleOf(file))),
  );
  const outsideAstro = [...outside.keys()].flatMap((file) =>
    edgesOf(p, file)
      .filter((edge) => !edge.typeOnly && edge.bare?.startsWith('astro:') === true)
      .map((edge) => `outside Astro: ${chain(outside, file)}:${edge.line} -> ${edge.bare}`),
  );
  return {
    border,
    packages,
    undeclared,
    computed,
    unnamed,
    loose,
    pageScript,
    outsideAstro,
  };
}

/**
 * The review's planted imports (docs/architecture.md, "The borders"), each written as source
 * text into a file of the project and read by the same scanner as the real code. `append` adds
 * the line to the file's real text; otherwise the file is new (or replaced) with that text.
 */
const PLANTS: readonly { name: string; file: string; text: string; append?: true }[] = [
  {
    name: 'P1 the document model imports a build step',
    file: 'src/documents/dates.ts',
    text: "import { pagefindIndex } from '../integrations/pagefind.ts';\nvoid pagefindIndex;\n",
    append: true,
  },
  {
    name: 'P2 a multi-line import in browser code',
    file: 'src/search/search-rank.ts',
    text: "import {\n  HOME_PATH,\n} from '../site/routes.ts';\nvoid HOME_PATH;\n",
    append: true,
  },
  {
    name: 'P3 a dynamic import in browser code',
    file: 'src/search/search-rank.ts',
    text: "export const nav = () => import('../site/nav.ts');\n",
    append: true,
  },
  {
    name: 'P4 astro:content in browser code',
    file: 'src/search/search-rank.ts',
    text: "import { getCollection } from 'astro:content';\nvoid getCollection;\n",
    append: true,
  },
  {
    name: 'P5 node:fs in the page script',
    file: 'src/client/search-engine.ts',
    text: "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n",
    append: true,
  },
  {
    name: 'P6 a new .js file in browser code',
    file: 'src/search/helper.js',
    text: "import { navItems } from '../site/nav.ts';\nexport const items = navItems;\n",
  },
  {
    name: 'P7 a type-only import of the site data in the document model',
    file: 'src/documents/letter.ts',
    text: "import type { SiteData } from '../site/site-data.ts';\nexport type Site = SiteData;\n",
    append: true,
  },
  {
    name: 'P8 a re-export of a build step',
    file: 'src/documents/letter.ts',
    text: "export * from '../integrations/pagefind.ts';\n",
    append: true,
  },
  {
    name: 'P9 a template-literal import()',
    file: 'src/search/search-rank.ts',
    text: 'export const nav = () => import(`../site/nav.ts`);\n',
    append: true,
  },
  {
    name: 'P10 the language reaching the dictionary, which the page script then carries',
    file: 'src/vietnamese/syllable.ts',
    text: "import { t } from '../i18n/index.ts';\nvoid t;\n",
    append: true,
  },
  {
    name: 'P11 the dictionary imports the constants',
    file: 'src/i18n/vi/site.ts',
    text: "import { SEARCH_KIND_PARAM } from '../../constants.ts';\nvoid SEARCH_KIND_PARAM;\n",
    append: true,
  },
  {
    name: 'P12 the importer imports the site',
    file: 'scripts/importer/run.ts',
    text: "import { HOME_PATH } from '../../src/site/routes.ts';\nvoid HOME_PATH;\n",
    append: true,
  },
  {
    name: 'P13 a test imports a benchmark',
    file: 'test/unit/text.test.ts',
    text: "import { measureSearch } from '../../scripts/bench/bench-search.mjs';\nvoid measureSearch;\n",
    append: true,
  },
  {
    name: 'P14 an import with a query',
    file: 'src/documents/letter.ts',
    text: "import source from '../integrations/pagefind.ts?raw';\nvoid source;\n",
    append: true,
  },
  {
    name: 'P15 createRequire in a dev tool',
    file: 'scripts/dev/project-copy.mjs',
    text: "import { createRequire } from 'node:module';\ncreateRequire(import.meta.url)('../importer/run.ts');\n",
    append: true,
  },
  {
    name: 'P16 a component script imports the page script',
    file: 'src/components/LinkList/LinkList.astro',
    text: "\n<script>\n  import '../../client/search.ts';\n</script>\n",
    append: true,
  },
  {
    name: 'P17 a new .tsx file in the document model',
    file: 'src/documents/x.tsx',
    text: "import { pagefindIndex } from '../integrations/pagefind.ts';\nexport const x = pagefindIndex;\n",
  },
  {
    name: 'P18 a new .cjs file with require()',
    file: 'src/search/y.cjs',
    text: "const nav = require('../site/nav.ts');\nmodule.exports = nav;\n",
  },
  {
    name: 'the document model reads the disk',
    file: 'src/documents/dates.ts',
    text: "import { readFileSync } from 'node:fs';\nvoid readFileSync;\n",
    append: true,
  },
  {
    name: 'browser code imports the content on disk',
    file: 'src/search/search-rank.ts',
    text: "import { CONTENT_DIRS } from '../content-disk/content-paths.ts';\nvoid CONTENT_DIRS;\n",
    append: true,
  },
  {
    name: 'the importer imports a build step, two folders up',
    file: 'scripts/importer/run.ts',
    text: "import { rehypeAnchorsCitations } from '../../src/integrations/rehype-anchors-citations.ts';\nvoid rehypeAnchorsCitations;\n",
    append: true,
  },
  {
    name: 'a benchmark imports a test helper',
    file: 'scripts/bench/bench.mjs',
    text: "import { PROJECT_DIR } from '../../test/support/project-copy.ts';\nvoid PROJECT_DIR;\n",
    append: true,
  },
  {
    name: 'the site imports a tool',
    file: 'src/site/nav.ts',
    text: "import { importDocument } from '../../scripts/importer/run.ts';\nvoid importDocument;\n",
    append: true,
  },
  {
    name: 'a require bound by createRequire, under another name',
    file: 'scripts/dev/project-copy.mjs',
    text: "import { createRequire } from 'node:module';\nconst load = createRequire(import.meta.url);\nload('../importer/run.ts');\n",
    append: true,
  },
  {
    name: 'a package the browser code may not carry',
    file: 'src/client/search.ts',
    text: "import { parse } from 'yaml';\nvoid parse;\n",
    append: true,
  },
  {
    name: 'a package the project does not declare',
    file: 'src/integrations/pagefind.ts',
    text: "import { fromHtml } from 'hast-util-from-html-isnt-declared';\nvoid fromHtml;\n",
    append: true,
  },
  {
    name: 'a tool reaching astro:content through the site',
    file: 'scripts/dev/static-server.mjs',
    text: "import { loadSite } from '../../src/site/site-data.ts';\nvoid loadSite;\n",
    append: true,
  },
  {
    name: 'a computed import outside the two known ones',
    file: 'src/search/search-rank.ts',
    text: 'export const lazy = (name: string) => import(`./${name}.ts`);\n',
    append: true,
  },
  {
    name: 'a relative import without its extension',
    file: 'src/search/search-rank.ts',
    text: "import { fold } from '../vietnamese/syllable';\nvoid fold;\n",
    append: true,
  },
  {
    name: 'a code file outside every module',
    file: 'src/stray.mts',
    text: 'export const stray = 1;\n',
  },
];

describe('the code', () => {
  it('holds no Vietnamese outside src/i18n/ and src/vietnamese/, comments aside', () => {
    const code = [...files('src', /\.css$/), ...codeFiles('src'), ...codeFiles('scripts')]
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

  const real = faults(project());

  it('reads every import the project writes', () => {
    const edges = REAL_FILES.flatMap((file) => edgesOf(project(), file));
    expect(edges.filter((edge) => edge.to !== undefined).length).toBeGreaterThan(300);
    expect(edges.filter((edge) => edge.bare?.startsWith('node:')).length).toBeGreaterThan(50);
    expect(REAL_FILES.filter((file) => file.endsWith('.astro')).length).toBeGreaterThan(20);
  });

  it('puts every code file in a module', () => {
    expect(real.loose).toEqual([]);
  });

  it('crosses a module border only where the layering allows, at any depth of ../', () => {
    expect(real.border).toEqual([]);
  });

  it('imports by name only the packages each module may use, all declared in package.json', () => {
    expect(real.packages).toEqual([]);
    expect(real.undeclared).toEqual([]);
  });

  it('keeps Node and Astro out of the modules that run in the browser', () => {
    for (const module of BROWSER) {
      expect(MAY_IMPORT[module], module).toBeDefined();
      expect(PACKAGES[module] ?? [], module).toEqual([]);
    }
    // Astro's virtual modules only where Astro renders.
    const astro = Object.keys(PACKAGES).filter((module) => allows(PACKAGES[module], 'astro:x'));
    expect(astro.sort()).toEqual(['components', 'content-config', 'layouts', 'pages', 'site']);
  });

  it('keeps the dictionary and every package out of the page script, through every import it makes', () => {
    for (const start of PAGE_SCRIPTS) expect(reach(project(), [start]).size).toBeGreaterThan(3);
    expect(real.pageScript).toEqual([]);
  });

  it('never reaches an Astro virtual module from code that runs outside Astro', () => {
    expect(real.outsideAstro).toEqual([]);
  });

  it('computes an import’s module only where listed, and names the file of every other one', () => {
    expect(real.computed).toEqual([]);
    expect(real.unnamed).toEqual([]);
    const stale = Object.keys(COMPUTED_IMPORTS).filter(
      (file) => !edgesOf(project(), file).some((edge) => edge.specifier === undefined),
    );
    expect(stale, 'listed as computing an import, but none is left: take it off').toEqual([]);
  });

  it.each(PLANTS)('catches a planted fault through the scanner: $name', (plant) => {
    const text =
      plant.append === true ? `${readFileSync(plant.file, 'utf8')}\n${plant.text}` : plant.text;
    const before = new Set(Object.values(real).flat());
    const found = Object.values(faults(project({ [plant.file]: text })))
      .flat()
      .filter((fault) => !before.has(fault));
    expect(found.length, 'the plant is missed').toBeGreaterThan(0);
    expect(found.filter((fault) => !fault.includes(plant.file))).toEqual([]);
  });

  it('reads every form of import, and skips what is not one', () => {
    const specifiers = (path: string, text: string) =>
      importsIn(path, text).map(
        (site) => `${site.specifier ?? '?'}${site.typeOnly ? ' (type)' : ''}`,
      );
    expect(
      specifiers(
        'a.ts',
        [
          "import a from './a.ts';",
          "import type { B } from './b.ts';",
          "import { type C } from './c.ts';",
          "export { d } from './d.ts';",
          "export type { E } from './e.ts';",
          "export * as f from './f.ts';",
          "import './g.ts';",
          "const h = await import('./h.ts');",
          'const i = await import(`./i.ts`);',
          'const j = await import(`./${name}.ts`);',
          "type K = import('./k.ts').K;",
          "import l = require('./l.ts');",
          '// import x from "./commented.ts";',
          '/* import y from "./commented.ts"; */',
          'const text = "import z from \'./in-a-string.ts\'";',
        ].join('\n'),
      ),
    ).toEqual([
      './a.ts',
      './b.ts (type)',
      './c.ts',
      './d.ts',
      './e.ts (type)',
      './f.ts',
      './g.ts',
      './h.ts',
      './i.ts',
      '?',
      './k.ts (type)',
      './l.ts',
    ]);
    expect(
      specifiers(
        'a.cjs',
        [
          "const a = require('./a.cjs');",
          "const { createRequire } = require('node:module');",
          'const load = createRequire(__filename);',
          "load('./b.cjs');",
          "load.resolve('./c.cjs');",
          "createRequire(__filename)('./d.cjs');",
          "require.resolve('./e.cjs');",
        ].join('\n'),
      ),
    ).toEqual(['./a.cjs', 'node:module', './b.cjs', './c.cjs', './d.cjs', './e.cjs']);
    expect(
      specifiers(
        'A.astro',
        [
          '---',
          "import A from './A.ts';",
          '---',
          '<p>import nothing from "./markup.ts";</p>',
          '<!-- <script>import "./commented.ts";</script> -->',
          '<script>',
          "  import './B.ts';",
          '</script>',
          "<style>@import './c.css';</style>",
        ].join('\n'),
      ),
    ).toEqual(['./A.ts', './B.ts']);
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
});
