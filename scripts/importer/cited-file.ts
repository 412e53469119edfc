// A document issued by someone other than the campaign's publisher (a Party directive, a UBND
// decision) is filed as a cited document, content/documents/<slug>.mdx, carrying its full text
// (/work/wt/CONTRACT-cited.md): the front matter of src/schemas/document.ts plus a `text` object with
// the parts of its heading and signature, and the text itself as the MDX body. Where the site already
// has a file for it (same số and ký hiệu, usually a stub the importer wrote when a campaign document
// cited it), the text and the facts the text gives are filled in and what the file records (title,
// description, aliases, sources, order) is kept.
import { t } from '../../src/i18n/index.ts';
import {
  ADMINISTRATIVE_UNITS,
  NATIONAL_PARTY_BODIES,
  PROVINCIAL_AGENCY_WORDS,
} from '../../src/vietnamese/document-parts.ts';
import { documentSchema } from '../../src/schemas/document.ts';
import { abbreviations } from '../../src/vietnamese/abbreviations.ts';
import { PARTY_SIGNATURE_PREFIXES, SIGNATURE_PREFIXES } from '../../src/schemas/document-types.ts';
import { formatDate, isoDate } from '../../src/documents/dates.ts';
import { checkCitedText } from '../../src/documents/document-checks.ts';
import { ContentError } from '../../src/documents/content-error.ts';
import { lowerFirst, upperFirst } from '../../src/documents/text.ts';
import type { DocumentFormFamily, ParsedDocument } from './parse.ts';
import { SUBJECT_OPENING } from './words.ts';
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
  decision?: { authority: string; bases: string[]; proposal?: string | string[] };
  signer?: {
    collective?: string;
    prefix?: string;
    authority?: string;
    title: string;
    name: string;
  };
  distribution?: string[];
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

/** Số, ký hiệu as running text writes it: "27-CT/TU" (Party), "45/CT-UBND" (state). */
export function citedIdentifier(doc: ParsedDocument): string | null {
  if (doc.number === null || doc.number === undefined || doc.code === undefined) return null;
  return doc.form === 'party' ? `${doc.number}-${doc.code}` : `${doc.number}/${doc.code}`;
}

/** The abbreviations a name keeps in capitals ("UBND"). */
const ABBREVIATIONS = new Set(abbreviations.map((a) => a.short));

/**
 * A name printed in capitals ("BAN THƯỜNG VỤ TỈNH ỦY LAI CHÂU") as running text writes it, each word
 * spelled as the document itself most often spells it elsewhere ("Ban Thường vụ Tỉnh ủy", "Lai Châu");
 * a word the document never writes otherwise stays in lower case. Undefined when no word is found.
 * The first letter is left as found: the caller capitalises a name that begins a sentence.
 */
