import { z } from 'astro/zod';
import { anchorSchema, partialDateSchema, slugSchema } from './common.ts';

/** Front matter of one implementation-guidance item: who acts, on what, by when. */
export const guidanceSchema = z.object({
  title: z.string().min(1),
  order: z.number().int().positive(),
  /** Who carries the task out, only where the letter names them. */
  actor: z.string().min(1).optional(),
  role: z.enum(['chu-tri', 'thuc-hien', 'phoi-hop', 'yeu-cau-chung']),
  letter: slugSchema,
  letterAnchor: anchorSchema,
  deadline: partialDateSchema.optional(),
});
