import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { anniversarySchema } from '../../src/schemas/anniversary.ts';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { focusAreaSchema } from '../../src/schemas/focus-area.ts';
import { guidanceSchema } from '../../src/schemas/guidance.ts';
import { letterSchema } from '../../src/schemas/letter.ts';
import { splitFrontMatter } from '../../src/content-disk/content-files.ts';

// Every file of a content folder against its schema, read as Astro reads it (YAML 1.1: an unquoted
// date becomes a Date). The unit tests run it on the fictional campaigns, the content checks on
// content/.

/** Reads a file's YAML front matter the way Astro does. */
function frontMatter(path: string): unknown {
  const block = splitFrontMatter(readFileSync(path, 'utf8'))?.yaml;
  if (block === undefined) throw new Error(`${path}: no front matter`);
  return parse(block, { schema: 'yaml-1.1' });
}

/** Registers, for the content folder `dir` (named `label`), a test per file against its schema. */
export function describeSchemaConformance(label: string, dir: string): void {
  describe(`${label}: every file against its schema`, () => {
    const collections: [string, z.ZodType][] = [
      ['letter', letterSchema],
      ['focus-areas', focusAreaSchema],
      ['guidance', guidanceSchema],
      ['documents', documentSchema],
    ];
    const files = collections.flatMap(([folder, schema]) =>
      existsSync(join(dir, folder))
        ? readdirSync(join(dir, folder))
            .filter((name) => /\.mdx?$/.test(name))
            .map((name) => [`${folder}/${name}`, schema] as const)
        : [],
    );

    it('has a launch document to check', () => {
      expect(files.some(([file]) => file.startsWith('letter/'))).toBe(true);
    });

    it.each(files)('%s matches its schema', (file, schema) => {
      const result = schema.safeParse(frontMatter(join(dir, file)));
      expect(result.error?.issues ?? []).toEqual([]);
    });

    it.each([
      ['campaign.yaml', campaignSchema, true],
      ['anniversaries.yaml', anniversarySchema, false],
    ] as const)('every entry of %s matches its schema', (file, schema, required) => {
      if (!required && !existsSync(join(dir, file))) return;
      const entries = parse(readFileSync(join(dir, file), 'utf8'), {
        schema: 'yaml-1.1',
      }) as unknown[];
      if (required) expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) expect(schema.safeParse(entry).error?.issues ?? []).toEqual([]);
    });
  });
}
