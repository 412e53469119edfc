import type { PartialDate } from '../schemas/common.ts';
import { isoDate } from '../documents/dates.ts';
import { issuerName, letterIdentifier, letterReference } from '../documents/letter.ts';

/** A JSON-LD node: plain JSON values keyed by schema.org terms. */
export type JsonLd = { [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The body that publishes the site (from the campaign data). */
export interface PublisherInput {
  /** e.g. `Sở Công Thương tỉnh Lai Châu`. */
  publisher: string;
  /** e.g. `UBND tỉnh Lai Châu`. */
  parentBody: string;
}

/** What the page of a cited document knows about it. */
export interface CitedDocumentInput {
  title: string;
  type: string;
  identifier: string | null;
  issuer: string;
  term?: string | undefined;
  date?: PartialDate | undefined;
  /** The trích yếu word for word, or null when it is not known so. */
  subject: string | null;
}

/** What the page of a campaign document (a công văn) knows about it. */
export interface LetterInput {
  type: string;
  number: string | null;
  code: string;
  title: string;
  date: PartialDate;
  subject: string;
}

/** A document that a letter cites, by name and absolute URL. */
export interface CitationInput {
  name: string;
  url: string;
}

/** The schema.org `GovernmentOrganization` that publishes the site, with its parent body. */
export function publisherJsonLd(input: PublisherInput, homeUrl: string): JsonLd {
  return {
    '@type': 'GovernmentOrganization',
    '@id': `${homeUrl}#co-quan`,
    name: input.publisher,
    url: homeUrl,
    parentOrganization: { '@type': 'GovernmentOrganization', name: input.parentBody },
  };
}

/**
 * Schema.org `Legislation` for a cited document; an unknown number, date or trích yếu is left out,
 * never guessed.
 */
export function citedDocumentJsonLd(
  doc: CitedDocumentInput,
  url: string,
  publisher: JsonLd,
): JsonLd {
  const issuer: JsonLd = { '@type': 'Organization', name: issuerName(doc.issuer, doc.term) };
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': `${url}#van-ban`,
    name: doc.title,
    legislationType: doc.type,
    ...(doc.identifier === null ? {} : { legislationIdentifier: doc.identifier }),
    ...(doc.date === undefined ? {} : { legislationDate: isoDate(doc.date) }),
    author: issuer,
    legislationPassedBy: issuer,
    ...(doc.subject === null ? {} : { about: { '@type': 'Thing', name: doc.subject } }),
    inLanguage: 'vi',
    url,
    mainEntityOfPage: url,
    publisher,
  };
}

/**
 * Schema.org `Legislation` for a campaign document issued by the publisher: the identifier shows the
 * blank number as `…` (`…/SCT-VP`) and the date keeps only what the signed copy gives (`2023-06`).
 */
export function letterJsonLd(
  letter: LetterInput,
  url: string,
  publisher: JsonLd,
  citations: readonly CitationInput[] = [],
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': `${url}#van-ban`,
    name: `${letterReference(letter)} ${letter.subject}`,
    alternateName: letter.title,
    legislationType: letter.type,
    legislationIdentifier: letterIdentifier(letter),
    legislationDate: isoDate(letter.date),
    author: publisher,
    legislationPassedBy: publisher,
    about: { '@type': 'Thing', name: letter.subject.replace(/^V\/v\s+/, '') },
    inLanguage: 'vi',
    url,
    mainEntityOfPage: url,
    publisher,
    ...(citations.length === 0
      ? {}
      : {
          citation: citations.map((c) => ({ '@type': 'Legislation', name: c.name, url: c.url })),
        }),
  };
}

/** Serialises JSON-LD for a `<script type="application/ld+json">` block, so no text can close it. */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
