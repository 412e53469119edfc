import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';

/** An ASCII Vietnamese slug such as `chi-thi-34-ct-tw`: the one pattern of a URL's segment. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An ASCII Vietnamese slug such as `chi-thi-34-ct-tw`. */
export const slugSchema = z.string().regex(SLUG, t('errors.schema.slug'));

/** An in-page anchor id such as `muc-2-y-3`. */
export const anchorSchema = slugSchema;

/** A public source for a fact: who published it, optionally where and what it says. */
export const sourceSchema = z.object({
  name: z.string().min(1),
  url: z.url({ protocol: /^https?$/, error: t('errors.schema.url') }).optional(),
  note: z.string().min(1).optional(),
});

/** Why an unquoted YAML date is refused: YAML turns an impossible day into another real one. */
export const QUOTE_DATES_MESSAGE = t('errors.schema.quoteDates');

/**
 * A date that may be partial, written as a quoted string: `"2023"`, `"2023-06"` or `"2023-05-30"`.
 * Parsed to `{ year, month?, day? }`; a missing part means "unknown", never a guess.
 */
export const partialDateSchema = z
  .union([z.string(), z.date({ error: QUOTE_DATES_MESSAGE })])
  .transform((value, ctx) => {
    if (value instanceof Date) {
      ctx.addIssue({ code: 'custom', message: QUOTE_DATES_MESSAGE });
      return z.NEVER;
    }
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        message: t('errors.schema.dateFormat', { value }),
      });
      return z.NEVER;
    }
    const year = Number(match[1]);
    const month = match[2] === undefined ? undefined : Number(match[2]);
    const day = match[3] === undefined ? undefined : Number(match[3]);
    const probe = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
    if (
      (month !== undefined && (month < 1 || month > 12)) ||
      (day !== undefined && probe.getUTCDate() !== day) ||
      probe.getUTCMonth() !== (month ?? 1) - 1
    ) {
      ctx.addIssue({ code: 'custom', message: t('errors.schema.dateImpossible', { value }) });
      return z.NEVER;
    }
    return {
      year,
      ...(month === undefined ? {} : { month }),
      ...(day === undefined ? {} : { day }),
    };
  });

export type PartialDate = z.output<typeof partialDateSchema>;
