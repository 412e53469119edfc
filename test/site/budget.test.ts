import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ON_DEMAND_BUDGET_BYTES,
  PAGE_BUDGET_BYTES,
  PAGE_BUDGET_REQUESTS,
} from '../../src/constants.ts';
import { SEARCH_PATH } from '../../src/site/routes.ts';
import { normalizeBase } from '../../src/site/paths.ts';
import { attr, byTag, findAll, parseHtml, type HtmlElement } from '../support/html.ts';
import { assertBuilt, DIST_DIR, has404, listPages, readPage } from '../support/site.ts';

// The page budget, checked on the built files so it holds on any machine: what a first visit to a
// page must fetch, compressed as scripts/dev/static-server.mjs and deploy/nginx.conf send it (gzip
// level 6). The timed figures (bytes on the wire, load times) come from `npm run bench`.
const BASE = normalizeBase(process.env['BASE_PATH']);
const BUDGET_BYTES = PAGE_BUDGET_BYTES;
const BUDGET_REQUESTS = PAGE_BUDGET_REQUESTS;
/** The one page that may load JavaScript (the search page); every other page loads none. */
const SEARCH_PAGE = SEARCH_PATH;

/** `<link rel>` values the browser fetches on load. */
const FETCHED_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'manifest',
  'preload',
  'modulepreload',
  'prefetch',
]);
/** Script types that run as JavaScript (the empty string is a script without a type). */
const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** The gzip size of a text or file contents, at zlib's default level (6). */
function gzipSize(data: string | Buffer): number {
  return gzipSync(data, { level: 6 }).length;
}

/** The dist/ file behind a URL referenced from a page, or undefined for other origins and data: URLs. */
function distFileFor(url: string, fromPath: string): string | undefined {
  if (/^data:/i.test(url)) return undefined;
  const origin = 'http://site.invalid';
  const resolved = new URL(url, new URL(BASE.slice(0, -1) + fromPath, origin));
  if (resolved.origin !== origin || !resolved.pathname.startsWith(BASE)) return undefined;
  return join(DIST_DIR, decodeURIComponent(resolved.pathname.slice(BASE.length)));
}

