// Recognises the parts of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I) in the
// repaired blocks of its text: the heading (Quốc hiệu, parent body and issuer, "Số: …/…", place and
// date, tên loại or "V/v" trích yếu), "Kính gửi:", a Quyết định's preamble, the body, the signature
// block and "Nơi nhận:". Parts may come in any order within the heading (the two columns of a printed
// heading interleave when extracted) and the signature may stand before or after the Nơi nhận list.
import { t } from '../../src/i18n/index.ts';
import {
  DOCUMENT_TYPES,
  SIGNATURE_PREFIXES,
  type DocumentType,
} from '../../src/schemas/document-types.ts';
import { plain, type Block } from './repair.ts';
import {
  ANNEX_WORD,
  BASIS_WORDS,
  DAY_WORD,
  DECIDES_WORD,
  DISTRIBUTION_LABEL,
  FILED_LABEL,
  MONTH_WORD,
  MOTTO_WORDS,
  NATIONAL_NAME,
  NUMBER_LABEL,
  OTHER_HEADING,
  PARTY_NAME,
  PROPOSAL_WORDS,
  RECIPIENTS_LABEL,
  SUBJECT_PREFIX,
  YEAR_WORD,
} from './words.ts';

export type SignaturePrefix = (typeof SIGNATURE_PREFIXES)[number];

export interface ParsedDate {
  year: number;
  month?: number;
  day?: number;
}

/** A line of the text with the block it belongs to. */
interface Line {
  text: string;
  plain: string;
  block: number;
  /** Whether the line starts its block. */
  first: boolean;
}

export interface ParsedDocument {
  nationalHeading: boolean;
  /** Capital lines at the top left, before the number: the parent body and the issuer. */
  organisations: string[];
  /** "Số: …/SCT-VP": number null when blank, undefined when there is no "Số:" line at all. */
  number?: string | null;
  code?: string;
  place?: string;
  date?: ParsedDate;
  /** The registry type: from the tên loại heading, or Công văn when the trích yếu starts "V/v". */
  type?: DocumentType;
  /** A tên loại in capitals the site does not know ("BIÊN BẢN"). */
  unknownHeading?: string;
  subject?: string;
  recipients?: string[];
  decision?: { authority?: string; bases: string[]; proposal?: string };
  /** The body as blocks of source lines (Markdown emphasis kept). */
  body: Block[];
  signer?: {
    prefix?: SignaturePrefix;
    authority?: string;
    title?: string;
    name?: string;
  };
  distribution?: string[];
  /** Lines of attached lists (Phụ lục) after the signature, which the importer leaves out. */
  annexLines?: number;
}

const NATIONAL = new RegExp(`^${NATIONAL_NAME}$`, 'u');
const MOTTO = new RegExp(`^${MOTTO_WORDS}$`, 'iu');
const PARTY = new RegExp(`^${PARTY_NAME}$`, 'u');
const RULE = /^(?:[-_=–—*.]\s*){1,}$/u;
/** Blank parts of a number or date as printed: nothing, dots, an ellipsis, underscores. */
const BLANK = String.raw`[\s.…_]*`;
const NUMBER = new RegExp(
  String.raw`^${NUMBER_LABEL}\s*:?\s*(${BLANK}|\d[\d.]*)\s*\/\s*([\p{Lu}\p{N}][\p{L}\p{N}]*(?:[-/][\p{L}\p{N}]+)*)\.?$`,
  'u',
);
const PLACE_DATE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}\s.'-]*?),\s*${DAY_WORD}${BLANK}(\d{1,2})?${BLANK}${MONTH_WORD}${BLANK}(\d{1,2})?${BLANK}${YEAR_WORD}\s*(\d{4})\.?$`,
  'u',
);
const SUBJECT_VV = new RegExp(String.raw`^${SUBJECT_PREFIX}\s+(.+)$`, 'u');
const RECIPIENTS = new RegExp(String.raw`^${RECIPIENTS_LABEL}\s*:?\s*(.*)$`, 'u');
const DISTRIBUTION = new RegExp(String.raw`^${DISTRIBUTION_LABEL}\s*:?\s*(.*)$`, 'u');
const FILED = new RegExp(String.raw`^${FILED_LABEL}\s*:`, 'u');
const DASH_ITEM = /^[-–−•+]\s*(.+)$/u;
const PREFIX = new RegExp(
  `^(${SIGNATURE_PREFIXES.map((p) => p.replace('.', String.raw`\.`)).join('|')})\\s*(.+)$`,
  'u',
);
const BASIS = new RegExp(String.raw`^${BASIS_WORDS}\s`, 'u');
const ANNEX = new RegExp(String.raw`^${ANNEX_WORD}(?:\s+[IVX\d]+)?$`, 'iu');
const PROPOSAL = new RegExp(String.raw`^${PROPOSAL_WORDS}\s`, 'u');
const DECIDES = new RegExp(String.raw`^${DECIDES_WORD}\s*:$`, 'u');
/** A signature name: two to six capitalised words ("Nguyễn Sỹ Chín"). */
const NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
/** A signer's note in brackets: "(Đã ký)", "(ký, ghi rõ họ tên)". */
const SIGN_NOTE = /^\(.*\)$/u;

