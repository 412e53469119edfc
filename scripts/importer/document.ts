// Turns the recognised parts into the front matter of a content file (src/schemas/letter.ts), with a
// line of the report for each part: found, left blank on the signed copy, inferred, read with a doubt
// the reviewer must settle, or not found. The parts are a table (FIELD_RULES), one row per part in the
// report's order; each row reads its part from the parsed document and says what it found. Inferred
// values (a signed copy whose heading lost the parent body and issuer) are marked in the report and in
// the file; nothing is filled in that the text does not support.
import { t } from '../../src/i18n/index.ts';
import { formatDate, isoDate } from '../../src/documents/dates.ts';
import { letterIdentifier } from '../../src/documents/letter.ts';
import { escapeRegExp, lowerFirst } from '../../src/documents/text.ts';
import type { FormInput } from '../../src/documents/document-form.ts';
import type { BodyStats } from './body.ts';
import type { ParsedDocument, SignaturePrefix } from './parse.ts';
import { BODY_WORD, DEPARTMENT, SUBJECT_PREFIX } from './words.ts';

export type FieldStatus = 'found' | 'blank' | 'inferred' | 'doubt' | 'missing';

export interface FieldReport {
  /** Which part; the report lists them in the order of FIELD_RULES, never of their labels. */
  key: FieldKey;
  field: string;
  status: FieldStatus;
  value?: string;
  reason?: string;
  note?: string;
}

/** A required part that could not be read: which, and the line where the reading looked for it. */
export interface MissingPart {
  key: FieldKey;
  label: string;
  at?: { at: number; text: string };
}

/**
 * The front matter of the new content file: the fields the form prints (the date as the string
 * written in YAML; no annexes, which the body holds; a signature prefix of either form, since a
 * Party document is filed as a cited text) and the site's own title, description, route and order.
 * Written in frontMatterYaml's order.
 */
export type FrontMatter = Omit<FormInput, 'date' | 'annexes' | 'signer'> & {
  title: string;
  date: string;
  signer: Omit<FormInput['signer'], 'prefix'> & { prefix?: SignaturePrefix };
  description: string;
  route: string;
  order: number;
};

export interface Assembled {
  /** Fields as far as they are known; `missing` lists the required ones that are not. */
  data: Partial<FrontMatter>;
  /** Front matter keys whose value was inferred (written with a comment in the file). */
  inferred: Set<string>;
  fields: FieldReport[];
  missing: MissingPart[];
}

/** An issuer in capitals that is a sở, a specialised agency of the provincial UBND ("SỞ CÔNG THƯƠNG"). */
const OF_DEPARTMENT = new RegExp(String.raw`^${DEPARTMENT}\s`, 'u');
/** The "V/v" that opens a công văn's trích yếu, left out of the title. */
const VV_OPENING = new RegExp(String.raw`^${SUBJECT_PREFIX}\s+`, 'u');

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}

/** The issuer inferred from the body: "<signer's title> <body>" as in "Giám đốc Sở Công Thương phát động". */
function issuerFromBody(
  title: string,
  bodyText: string,
): { name: string; phrase: string } | undefined {
  // The title as the body writes it: "Giám đốc", "giám đốc" or in capitals; the name in capitalised words.
  const spellings = [...new Set([title, sentenceCase(title), title.toLowerCase()])]
    .map((spelling) => escapeRegExp(spelling).replace(/\s+/g, String.raw`\s+`))
    .join('|');
  const pattern = new RegExp(
    String.raw`(?:${spellings})\s+(${BODY_WORD}(?:\s+\p{Lu}\p{Ll}*)+)`,
    'u',
  );
  const match = pattern.exec(bodyText);
  if (!match) return undefined;
  return { name: match[1]!, phrase: match[0] };
}

/** How the body writes a name printed in capitals ("SỞ CÔNG THƯƠNG" → "Sở Công Thương"), if it does. */
function bodySpelling(name: string, bodyText: string): string | undefined {
  const index = bodyText.toUpperCase().indexOf(name.toUpperCase());
  return index < 0 ? undefined : bodyText.slice(index, index + name.length);
}

/** What a row of FIELD_RULES reads of the document. */
interface FieldContext {
  doc: ParsedDocument;
  bodyText: string;
  stats: BodyStats;
  /** Another body's document, filed with its text: parent body, signature and Nơi nhận may lack. */
  cited: boolean;
  data: Partial<FrontMatter>;
  /** The issuer, read with the parent body (whose reading depends on it) and reported after it. */
  issuerOutcome?: FieldOutcome | undefined;
}

