// Finds the documents a text cites ("Chỉ thị số 32-CT/TU ngày 26/6/2014 của Tỉnh uỷ"), tells which of
// them the site has in content/documents/, and for each one it lacks writes a stub file with what the
// text gives (type, number, code, issuer, date) and every other field marked unknown.
import { t } from '../../src/i18n/index.ts';
import {
  createCitationFinder,
  createNumberedMentionFinder,
  type CitationTarget,
} from '../../src/documents/citation-grammar.ts';
import { identifierKey } from '../../src/vietnamese/fold.ts';
import { DOCUMENT_TYPES, PARTY_TYPE_NAMES } from '../../src/schemas/document-types.ts';
import { CITED_ONLY_TYPES } from '../../src/vietnamese/document-parts.ts';
import { formatDate, formatShortDate, isoDate } from '../../src/documents/dates.ts';
import { letterIdentifier } from '../../src/documents/letter.ts';
import type { PartialDate } from '../../src/schemas/common.ts';
import { slugify } from '../../src/documents/text.ts';
import type { ParsedDate } from './parse.ts';
import { toYaml } from './yaml.ts';
import { DAY_WORD, ISSUER_OF, ISSUER_STOP_WORD, MONTH_WORD, YEAR_WORD } from './words.ts';

export interface CitedDocument {
  type: string;
  /** Số, ký hiệu as written: `32-CT/TU`, `1954/UBND-TH`. */
  identifier: string;
  number: string;
  code: string;
  issuer?: string;
  date?: ParsedDate;
  /** The words of the first mention, for the report. */
  mention: string;
  /** The id of the site's document when it has one. */
  siteId?: string;
}

/** The types a text cites a document by: the registry's, the Party's own, a law, "Văn bản". */
const CITED_TYPES: readonly string[] = [
  ...DOCUMENT_TYPES.map((type) => type.name),
  ...PARTY_TYPE_NAMES,
  ...CITED_ONLY_TYPES,
];

/** How a text names a document by type, number and code: the citation linker's grammar. */
const findMentions = createNumberedMentionFinder(CITED_TYPES);

/** A word of an issuer's name: "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy", "UBND tỉnh Lai Châu". */
const ISSUER_WORD = String.raw`[\p{L}\p{N}]+`;
/** A word that ends an issuer's name: what follows it in a citation ("… của Bộ Chính trị về …"). */
const STOP_WORD = String.raw`${ISSUER_STOP_WORD}(?![\p{L}\p{N}])`;
/** What may follow a mention, the importer's own: its date, then its issuer (read where the mention ends). */
const AFTER_MENTION = new RegExp(
  String.raw`(?:,?\s+${DAY_WORD}\s+(?:(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{1,2})\s+${MONTH_WORD}\s+(\d{1,2})\s+${YEAR_WORD}\s+(\d{4})))?` +
    String.raw`(?:,?\s+${ISSUER_OF}\s+(${ISSUER_WORD}(?:\s+(?!${STOP_WORD})${ISSUER_WORD}){0,7}))?`,
  'uy',
);

/** Every document the text names by number and code, once each (the fullest mention wins). */
export function findCitedDocuments(text: string): CitedDocument[] {
  const found = new Map<string, CitedDocument>();
  const normalized = text.normalize('NFC');
  for (const mention of findMentions(normalized)) {
    AFTER_MENTION.lastIndex = mention.end;
    const after = AFTER_MENTION.exec(normalized);
    const [, d1, m1, y1, d2, m2, y2, issuer] = after ?? [];
    const day = d1 ?? d2;
    const month = m1 ?? m2;
    const year = y1 ?? y2;
    const end = mention.end + (after?.[0].length ?? 0);
    const doc: CitedDocument = {
      type: mention.type,
      identifier: mention.identifier,
      number: mention.number,
      code: mention.code,
      mention: normalized.slice(mention.start, end).trim(),
      ...(issuer ? { issuer: issuer.trim() } : {}),
      ...(year ? { date: { year: Number(year), month: Number(month), day: Number(day) } } : {}),
    };
    const key = identifierKey(mention.identifier);
    const known = found.get(key);
    if (known === undefined) found.set(key, doc);
    else {
      if (known.issuer === undefined && doc.issuer !== undefined) known.issuer = doc.issuer;
      if (known.date === undefined && doc.date !== undefined) known.date = doc.date;
    }
  }
  return [...found.values()];
}

/** How running text names a cited document: "Chỉ thị số 32-CT/TU". */
function reference(doc: CitedDocument): string {
  return t('documents.reference', { type: doc.type, identifier: doc.identifier });
}

/** Marks each cited document with the site's document that the citation linker would link it to. */
export function matchSiteDocuments(
  cited: readonly CitedDocument[],
  targets: readonly CitationTarget[],
): CitedDocument[] {
  const find = createCitationFinder(targets);
  return cited.map((doc) => {
    const hit = find(reference(doc))[0];
    return hit === undefined ? doc : { ...doc, siteId: hit.targetId };
  });
}

