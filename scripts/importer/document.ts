// Turns the recognised parts into the front matter of a content file (src/schemas/letter.ts), with a
// line of the report for each part: found, left blank on the signed copy, inferred, or not found.
// Inferred values (a signed copy whose heading lost the parent body and issuer) are marked in the
// report and in the file, for the reviewer; nothing is filled in that the text does not support.
import { t } from '../../src/i18n/index.ts';
import { formatDate, isoDate } from '../../src/documents/dates.ts';
import { letterIdentifier } from '../../src/documents/letter.ts';
import { escapeRegExp } from '../../src/documents/text.ts';
import type { FormInput } from '../../src/documents/document-form.ts';
import type { BodyStats } from './body.ts';
import type { ParsedDocument, SignaturePrefix } from './parse.ts';
import { BODY_WORD, DEPARTMENT, SUBJECT_PREFIX } from './words.ts';

export type FieldStatus = 'found' | 'blank' | 'inferred' | 'missing';

export interface FieldReport {
  /** Which part: the report is in the order of FIELD_ORDER, never of its translated labels. */
  key: FieldKey;
  field: string;
  status: FieldStatus;
  value?: string;
  reason?: string;
  note?: string;
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
  missing: string[];
}

/** An issuer in capitals that is a sở, a specialised agency of the provincial UBND ("SỞ CÔNG THƯƠNG"). */
const OF_DEPARTMENT = new RegExp(String.raw`^${DEPARTMENT}\s`, 'u');
/** The "V/v" that opens a công văn's trích yếu, left out of the title. */
const SUBJECT_OPENING = new RegExp(String.raw`^${SUBJECT_PREFIX}\s+`, 'u');

/** A word or name as a sentence writes it: "Công văn" → "công văn"; an abbreviation ("UBND") stays. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

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

/**
 * The parts of a document as front matter, with a line of the report for each. A cited document
 * (`cited`, another body's directive) needs no parent body (many issuers have none) and may have a
 * tên loại the site does not publish as a campaign document ("NGHỊ QUYẾT").
 */
