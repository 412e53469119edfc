import { z } from 'astro/zod';
import { partialDateSchema, slugSchema } from './common';

/** Front matter of a campaign document (the launch letter, a plan, a report), laid out as a công văn. */
export const letterSchema = z.object({
  title: z.string().min(1),
  type: z.string().min(1),
  /** Registration number; null when the signed copy leaves it blank. */
  number: z.union([z.string().min(1), z.null()]),
  code: z.string().min(1),
  parentBody: z.string().min(1),
  issuer: z.string().min(1),
  place: z.string().min(1),
  date: partialDateSchema,
  subject: z.string().min(1),
  recipients: z.array(z.string().min(1)).min(1),
  signer: z.object({
    name: z.string().min(1),
    title: z.string().min(1),
    prefix: z.string().min(1).optional(),
  }),
  distribution: z.array(z.string().min(1)).min(1),
  draftingUnit: z.string().min(1).optional(),
  description: z.string().min(1),
  route: slugSchema,
  order: z.number().int().nonnegative().default(0),
});
