// The archive's content (archive.yaml: the archive and the campaigns it gathers) and what it reads
// of each campaign (its open data, `du-lieu/van-ban.json`, version 3: docs/open-data.md). Both are
// checked here, so a wrong file stops the archive's build naming the file and the field.
import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { ContentError } from '../documents/content-error.ts';
import { partialDateSchema, slugSchema } from '../schemas/common.ts';
import { DOCUMENT_INDEX_VERSION } from '../site/open-data.ts';

/** A campaign's home address: absolute http(s), ending in `/` (SITE_URL + BASE_PATH). */
const homeUrlSchema = z
  .url({ protocol: /^https?$/, error: t('errors.schema.url') })
  .refine((url) => url.endsWith('/'), t('archive.error.trailingSlash'));

/** archive.yaml: the archive's name and publisher, and the campaigns it gathers. */
export const archiveSchema = z
  .object({
    name: z.string().min(1),
    /** Who publishes the archive (a department, the province's emulation council). */
    publisher: z.string().min(1),
    /** The home page's description; by default built from the name and the campaigns. */
    description: z.string().min(1).optional(),
    /**
     * How many campaigns, newest first, the first search covers; the reader asks for the others,
     * as many again each time (docs/archive.md).
     */
    searchFirst: z.number().int().min(1).default(10),
    /**
     * Where the first search looks: in the archive's own index, to which the archive's build adds
     * the pages of those newest campaigns it finds in ARCHIVE_WEB_ROOT (one index: the least a
     * search fetches), or in each campaign's own index (merged in the browser, always as published).
     */
    searchIndex: z.enum(['archive', 'campaigns']).default('archive'),
    campaigns: z
      .array(
        z
          .object({
            /** Where the campaign is published (its SITE_URL + BASE_PATH). */
            url: homeUrlSchema,
            /** Its id in the archive's addresses; by default the last segment of its path. */
            id: slugSchema.optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type ArchiveInput = z.output<typeof archiveSchema>;

const nullableString = z.string().min(1).nullable();

/**
 * What the archive reads of a campaign's open data (version DOCUMENT_INDEX_VERSION); other fields
 * are allowed and left out.
 */
export const openDataSchema = z.object({
  version: z.literal(DOCUMENT_INDEX_VERSION, {
    error: t('archive.error.openDataVersion', { version: DOCUMENT_INDEX_VERSION }),
  }),
  site: z.object({ name: z.string().min(1), publisher: z.string().min(1), url: homeUrlSchema }),
  campaign: z.object({
    name: z.string().min(1),
    shortName: z.string().min(1),
    publisher: z.string().min(1),
    start: partialDateSchema,
    end: partialDateSchema,
    launchDocument: slugSchema,
  }),
  documents: z.array(
    z.object({
      id: slugSchema,
      kind: z.enum(['campaign-letter', 'cited-document']),
      title: z.string().min(1),
      type: z.string().min(1),
      identifier: nullableString,
      issuer: z.string().min(1),
      term: nullableString,
      date: partialDateSchema.nullable(),
      subject: nullableString,
      url: z.url({ protocol: /^https?$/ }),
      citedIn: z.array(
        z.object({
          document: slugSchema,
          place: z.string().min(1),
          provision: nullableString,
          url: z.url({ protocol: /^https?$/ }),
        }),
      ),
    }),
  ),
});

export type OpenData = z.output<typeof openDataSchema>;

/**
 * Parses a value with a schema; on failure throws a ContentError that names the file and the first
 * wrong field (`campaigns.1.url`), in the words of the schema's message.
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new ContentError(
    { file, field: issue?.path.map(String).join('.') || t('archive.error.wholeFile') },
    issue?.message ?? '',
  );
}
