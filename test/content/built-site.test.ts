import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { normalizeBase } from '../../src/site/paths.ts';
import { budgetRules } from '../support/budget.ts';
import { attr, findAll, hasClass, parseHtml } from '../support/html.ts';
import { siteRules, type BuiltSite } from '../support/site-rules.ts';
import { PROJECT_DIR } from '../support/project-copy.ts';
import { DIST_DIR, readPage } from '../support/site.ts';

// The build `npm test` makes of content/ (dist/, with the BASE_PATH it ran with), read with the rules
// every build keeps (test/support/site-rules.ts) and the page budget (test/support/budget.ts): a
// content error a code test cannot see (a broken link in a text, a repeated id, a page made too heavy
// by its text) fails here, whatever campaign content/ holds.

const site = (): BuiltSite => ({ dist: DIST_DIR, base: normalizeBase(process.env['BASE_PATH']) });

siteRules(site);
budgetRules(site);

describe('the anniversaries', () => {
  it('have a page exactly when content/ lists some, in date order with machine-readable dates', () => {
    const file = join(PROJECT_DIR, 'content', 'anniversaries.yaml');
    const listed = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) ?? []) as unknown[]) : [];
    const built = existsSync(join(DIST_DIR, 'ky-niem', 'index.html'));
    expect(built).toBe(listed.length > 0);
    if (!built) return;
    const times = findAll(
      parseHtml(readPage(DIST_DIR, '/ky-niem/')),
      (e) => e.tagName === 'time' && hasClass(e, 'timeline__date'),
    ).map((time) => attr(time, 'datetime')!);
    expect(times).toHaveLength(listed.length);
    expect([...times].sort()).toEqual(times);
  });
});
