import { z } from 'astro/zod';
import { partialDateSchema, slugSchema } from './common.ts';

/** The one campaign this site publishes: its theme, period and milestones. */
export const campaignSchema = z.object({
  id: z.literal('campaign'),
  name: z.string().min(1),
  shortName: z.string().min(1),
  theme: z.string().min(1),
  spirit: z.string().min(1),
  publisher: z.string().min(1),
  parentBody: z.string().min(1),
  launchLetter: slugSchema,
  start: partialDateSchema,
  end: partialDateSchema,
  reviewer: z.string().min(1),
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
    .min(1),
});
