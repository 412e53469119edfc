import type { PartialDate } from '../schemas/common.ts';
import { isoDate } from '../documents/dates.ts';
import { letterIdentifier } from '../documents/letter.ts';
import type { CitedDocumentInput, LetterInput } from './structured-data.ts';

/** The version of the open index's shape; raised when a field changes meaning or goes away. */
export const DOCUMENT_INDEX_VERSION = 2;

/** One document in the open index: metadata as the site shows it, and the absolute URL of its page. */
export interface DocumentIndexEntry {
  /** The page's slug, stable across builds (`cong-van`, `chi-thi-34-ct-tw`). */
  id: string;
  /** `campaign-letter`: issued by the campaign's publisher; `cited-document`: cited by a letter. */
  kind: 'campaign-letter' | 'cited-document';
  title: string;
  /** Loại văn bản: `Công văn`, `Chỉ thị`, … */
  type: string;
  /** Số, ký hiệu as printed (`34-CT/TW`); a blank number is `…` (`…/SCT-VP`); null if unknown. */
  identifier: string | null;
  issuer: string;
  /** The issuer's term (`khóa XI`), or null. */
  term: string | null;
  /** Date issued, ISO 8601 with only the known parts (`2014-04-07`, `2023-06`), or null if unknown. */
  date: string | null;
  /** Trích yếu word for word as the document prints it, or null if it is not known so. */
  subject: string | null;
  url: string;
}

/** The open index of the campaign's documents and the documents they cite. */
export interface DocumentIndex {
  version: number;
  site: { name: string; publisher: string; url: string; language: 'vi' };
  generated: { at: string; by: string };
  documents: DocumentIndexEntry[];
}

/** The index entry of a campaign document (issued by the campaign's publisher). */
export function letterIndexEntry(
  id: string,
  letter: LetterInput,
  publisher: string,
  url: string,
): DocumentIndexEntry {
  return {
    id,
    kind: 'campaign-letter',
    title: letter.title,
    type: letter.type,
    identifier: letterIdentifier(letter),
    issuer: publisher,
    term: null,
    date: isoDate(letter.date),
    subject: letter.subject,
    url,
  };
}

/** The index entry of a cited document; what is unknown is null, never guessed. */
export function citedDocumentIndexEntry(
  id: string,
  doc: CitedDocumentInput,
  url: string,
): DocumentIndexEntry {
  const date: PartialDate | undefined = doc.date;
  return {
    id,
    kind: 'cited-document',
    title: doc.title,
    type: doc.type,
    identifier: doc.identifier,
    issuer: doc.issuer,
    term: doc.term ?? null,
    date: date === undefined ? null : isoDate(date),
    subject: doc.subject,
    url,
  };
}

/** Assembles the open index: the site, when and by what it was generated, then the documents. */
export function documentIndex(input: {
  siteName: string;
  publisher: string;
  homeUrl: string;
  generatedAt: Date;
  generator: string;
  documents: DocumentIndexEntry[];
}): DocumentIndex {
  return {
    version: DOCUMENT_INDEX_VERSION,
    site: { name: input.siteName, publisher: input.publisher, url: input.homeUrl, language: 'vi' },
    generated: { at: input.generatedAt.toISOString(), by: input.generator },
    documents: input.documents,
  };
}
