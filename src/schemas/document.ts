import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { partialDateSchema, sourceSchema } from './common.ts';

/** Front matter of a document the campaign cites. */
export const documentSchema = z.object({
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  type: z
    .string({ error: t('errors.schema.nonEmptyString') })
    .min(1, { error: t('errors.schema.nonEmptyString') }),
  /** Số, ký hiệu as printed, e.g. `34-CT/TW` or `1954/UBND-TH`; null when the document has none we know. */
  identifier: z.union([z.string().min(1), z.null()], { error: t('errors.schema.stringOrNull') }),
  issuer: z.string().min(1),
  term: z.string().min(1).optional(),
  date: partialDateSchema.optional(),
  dateNote: z.string().min(1).optional(),
  subject: z.string().min(1),
  /**
   * Whether `subject` is the document's own trích yếu (`official`), the site's wording of what the
   * letter says of it (`paraphrase`), or a name used until the trích yếu is known (`placeholder`).
   * Every place that shows a subject that is not official says so.
   */
  subjectWording: z.enum(['official', 'paraphrase', 'placeholder']).default('official'),
  description: z.string().min(1),
  /** Other ways the content names this document, matched as whole phrases. */
  aliases: z
    .array(z.string({ error: t('errors.schema.stringList') }).min(2), {
      error: t('errors.schema.stringList'),
    })
    .default([]),
  sources: z.array(sourceSchema).min(1),
  unknowns: z.array(z.string().min(1)).default([]),
  order: z.number().int().nonnegative(),
});
