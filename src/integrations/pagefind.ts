import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { SITE_WORDS_FILE } from '../constants.ts';
import { t } from '../i18n/index.ts';
import { encodeHtmlForIndex } from '../search/search-text.ts';
import { checkBundle, CHECKED_PAGEFIND_VERSION } from './pagefind-guard.ts';
import { indexedText, pageWords, siteWords, wordLocations } from './pagefind-text.ts';

/** The environment variable from which Pagefind (1.5+) takes its index chunk size. */
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

/**
 * Pagefind's chunk size (word locations per chunk) for an index of this many word locations: about
 * √n chunks of √n locations each. A first search fetches the list of every chunk (about 10 B
 * compressed each) and the chunks of its words (about 2.5 B a location): √n keeps both small as
 * the site grows (docs/benchmarks/search.md, 2026-12-06).
 */
export function indexChunkSize(locations: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(locations)));
}

/** Every .html file below a folder, as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** The site-relative URL Pagefind should give a built file (`cong-van/index.html` → `/cong-van/`). */
export function urlForFile(file: string): string {
  const path = file.split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Built pages to index: those of the folder `dir`, under the URL prefix `prefix` (`/` for the site's
 * own), each page's HTML through `html` first when given. The archive of a department's campaigns
 * (src/archive/) indexes its own pages and the newest campaigns' this way.
 */
export interface IndexSource {
  dir: string;
  prefix: string;
  html?: ((html: string) => string) | undefined;
}

/**
 * Indexes built pages (by default those of `outDir`) into `<outDir>/pagefind/`: reads the text
 * Pagefind will index (pagefind-text.ts), sizes its index chunks from it, has Pagefind index the
 * pages, checks the bundle it wrote (pagefind-guard.ts, on every build) and writes the site's words
 * beside it. `checked` is the Pagefind version the build accepts.
 */
export async function indexSite(
  outDir: string,
  {
    checked = CHECKED_PAGEFIND_VERSION,
    sources = [{ dir: outDir, prefix: '/' }],
  }: { checked?: string; sources?: readonly IndexSource[] } = {},
): Promise<{ pages: number; chunkSize: number }> {
  const read = async (source: IndexSource, file: string) => {
    const html = await readFile(join(source.dir, file), 'utf8');
    return encodeHtmlForIndex(source.html ? source.html(html) : html);
  };
  // The text Pagefind will index, read as it reads it: the site's words and the index's size.
  const files: { source: IndexSource; file: string }[] = [];
  const words = new Set<string>();
  let locations = 0;
  for (const source of sources)
    for (const file of await htmlFiles(source.dir)) {
      const text = indexedText(await read(source, file));
      if (text === undefined) continue;
      const onPage = pageWords(text);
      for (const word of onPage) words.add(word);
      locations += wordLocations(onPage);
      files.push({ source, file });
    }
  // Pagefind's service reads the chunk size from its environment when it starts.
  const chunkSize = indexChunkSize(locations);
  await close();
  const previous = process.env[CHUNK_SIZE_VARIABLE];
  process.env[CHUNK_SIZE_VARIABLE] = String(chunkSize);
  const { index, errors } = await createIndex({ forceLanguage: 'vi' }).finally(() => {
    if (previous === undefined) delete process.env[CHUNK_SIZE_VARIABLE];
    else process.env[CHUNK_SIZE_VARIABLE] = previous;
  });
  try {
    if (!index) throw new Error(t('search.build.failed', { errors: errors.join('; ') }));
    // Each page is read again rather than kept: a large site's pages need not fit in memory at once.
    for (const { source, file } of files) {
      const content = await read(source, file);
      const url = `${source.prefix}${urlForFile(file).slice(1)}`;
      const added = await index.addHTMLFile({ url, content });
      if (added.errors.length > 0)
        throw new Error(t('search.build.fileFailed', { file, errors: added.errors.join('; ') }));
    }
    const bundle = join(outDir, 'pagefind');
    const written = await index.writeFiles({ outputPath: bundle });
    if (written.errors.length > 0)
      throw new Error(t('search.build.writeFailed', { errors: written.errors.join('; ') }));
    await checkBundle(bundle, checked);
    await writeFile(join(bundle, SITE_WORDS_FILE), siteWords(words));
    // The site has its own search page; Pagefind's bundled UIs would only be dead weight on the portal.
    for (const name of await readdir(bundle)) {
      if (/^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/.test(name))
        await rm(join(bundle, name));
    }
  } finally {
    await close();
  }
  return { pages: files.length, chunkSize };
}

/**
 * Astro integration: after the build, indexes the built pages with Pagefind's Node API into
 * `<outDir>/pagefind/` (indexSite). Pages opt in with `data-pagefind-body`; each page's text is
 * indexed with đ encoded (see src/search/search-text.ts) so searches without accents find it.
 */
export function pagefindIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      // The dev server has no built pages to index: it serves the index of the last build, so the
      // search page works in `npm run dev` after one `npm run build:local`.
      'astro:server:setup': ({ server, logger }) => {
        const prefix = `${base}pagefind/`;
        server.middlewares.use(async (req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          const name = path.slice(prefix.length);
          if (name.split('/').includes('..')) return next();
          try {
            const body = await readFile(join(outDir, 'pagefind', name));
            res.setHeader(
              'Content-Type',
              name.endsWith('.js')
                ? 'text/javascript'
                : name.endsWith('.json')
                  ? 'application/json'
                  : 'application/octet-stream',
            );
            res.end(body);
          } catch {
            logger.warn(t('search.dev.noIndex', { path: `${prefix}${name}` }));
            next();
          }
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { pages, chunkSize } = await indexSite(fileURLToPath(dir));
        logger.info(t('search.build.indexed', { count: pages, chunkSize }));
      },
    },
  };
}