/** A row's outcome: the report's line, the front matter it sets, whether a lack refuses the import. */
interface FieldOutcome {
  status: FieldStatus;
  value?: string;
  reason?: string;
  note?: string;
  /**
   * A missing part that refuses the import; `at` names where the reading looked for it, `with` the
   * parts read on the same line that go with it ("Số, Ký hiệu").
   */
  required?: { at?: { at: number; text: string } | undefined; with?: FieldKey };
}

interface FieldRule {
  key: FieldKey;
  /** Reads the part; undefined when the form has no such part (no line in the report). */
  read: (context: FieldContext) => FieldOutcome | undefined;
}

const found = (value: string): FieldOutcome => ({ status: 'found', value });

/** Where the heading's reading stopped, for a heading part not found. */
const headingEnd = ({ doc }: FieldContext) => doc.where.headingEnd;
/** Where the footer starts, or the text's last line, for a footer part not found. */
const footerAt = ({ doc }: FieldContext) => doc.where.footer ?? doc.where.headingEnd;

/** The issuer: the capital lines at the top left, else inferred from the text. */
function readIssuer(context: FieldContext): FieldOutcome | undefined {
  const { doc, bodyText, data } = context;
  const issuer = doc.organisations.at(-1);
  if (issuer !== undefined) {
    data.issuer = issuer;
    return found(issuer);
  }
  const title = doc.signer?.authority ?? doc.signer?.title;
  const inferred = title === undefined ? undefined : issuerFromBody(title, bodyText);
  if (inferred === undefined) return undefined;
  data.issuer = inferred.name.toUpperCase();
  return {
    status: 'inferred',
    value: data.issuer,
    reason: t('importer.reason.issuer', { phrase: inferred.phrase }),
  };
}

