import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { beforeAll, vi } from 'vitest';
import { parse } from 'yaml';
import { splitFrontMatter, parseFrontMatter } from '../../src/content-disk/content-files.ts';
import {
  contentAnchorsCitations,
  rehypeAnchorsCitations,
} from '../../src/integrations/rehype-anchors-citations.ts';
import { anniversarySchema } from '../../src/schemas/anniversary.ts';
import { campaignSchema } from '../../src/schemas/campaign.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { focusAreaSchema } from '../../src/schemas/focus-area.ts';
import { guidanceSchema } from '../../src/schemas/guidance.ts';
import { letterSchema } from '../../src/schemas/letter.ts';
import { FIXTURE_CAMPAIGN, MINIMAL_CAMPAIGN } from './fixture-campaigns.ts';

// `astro:content` mocked with the collections of a content folder under test/fixtures/ (as Starlight's
// tests do with `mockedAstroContent`), so the route data of src/site/pages/ runs without a build:
// each file is parsed with the site's own schema, and "rendered" by the site's own Markdown step
// (the anchors and citations it records are what a build would record).

/** Where a collection's files live in a content folder, and the schema that reads them. */
const TEXT_COLLECTIONS = {
  letters: { folder: 'letter', schema: letterSchema },
  focusAreas: { folder: 'focus-areas', schema: focusAreaSchema },
  guidance: { folder: 'guidance', schema: guidanceSchema },
  documents: { folder: 'documents', schema: documentSchema },
} as const;

type TextCollection = keyof typeof TEXT_COLLECTIONS;

/** A content entry as astro:content gives it, with what rendering it records. */
export interface MockedEntry {
  id: string;
  collection: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  rendered?: { Content: () => null; remarkPluginFrontmatter: Record<string, unknown> };
}

/** The collections of one content folder, by collection name. */
export type MockedCollections = Record<
  TextCollection | 'campaign' | 'anniversaries',
  MockedEntry[]
>;

/** Reads a YAML list collection (campaign.yaml, anniversaries.yaml); an absent file is empty. */
function yamlEntries(
  file: string,
  collection: string,
  schema: { parse: (value: unknown) => unknown },
): MockedEntry[] {
  if (!existsSync(file)) return [];
  return (parse(readFileSync(file, 'utf8')) as { id: string }[]).map((item) => ({
    id: item.id,
    collection,
    data: schema.parse(item) as Record<string, unknown>,
  }));
}

/**
 * Reads every collection of a content folder (test/fixtures/campaign/ or one like it) and renders each
 * text with the site's Markdown step, as the build would: the folder stands where content/ stands.
 */
export async function readCollections(dir: string): Promise<MockedCollections> {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    smartypants: false,
    rehypePlugins: [
      [
        rehypeAnchorsCitations,
        contentAnchorsCitations(
          { documents: join(dir, 'documents'), letters: join(dir, 'letter') },
          '/',
          'http://localhost:4321',
        ),
      ],
    ],
  });
  const collections: Partial<MockedCollections> = {
    campaign: yamlEntries(join(dir, 'campaign.yaml'), 'campaign', campaignSchema),
    anniversaries: yamlEntries(join(dir, 'anniversaries.yaml'), 'anniversaries', anniversarySchema),
  };
  for (const [name, { folder, schema }] of Object.entries(TEXT_COLLECTIONS)) {
    const path = join(dir, folder);
    const files = existsSync(path) ? readdirSync(path).filter((f) => f.endsWith('.mdx')) : [];
    collections[name as TextCollection] = await Promise.all(
      files.sort().map(async (file) => {
        const split = splitFrontMatter(readFileSync(join(path, file), 'utf8'))!;
        const filePath = `content/${folder}/${file}`;
        const result = await processor.render(split.body, {
          // Where the build reads it: the Markdown step names guidance ids after the file's folder.
          fileURL: pathToFileURL(`/project/${filePath}`),
          frontmatter: {},
        });
        return {
          id: file.replace(/\.mdx$/, ''),
          collection: name,
          data: schema.parse(parseFrontMatter(split.yaml)) as Record<string, unknown>,
          body: split.body,
          filePath,
          rendered: { Content: () => null, remarkPluginFrontmatter: result.metadata.frontmatter },
        };
      }),
    );
  }
  return collections as MockedCollections;
}

/** `astro:content` over the collections: getCollection and render, nothing else the site uses. */
export function mockedAstroContent(collections: MockedCollections) {
  return {
    getCollection: async (name: keyof MockedCollections) => collections[name],
    render: async (entry: MockedEntry) => {
      if (entry.rendered === undefined) throw new Error(`${entry.id} has nothing to render`);
      return entry.rendered;
    },
  };
}

/**
 * Loads `module` (a file of src/site/pages/) afresh over `collections`: the site data is read once per
 * module instance, so each set of collections gets its own.
 */
export async function withCollections<T>(
  collections: MockedCollections,
  module: () => Promise<T>,
): Promise<T> {
  vi.resetModules();
  vi.doMock('astro:content', () => mockedAstroContent(collections));
  return module();
}

/** The two fictional campaigns as collections, read once before a test file's tests. */
export interface FixtureCollections {
  /** The fixture campaign: something in every part of the site. */
  readonly full: MockedCollections;
  /** The campaign with nothing but its launch document. */
  readonly minimal: MockedCollections;
}

/** Reads the fixture campaigns in a `beforeAll` of the calling file; use the result in its tests. */
export function useFixtureCollections(): FixtureCollections {
  const read: { full?: MockedCollections; minimal?: MockedCollections } = {};
  beforeAll(async () => {
    [read.full, read.minimal] = await Promise.all([
      readCollections(FIXTURE_CAMPAIGN),
      readCollections(MINIMAL_CAMPAIGN),
    ]);
  });
  const loaded = (which: 'full' | 'minimal') => {
    const collections = read[which];
    if (collections === undefined) throw new Error('useFixtureCollections: use it inside tests');
    return collections;
  };
  return {
    get full() {
      return loaded('full');
    },
    get minimal() {
      return loaded('minimal');
    },
  };
}
