import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attr, findAll, parseHtml, textOf } from '../support/html.ts';
import { assertBuilt, DIST_DIR } from '../support/site.ts';

// The portal's CSP (script-src 'self'; style-src 'self'; no other host) must not need exceptions:
// the built files carry no inline script or style and point to no other host.

/** Every file under dist/ with one of the extensions, relative paths. */
function filesWith(...extensions: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (extensions.some((ext) => entry.name.endsWith(ext)))
        found.push(relative(DIST_DIR, path));
    }
  };
  walk(DIST_DIR);
  return found.sort();
}

beforeAll(() => {
  assertBuilt();
});

describe('built for a strict CSP', () => {
  it('has no inline script: only external scripts and JSON-LD data blocks', () => {
    const pages = filesWith('.html');
    expect(pages.length).toBeGreaterThan(15);
    let dataBlocks = 0;
    for (const file of pages) {
      const doc = parseHtml(readFileSync(join(DIST_DIR, file), 'utf8'));
      for (const script of findAll(doc, (e) => e.tagName === 'script')) {
        const type = attr(script, 'type');
        if (type === 'application/ld+json') {
          dataBlocks++;
          const json = script.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
          expect(() => JSON.parse(json), `${file}: JSON-LD parses`).not.toThrow();
          continue;
        }
        expect(attr(script, 'src'), `${file}: inline <script type="${type ?? ''}">`).toBeDefined();
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
    expect(dataBlocks, 'the letter and the four documents').toBe(5);
  });

  it('has no <style> element and no style attribute', () => {
    for (const file of filesWith('.html')) {
      const doc = parseHtml(readFileSync(join(DIST_DIR, file), 'utf8'));
      expect(findAll(doc, (e) => e.tagName === 'style').length, `${file}: <style>`).toBe(0);
      expect(findAll(doc, (e) => attr(e, 'style') !== undefined).length, `${file}: style=`).toBe(0);
    }
  });

  it('loads nothing from another host: no remote script, stylesheet, font, image or @import', () => {
    for (const file of filesWith('.html')) {
      const doc = parseHtml(readFileSync(join(DIST_DIR, file), 'utf8'));
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
    const stylesheets = filesWith('.css');
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const file of stylesheets) {
      const css = readFileSync(join(DIST_DIR, file), 'utf8');
      expect(css, `${file}: @import`).not.toMatch(/@import/);
      expect(css, `${file}: remote url()`).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
    }
  });
});
