import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { anniversarySchema } from './schemas/anniversary';
import { campaignSchema } from './schemas/campaign';
import { documentSchema } from './schemas/document';
import { focusAreaSchema } from './schemas/focus-area';
import { guidanceSchema } from './schemas/guidance';
import { letterSchema } from './schemas/letter';

const mdx = '**/[^_]*.{md,mdx}';

export const collections = {
  letters: defineCollection({
    loader: glob({ base: './content/letter', pattern: mdx }),
    schema: letterSchema,
  }),
  focusAreas: defineCollection({
    loader: glob({ base: './content/focus-areas', pattern: mdx }),
    schema: focusAreaSchema,
  }),
  guidance: defineCollection({
    loader: glob({ base: './content/guidance', pattern: mdx }),
    schema: guidanceSchema,
  }),
  documents: defineCollection({
    loader: glob({ base: './content/documents', pattern: mdx }),
    schema: documentSchema,
  }),
  anniversaries: defineCollection({
    loader: file('./content/anniversaries.yaml'),
    schema: anniversarySchema,
  }),
  campaign: defineCollection({
    loader: file('./content/campaign.yaml'),
    schema: campaignSchema,
  }),
};
