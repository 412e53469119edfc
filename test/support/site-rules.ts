import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  attr,
  byTag,
  find,
  findAll,
  hasClass,
  metaContent,
  parseHtml,
  textOf,
  type HtmlNode,
} from './html.ts';
import { assertBuilt, has404, listPages, readPage } from './site.ts';

// Rules every built site keeps, whatever campaign it publishes: one language, one <h1>, unique titles
// and descriptions, landmarks, links and anchors that resolve, ids that do not repeat, a sitemap of
// every page, backlinks that point at the paragraph that cites, nothing a strict CSP would refuse.
// The code tests run them on the fixture site (test/site/), the content checks on the real build
// (test/content/).

/** A build to check: its folder and the base path it was built for. */
export interface BuiltSite {
  dist: string;
  base: string;
}

/** Maps an href on a page to a site-relative path and fragment, or undefined for other origins. */
export function resolveInternal(
  site: BuiltSite,
  href: string,
  fromPath: string,
): { path: string; hash: string } | undefined {
  const origin = 'http://site.invalid';
  const url = new URL(href, new URL(site.base.slice(0, -1) + fromPath, origin));
  if (url.origin !== origin) return undefined;
  expect(
    url.pathname.startsWith(site.base),
    `${fromPath}: link ${href} leaves the base path ${site.base}`,
  ).toBe(true);
  return {
    path: `/${url.pathname.slice(site.base.length)}`,
    hash: decodeURIComponent(url.hash.slice(1)),
  };
}

/** The parsed pages of a build, each parsed once. */
export function parsedPages(site: () => BuiltSite): (path: string) => HtmlNode {
  const docs = new Map<string, HtmlNode>();
  return (path) => {
    let doc = docs.get(path);
    if (!doc) {
      doc = parseHtml(readPage(site().dist, path));
      docs.set(path, doc);
    }
    return doc;
  };
}

/** Every file under a build with one of the extensions, as paths relative to it. */
function filesWith(dist: string, ...extensions: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extensions.some((ext) => entry.name.endsWith(ext))) found.push(relative(dist, path));
    }
  };
  walk(dist);
  return found.sort();
}

