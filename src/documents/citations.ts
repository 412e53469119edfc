// The citation linker's vocabulary. How a text names a document (the grammar and the finder) is
// src/documents/citation-grammar.ts, shared with the importer.
export {
  createCitationFinder,
  findCitations,
  type CitationFinder,
  type CitationMatch,
  type CitationTarget,
  type CitedProvision,
} from './citation-grammar.ts';

/**
 * One citation found in a content file, as the rehype step records it in the file's
 * `remarkPluginFrontmatter` and the site data reads it back.
 */
export interface RecordedCitation {
  /** The id of the block that makes it (`muc-2-y-3`) and the words for that block. */
  anchor: string;
  label: string;
  targetId: string;
  excerpt: string;
  /** The provision the citation names ("mục 2"), and its id in the cited text when the site has it. */
  provision?: { words: string; mention: string; anchor?: string };
}
