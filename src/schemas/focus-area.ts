import { z } from 'astro/zod';
import { anchorSchema, slugSchema } from './common.ts';

/** Front matter of a focus area: one bullet of the letter's section on focus areas. */
export const focusAreaSchema = z.object({
  title: z.string().min(1),
  order: z.number().int().positive(),
  summary: z.string().min(1),
  letter: slugSchema,
  letterAnchor: anchorSchema,
  movements: z.array(z.string().min(1)).default([]),
  /** Slips of the signed text that the summary corrects: the verbatim text keeps them and says so. */
  slips: z.array(z.object({ original: z.string().min(1), reading: z.string().min(1) })).default([]),
});
