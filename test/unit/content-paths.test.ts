import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUILD_ROUTES,
  PAGE_ROUTES,
  RESERVED_ROUTES,
} from '../../src/content-disk/content-paths.ts';

/**
 * The route segments a folder of Astro pages takes, from its entries' names: a folder (`van-ban/`)
 * and a page served at `/<name>/` (`tim-kiem.astro`); not a dynamic route (`[letter].astro`), the
 * home page, the 404 page or an endpoint with its own extension (`rss.xml.ts`).
 */
function pageRoutes(entries: readonly { name: string; folder: boolean }[]): string[] {
  return entries
    .filter(({ name }) => !name.startsWith('['))
    .map(({ name, folder }) =>
      folder ? name : /^([^.]+)\.(?:astro|md|mdx|ts|js)$/.exec(name)?.[1],
    )
    .filter((name): name is string => name !== undefined && !['index', '404'].includes(name))
    .sort();
}

describe('the routes content may not claim', () => {
  it('are exactly the segments of src/pages/, and the folders the build writes', () => {
    const entries = readdirSync('src/pages', { withFileTypes: true }).map((entry) => ({
      name: entry.name,
      folder: entry.isDirectory(),
    }));
    expect(PAGE_ROUTES.length).toBeGreaterThan(3);
    expect([...PAGE_ROUTES].sort()).toEqual(pageRoutes(entries));
    expect(RESERVED_ROUTES).toEqual([...PAGE_ROUTES, ...BUILD_ROUTES]);
  });

  it('reads a new page or folder of src/pages/ as a route taken', () => {
    expect(
      pageRoutes([
        { name: 'van-ban', folder: true },
        { name: 'lich.astro', folder: false },
        { name: '[letter].astro', folder: false },
        { name: 'index.astro', folder: false },
        { name: '404.astro', folder: false },
        { name: 'rss.xml.ts', folder: false },
        { name: 'tin-moi.mdx', folder: false },
      ]),
    ).toEqual(['lich', 'tin-moi', 'van-ban']);
  });
});
