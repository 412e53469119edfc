import type { PartialDate } from '../schemas/common.ts';
import { isoDate } from '../documents/dates.ts';
import { letterIdentifier } from '../documents/letter.ts';
import type { Backlink } from './site-checks.ts';
import type { CitedDocumentInput, LetterInput } from './structured-data.ts';

/**
 * The version of the open index's shape; raised when a field changes meaning or goes away, or when
 * a reader needs to know that new fields are there (version 3 adds `campaign` and `citedIn`, which
 * the archive reads: docs/archive.md).
 */
export const DOCUMENT_INDEX_VERSION = 3;

/** A place of one of the campaign's documents that cites a document (the block and its address). */
export interface DocumentCitation {
  /** The citing document's id (`cong-van`). */
  document: string;
  /** The block that cites, as a sentence names it (`mục 1`, `mục 2, ý 3`). */
  place: string;
  /** The provision of the cited document it names (`mục 2`, `điểm a khoản 1 Điều 3`), or null. */
  provision: string | null;
  /** Absolute URL of the citing block (`…/cong-van/#muc-1`). */
  url: string;
}

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
  /** Where the campaign's own documents cite this one, in their order. */
  citedIn: DocumentCitation[];
}

/** The campaign the site publishes, as an archive lists it. */
export interface CampaignFacts {
  name: string;
  shortName: string;
  publisher: string;
  /** Start and end, ISO 8601 with only the known parts. */
  start: string;
  end: string;
  /** The id of the launch document, one of `documents`. */
  launchDocument: string;
  /** The archive the campaign belongs to (campaign.yaml `archive`), or null. */
  archive: { name: string; url: string } | null;
}

/** The open index of the campaign's documents and the documents they cite. */
export interface DocumentIndex {
  version: number;
  site: { name: string; publisher: string; url: string; language: 'vi' };
  campaign: CampaignFacts;
  generated: { at: string; by: string };
  documents: DocumentIndexEntry[];
}

/** The index entry of a campaign document (issued by the campaign's publisher). */
export function letterIndexEntry(
  id: string,
  letter: LetterInput,
  publisher: string,
  url: string,
  citedIn: DocumentCitation[],
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
    citedIn,
  };
}

/** The index entry of a cited document; what is unknown is null, never guessed. */
export function citedDocumentIndexEntry(
  id: string,
  doc: CitedDocumentInput,
  url: string,
  citedIn: DocumentCitation[],
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
    citedIn,
  };
}

/**
 * The places of the campaign's documents that cite each document, by the cited document's id, from
 * the site's backlinks (`citedIn`: one per citing block, the provisions it names joined).
 */
export function citationsByDocument(
  backlinks: ReadonlyMap<string, { citedIn: readonly Backlink[] }>,
  documentAt: (path: string) => string | undefined,
  absolute: (href: string) => string,
): Map<string, DocumentCitation[]> {
  return new Map(
    [...backlinks].map(([id, { citedIn }]) => [
      id,
      citedIn.flatMap((link) => {
        const document = documentAt(link.href.split('#')[0]!);
        return document === undefined
          ? []
          : [
              {
                document,
                place: link.label,
                provision: link.provision ?? null,
                url: absolute(link.href),
              },
            ];
      }),
    ]),
  );
}

/** Assembles the open index: the site and its campaign, when and by what it was generated, the documents. */
export function documentIndex(input: {
  siteName: string;
  publisher: string;
  homeUrl: string;
  campaign: CampaignFacts;
  generatedAt: Date;
  generator: string;
  documents: DocumentIndexEntry[];
}): DocumentIndex {
  return {
    version: DOCUMENT_INDEX_VERSION,
    site: { name: input.siteName, publisher: input.publisher, url: input.homeUrl, language: 'vi' },
    campaign: input.campaign,
    generated: { at: input.generatedAt.toISOString(), by: input.generator },
    documents: input.documents,
  };
}
