// A document issued by someone other than the campaign's publisher (a Party directive, a UBND
// decision) is filed as a cited document, content/documents/<slug>.mdx, carrying its full text
// (/work/wt/CONTRACT-cited.md): the front matter of src/schemas/document.ts plus a `text` object with
// the parts of its heading and signature, and the text itself as the MDX body. Where the site already
// has a file for it (same số and ký hiệu, usually a stub the importer wrote when a campaign document
// cited it), the text and the facts the text gives are filled in and what the file records (title,
// description, aliases, sources, order) is kept.
import { t } from '../../src/i18n/index.ts';
import { CITED_TYPES } from '../../src/vietnamese/document-parts.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { formatShortDate, isoDate } from '../../src/documents/dates.ts';
import type { DocumentFormFamily, ParsedDocument } from './parse.ts';
import { contentFile } from './yaml.ts';

/** The `text` object of a cited document (CONTRACT-cited.md). */
export interface CitedText {
  form: DocumentFormFamily;
  parentBody?: string;
  issuerLine?: string;
  number: string | null;
  code: string;
  place: string;
  date: string;
  /** A Party tên loại's line without its "của" ("Ban Thường vụ Tỉnh ủy"). */
  headingIssuer?: string;
  recipients?: string[];
  decision?: { authority: string; bases: string[]; proposal?: string };
  signer: { prefix?: string; authority?: string; title: string; name: string };
  distribution: string[];
}

/** The keys a filled-in file keeps from the file the site already has. */
export const KEPT_FIELDS = [
  'title',
  'shortTitle',
  'term',
  'dateNote',
  'description',
  'aliases',
  'sources',
  'order',
] as const;

/** The type name of a cited document: the site's type, or the name of a tên loại it does not publish. */
export function citedTypeName(doc: ParsedDocument): string | undefined {
  if (doc.type !== undefined) return doc.type.name;
  const heading = doc.unknownHeading;
  return heading === undefined
    ? undefined
    : CITED_TYPES.find((name) => name.toUpperCase() === heading);
}

/** Số, ký hiệu as running text writes it: "27-CT/TU" (Party), "45/CT-UBND" (state). */
export function citedIdentifier(doc: ParsedDocument): string | null {
  if (doc.number === null || doc.number === undefined || doc.code === undefined) return null;
  return doc.form === 'party' ? `${doc.number}-${doc.code}` : `${doc.number}/${doc.code}`;
}

const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) =>
  /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;

/**
 * A name printed in capitals ("BAN THƯỜNG VỤ TỈNH ỦY LAI CHÂU") as running text writes it, each word
 * spelled as the document itself most often spells it elsewhere ("Ban Thường vụ Tỉnh ủy", "Lai Châu");
 * a word the document never writes otherwise stays in lower case. Undefined when no word is found.
 * The first letter is left as found: the caller capitalises a name that begins a sentence.
 */
