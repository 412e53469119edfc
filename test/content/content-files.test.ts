import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCampaignCitationTargets } from '../../src/content-disk/campaign-citation-targets.ts';
import { loadCitationTargets } from '../../src/content-disk/citation-targets.ts';
import { findCitations } from '../../src/documents/citation-grammar.ts';
import { splitFrontMatter } from '../../src/content-disk/content-files.ts';
import { describeSchemaConformance } from '../support/content-conformance.ts';
import { PROJECT_DIR } from '../support/project-copy.ts';

// The content files of the campaign in content/, read as the build reads them: each against its
// schema, and each cited document cited where it should be.

const CONTENT = join(PROJECT_DIR, 'content');

describeSchemaConformance('content/', CONTENT);

describe('the cited documents (content/documents/)', () => {
  it('are each cited by the campaign’s own documents: a document none cites is not “được viện dẫn”', () => {
    const targets = [
      ...loadCitationTargets(join(CONTENT, 'documents')),
      ...loadCampaignCitationTargets(join(CONTENT, 'letter')).targets,
    ];
    const cited = new Set(
      readdirSync(join(CONTENT, 'letter'))
        .filter((name) => name.endsWith('.mdx'))
        .flatMap((name) => {
          const body = splitFrontMatter(readFileSync(join(CONTENT, 'letter', name), 'utf8'))!.body;
          return findCitations(body, targets).map((m) => m.targetId);
        }),
    );
    const documents = loadCitationTargets(join(CONTENT, 'documents')).map((t) => t.id);
    expect(documents.filter((id) => !cited.has(id))).toEqual([]);
  });
});
