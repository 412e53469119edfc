import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { encodeHtmlForIndex } from '../lib/search-text';

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
 * Astro integration: after the build, indexes the built pages with Pagefind's Node API into
 * `<outDir>/pagefind/`. Pages opt in with `data-pagefind-body`; each page's text is indexed with
 * đ encoded (see lib/search-text.ts) so searches without accents find it.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'vi' });
        if (!index) throw new Error(`Pagefind không tạo được chỉ mục: ${errors.join('; ')}`);
        let pages = 0;
        for (const file of await htmlFiles(outDir)) {
          const html = await readFile(join(outDir, file), 'utf8');
          if (!html.includes('data-pagefind-body')) continue;
          const added = await index.addHTMLFile({
            url: urlForFile(file),
            content: encodeHtmlForIndex(html),
          });
          if (added.errors.length > 0)
            throw new Error(`Pagefind: ${file}: ${added.errors.join('; ')}`);
          pages++;
        }
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await close();
        // The site has its own search page; Pagefind's bundled UIs would only be dead weight on the portal.
        const bundle = join(outDir, 'pagefind');
        for (const name of await readdir(bundle)) {
          if (/^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/.test(name))
            await rm(join(bundle, name));
        }
        logger.info(`Đã lập chỉ mục tìm kiếm cho ${pages} trang.`);
      },
    },
  };
}
