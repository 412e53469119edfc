import { join } from 'node:path';
import { contentFileNames, readFrontMatter } from './content-files.ts';
import type { CitationTarget } from '../documents/citation-grammar.ts';

/** The campaign's own documents as the citation linker sees them, and the route of each. */
export interface CampaignCitationTargets {
  targets: CitationTarget[];
  /** Target id (the content file's name) → the document's route (`ke-hoach-87`). */
  routes: Map<string, string>;
}

/**
 * Reads the campaign documents' front matter (content/letter/) so that one campaign document naming
 * another ("Kế hoạch số 87/KH-SCT") links to it, as mentions of cited documents do. A document whose
 * number the signed copy leaves blank cannot be named by number, and is no target. Malformed files are
 * skipped here: the content schema reports them, naming the file and the field.
 */
export function loadCampaignCitationTargets(dir: string): CampaignCitationTargets {
  const targets: CitationTarget[] = [];
  const routes = new Map<string, string>();
  for (const name of contentFileNames(dir)) {
    const data = readFrontMatter(join(dir, name));
    if (data === undefined) continue;
    const { type, number, code, route } = data;
    if (typeof type !== 'string' || typeof code !== 'string' || typeof route !== 'string') continue;
    const id = name.replace(/\.mdx?$/, '');
    routes.set(id, route);
    if (typeof number === 'string' && number !== '')
      targets.push({ id, type, identifier: `${number}/${code}`, aliases: [] });
  }
  return { targets, routes };
}
