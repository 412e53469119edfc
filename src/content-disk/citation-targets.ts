import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentFileNames, parseFrontMatter, splitFrontMatter } from './content-files.ts';
import { t } from '../i18n/index.ts';
import type { CitationTarget } from '../documents/citation-grammar.ts';
import { documentSchema } from '../schemas/document.ts';

/** The fields of a cited document the citation linker needs, checked by the document schema itself. */
const targetSchema = documentSchema.pick({ type: true, identifier: true, aliases: true });

/**
 * Reads the cited documents' front matter (type, identifier, aliases) so the citation linker knows what
 * to look for before Astro's content layer has loaded; the content schema validates the rest.
 */
export function loadCitationTargets(dir: string): CitationTarget[] {
  return contentFileNames(dir).map((name) => {
    const path = join(dir, name);
    const file = relative(process.cwd(), path);
    const source = readFileSync(path, 'utf8');
    const block = splitFrontMatter(source)?.yaml;
    if (block === undefined) throw new Error(t('errors.frontMatter.missing', { file }));
    let data: unknown;
    try {
      data = parseFrontMatter(block);
    } catch (error) {
      throw new Error(
        t('errors.frontMatter.unreadable', { file, reason: (error as Error).message }),
      );
    }
    const parsed = targetSchema.safeParse(data);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(
        t('errors.frontMatter.field', {
          file,
          field: String(issue.path[0] ?? ''),
          message: issue.message,
        }),
      );
    }
    const hasText = typeof data === 'object' && data !== null && 'text' in data;
    return { id: name.replace(/\.mdx?$/, ''), ...parsed.data, hasText };
  });
}