/** Whether a line is written in capitals (and has letters). */
export function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase() && !/\p{Ll}/u.test(text);
}

function headingType(text: string): DocumentType | undefined {
  return DOCUMENT_TYPES.find((type) => type.heading !== null && type.heading === text);
}

const COMMON_HEADINGS = new RegExp(`^${OTHER_HEADING}$`, 'u');

function cleanItem(text: string): string {
  return text.replace(/\s*[;.,]$/u, '').trim();
}

/** Recognises the parts of a document in its repaired blocks. */
export function parseDocument(blocks: readonly Block[]): ParsedDocument {
  const lines: Line[] = blocks.flatMap((block, b) =>
    block.map((text, i) => ({ text, plain: plain(text), block: b, first: i === 0 })),
  );
  const doc: ParsedDocument = { nationalHeading: false, organisations: [], body: [] };
  let i = 0;
  let open: 'subject' | 'heading' | undefined;
  let typeFromHeading = false;
  let subjectBlock = -1;

  // 1. The heading, up to Kính gửi or the first line that is none of its parts.
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.plain;
    let match: RegExpExecArray | null;
    if (NATIONAL.test(text) || MOTTO.test(text) || PARTY.test(text)) {
      doc.nationalHeading = true;
      continue;
    }
    if (RULE.test(text)) continue;
    if (doc.code === undefined && (match = NUMBER.exec(text))) {
      const number = match[1]!.replace(/[\s.…_]/g, '');
      doc.number = number === '' ? null : number;
      doc.code = match[2]!;
      open = undefined;
      continue;
    }
    if (doc.date === undefined && (match = PLACE_DATE.exec(text))) {
      doc.place = match[1]!.trim();
      doc.date = {
        year: Number(match[4]),
        ...(match[3] ? { month: Number(match[3]) } : {}),
        ...(match[3] && match[2] ? { day: Number(match[2]) } : {}),
      };
      continue;
    }
    if (doc.subject === undefined && (match = SUBJECT_VV.exec(text))) {
      doc.subject = `${t('importer.word.subjectPrefix')} ${match[1]!.trim()}`;
      const congVan = DOCUMENT_TYPES.find((type) => type.form === 'cong-van');
      if (doc.type === undefined && congVan !== undefined) doc.type = congVan;
      open = 'subject';
      subjectBlock = line.block;
      continue;
    }
    if (doc.type === undefined && isCapitals(text)) {
      const type = headingType(text);
      if (type !== undefined) {
        doc.type = type;
        typeFromHeading = true;
        open = 'heading';
        continue;
      }
      if (COMMON_HEADINGS.test(text)) {
        doc.unknownHeading = text;
        open = 'heading';
        continue;
      }
    }
    if ((match = RECIPIENTS.exec(text))) {
      const first = match[1]!.trim();
      const recipients = first === '' ? [] : [cleanItem(first)];
      while (i + 1 < lines.length && DASH_ITEM.test(lines[i + 1]!.plain)) {
        i++;
        recipients.push(cleanItem(DASH_ITEM.exec(lines[i]!.plain)![1]!));
      }
      doc.recipients = recipients;
      i++;
      break;
    }
    if (open === 'subject' && (line.block === subjectBlock || /^\p{Ll}/u.test(text))) {
      doc.subject = `${doc.subject} ${text}`;
      continue;
    }
    if (open === 'heading' && (doc.subject === undefined || !line.first)) {
      doc.subject = doc.subject === undefined ? text : `${doc.subject} ${text}`;
      continue;
    }
    if (doc.code === undefined && doc.type === undefined && isCapitals(text) && text.length <= 80) {
      doc.organisations.push(text);
      continue;
    }
    // A Quyết định's preamble: the authority in capitals, Căn cứ …, Theo đề nghị …, QUYẾT ĐỊNH:
    if (typeFromHeading && doc.type?.form === 'quyet-dinh') {
      const decision = (doc.decision ??= { bases: [] });
      open = undefined;
      if (DECIDES.test(text)) {
        i++;
        break;
      }
      if (BASIS.test(text)) {
        decision.bases.push(text);
        continue;
      }
      if (PROPOSAL.test(text)) {
        decision.proposal = text;
        continue;
      }
      if (isCapitals(text) && decision.bases.length === 0) {
        decision.authority =
          decision.authority === undefined ? text : `${decision.authority} ${text}`;
        continue;
      }
    }
    break;
  }

  // 2. The end: the Nơi nhận list and the signature block, before or after it.
  const rest = lines.slice(i);
  let end = rest.length;
  const distributionAt = rest.findLastIndex((line) => DISTRIBUTION.test(line.plain));
  const footer: Line[] = [];
  if (distributionAt >= 0) {
    end = distributionAt;
    // An attached list (Phụ lục) follows the signature; it is not part of the footer.
    const annexAt = rest.findIndex((line, k) => k > distributionAt && ANNEX.test(line.plain));
    footer.push(...rest.slice(distributionAt, annexAt < 0 ? rest.length : annexAt));
    if (annexAt >= 0) doc.annexLines = rest.length - annexAt;
  }
  // Signature lines just before the Nơi nhận (or at the very end): capitals, a prefix, a name.
  while (end > 0 && isSignatureLine(rest[end - 1]!.plain)) end--;
  const signatureBefore = rest.slice(end, distributionAt >= 0 ? distributionAt : rest.length);

  const signatureLines: string[] = signatureBefore.map((line) => line.plain);
  if (footer.length > 0) {
    const distribution: string[] = [];
    const firstRest = DISTRIBUTION.exec(footer[0]!.plain)![1]!.trim();
    const items =
      firstRest === ''
        ? footer.slice(1)
        : [{ ...footer[0]!, plain: firstRest }, ...footer.slice(1)];
    for (const line of items) {
      const dash = DASH_ITEM.exec(line.plain);
      if (dash) distribution.push(dash[1]!.trim());
      else if (isSignatureLine(line.plain)) signatureLines.push(line.plain);
      else if (distribution.length > 0 && /^\p{Ll}/u.test(line.plain))
        distribution[distribution.length - 1] += ` ${line.plain}`;
      else if (FILED.test(line.plain)) distribution.push(line.plain);
      else signatureLines.push(line.plain);
    }
    doc.distribution = distribution.map(cleanItem).filter((item) => item !== '');
  }
  const signer = parseSignature(signatureLines);
  if (signer !== undefined) doc.signer = signer;

  // 3. The body between them, in its blocks.
  const body: Block[] = [];
  let current: Block | undefined;
  let block = -1;
  for (const line of rest.slice(0, end)) {
    if (line.block !== block || current === undefined) {
      current = [];
      body.push(current);
      block = line.block;
    }
    current.push(line.text);
  }
  doc.body = body;
  return doc;
}

