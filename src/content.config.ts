import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { anniversarySchema } from './schemas/anniversary.ts';
import { campaignSchema } from './schemas/campaign.ts';
import { documentSchema } from './schemas/document.ts';
import { focusAreaSchema } from './schemas/focus-area.ts';
import { guidanceSchema } from './schemas/guidance.ts';
import { letterSchema } from './schemas/letter.ts';
import { CONTENT_DIRS, CONTENT_FILES } from './content-disk/content-paths.ts';

const mdx = '**/[^_]*.{md,mdx}';

export const collections = {
  letters: defineCollection({
    loader: glob({ base: CONTENT_DIRS.letters, pattern: mdx }),
    schema: letterSchema,
  }),
  focusAreas: defineCollection({
    loader: glob({ base: CONTENT_DIRS.focusAreas, pattern: mdx }),
    schema: focusAreaSchema,
  }),
  guidance: defineCollection({
    loader: glob({ base: CONTENT_DIRS.guidance, pattern: mdx }),
    schema: guidanceSchema,
  }),
  documents: defineCollection({
    loader: glob({ base: CONTENT_DIRS.documents, pattern: mdx }),
    schema: documentSchema,
  }),
  anniversaries: defineCollection({
    loader: file(CONTENT_FILES.anniversaries),
    schema: anniversarySchema,
  }),
  campaign: defineCollection({
    loader: file(CONTENT_FILES.campaign),
    schema: campaignSchema,
  }),
};