export function assemble(
  doc: ParsedDocument,
  bodyText: string,
  stats: BodyStats,
  { cited = false }: { cited?: boolean } = {},
): Assembled {
  const reports: FieldReport[] = [];
  // Every line of the report carries its key; the label is looked up once, here.
  const fields = {
    push: (...items: (Omit<FieldReport, 'key' | 'field'> & { field: FieldKey })[]) =>
      reports.push(
        ...items.map((item) => ({ ...item, key: item.field, field: fieldLabel(item.field) })),
      ),
  };
  const data: Partial<FrontMatter> = {};
  const missing: string[] = [];
  const label = (key: FieldKey) => fieldLabel(key);
  /** A part found, with the value the report shows. */
  const found = (key: FieldKey, value: string) =>
    fields.push({ field: key, status: 'found', value });
  /** A part not found; a required one is listed in `missing`, which refuses the import. */
  const lack = (
    key: FieldKey,
    { required = true, note }: { required?: boolean; note?: string } = {},
  ) => {
    if (required) missing.push(label(key));
    fields.push({ field: key, status: 'missing', ...(note === undefined ? {} : { note }) });
  };
  const headingKey: FieldKey = doc.form === 'party' ? 'partyHeading' : 'nationalHeading';

  fields.push(
    doc.nationalHeading
      ? {
          field: headingKey,
          status: 'found',
          value: doc.form === 'party' ? t('importer.word.partyName') : t('forms.nationalName'),
        }
      : { field: headingKey, status: 'missing', note: t('importer.note.nationalHeading') },
  );

  // Parent body and issuer: the capital lines at the top left, else inferred from the text.
  const orgs = doc.organisations;
  let issuer = orgs.at(-1);
  let parentBody = orgs.length > 1 ? orgs.slice(0, -1).join(' ') : undefined;
  if (issuer !== undefined) {
    data.issuer = issuer;
    found('issuer', issuer);
  } else if (doc.signer?.title !== undefined) {
    const found = issuerFromBody(doc.signer.authority ?? doc.signer.title, bodyText);
    if (found !== undefined) {
      issuer = found.name.toUpperCase();
      data.issuer = issuer;
      fields.push({
        field: 'issuer',
        status: 'inferred',
        value: issuer,
        reason: t('importer.reason.issuer', { phrase: found.phrase }),
      });
    }
  }
  if (parentBody !== undefined) {
    data.parentBody = parentBody;
    found('parentBody', parentBody);
  } else if (issuer !== undefined && OF_DEPARTMENT.test(issuer) && doc.place !== undefined) {
    parentBody = t('importer.parentBodyOfSo', { place: doc.place.toUpperCase() });
    data.parentBody = parentBody;
    fields.push({
      field: 'parentBody',
      status: 'inferred',
      value: parentBody,
      reason: t('importer.reason.parentBody', { place: doc.place }),
    });
  }
  for (const key of ['parentBody', 'issuer'] as const) {
    if (data[key] !== undefined) continue;
    if (cited && key === 'parentBody') continue;
    lack(key);
  }

  // Số, ký hiệu.
  if (doc.code !== undefined) {
    data.number = doc.number ?? null;
    data.code = doc.code;
    fields.push(
      doc.number === null || doc.number === undefined
        ? { field: 'number', status: 'blank', value: t('importer.value.numberBlank') }
        : { field: 'number', status: 'found', value: doc.number },
      { field: 'code', status: 'found', value: doc.code },
    );
  } else {
    missing.push(`${label('number')}, ${label('code')}`);
    fields.push({ field: 'number', status: 'missing' }, { field: 'code', status: 'missing' });
  }

  // Place and date.
  if (doc.place !== undefined && doc.date !== undefined) {
    data.place = doc.place;
    const iso = isoDate(doc.date);
    data.date = iso;
    found('place', doc.place);
    fields.push(
      doc.date.day !== undefined
        ? { field: 'date', status: 'found', value: `${formatDate(doc.date)} ("${iso}")` }
        : doc.date.month !== undefined
          ? {
              field: 'date',
              status: 'blank',
              value: t('importer.value.dayBlank', { date: formatDate(doc.date), iso }),
            }
          : {
              field: 'date',
              status: 'blank',
              value: t('importer.value.monthBlank', { year: doc.date.year, iso }),
            },
    );
  } else {
    missing.push(`${label('place')}, ${label('date')}`);
    fields.push({ field: 'place', status: 'missing' }, { field: 'date', status: 'missing' });
  }

  // Type and trích yếu.
  if (doc.type !== undefined) {
    data.type = doc.type.name;
    fields.push({
      field: 'type',
      status: 'found',
      value:
        doc.type.heading === null
          ? t('importer.value.typeVv', { type: doc.type.name })
          : t('importer.value.typeHeading', { type: doc.type.name, heading: doc.type.heading }),
    });
  } else if (cited && doc.unknownHeading !== undefined) {
    found('type', doc.unknownHeading);
  } else if (doc.unknownHeading !== undefined) {
    missing.push(label('type'));
    fields.push({
      field: 'type',
      status: 'missing',
      note: `: ${t('importer.value.unknownHeading', { heading: doc.unknownHeading })}`,
    });
  } else {
    lack('type');
  }
  if (doc.subject !== undefined) {
    data.subject = doc.subject;
    found('subject', doc.subject);
  } else {
    lack('subject');
  }

  // Kính gửi: required by a công văn, optional or absent in other forms.
  if (doc.recipients !== undefined && doc.recipients.length > 0) {
    data.recipients = doc.recipients;
    fields.push({
      field: 'recipients',
      status: 'found',
      value: doc.recipients.join('; '),
    });
  } else if (doc.type?.recipients === 'required') {
    lack('recipients');
  } else {
    fields.push({
      field: 'recipients',
      status: 'missing',
      note: t('importer.note.recipients'),
    });
  }

  // A Quyết định's preamble.
  if (doc.type?.form === 'quyet-dinh') {
    const decision = doc.decision;
    if (decision?.authority !== undefined && decision.bases.length > 0) {
      data.decision = {
        authority: decision.authority,
        bases: decision.bases,
        ...(decision.proposal === undefined ? {} : { proposal: decision.proposal }),
      };
      fields.push({
        field: 'decision',
        status: 'found',
        value: t('importer.value.decision', {
          authority: decision.authority,
          bases: decision.bases.length,
          proposal: t(
            decision.proposal === undefined
              ? 'importer.value.noProposal'
              : 'importer.value.proposal',
          ),
        }),
      });
    } else {
      missing.push(label('decision'));
      fields.push({ field: 'decision', status: 'missing' });
    }
  }

  // Body.
  const list = (items: string[]) =>
    items.length === 0 ? t('importer.value.none') : items.join(', ');
  if (stats.paragraphs > 0) {
    fields.push({
      field: 'body',
      status: 'found',
      value: t('importer.value.body', {
        paragraphs: stats.paragraphs,
        sections: list(stats.sections),
        bullets: stats.bullets,
        points: list(stats.points),
        articles: list(stats.articles),
      }),
    });
  } else {
    lack('body');
  }

  // Signature block.
  const signer = doc.signer;
  if (signer?.title !== undefined && signer.name !== undefined) {
    data.signer = {
      ...(signer.prefix === undefined ? {} : { prefix: signer.prefix }),
      ...(signer.authority === undefined ? {} : { authority: signer.authority }),
      title: signer.title,
      name: signer.name,
    };
    const title = [signer.prefix, signer.authority, signer.title].filter(Boolean).join(' ');
    fields.push({
      field: 'signer',
      status: 'found',
      value: t('importer.value.signer', { title, name: signer.name }),
    });
  } else {
    lack('signer');
  }

  // Nơi nhận.
  if (doc.distribution !== undefined && doc.distribution.length > 0) {
    data.distribution = doc.distribution;
    fields.push({
      field: 'distribution',
      status: 'found',
      value: t('importer.value.lines', {
        count: doc.distribution.length,
        items: doc.distribution.join('; '),
      }),
    });
  } else {
    lack('distribution');
  }

  // Attached lists (Phụ lục) are left to the reviewer: their tables go to `annexes` by hand.
  if (doc.annexLines !== undefined)
    fields.push({
      field: 'annexes',
      status: 'missing',
      note: t('importer.note.annexes', { lines: doc.annexLines }),
    });

  // The drafting unit is named only by its abbreviation in the code of a công văn ("SCT-VP").
  const unit = doc.code?.split('-').at(-1);
  fields.push({
    field: 'draftingUnit',
    status: 'missing',
    ...(unit !== undefined && doc.code?.includes('-') && doc.type?.code === null
      ? { note: t('importer.note.draftingUnit', { unit }) }
      : {}),
  });

  // The site's own fields: a title and a description from the parts, the route, the order.
  if (data.type !== undefined && data.subject !== undefined) {
    const subject = data.subject.replace(SUBJECT_OPENING, '');
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
  reports.sort((a, b) => FIELD_ORDER.indexOf(a.key) - FIELD_ORDER.indexOf(b.key));
  // The keys of the parts reported inferred are front matter keys too: their lines get a comment.
  const inferred = new Set<string>(
    reports.filter((report) => report.status === 'inferred').map((report) => report.key),
  );
  return { data, inferred, fields: reports, missing };
}

/** The parts in the order the report lists them. */
export const FIELD_ORDER = [
  'nationalHeading',
  'partyHeading',
  'parentBody',
  'issuer',
  'number',
  'code',
  'place',
  'date',
  'type',
  'subject',
  'recipients',
  'decision',
  'body',
  'signer',
  'distribution',
  'annexes',
  'draftingUnit',
] as const;

export type FieldKey = (typeof FIELD_ORDER)[number];

function fieldLabel(key: FieldKey): string {
  return t(`importer.field.${key}`);
}