/** Registers the rules as tests of the build `site` gives (called once its folder is known). */
export function siteRules(site: () => BuiltSite): void {
  const page = parsedPages(site);
  const allPages = () => [...listPages(site().dist), '/404.html'];

  /** The build file that serves a site-relative path, if any. */
  const fileFor = (path: string): string | undefined => {
    const { dist } = site();
    const candidate = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
    return existsSync(candidate) ? candidate : undefined;
  };

  beforeAll(() => {
    assertBuilt(site().dist);
  });

  describe('every page', () => {
    it('has a 404 page besides, and more than the home page', () => {
      expect(has404(site().dist)).toBe(true);
      expect(listPages(site().dist).length).toBeGreaterThan(3);
    });

    it('declares Vietnamese, has one <h1>, and a unique title and description', () => {
      const titles = new Map<string, string>();
      const descriptions = new Map<string, string>();
      for (const path of allPages()) {
        const doc = page(path);
        expect(attr(byTag(doc, 'html')[0]!, 'lang'), path).toBe('vi');
        expect(byTag(doc, 'h1'), `${path} must have exactly one <h1>`).toHaveLength(1);
        const title = textOf(byTag(doc, 'title')[0]!);
        expect(title.length, path).toBeGreaterThan(5);
        expect(
          titles.get(title),
          `${path} repeats the title of ${titles.get(title)}`,
        ).toBeUndefined();
        titles.set(title, path);
        const description = metaContent(doc, 'description') ?? '';
        expect(description.length, `${path} description`).toBeGreaterThan(30);
        expect(
          descriptions.get(description),
          `${path} repeats the description of ${descriptions.get(description)}`,
        ).toBeUndefined();
        descriptions.set(description, path);
      }
    });

    it('has a skip link to #main-content, a header, a main and a footer', () => {
      for (const path of allPages()) {
        const doc = page(path);
        const skip = find(doc, (e) => e.tagName === 'a' && hasClass(e, 'skip-link'));
        expect(skip && attr(skip, 'href'), path).toBe('#main-content');
        expect(
          find(doc, (e) => e.tagName === 'main' && attr(e, 'id') === 'main-content'),
          path,
        ).toBeDefined();
        expect(byTag(doc, 'header').length, path).toBeGreaterThan(0);
        expect(byTag(doc, 'footer').length, path).toBeGreaterThan(0);
      }
    });

    it('never repeats an id', () => {
      for (const path of allPages()) {
        const ids = findAll(page(path), (e) => attr(e, 'id') !== undefined).map((e) =>
          attr(e, 'id')!,
        );
        const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
        expect(repeated, path).toEqual([]);
      }
    });
  });

  describe('links', () => {
    it('resolves every internal link and #anchor to a built page and an existing id', () => {
      const broken: string[] = [];
      let checked = 0;
      for (const path of allPages()) {
        for (const el of findAll(
          page(path),
          (e) => (e.tagName === 'a' || e.tagName === 'link') && attr(e, 'href') !== undefined,
        )) {
          const href = attr(el, 'href')!;
          if (/^(mailto|tel):/.test(href)) continue;
          const target = resolveInternal(site(), href, path);
          if (!target) continue;
          checked++;
          const file = fileFor(target.path);
          if (!file) {
            broken.push(`${path}: ${href} → no page at ${target.path}`);
            continue;
          }
          if (target.hash !== '' && file.endsWith('.html')) {
            const ids = findAll(page(target.path), (e) => attr(e, 'id') === target.hash);
            if (ids.length !== 1)
              broken.push(`${path}: ${href} → #${target.hash} found ${ids.length} times`);
          }
        }
      }
      expect(broken).toEqual([]);
      expect(checked).toBeGreaterThan(allPages().length * 10);
    });

    it('lists, under "Được viện dẫn tại", only places that cite the document', () => {
      let backlinks = 0;
      for (const path of listPages(site().dist).filter((p) => /^\/van-ban\/[^/]+\/$/.test(p))) {
        const slug = path.split('/')[2]!;
        const doc = page(path);
        if (find(doc, (e) => attr(e, 'id') === 'duoc-dan-chieu-tai') === undefined) continue;
        const list = findAll(doc, (e) => e.tagName === 'ul' && hasClass(e, 'card-list'))[0];
        expect(list, `${path}: backlink list`).toBeDefined();
        for (const link of findAll(list!, (e) => e.tagName === 'a')) {
          const target = resolveInternal(site(), attr(link, 'href')!, path)!;
          expect(target.hash, `${path}: a backlink points to a paragraph`).not.toBe('');
          const paragraph = find(page(target.path), (e) => attr(e, 'id') === target.hash);
          expect(paragraph, attr(link, 'href')).toBeDefined();
          const cite = find(paragraph!, (e) => e.tagName === 'a' && attr(e, 'data-cites') === slug);
          expect(cite, `${attr(link, 'href')} cites ${slug}`).toBeDefined();
          backlinks += 1;
        }
      }
      expect(backlinks).toBeGreaterThan(0);
    });
  });

  describe('sitemap', () => {
    it('lists every page but the 404 page, under the base', () => {
      const { dist, base } = site();
      expect(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
      const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
      const listed = [...sitemap.matchAll(/<loc>[a-z]+:\/\/[^/]+([^<]*)<\/loc>/g)].map(
        (m) => `/${m[1]!.slice(base.length)}`,
      );
      expect(listed.sort()).toEqual(listPages(dist));
      expect(sitemap).not.toContain('404');
    });
  });

  describe('built for a strict CSP', () => {
    it('has no inline script: only external scripts and JSON-LD data blocks', () => {
      const { dist } = site();
      const pages = filesWith(dist, '.html');
      let dataBlocks = 0;
      for (const file of pages) {
        const doc = parseHtml(readFileSync(join(dist, file), 'utf8'));
        for (const script of findAll(doc, (e) => e.tagName === 'script')) {
          const type = attr(script, 'type');
          if (type === 'application/ld+json') {
            dataBlocks++;
            const json = script.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
            expect(() => JSON.parse(json), `${file}: JSON-LD parses`).not.toThrow();
            continue;
          }
          expect(
            attr(script, 'src'),
            `${file}: inline <script type="${type ?? ''}">`,
          ).toBeDefined();
          expect(textOf(script), file).toBe('');
        }
        // Event handler attributes are inline scripts too.
        const handlers = findAll(doc, (e) => e.attrs.some((a) => a.name.startsWith('on')));
        expect(
          handlers.map((e) => e.tagName),
          `${file}: on* attributes`,
        ).toEqual([]);
        expect(
          findAll(doc, (e) => e.attrs.some((a) => /^\s*javascript:/i.test(a.value))),
          file,
        ).toEqual([]);
      }
      // The launch document's page at least describes itself as schema.org Legislation.
      expect(dataBlocks).toBeGreaterThan(0);
    });

    it('has no <style> element and no style attribute', () => {
      const { dist } = site();
      for (const file of filesWith(dist, '.html')) {
        const doc = parseHtml(readFileSync(join(dist, file), 'utf8'));
        expect(findAll(doc, (e) => e.tagName === 'style').length, `${file}: <style>`).toBe(0);
        expect(findAll(doc, (e) => attr(e, 'style') !== undefined).length, `${file}: style=`).toBe(
          0,
        );
      }
    });

    it('loads nothing from another host: no remote script, stylesheet, font, image or @import', () => {
      const { dist } = site();
      for (const file of filesWith(dist, '.html')) {
        const doc = parseHtml(readFileSync(join(dist, file), 'utf8'));
        const remote = findAll(doc, (e) => {
          const url =
            e.tagName === 'link'
              ? attr(e, 'rel') === 'canonical'
                ? undefined
                : attr(e, 'href')
              : attr(e, 'src');
          return url !== undefined && /^(https?:)?\/\//.test(url);
        });
        expect(
          remote.map((e) => `<${e.tagName}>`),
          file,
        ).toEqual([]);
      }
      const stylesheets = filesWith(dist, '.css');
      expect(stylesheets.length).toBeGreaterThan(0);
      for (const file of stylesheets) {
        const css = readFileSync(join(dist, file), 'utf8');
        expect(css, `${file}: @import`).not.toMatch(/@import/);
        expect(css, `${file}: remote url()`).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
      }
    });
  });
}