/** The parts of the document, in the report's order. */
const FIELD_RULES: readonly FieldRule[] = [
  {
    key: 'nationalHeading',
    read: ({ doc }) => {
      if (doc.form === 'party') return undefined;
      const slip = doc.slips.find((s) => s.part === 'nationalHeading');
      if (slip !== undefined)
        return {
          status: 'doubt',
          value: t('forms.nationalName'),
          reason: t('importer.reason.nationalSlip', { printed: slip.printed }),
        };
      return doc.nationalHeading
        ? found(t('forms.nationalName'))
        : { status: 'missing', note: t('importer.note.nationalHeading') };
    },
  },
  {
    key: 'partyHeading',
    read: ({ doc }) => (doc.form === 'party' ? found(t('importer.word.partyName')) : undefined),
  },
  {
    key: 'parentBody',
    read: (context) => {
      const { doc, data, cited } = context;
      // The issuer first: a sở's parent body is inferred from it.
      const issuer = readIssuer(context);
      context.issuerOutcome = issuer;
      const orgs = doc.organisations;
      if (orgs.length > 1) {
        data.parentBody = orgs.slice(0, -1).join(' ');
        return found(data.parentBody);
      }
      if (data.issuer !== undefined && OF_DEPARTMENT.test(data.issuer) && doc.place !== undefined) {
        data.parentBody = t('importer.parentBodyOfSo', { place: doc.place.toUpperCase() });
        return {
          status: 'inferred',
          value: data.parentBody,
          reason: t('importer.reason.parentBody', { place: doc.place }),
        };
      }
      return cited
        ? { status: 'missing' }
        : { status: 'missing', required: { at: headingEnd(context) } };
    },
  },
  {
    key: 'issuer',
    read: (context) =>
      context.issuerOutcome ?? { status: 'missing', required: { at: headingEnd(context) } },
  },
  {
    key: 'number',
    read: (context) => {
      const { doc, data } = context;
      if (doc.code === undefined)
        return { status: 'missing', required: { at: headingEnd(context), with: 'code' } };
      data.number = doc.number ?? null;
      data.code = doc.code;
      return doc.number === null || doc.number === undefined
        ? { status: 'blank', value: t('importer.value.numberBlank') }
        : found(doc.number);
    },
  },
  {
    key: 'code',
    read: ({ doc }) => {
      if (doc.code === undefined) return { status: 'missing' };
      const slip = doc.slips.find((s) => s.part === 'number');
      return slip === undefined
        ? found(doc.code)
        : {
            status: 'doubt',
            value: doc.code,
            reason: t('importer.reason.codeSpaced', { printed: slip.printed }),
          };
    },
  },
  {
    key: 'place',
    read: (context) => {
      const { doc, data } = context;
      if (doc.place === undefined || doc.date === undefined)
        return { status: 'missing', required: { at: headingEnd(context), with: 'date' } };
      data.place = doc.place;
      return found(doc.place);
    },
  },
  {
    key: 'date',
    read: ({ doc, data }) => {
      if (doc.date === undefined) return { status: 'missing' };
      const iso = isoDate(doc.date);
      data.date = iso;
      if (doc.date.day !== undefined) return found(`${formatDate(doc.date)} ("${iso}")`);
      return {
        status: 'blank',
        value:
          doc.date.month !== undefined
            ? t('importer.value.dayBlank', { date: formatDate(doc.date), iso })
            : t('importer.value.monthBlank', { year: doc.date.year, iso }),
      };
    },
  },
  {
    key: 'type',
    read: (context) => {
      const { doc, data } = context;
      if (doc.typeName === undefined)
        return { status: 'missing', required: { at: headingEnd(context) } };
      data.type = doc.typeName;
      const heading = doc.type?.heading;
      return found(
        doc.type !== undefined && heading === null
          ? t('importer.value.typeVv', { type: doc.typeName })
          : t('importer.value.typeHeading', {
              type: doc.typeName,
              heading: heading ?? doc.typeName.toLocaleUpperCase('vi'),
            }),
      );
    },
  },
  {
    key: 'subject',
    read: (context) => {
      const { doc, data } = context;
      if (doc.subject === undefined)
        return { status: 'missing', required: { at: doc.where.type ?? headingEnd(context) } };
      data.subject = doc.subject;
      return found(doc.subject);
    },
  },
  {
    // Kính gửi: required by a công văn, optional or absent in other forms.
    key: 'recipients',
    read: (context) => {
      const { doc, data } = context;
      if (doc.recipients !== undefined && doc.recipients.length > 0) {
        data.recipients = doc.recipients;
        return found(doc.recipients.join('; '));
      }
      if (doc.form === 'state' && doc.type?.recipients === 'required')
        return { status: 'missing', required: { at: headingEnd(context) } };
      return { status: 'missing', note: t('importer.note.recipients') };
    },
  },
  {
    // A Quyết định's (or Nghị quyết's) preamble.
    key: 'decision',
    read: (context) => {
      const { doc, data } = context;
      if (doc.form !== 'state' || doc.type?.form !== 'quyet-dinh') return undefined;
      const decision = doc.decision;
      if (decision?.authority === undefined || decision.bases.length === 0)
        return { status: 'missing', required: { at: doc.where.decision ?? headingEnd(context) } };
      const proposals = decision.proposals;
      data.decision = {
        authority: decision.authority,
        bases: decision.bases,
        ...(proposals.length === 0
          ? {}
          : { proposal: proposals.length === 1 ? proposals[0]! : proposals }),
      };
      return found(
        t('importer.value.decision', {
          authority: decision.authority,
          bases: decision.bases.length,
          proposal: t(
            proposals.length === 0 ? 'importer.value.noProposal' : 'importer.value.proposal',
          ),
        }),
      );
    },
  },
  {
    key: 'body',
    read: (context) => {
      const { stats } = context;
      if (stats.paragraphs === 0)
        return { status: 'missing', required: { at: headingEnd(context) } };
      const list = (items: string[]) =>
        items.length === 0 ? t('importer.value.none') : items.join(', ');
      return found(
        t('importer.value.body', {
          paragraphs: stats.paragraphs,
          sections: list(stats.sections),
          bullets: stats.bullets,
          points: list(stats.points),
          articles: list(stats.articles),
        }),
      );
    },
  },
  {
    key: 'signer',
    read: (context) => {
      const { doc, data, cited } = context;
      const signer = doc.signer;
      if (signer?.title === undefined || signer.name === undefined)
        return cited
          ? { status: 'doubt', reason: t('importer.reason.noSigner') }
          : { status: 'missing', required: { at: footerAt(context) } };
      data.signer = {
        ...(signer.collective === undefined ? {} : { collective: signer.collective }),
        ...(signer.prefix === undefined ? {} : { prefix: signer.prefix }),
        ...(signer.authority === undefined ? {} : { authority: signer.authority }),
        title: signer.title,
        name: signer.name,
      };
      const title = [signer.collective, signer.prefix, signer.authority, signer.title]
        .filter(Boolean)
        .join(' ');
      return found(t('importer.value.signer', { title, name: signer.name }));
    },
  },
  {
    key: 'distribution',
    read: (context) => {
      const { doc, data, cited } = context;
      if (doc.distribution === undefined || doc.distribution.length === 0)
        return cited
          ? { status: 'doubt', reason: t('importer.reason.noDistribution') }
          : { status: 'missing', required: { at: footerAt(context) } };
      data.distribution = doc.distribution;
      return found(
        t('importer.value.lines', {
          count: doc.distribution.length,
          items: doc.distribution.join('; '),
        }),
      );
    },
  },
  {
    // What follows the signature is kept as the document's attached texts, after its body.
    key: 'annexes',
    read: ({ doc }) =>
      doc.annexes.length === 0
        ? undefined
        : found(
            t('importer.value.annexes', {
              count: doc.annexes.length,
              titles: doc.annexes
                .map((annex) => annex.head.title ?? annex.head.label ?? '…')
                .join('; '),
            }),
          ),
  },
  {
    key: 'footnotes',
    read: ({ doc }) =>
      doc.footnotes.length === 0
        ? undefined
        : found(t('importer.value.footnotes', { count: doc.footnotes.length })),
  },
  {
    // The drafting unit is named only by its abbreviation in the code of a công văn ("SCT-VP").
    key: 'draftingUnit',
    read: ({ doc }) => {
      const unit = doc.code?.split('-').at(-1);
      return {
        status: 'missing',
        ...(unit !== undefined && doc.code?.includes('-') && doc.type?.code === null
          ? { note: t('importer.note.draftingUnit', { unit }) }
          : {}),
      };
    },
  },
];