/** The URLs a stylesheet or a style attribute loads (`url()`, `@import`), data: URLs left out. */
function cssUrls(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2]!);
  urls.push(...[...css.matchAll(/@import\s+(['"])([^'"]+)\1/g)].map((m) => m[2]!));
  return urls.filter((u) => !/^data:/i.test(u.trim()));
}

/** The modules a module script imports statically (each is one more request before it runs). */
function staticImports(js: string): string[] {
  return [...js.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)].map(
    (m) => m[1]!,
  );
}

/** The modules a module script imports on demand: `import("./x.js")` with the path written out. */
function dynamicImports(js: string): string[] {
  return [...js.matchAll(/\bimport\(\s*(["'`])([^"'`$]+)\1\s*\)/g)].map((m) => m[2]!);
}

/** Whether a `<script>` element runs JavaScript. */
function isJsScript(el: HtmlElement): boolean {
  return JS_TYPES.has((attr(el, 'type') ?? '').trim().toLowerCase());
}

interface PageWeight {
  /** Every URL fetched on load besides the page itself, as dist/ files (or the URL if elsewhere). */
  subresources: string[];
  stylesheets: string[];
  /** gzip bytes of the HTML, its stylesheets and the JavaScript it loads. */
  htmlBytes: number;
  cssBytes: number;
  jsBytes: number;
  /** The scripts it imports only on demand (dist/ files), each with its gzip bytes. */
  onDemand: Map<string, number>;
}

/** What a first visit to a page fetches, read from its built HTML and the files it references. */
function weigh(path: string): PageWeight {
  const html = readPage(path);
  const doc = parseHtml(html);
  const subresources = new Set<string>();
  const stylesheets: string[] = [];
  const scripts: string[] = [];
  let inlineJs = '';
  const add = (url: string | undefined) => {
    if (url === undefined || url.trim() === '' || /^data:/i.test(url.trim())) return undefined;
    const file = distFileFor(url.trim(), path) ?? url.trim();
    subresources.add(file);
    return file;
  };

  let hasIcon = false;
  for (const link of byTag(doc, 'link')) {
    const rels = (attr(link, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('icon')) hasIcon = true;
    if (!rels.some((r) => FETCHED_RELS.has(r))) continue;
    const file = add(attr(link, 'href'));
    if (file !== undefined && rels.includes('stylesheet')) stylesheets.push(file);
    if (file !== undefined && rels.includes('modulepreload')) scripts.push(file);
  }
  // Without a declared icon, browsers ask for /favicon.ico.
  if (!hasIcon) subresources.add(join(DIST_DIR, 'favicon.ico'));

  for (const script of byTag(doc, 'script')) {
    if (!isJsScript(script)) continue;
    const src = attr(script, 'src');
    if (src === undefined) {
      inlineJs += script.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
      continue;
    }
    const file = add(src);
    if (file !== undefined) scripts.push(file);
  }
  // Inline event handlers and javascript: links are JavaScript too.
  for (const el of findAll(doc, (e) => e.attrs.some((a) => /^on/i.test(a.name)))) {
    inlineJs += el.attrs
      .filter((a) => /^on/i.test(a.name))
      .map((a) => a.value)
      .join(';');
  }
  for (const el of findAll(doc, (e) => /^\s*javascript:/i.test(attr(e, 'href') ?? ''))) {
    inlineJs += attr(el, 'href');
  }

  for (const tag of ['img', 'source', 'video', 'audio', 'iframe', 'embed', 'input', 'object']) {
    for (const el of byTag(doc, tag)) {
      if (tag === 'input' && attr(el, 'type') !== 'image') continue;
      add(attr(el, 'src') ?? attr(el, 'data') ?? attr(el, 'poster'));
      for (const candidate of (attr(el, 'srcset') ?? '').split(','))
        add(candidate.trim().split(/\s+/)[0]);
    }
  }
  for (const el of findAll(doc, (e) => attr(e, 'style') !== undefined)) {
    for (const url of cssUrls(attr(el, 'style')!)) add(url);
  }
  for (const style of byTag(doc, 'style')) {
    const css = style.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
    for (const url of cssUrls(css)) add(url);
  }

  let cssBytes = 0;
  for (const file of stylesheets) {
    expect(existsSync(file), `${path}: stylesheet ${file} is not in dist/`).toBe(true);
    const css = readFileSync(file, 'utf8');
    cssBytes += gzipSize(css);
    for (const url of cssUrls(css)) subresources.add(distFileFor(url, path) ?? url);
  }
  let jsBytes = inlineJs === '' ? 0 : gzipSize(inlineJs);
  // What loads on demand is weighed apart, with what it imports that the page has not loaded.
  const loaded = new Set(scripts);
  const onDemand = new Map<string, number>();
  const lazy: string[] = [];
  // A module's imports are relative to the module, not to the page.
  const from = (file: string) => `/${relative(DIST_DIR, file).split(sep).join('/')}`;
  const read = (file: string) => {
    expect(existsSync(file), `${path}: script ${file} is not in dist/`).toBe(true);
    const js = readFileSync(file, 'utf8');
    for (const url of dynamicImports(js)) lazy.push(distFileFor(url, from(file)) ?? url);
    return js;
  };
  for (const file of scripts) {
    const js = read(file);
    jsBytes += gzipSize(js);
    for (const url of staticImports(js)) {
      const imported = distFileFor(url, from(file)) ?? url;
      subresources.add(imported);
      if (!loaded.has(imported)) {
        loaded.add(imported);
        scripts.push(imported);
      }
    }
  }
  for (const file of lazy) {
    if (loaded.has(file)) continue;
    loaded.add(file);
    const js = read(file);
    onDemand.set(file, gzipSize(js));
    for (const url of staticImports(js)) lazy.push(distFileFor(url, from(file)) ?? url);
  }
  return {
    subresources: [...subresources],
    stylesheets,
    htmlBytes: gzipSize(html),
    cssBytes,
    jsBytes,
    onDemand,
  };
}

const pages = () => [...listPages(), ...(has404() ? ['/404.html'] : [])];
const weights = new Map<string, PageWeight>();

beforeAll(() => {
  assertBuilt();
  for (const path of pages()) weights.set(path, weigh(path));
});

describe('page budget (first visit, gzip level 6)', () => {
  it('covers every page, the letter and the search page among them', () => {
    expect([...weights.keys()]).toEqual(expect.arrayContaining(['/', '/cong-van/', SEARCH_PAGE]));
  });

  it('keeps HTML + CSS (+ JS) within 16 KB on every page', () => {
    const over = [...weights]
      .map(([path, w]) => ({ path, bytes: w.htmlBytes + w.cssBytes + w.jsBytes, w }))
      .filter(({ bytes }) => bytes > BUDGET_BYTES)
      .map(
        ({ path, bytes, w }) =>
          `${path}: ${bytes} B (HTML ${w.htmlBytes}, CSS ${w.cssBytes}, JS ${w.jsBytes})`,
      );
    expect(over, `over ${BUDGET_BYTES} B gzipped`).toEqual([]);
  });

  it('keeps what a page loads on demand within its own budget', () => {
    const over = [...weights]
      .map(([path, w]) => ({ path, bytes: [...w.onDemand.values()].reduce((a, b) => a + b, 0), w }))
      .filter(({ bytes }) => bytes > ON_DEMAND_BUDGET_BYTES)
      .map(
        ({ path, bytes, w }) =>
          `${path}: ${bytes} B (${[...w.onDemand].map(([f, b]) => `${f.replace(DIST_DIR, '')} ${b}`).join(', ')})`,
      );
    expect(over, `over ${ON_DEMAND_BUDGET_BYTES} B gzipped`).toEqual([]);
    // The search page loads its readings and its main-thread engine only when it needs them.
    const search = weights.get(SEARCH_PAGE)!;
    expect(search.onDemand.size).toBeGreaterThanOrEqual(2);
  });

  it('makes at most 3 requests per page, the page itself included', () => {
    const over = [...weights]
      .filter(([, w]) => 1 + w.subresources.length > BUDGET_REQUESTS)
      .map(
        ([path, w]) =>
          `${path}: ${1 + w.subresources.length} (${w.subresources.map((s) => s.replace(DIST_DIR, '')).join(', ')})`,
      );
    expect(over).toEqual([]);
  });

  it('loads no JavaScript except on the search page', () => {
    const withJs = [...weights]
      .filter(([path, w]) => path !== SEARCH_PAGE && w.jsBytes > 0)
      .map(([path, w]) => `${path}: ${w.jsBytes} B`);
    expect(withJs).toEqual([]);
  });

  it('shares one stylesheet, at the same long-cached /_astro/ URL, across every page', () => {
    const urls = new Set([...weights.values()].flatMap((w) => w.stylesheets));
    for (const [path, w] of weights) expect(w.stylesheets, path).toHaveLength(1);
    expect(urls.size).toBe(1);
    expect([...urls][0]).toContain(join(DIST_DIR, '_astro'));
  });
});

describe('the budget counter', () => {
  it('counts what a page references and not what it merely links to', () => {
    const letter = weights.get('/cong-van/')!;
    expect(letter.stylesheets).toHaveLength(1);
    // The icon is inlined as a data: URL; canonical and sitemap links are not fetched.
    expect(letter.subresources).toEqual(letter.stylesheets);
    expect(letter.jsBytes).toBe(0);
    expect(letter.htmlBytes).toBeGreaterThan(1000);
  });

  it('finds static imports of a module script, and its dynamic ones apart', () => {
    const js =
      'import{a as b}from"./chunk.js";import"./side.js";import("./lazy.js");import(`./late.js`);import(url)';
    expect(staticImports(js)).toEqual(['./chunk.js', './side.js']);
    expect(dynamicImports(js)).toEqual(['./lazy.js', './late.js']);
    expect(
      cssUrls('a{background:url("/i.png")}b{src:url(data:font/woff2;base64,AA)}@import "x.css";'),
    ).toEqual(['/i.png', 'x.css']);
  });
});
