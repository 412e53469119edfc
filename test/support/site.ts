import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

// Reading a built site: the fixture site's builds (test/support/fixture-site.ts) for the code tests,
// the real campaign's dist/ for the content checks (test/content/).

/** The real campaign's build (`npm run build:local` output), read by the content checks only. */
export const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

/** Throws unless a site has been built into `dist`. */
export function assertBuilt(dist: string): void {
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error(`${dist} is missing: run \`npm run build:local\` first`);
  }
}

/** Lists the site-relative URL path (`/`, `/van-ban/x/`) of every page (`index.html`) of a build, sorted. */
export function listPages(dist: string): string[] {
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
  walk(dist, '/');
  return pages.sort();
}

/** Whether a build has the custom 404 page (`/404.html`). */
export function has404(dist: string): boolean {
  return existsSync(join(dist, '404.html'));
}

/** Reads the HTML of a page of a build by its site-relative URL path (`/ke-hoach/` or `/404.html`). */
export function readPage(dist: string, path: string): string {
  const decoded = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  const file = decoded === '' || decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  // Normalising as an absolute path keeps `..` from climbing out of the build.
  return readFileSync(join(dist, normalize(`/${file}`)), 'utf8');
}