/** The parts, by the key the report and the dictionary (`importer.field.<key>`) name them. */
export type FieldKey =
  | 'nationalHeading'
  | 'partyHeading'
  | 'parentBody'
  | 'issuer'
  | 'number'
  | 'code'
  | 'place'
  | 'date'
  | 'type'
  | 'subject'
  | 'recipients'
  | 'decision'
  | 'body'
  | 'signer'
  | 'distribution'
  | 'annexes'
  | 'footnotes'
  | 'draftingUnit';

/**
 * The parts of a document as front matter, with a line of the report for each. A cited document
 * (`cited`, another body's directive) needs no parent body (many issuers have none), and may lack a
 * signature and a Nơi nhận (a copy that stops before them): the report flags them.
 */
export function assemble(
  doc: ParsedDocument,
  bodyText: string,
  stats: BodyStats,
  { cited = false }: { cited?: boolean } = {},
): Assembled {
  const context: FieldContext = {
    doc,
    bodyText,
    stats,
    cited,
    data: {},
  };
  const fields: FieldReport[] = [];
  const missing: MissingPart[] = [];
  for (const rule of FIELD_RULES) {
    const outcome = rule.read(context);
    if (outcome === undefined) continue;
    const { required, ...report } = outcome;
    const label = fieldLabel(rule.key);
    fields.push({ key: rule.key, field: label, ...report });
    if (required !== undefined)
      missing.push({
        key: rule.key,
        label: required.with === undefined ? label : `${label}, ${fieldLabel(required.with)}`,
        ...(required.at === undefined ? {} : { at: required.at }),
      });
  }
  const { data } = context;
  // The site's own fields: a title and a description from the parts.
  if (data.type !== undefined && data.subject !== undefined) {
    const subject = data.subject.replace(VV_OPENING, '');
    data.title = `${data.type} ${lowerFirst(subject)}`;
    if (data.issuer !== undefined && doc.date !== undefined) {
      data.description = t('importer.description', {
        type: data.type.toLowerCase(),
        identifier: letterIdentifier({ number: data.number ?? null, code: data.code ?? '' }),
        issuer: bodySpelling(data.issuer, bodyText) ?? data.issuer,
        date: formatDate(doc.date),
        subject: lowerFirst(subject).replace(/[.;]$/u, ''),
      });
    }
  }
  // The keys of the parts reported inferred are front matter keys too: their lines get a comment.
  const inferred = new Set<string>(
    fields.filter((report) => report.status === 'inferred').map((report) => report.key),
  );
  return { data, inferred, fields, missing };
}

function fieldLabel(key: FieldKey): string {
  return t(`importer.field.${key}`);
}
