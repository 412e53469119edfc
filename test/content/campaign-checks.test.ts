import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../scripts/importer/run.ts';
import { splitFrontMatter, parseFrontMatter } from '../../src/content-disk/content-files.ts';
import { clausesOf } from '../support/clauses.ts';
import { readCampaignChecks } from '../support/content-checks.ts';
import { attr, find, findAll, parseHtml, textOf } from '../support/html.ts';
import { useImportRoots } from '../support/import-roots.ts';
import { PROJECT_DIR } from '../support/project-copy.ts';
import { DIST_DIR, listPages, readPage } from '../support/site.ts';

// What this campaign checks of its own content (content/tests/checks.yaml; docs/testing.md), on the
// build `npm test` makes of it (dist/): what its pages show, the ids links point to, and the signed
// texts its documents reproduce. A new campaign starts with what `npm run new-campaign` drafts.

const CONTENT = join(PROJECT_DIR, 'content');
const { checks, dir } = readCampaignChecks(CONTENT);
const roots = useImportRoots('content-sources-');

/** The text of a page as a reader reads it, white space collapsed. */
const pageText = (path: string) =>
  textOf(parseHtml(readPage(DIST_DIR, path))).replace(/\s+/g, ' ');

/** The pages a check names: one, or every page for `*`. */
const pagesOf = (path: string) =>
  path === '*' ? [...listPages(DIST_DIR), '/404.html'] : [path];

describe('content/tests/checks.yaml', () => {
  it('reads as checks (a campaign without the file has none)', () => {
    expect(checks).toBeDefined();
  });

  it.each(checks.pages.map((check) => [check.path, check] as const))(
    '%s shows what it must and not what it must not',
    (_path, check) => {
      for (const path of pagesOf(check.path)) {
        const text = pageText(path);
        for (const part of check.contains) expect(text, path).toContain(part.replace(/\s+/g, ' '));
        for (const part of check.lacks) expect(text, path).not.toContain(part.replace(/\s+/g, ' '));
      }
    },
  );

  it.each(checks.anchors.map((check) => [check.path, check] as const))(
    '%s keeps the ids links point to, each with a link to itself',
    (path, check) => {
      const doc = parseHtml(readPage(DIST_DIR, path));
      const ids = findAll(doc, (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id')!);
      expect(ids.filter((id) => check.ids.includes(id))).toEqual(check.ids);
      for (const id of check.ids)
        expect(
          find(doc, (e) => e.tagName === 'a' && attr(e, 'href') === `#${id}`),
          `self-link of ${id}`,
        ).toBeDefined();
    },
  );
});

describe.each(checks.sources.map((source) => [source.file, source] as const))(
  'the signed text content/tests/%s',
  (file, source) => {
    const signed = readFileSync(join(dir, file), 'utf8');
    const published = splitFrontMatter(
      readFileSync(join(CONTENT, 'letter', `${source.letter}.mdx`), 'utf8'),
    )!;
    const data = parseFrontMatter(published.yaml);

    it(`is what the importer reads back into content/letter/${source.letter}.mdx: its body word for word, ${source.fields.join(', ')}`, async () => {
      const result = await importDocument({
        file: join(dir, file),
        route: String(data['route']),
        root: roots.root(),
        dryRun: true,
      });
      const imported = splitFrontMatter(result.content)!;
      expect(imported.body.trim()).toBe(published.body.trim());
      const read = parseFrontMatter(imported.yaml);
      for (const field of source.fields) expect(read[field], field).toEqual(data[field]);
    });

    it('is on its page, every clause verbatim (the blanks of the signed copy aside)', () => {
      const text = textOf(parseHtml(readPage(DIST_DIR, `/${String(data['route'])}/`)))
        .replace(/…/g, '')
        .replace(/\s+/g, ' ');
      const clauses = clausesOf(signed, source.joins);
      expect(clauses.filter((clause) => !text.includes(clause))).toEqual([]);
      expect(clauses.length).toBeGreaterThan(10);
    });
  },
);