/** The site's documents that a text names without a number (by an alias such as "Nghị quyết Đại hội XIV"). */
export function namedSiteDocuments(text: string, targets: readonly CitationTarget[]): string[] {
  return [...new Set(createCitationFinder(targets)(text).map((m) => m.targetId))];
}

/** The file a stub for a cited document goes to: content/documents/chi-thi-32-ct-tu.mdx. */
export function stubSlug(doc: CitedDocument): string {
  return slugify(`${doc.type} ${doc.identifier}`);
}

export interface StubWords {
  unknown: string;
  unknownSubject: string;
  unknownIssuer: string;
  unknownDate: string;
  unknownContent: string;
  title: string;
  description: string;
  source: string;
  sourceNote: string;
}

/** The text of a stub file for a cited document the site lacks: what the text gives, the rest unknown. */
export function stubFile(doc: CitedDocument, order: number, words: StubWords): string {
  const date = doc.date === undefined ? undefined : isoDate(doc.date);
  const unknowns = [
    words.unknownSubject,
    ...(doc.issuer === undefined ? [words.unknownIssuer] : []),
    ...(date === undefined ? [words.unknownDate] : []),
    words.unknownContent,
  ];
  const data = {
    title: words.title,
    shortTitle: reference(doc),
    type: doc.type,
    identifier: doc.identifier,
    issuer: doc.issuer ?? words.unknown,
    date,
    subject: null,
    description: words.description,
    aliases: [],
    sources: [{ name: words.source, note: words.sourceNote }],
    unknowns,
    order,
  };
  return `---\n${toYaml(data)}---\n`;
}

/** What the report on a campaign document's citations needs of the project. */
export interface CitingContext {
  /** The site's cited documents, as the linker knows them. */
  targets: readonly CitationTarget[];
  /** The số, ký hiệu of the campaign's documents (the citing one's own too), by identifierKey. */
  campaignKeys: ReadonlySet<string>;
  /** The `order` the first stub takes. */
  order: number;
  /** Where stubs go (content/documents). */
  dir: string;
}

/** The citing document as a stub's source names it. */
export interface CitingDocument {
  type: string;
  number: string | null;
  code: string;
  issuer: string;
  date: PartialDate;
}

/**
 * The report's lines on the documents a campaign document cites, with a stub for each one the site
 * lacks (the stubs are given back, not written).
 */
export function citedLines(
  bodyText: string,
  citing: CitingDocument,
  { targets, campaignKeys, order: firstOrder, dir }: CitingContext,
  stubs: { file: string; content: string }[],
): string[] {
  const cited = matchSiteDocuments(findCitedDocuments(bodyText), targets).filter(
    (doc) => !campaignKeys.has(identifierKey(doc.identifier)),
  );
  const named = namedSiteDocuments(bodyText, targets).filter(
    (id) => !cited.some((doc) => doc.siteId === id),
  );
  const lines = [t('importer.report.cited')];
  if (cited.length === 0 && named.length === 0) lines.push(t('importer.report.citedNone'));
  let order = firstOrder;
  for (const doc of cited) {
    if (doc.siteId !== undefined) {
      lines.push(t('importer.report.citedKnown', { mention: doc.mention, id: doc.siteId }));
      continue;
    }
    lines.push(
      t('importer.report.citedMissing', {
        mention: doc.mention,
        slug: stubSlug(doc),
        unknown: t('documents.unknown'),
      }),
    );
    const stub = stubFor(doc, citing, bodyText, order++);
    stubs.push({ file: `${dir}/${stubSlug(doc)}.mdx`, content: stub });
    lines.push(
      ...stub
        .trimEnd()
        .split('\n')
        .map((l) => `      ${l}`),
    );
  }
  for (const id of named) lines.push(t('importer.report.citedNamed', { id }));
  return lines;
}

function stubFor(
  doc: CitedDocument,
  source: CitingDocument,
  bodyText: string,
  order: number,
): string {
  const date =
    doc.date === undefined
      ? ''
      : t('importer.stub.date', { date: formatShortDate(doc.date, { unknownDay: true }) });
  const issuerIndex = bodyText.toUpperCase().indexOf(source.issuer.toUpperCase());
  const issuer =
    issuerIndex < 0
      ? source.issuer
      : bodyText.slice(issuerIndex, issuerIndex + source.issuer.length);
  const citing = t('importer.stub.source', {
    type: source.type,
    identifier: letterIdentifier(source),
    issuer,
    date: formatDate(source.date),
  });
  return stubFile(doc, order, {
    unknown: t('documents.unknown'),
    unknownSubject: t('importer.stub.unknownSubject'),
    unknownIssuer: t('importer.stub.unknownIssuer'),
    unknownDate: t('importer.stub.unknownDate'),
    unknownContent: t('importer.stub.unknownContent'),
    title: t('importer.stub.title', {
      type: doc.type,
      identifier: doc.identifier,
      date,
      issuer: doc.issuer === undefined ? '' : t('importer.stub.issuer', { issuer: doc.issuer }),
    }),
    description: t('importer.stub.description', {
      type: doc.type,
      identifier: doc.identifier,
      citing,
    }),
    source: citing,
    sourceNote: t('importer.stub.sourceNote', { mention: doc.mention }),
  });
}