export function spellLike(capitals: string, sources: readonly string[]): string | undefined {
  const counts = new Map<string, Map<string, number>>();
  // Abbreviations the sources write in capitals ("UBND") stay in capitals.
  const capitalWords = new Set<string>();
  for (const source of sources)
    for (const word of source.split(/[^\p{L}\p{N}]+/u)) {
      if (word !== '' && word === word.toUpperCase() && /\p{Lu}/u.test(word))
        capitalWords.add(word);
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
    const abbreviation =
      (capitalWords.has(tokens[i]!) && tokens[i]!.length <= 6) || ABBREVIATIONS.has(tokens[i]!);
    out.push(spelled ?? (abbreviation ? tokens[i]! : tokens[i]!.toLowerCase()));
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

/** "Thay mặt": the prefix before the name of the collective a document is signed for (TM., T/M). */
const ON_BEHALF: readonly string[] = [SIGNATURE_PREFIXES[0], PARTY_SIGNATURE_PREFIXES[0]];

/** The collective a signature line names after "TM." / "T/M" ("BAN THƯỜNG VỤ"), if it does. */
function collectiveOf(line: string | undefined): string | undefined {
  const prefix = ON_BEHALF.find((p) => line?.startsWith(`${p} `));
  return prefix === undefined ? undefined : line!.slice(prefix.length).trim();
}
const words = (text: string) => text.split(/\s+/).filter((word) => word !== '');

/** The place a body's name ends with: "TỈNH LÀO CAI" of "UBND TỈNH LÀO CAI". */
function placeOf(name: string): string | undefined {
  const tokens = words(name);
  for (let i = 0; i < tokens.length; i++)
    for (const unit of ADMINISTRATIVE_UNITS) {
      const unitWords = words(unit);
      if (unitWords.every((word, k) => tokens[i + k] === word)) return tokens.slice(i).join(' ');
    }
  return undefined;
}

/**
 * The body that issues, named in full from the heading's lines (parent body first): an organ of a
 * body with it ("BAN THƯỜNG VỤ" of "TỈNH ỦY LAI CHÂU", "VĂN PHÒNG" of "UBND TỈNH LÀO CAI"), a sở with
 * its place only ("SỞ CÔNG THƯƠNG TỈNH LÀO CAI"), an organ of the Ban Chấp hành Trung ương alone.
 */
function headingName(organisations: readonly string[]): string {
  const issuer = organisations.at(-1)!;
  const parent = organisations.slice(0, -1).join(' ');
  if (parent === '' || NATIONAL_PARTY_BODIES.includes(parent)) return issuer;
  if (PROVINCIAL_AGENCY_WORDS.includes(words(issuer)[0]!)) {
    const place = placeOf(parent);
    return place === undefined || issuer.includes(place) ? issuer : `${issuer} ${place}`;
  }
  return `${issuer} ${parent}`;
}

/**
 * A body named by the document itself (the "của …" line under a Party tên loại, the collective it is
 * signed for) completed from its heading: "BAN THƯỜNG VỤ TỈNH ỦY" under "TỈNH ỦY QUẢNG TRỊ" is
 * "BAN THƯỜNG VỤ TỈNH ỦY QUẢNG TRỊ"; an organ of the Ban Chấp hành Trung ương stays alone.
 */
function qualified(named: string, organisations: readonly string[]): string {
  const heading = headingName(organisations);
  if (heading.includes(named)) return heading;
  if (organisations.length === 1 && NATIONAL_PARTY_BODIES.includes(organisations[0]!)) return named;
  if (organisations.some((org) => NATIONAL_PARTY_BODIES.includes(org))) return named;
  // The words the name ends with that the heading starts with are written once.
  const own = words(named);
  const head = words(heading);
  let overlap = Math.min(own.length, head.length);
  while (overlap > 0 && own.slice(-overlap).join(' ') !== head.slice(0, overlap).join(' '))
    overlap--;
  return [...own, ...head.slice(overlap)].join(' ');
}

/** The issuer in capitals, in full: who the document names as issuing it, else its heading. */
export function issuerInFull(doc: ParsedDocument): string | undefined {
  if (doc.organisations.length === 0) return undefined;
  const signer = doc.signer;
  const signedFor =
    signer?.collective ??
    (signer?.prefix !== undefined
      ? `${signer.prefix} ${signer.authority ?? signer.title}`
      : undefined);
  const named = doc.issuedBy?.toUpperCase() ?? collectiveOf(signedFor);
  return named === undefined ? headingName(doc.organisations) : qualified(named, doc.organisations);
}

/**
 * How a text names a document whose number is blank: its type and what its trích yếu is about
 * ("Báo cáo tình hình thực hiện …"), the name the citation linker looks for.
 */
function blankNumberAlias(type: string, subject: string): string {
  return `${type} ${lowerFirst(subject.replace(SUBJECT_OPENING, '')).replace(/[.;]$/u, '')}`;
}

/** The front matter of a new cited document file, from the parsed document. */
export function draftCitedDocument(
  doc: ParsedDocument,
  bodyText: string,
  order: number,
): CitedDraft | undefined {
  const type = doc.typeName;
  const issuerLine = doc.organisations.at(-1);
  const printed = issuerInFull(doc);
  if (
    type === undefined ||
    issuerLine === undefined ||
    printed === undefined ||
    doc.code === undefined ||
    doc.date === undefined ||
    doc.place === undefined ||
    doc.subject === undefined
  )
    return undefined;
  const parent = doc.organisations.length > 1 ? doc.organisations.slice(0, -1).join(' ') : '';
  const spelled = spellLike(printed, [doc.issuedBy ?? '', doc.place, doc.subject, bodyText]);
  const issuer = spelled === undefined ? printed : upperFirst(spelled);
  const identifier = citedIdentifier(doc);
  const reference = t('documents.reference', { type, identifier: identifier ?? '…' });
  const date = formatDate(doc.date);
  const signer =
    doc.signer?.title !== undefined && doc.signer.name !== undefined ? doc.signer : undefined;
  const proposals = doc.decision?.proposals ?? [];
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
    ...(doc.form === 'state' &&
    doc.decision?.authority !== undefined &&
    doc.decision.bases.length > 0
      ? {
          decision: {
            authority: doc.decision.authority,
            bases: doc.decision.bases,
            ...(proposals.length === 0
              ? {}
              : { proposal: proposals.length === 1 ? proposals[0]! : proposals }),
          },
        }
      : {}),
    ...(signer === undefined
      ? {}
      : {
          signer: {
            ...(signer.collective === undefined ? {} : { collective: signer.collective }),
            ...(signer.prefix === undefined ? {} : { prefix: signer.prefix }),
            ...(signer.authority === undefined ? {} : { authority: signer.authority }),
            title: signer.title!,
            name: signer.name!,
          },
        }),
    ...(doc.distribution !== undefined && doc.distribution.length > 0
      ? { distribution: doc.distribution }
      : {}),
  };
  const subject = lowerFirst(doc.subject).replace(/[.;]$/u, '');
  const named = { reference, date, issuer, subject };
  return {
    issuerNote: spelled === undefined ? 'printed' : 'spelled',
    data: {
      title: t('importer.cited.title', named),
      shortTitle: reference,
      type,
      identifier,
      issuer,
      date: isoDate(doc.date),
      // As the document prints it: a Party trích yếu goes on from "của Ban Thường vụ …" in lower case.
      subject: doc.subject,
      description: t('importer.cited.description', named),
      // A document with a blank number is cited by its type and trích yếu; the linker needs a name.
      aliases: identifier === null ? [blankNumberAlias(type, doc.subject)] : [],
      sources: [{ name: t('importer.cited.source', named) }],
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

/**
 * Checks a cited document's front matter as the build will: the schema, then the rules of its form
 * (src/documents/document-checks.ts); the issues, if any.
 */
export function citedIssues(data: Record<string, unknown>, file: string): string[] {
  const result = documentSchema.safeParse(data);
  if (!result.success)
    return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  try {
    checkCitedText(result.data, file);
  } catch (error) {
    if (error instanceof ContentError) return [error.message];
    throw error;
  }
  return [];
}
