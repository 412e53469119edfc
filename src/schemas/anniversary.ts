import { z } from 'astro/zod';
import { partialDateSchema, sourceSchema } from './common.ts';

/** One anniversary the campaign celebrates. */
export const anniversarySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  eventDate: partialDateSchema,
  anniversaryDate: partialDateSchema,
  years: z.number().int().positive(),
  event: z.string().min(1),
  sources: z.array(sourceSchema).min(1),
});
