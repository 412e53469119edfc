import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { partialDateSchema, slugSchema } from './common.ts';

/**
 * The one campaign this site publishes: its theme, period and milestones, and the few sentences of
 * the site that only this campaign can say (everything else the site words itself, in src/i18n/).
 * A field left out is a part the site leaves out, or words it builds from the other fields.
 */
export const campaignSchema = z.object({
  id: z.literal('campaign'),
  name: z.string().min(1),
  shortName: z.string().min(1),
  theme: z.string().min(1),
  /** The spirit the launch document asks for ("Đẩy mạnh đổi mới, sáng tạo; …"), if it states one. */
  spirit: z.string().min(1).optional(),
  publisher: z.string().min(1),
  /**
   * The publisher's details a government portal shows in its footer (Nghị định 42/2022/NĐ-CP): each
   * only when the publisher gives it, never guessed.
   */
  publisherContact: z
    .object({
      address: z.string().min(1).optional(),
      telephone: z.string().min(1).optional(),
      email: z.email().optional(),
      /** The person responsible for the content, with their title ("Nguyễn Văn A, Giám đốc Sở"). */
      responsible: z.string().min(1).optional(),
    })
    .strict()
    .optional(),
  parentBody: z.string().min(1),
  launchLetter: slugSchema,
  start: partialDateSchema,
  end: partialDateSchema,
  /** The body that reviews the campaign at its end, where the launch document names one. */
  reviewer: z.string().min(1).optional(),
  milestones: z
    .array(
      z.object({
        date: partialDateSchema.optional(),
        dateNote: z.string().min(1).optional(),
        title: z.string().min(1),
        detail: z.string().min(1),
        letterAnchor: slugSchema.optional(),
      }),
    )
    .default([]),
  /** The home page's description (search engines, shared links); by default built from the name. */
  description: z.string().min(1).optional(),
  /** The anniversaries page's description and lead; by default built from the anniversaries. */
  anniversariesDescription: z.string().min(1).optional(),
  anniversariesLead: z.string().min(1).optional(),
  /** Queries the search page offers as examples; by default the cited documents' codes. */
  searchExamples: z.array(z.string().min(1)).min(1).optional(),
  /** Document codes the search page gives as examples of a code; by default the cited documents'. */
  searchCodes: z.array(z.string().min(1)).min(1).optional(),
  /**
   * The archive that gathers this campaign with the department's others (docs/archive.md), when
   * there is one: its name, as the link says it, and its address (absolute, or a path on this host).
   */
  archive: z
    .object({
      name: z.string().min(1),
      url: z.string().regex(/^(https?:\/\/[^/\s]+)?\/\S*$/, t('errors.schema.archiveUrl')),
    })
    .strict()
    .optional(),
});
