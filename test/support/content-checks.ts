import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { CHECKS_DIR, CHECKS_FILE, RELEVANCE_FILE } from '../../src/content-disk/content-paths.ts';

// What a campaign checks of its own content, kept with it in content/tests/ (docs/testing.md): a new
// campaign starts with what `npm run new-campaign` drafts there, and its editor extends it. Read by
// the content checks (test/content/); every field is a rule the checks apply, none is code.

const sitePath = z.string().regex(/^\/[^\s]*$/, 'a path of the site, starting with "/"');
const text = z.string().min(1);

/** A query as staff type it, the pages a reader expects, and the rank one of them must reach. */
export const searchCaseSchema = z
  .object({
    query: z.string(),
    expect: z.array(sitePath).min(1),
    top: z.union([z.literal(1), z.literal(3)]).default(1),
    kind: z.string().min(1).optional(),
  })
  .strict();

export type SearchCase = z.output<typeof searchCaseSchema>;

export const campaignChecksSchema = z
  .object({
    /** What a page shows verbatim (white space aside), and what it must not; `*` is every page. */
    pages: z
      .array(
        z
          .object({
            path: z.union([sitePath, z.literal('*')]),
            contains: z.array(text).default([]),
            lacks: z.array(text).default([]),
          })
          .strict(),
      )
      .default([]),
    /** The ids a page's places keep, in reading order: links from elsewhere point to them. */
    anchors: z
      .array(
        z
          .object({ path: sitePath, ids: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1) })
          .strict(),
      )
      .default([]),
    /** Searches through the search page, each with the page it must find. */
    search: z.array(searchCaseSchema).default([]),
    /**
     * The signed text of a campaign document, in a file beside checks.yaml: the importer must read it
     * back into the published file (its body word for word, and `fields`), and its page must show
     * every clause of it verbatim. `joins` are the sentences a page break split, as the text has them
     * and as they read joined.
     */
    sources: z
      .array(
        z
          .object({
            file: text,
            letter: z.string().regex(/^[a-z0-9-]+$/),
            fields: z
              .array(text)
              .default(['type', 'number', 'code', 'date', 'subject', 'signer', 'distribution']),
            joins: z.array(z.tuple([text, text])).default([]),
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

export type CampaignChecks = z.output<typeof campaignChecksSchema>;

/** A content folder's checks: its checks.yaml (none: no check) and its relevance set (none: no case). */
export function readCampaignChecks(contentDir: string): {
  checks: CampaignChecks;
  relevance: SearchCase[];
  dir: string;
} {
  const dir = join(contentDir, CHECKS_DIR.replace(/^content\//, ''));
  const file = join(contentDir, CHECKS_FILE.replace(/^content\//, ''));
  const relevanceFile = join(contentDir, RELEVANCE_FILE.replace(/^content\//, ''));
  const parsed = campaignChecksSchema.safeParse(
    existsSync(file) ? (parse(readFileSync(file, 'utf8')) ?? {}) : {},
  );
  if (!parsed.success)
    throw new Error(
      `${CHECKS_FILE}: ${parsed.error.issues.map((i) => `field "${i.path.join('.')}": ${i.message}`).join('; ')}`,
    );
  const relevance = existsSync(relevanceFile)
    ? z
        .object({ cases: z.array(searchCaseSchema) })
        .parse(JSON.parse(readFileSync(relevanceFile, 'utf8'))).cases
    : [];
  return { checks: parsed.data, relevance, dir };
}
