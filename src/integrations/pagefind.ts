import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import {
  SEARCH_INDEX_CHUNK_BYTES,
  SEARCH_INDEX_MAX_CHUNKS,
  SITE_WORDS_FILE,
} from '../constants.ts';
import { t } from '../i18n/index.ts';
import { fold } from '../vietnamese/fold.ts';
import { isSyllable } from '../vietnamese/syllable.ts';
import { encodeHtmlForIndex } from '../search/search-text.ts';
import { readEntry, readWordIndex, rechunkBundle } from './pagefind-chunks.ts';

/** Every .html file below a folder, as paths relative to it. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * The words of a bundle's index that are Vietnamese syllables, folded, sorted, one a line: what
 * the search page may respell a query into (SITE_WORDS_FILE). Codes, numbers and foreign words are
 * left out; they have no confusions of sounds.
 */
export async function siteWords(bundle: string): Promise<string> {
  const files = { read: (path: string) => readFile(join(bundle, path)) };
  const words = new Set<string>();
  for (const { hash } of Object.values((await readEntry(files)).languages)) {
    const { chunks } = await readWordIndex(files, hash);
    for (const chunk of chunks)
      for (const { word } of chunk.words) {
        const folded = fold(word);
        if (/^[a-z]{1,7}$/.test(folded) && isSyllable(folded)) words.add(folded);
      }
  }
  return [...words].sort().join('\n') + '\n';
}

/** The site-relative URL Pagefind should give a built file (`cong-van/index.html` → `/cong-van/`). */
export function urlForFile(file: string): string {
  const path = file.split(sep).join('/');
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Astro integration: after the build, indexes the built pages with Pagefind's Node API into
 * `<outDir>/pagefind/`. Pages opt in with `data-pagefind-body`; each page's text is indexed with
 * đ encoded (see lib/search-text.ts) so searches without accents find it.
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
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(t('search.build.failed', { errors: errors.join('; ') }));
        let pages = 0;
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(join(outDir, file), 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const added = await index.addHTMLFile({
            url: urlForFile(file),
            content: encodeHtmlForIndex(html),
          });
          if (added.errors.length > 0)
            throw new Error(
              t('search.build.fileFailed', { file, errors: added.errors.join('; ') }),
            );
          pages++;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0)
          throw new Error(t('search.build.writeFailed', { errors: written.errors.join('; ') }));
        await close();
        const bundle = join(outDir, 'pagefind');
        // SEARCH_INDEX_CHUNKS=pagefind leaves the chunks as Pagefind cut them (with
        // PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, for instance): only for measuring one against the other.
        const rechunk = process.env['SEARCH_INDEX_CHUNKS'] !== 'pagefind';
        const reports = !rechunk
          ? []
          : await rechunkBundle(
              {
                read: (path) => readFile(join(bundle, path)),
                write: (path, bytes) => writeFile(join(bundle, path), bytes),
                remove: (path) => rm(join(bundle, path)),
              },
              {
                targetBytes: Number(
                  process.env['SEARCH_INDEX_CHUNK_BYTES'] ?? SEARCH_INDEX_CHUNK_BYTES,
                ),
                maxChunks: Number(
                  process.env['SEARCH_INDEX_MAX_CHUNKS'] ?? SEARCH_INDEX_MAX_CHUNKS,
                ),
              },
            ).catch((error: unknown) => {
              throw new Error(t('search.build.rechunkFailed', { error: String(error) }));
            });
        await writeFile(join(bundle, SITE_WORDS_FILE), await siteWords(bundle));
        // The site has its own search page; Pagefind's bundled UIs would only be dead weight on the portal.
        for (const name of await readdir(bundle)) {
          if (/^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/.test(name))
            await rm(join(bundle, name));
        }
        logger.info(t('search.build.indexed', { count: pages }));
        for (const r of reports)
          logger.info(
            t('search.build.rechunked', { before: r.before, after: r.after, largest: r.largest }),
          );
      },
    },
  };
}
