import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built site folder (`npm run build:local` output). */
export const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

/** Throws unless the site has been built into dist/. */
export function assertBuilt(): void {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build:local` first');
  }
}

/** Lists the site-relative URL path (`/`, `/van-ban/x/`) of every page (`index.html`) of a build (dist/), sorted. */
export function listPages(root = DIST_DIR): string[] {
  const pages: string[] = [];
  const walk = (dir: string, urlPath: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (urlPath === '/' && (entry.name === 'pagefind' || entry.name === '_astro')) continue;
        walk(join(dir, entry.name), `${urlPath}${entry.name}/`);
      } else if (entry.name === 'index.html') {
        pages.push(urlPath);
      }
    }
  };
  walk(root, '/');
  return pages.sort();
}

/** Whether dist/ has the custom 404 page (`/404.html`). */
export function has404(): boolean {
  return existsSync(join(DIST_DIR, '404.html'));
}

/** Reads the HTML of a page by its site-relative URL path (`/cong-van/` or `/404.html`). */
export function readPage(path: string): string {
  const decoded = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  const file = decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  // Normalising as an absolute path keeps `..` from climbing out of dist/.
  return readFileSync(join(DIST_DIR, normalize(`/${file}`)), 'utf8');
}
