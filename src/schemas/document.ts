import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { partialDateSchema, sourceSchema } from './common.ts';
import { PARTY_SIGNATURE_PREFIXES, SIGNATURE_PREFIXES } from './document-types.ts';
import { decisionSchema } from './letter.ts';

const line = z.string().min(1);

/**
 * The printed parts of a cited document whose full text the site publishes (the MDX body is then the
 * text verbatim). `form` is `party` (Hướng dẫn 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 27-CT/TU",
 * "T/M BAN THƯỜNG VỤ") or `state` (Nghị định 30/2020/NĐ-CP, the forms campaign documents use).
 * - parentBody, issuerLine: the top-left lines as printed ("TỈNH ỦY LAI CHÂU" / "BAN THƯỜNG VỤ"); either
 *   alone when the issuer is one line.
 * - number (null when the copy leaves it blank), code: "Số 27-CT/TU" (Party), "Số: 45/QĐ-UBND" (state).
 * - place, date: "Lai Châu, ngày 26 tháng 6 năm 2014".
 * - headingIssuer: Party form, the line under the tên loại without its "của" ("Ban Thường vụ Tỉnh ủy").
 * - recipients, decision: as a campaign document's (state Quyết định only for decision).
 * - signer: prefix (state TM./KT./TL./Q./TUQ., Party T/M, K/T, T/L, TUQ), authority, title, name, and
 *   the collective's line a deputy signs under ("TM. ỦY BAN NHÂN DÂN"); absent when the copy the site
 *   has stops before the signature.
 * - distribution: "Nơi nhận:" lines; absent when the copy has none.
 */
export const documentTextSchema = z
  .object({
    form: z.enum(['party', 'state']),
    parentBody: line.optional(),
    issuerLine: line.optional(),
    number: z.union([line, z.null()]),
    code: line,
    place: line,
    date: partialDateSchema,
    headingIssuer: line.optional(),
    recipients: z.array(line).min(1).optional(),
    decision: decisionSchema.optional(),
    signer: z
      .object({
        collective: line.optional(),
        prefix: z.enum([...SIGNATURE_PREFIXES, ...PARTY_SIGNATURE_PREFIXES]).optional(),
        authority: line.optional(),
        title: line,
        name: line,
      })
      .optional(),
    distribution: z.array(line).min(1).optional(),
  })
  .superRefine((text, ctx) => {
    if (text.parentBody === undefined && text.issuerLine === undefined)
      ctx.addIssue({ code: 'custom', path: ['issuerLine'], message: t('forms.error.issuerLines') });
    const prefixes: readonly string[] =
      text.form === 'party' ? PARTY_SIGNATURE_PREFIXES : SIGNATURE_PREFIXES;
    if (text.signer?.prefix !== undefined && !prefixes.includes(text.signer.prefix))
      ctx.addIssue({
        code: 'custom',
        path: ['signer', 'prefix'],
        message: t('forms.error.signaturePrefix', { known: prefixes.join(', ') }),
      });
    if (text.form === 'party' && text.decision !== undefined)
      ctx.addIssue({ code: 'custom', path: ['decision'], message: t('forms.error.partyDecision') });
  });

export type DocumentText = z.output<typeof documentTextSchema>;

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
  /**
   * The trích yếu word for word as the document prints it; null when it is not known so, and the page
   * shows "Chưa xác định được" (content/HUONG-DAN-BIEN-TAP.md, rule 3): never the site's own wording.
   */
  subject: z.union([z.string().min(1), z.null()], { error: t('errors.schema.stringOrNull') }),
  description: z.string().min(1),
  /** Other ways the content names this document, matched as whole phrases. */
  aliases: z
    .array(z.string({ error: t('errors.schema.stringList') }).min(2), {
      error: t('errors.schema.stringList'),
    })
    .default([]),
  sources: z.array(sourceSchema).min(1),
  /**
   * Notes for writers on what the sources do not give (the importer fills them in). Never shown: on
   * the page an unknown is a blank field, not a sentence (content/HUONG-DAN-BIEN-TAP.md, rule 2).
   */
  unknowns: z.array(z.string().min(1)).default([]),
  order: z.number().int().nonnegative(),
  /** The printed parts of the document when the body is its full text; absent, the body is the site's note. */
  text: documentTextSchema.optional(),
});