export function spellLike(capitals: string, sources: readonly string[]): string | undefined {
  const counts = new Map<string, Map<string, number>>();
  for (const source of sources)
    for (const word of source.split(/[^\p{L}\p{N}]+/u)) {
      if (word === '' || word === word.toUpperCase()) continue;
      const key = word.toUpperCase();
      const spellings = counts.get(key) ?? new Map<string, number>();
      spellings.set(word, (spellings.get(word) ?? 0) + 1);
      counts.set(key, spellings);
    }
  const spell = (word: string): string | undefined => {
    const spellings = counts.get(word);
    if (spellings === undefined) return undefined;
    // The most frequent spelling; on a tie the capitalised one ("Tỉnh ủy" over "tỉnh").
    return [...spellings].sort(
      (a, b) => b[1] - a[1] || Number(/^\p{Lu}/u.test(b[0])) - Number(/^\p{Lu}/u.test(a[0])),
    )[0]![0];
  };
  // The longest runs of words the sources write as a phrase ("Sở Công Thương") keep that spelling;
  // single words take their most frequent one.
  const upper = sources.map((source) => source.toUpperCase());
  const phrase = (run: string): string | undefined => {
    for (const [k, text] of upper.entries()) {
      let at = text.indexOf(run);
      while (at >= 0) {
        const before = text.charAt(at - 1);
        const after = text.charAt(at + run.length);
        if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) {
          const spelled = sources[k]!.slice(at, at + run.length);
          if (spelled !== run) return spelled;
        }
        at = text.indexOf(run, at + 1);
      }
    }
    return undefined;
  };
  const tokens = capitals.split(/\s+/);
  const out: string[] = [];
  let found = 0;
  for (let i = 0; i < tokens.length;) {
    let matched = false;
    for (let j = tokens.length; j > i + 1; j--) {
      const spelled = phrase(tokens.slice(i, j).join(' '));
      if (spelled !== undefined) {
        out.push(spelled);
        found += j - i;
        i = j;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const spelled = spell(tokens[i]!);
    if (spelled !== undefined) found++;
    out.push(spelled ?? tokens[i]!.toLowerCase());
    i++;
  }
  if (found === 0) return undefined;
  return out.join(' ');
}

export interface CitedDraft {
  data: Record<string, unknown>;
  /** How the issuer's name was read, for the report. */
  issuerNote: 'spelled' | 'printed';
}

/** The front matter of a new cited document file, from the parsed document. */
export function draftCitedDocument(
  doc: ParsedDocument,
  bodyText: string,
  order: number,
): CitedDraft | undefined {
  const type = citedTypeName(doc);
  const issuerLine = doc.organisations.at(-1);
  if (
    type === undefined ||
    issuerLine === undefined ||
    doc.code === undefined ||
    doc.date === undefined ||
    doc.place === undefined ||
    doc.subject === undefined ||
    doc.signer?.title === undefined ||
    doc.signer.name === undefined ||
    doc.distribution === undefined ||
    doc.distribution.length === 0
  )
    return undefined;
  const parent = doc.organisations.length > 1 ? doc.organisations.slice(0, -1).join(' ') : '';
  // A Party body is named with its committee ("Ban Thường vụ" of "Tỉnh ủy Lai Châu").
  const heading = doc.form === 'party' && parent !== '' ? `${issuerLine} ${parent}` : issuerLine;
  // A Party tên loại names its issuer ("của Bộ Chính trị" under "BAN CHẤP HÀNH TRUNG ƯƠNG"): that
  // name, unless the heading already holds it with more ("Ban Thường vụ Tỉnh ủy" + "Lai Châu").
  const named = doc.issuedBy?.toUpperCase();
  const printed = named === undefined || heading.includes(named) ? heading : named;
  const spelled = spellLike(printed, [doc.issuedBy ?? '', doc.place, doc.subject, bodyText]);
  const issuer = spelled === undefined ? printed : upperFirst(spelled);
  const identifier = citedIdentifier(doc);
  const reference = t('documents.reference', { type, identifier: identifier ?? '…' });
  const date = formatShortDate(doc.date);
  const text: CitedText = {
    form: doc.form,
    ...(parent === '' ? { parentBody: issuerLine } : { parentBody: parent, issuerLine }),
    number: doc.number ?? null,
    code: doc.code,
    place: doc.place,
    date: isoDate(doc.date),
    ...(doc.issuedBy === undefined ? {} : { headingIssuer: doc.issuedBy }),
    ...(doc.recipients !== undefined && doc.recipients.length > 0
      ? { recipients: doc.recipients }
      : {}),
    ...(doc.decision?.authority !== undefined && doc.decision.bases.length > 0
      ? {
          decision: {
            authority: doc.decision.authority,
            bases: doc.decision.bases,
            ...(doc.decision.proposal === undefined ? {} : { proposal: doc.decision.proposal }),
          },
        }
      : {}),
    signer: {
      ...(doc.signer.prefix === undefined ? {} : { prefix: doc.signer.prefix }),
      ...(doc.signer.authority === undefined ? {} : { authority: doc.signer.authority }),
      title: doc.signer.title,
      name: doc.signer.name,
    },
    distribution: doc.distribution,
  };
  const subject = lowerFirst(doc.subject).replace(/[.;]$/u, '');
  const words = { reference, date, issuer, subject };
  return {
    issuerNote: spelled === undefined ? 'printed' : 'spelled',
    data: {
      title: t('importer.cited.title', words),
      shortTitle: reference,
      type,
      identifier,
      issuer,
      date: isoDate(doc.date),
      // As the document prints it: a Party trích yếu goes on from "của Ban Thường vụ …" in lower case.
      subject: doc.subject,
      description: t('importer.cited.description', words),
      aliases: [],
      sources: [{ name: t('importer.cited.source', words) }],
      order,
      text,
    },
  };
}

/** The placeholders a stub written by the importer carries, which a filled-in text answers. */
function stubPlaceholders(): Set<string> {
  return new Set([
    t('importer.stub.unknownSubject'),
    t('importer.stub.unknownIssuer'),
    t('importer.stub.unknownDate'),
    t('importer.stub.unknownContent'),
  ]);
}

/**
 * The draft laid over the file the site already has: its own records kept (KEPT_FIELDS, and the issuer
 * unless the file does not know it), the facts of the text and the text filled in.
 */
export function fillExisting(
  existing: Record<string, unknown>,
  draft: Record<string, unknown>,
): { data: Record<string, unknown>; kept: string[]; unknowns: string[] } {
  const data: Record<string, unknown> = { ...draft };
  const kept: string[] = [];
  for (const key of KEPT_FIELDS) {
    if (existing[key] === undefined) continue;
    data[key] = existing[key];
    kept.push(key);
  }
  if (typeof existing['issuer'] === 'string' && existing['issuer'] !== t('documents.unknown')) {
    data['issuer'] = existing['issuer'];
    kept.push('issuer');
  }
  const placeholders = stubPlaceholders();
  const unknowns = (Array.isArray(existing['unknowns']) ? existing['unknowns'] : []).filter(
    (item): item is string => typeof item === 'string' && !placeholders.has(item),
  );
  if (unknowns.length > 0) data['unknowns'] = unknowns;
  // Keep the file's own key order where it has one, then the new keys.
  const ordered: Record<string, unknown> = {};
  for (const key of [...Object.keys(existing), ...Object.keys(data)])
    if (key in data && !(key in ordered)) ordered[key] = data[key];
  return { data: ordered, kept, unknowns };
}

/** A cited document file: YAML front matter with every string quoted (a date never becomes a YAML date). */
export function citedFile(data: Record<string, unknown>, mdx: string): string {
  return contentFile(data, mdx);
}

/** Checks a cited document's front matter against the schema, as the build will; the issues, if any. */
export function citedIssues(data: Record<string, unknown>): string[] {
  const result = documentSchema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
