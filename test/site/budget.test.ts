import { describe, expect, it } from 'vitest';
import { budgetRules, cssUrls, dynamicImports, staticImports } from '../support/budget.ts';
import { fixtureSite } from '../support/fixture-site.ts';

// The page budget (test/support/budget.ts) on the fixture site: what the code makes every page weigh.

const weights = budgetRules(() => ({ dist: fixtureSite().dist, base: '/' }));

describe('the budget counter', () => {
  it('counts what a page references and not what it merely links to', () => {
    const letter = weights.get('/ke-hoach/')!;
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
