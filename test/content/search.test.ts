import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { COLD_EVERY, openOrSubmit, resultPaths } from '../../scripts/dev/search-page.mjs';
import { SEARCH_PATH } from '../../src/site/routes.ts';
import { normalizeBase } from '../../src/site/paths.ts';
import { formatViolations, preloadAxe, runAxe } from '../support/axe.ts';
import { readCampaignChecks, type SearchCase } from '../support/content-checks.ts';
import { attr, find, findAll, parseHtml } from '../support/html.ts';
import { PROJECT_DIR } from '../support/project-copy.ts';
import { useStaticSite } from '../support/served.ts';
import { DIST_DIR, listPages, readPage } from '../support/site.ts';

// The build of content/ (dist/) in Chromium: the campaign's own searches (content/tests/: its
// relevance set and the searches of checks.yaml) find what a reader expects, every example the search
// page offers finds something, and no page has an axe violation (the campaign's text is part of every
// page; the fixture site's crawl proves the code's pages, in both colour schemes).

const BASE = normalizeBase(process.env['BASE_PATH']);
const { checks, relevance } = readCampaignChecks(join(PROJECT_DIR, 'content'));
const CASES: SearchCase[] = [...checks.search, ...relevance];
const site = useStaticSite(() => DIST_DIR, BASE);
let page: Page;

beforeAll(async () => {
  page = await (await site.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
});

describe('the campaign’s own searches (content/tests/)', () => {
  it('are read from content/tests/: checks.yaml and search-relevance.json (a new campaign may have none)', () => {
    expect(CASES.every((c) => c.expect.length > 0)).toBe(true);
  });

  // One page for every case, the query typed into the box; every COLD_EVERY-th opens ?q= afresh.
  it.each(CASES.map((c, i) => ({ ...c, kind: c.kind ?? 'check', cold: i % COLD_EVERY === 0 })))(
    '“$query” ($kind) ranks $expect in the top $top',
    async (c) => {
      await openOrSubmit(page, site.url, c.query, c.cold);
      const paths = await resultPaths(page, BASE);
      expect(
        paths.slice(0, c.top).some((path) => c.expect.includes(path)),
        `results for “${c.query}”: ${paths.join(', ')}`,
      ).toBe(true);
    },
  );
});

describe('the search page’s examples', () => {
  /** The example queries the built search page offers (campaign.yaml, else the documents’ codes). */
  const examples = () => {
    const help = parseHtml(readPage(DIST_DIR, SEARCH_PATH));
    const list = find(help, (e) => attr(e, 'id') === 'search-help');
    return findAll(list ?? help, (e) => e.tagName === 'a')
      .map((a) => new URL(attr(a, 'href')!, 'http://site.invalid').searchParams.get('q'))
      .filter((q): q is string => q !== null && q !== '');
  };

  it('each find something', async () => {
    const queries = examples();
    for (const query of queries) {
      await openOrSubmit(page, site.url, query, true);
      expect((await resultPaths(page, BASE)).length, `results for the example “${query}”`).toBeGreaterThan(0);
    }
  });
});

/** Every page of the build and the 404 page; none if there is no build (the last test says so). */
function pagesOfBuild(): string[] {
  try {
    return [...listPages(DIST_DIR), '/404.html'];
  } catch {
    return [];
  }
}

describe('every page of the campaign', () => {
  it('is there to check: run `npm run build:local` first', () => {
    expect(pagesOfBuild().length).toBeGreaterThan(3);
  });

  // One page navigated from page to page (of Chromium's default size, as a new page has), axe
  // loaded into each.
  let other: Page;
  beforeAll(async () => {
    other = await site.browser.newPage();
    await preloadAxe(other.context());
  });

  it.each(pagesOfBuild())('%s has no axe-core violation', async (path) => {
    await other.goto(new URL(path.slice(1), site.url).href);
    const violations = await runAxe(other);
    expect(violations, formatViolations(violations)).toEqual([]);
  });
});