function isSignatureLine(text: string): boolean {
  if (text === '' || SIGN_NOTE.test(text)) return text !== '';
  if (PREFIX.test(text) && isCapitals(text)) return true;
  if (isCapitals(text) && text.length <= 60 && !/[;:]$/.test(text)) return true;
  return NAME.test(text);
}

/** Reads the signature lines: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC" / name, or "GIÁM ĐỐC" / name. */
function parseSignature(lines: readonly string[]): ParsedDocument['signer'] {
  const useful = lines.filter((line) => !SIGN_NOTE.test(line) && line !== '');
  if (useful.length === 0) return undefined;
  const signer: NonNullable<ParsedDocument['signer']> = {};
  const capitals = useful.filter((line) => isCapitals(line));
  const name = useful.find((line) => !isCapitals(line) && NAME.test(line));
  if (name !== undefined) signer.name = name;
  const first = capitals[0];
  if (first === undefined) return signer;
  const prefixed = PREFIX.exec(first);
  if (prefixed) {
    signer.prefix = prefixed[1] as SignaturePrefix;
    if (capitals.length > 1) {
      signer.authority = prefixed[2]!.trim();
      signer.title = capitals.slice(1).join(' ');
    } else signer.title = prefixed[2]!.trim();
  } else signer.title = capitals.join(' ');
  return signer;
}
