// Recognises the parts of an administrative document in the repaired blocks of its text, in either of
// its two forms: the state form (Nghị định 30/2020/NĐ-CP, Phụ lục I) and the Party form (Hướng dẫn
// 36-HD/VPTW). Each part is a rule of a table, tried in order on each line:
//
// - the heading (HEADING_RULES): Quốc hiệu or "ĐẢNG CỘNG SẢN VIỆT NAM", the tiêu ngữ, parent body and
//   issuer, "Số: …/…" or "Số 27-CT/TU", place and date, the tên loại with its "của …" line and its
//   trích yếu (or a công văn's "V/v …"), Kính gửi with all its lines, a Quyết định's preamble. The
//   parts come in any order (the two columns of a printed heading interleave when extracted); the
//   heading ends at Kính gửi, at "QUYẾT ĐỊNH:", or at the first line that is none of its parts;
// - each part ends where the form says: the trích yếu before an authority line, "Căn cứ", a rule or
//   the body (SUBJECT_STOPS);
// - the footer (FOOTER_RULES, one class per line): "Nơi nhận:" and its items, the signature block
//   (collective, TM./KT. or T/M, K/T, authority, title, name), before or after the list or beside it;
// - what follows the signer's name is the document's annex (Phụ lục, a table, a programme).
//
// Every step is linear in the length of the text: each line is read once by the heading, once by
// the footer, and no pattern is tried on a heading line longer than HEADING_LINE_MAX.
import { t } from '../../src/i18n/index.ts';
import {
  DOCUMENT_TYPES,
  PARTY_SIGNATURE_PREFIXES,
  PARTY_TYPE_NAMES,
  SIGNATURE_PREFIXES,
  typeHeading,
  type DocumentType,
} from '../../src/schemas/document-types.ts';
import type { PartialDate } from '../../src/schemas/common.ts';
import type { AnnexHead } from '../../src/documents/annex-text.ts';
import { foldKeepCase } from '../../src/vietnamese/fold.ts';
import { NATIONAL_NAMES } from '../../src/vietnamese/document-parts.ts';
import { NUMBER_LINE, PARTY_NUMBER_LINE, PLACE_DATE_LINE } from './line-patterns.ts';
import { plain, type Block } from './repair.ts';
import {
  ANNEX_WORD,
  ARTICLE_WORD,
  ATTACHED_NOTE,
  BASIS_WORDS,
  DECIDES_WORDS,
  DISTRIBUTION_LABEL,
  FILED_LABEL,
  ISSUER_OF,
  MOTTO_WORDS,
  NUMBER_WORD,
  PARTY_NAME,
  POINT_LETTER,
  PROPOSAL_WORDS,
  RECIPIENTS_LABEL,
  SPLIT_NAME_ENDING,
  SUBJECT_ABOUT,
  SUBJECT_PREFIX,
} from './words.ts';

export type SignaturePrefix =
  (typeof SIGNATURE_PREFIXES)[number] | (typeof PARTY_SIGNATURE_PREFIXES)[number];

/** The two forms a document is printed in: the state's (NĐ 30) or the Party's (HD 36). */
export type DocumentFormFamily = 'state' | 'party';

/** A date as the heading gives it: the schemas' partial date (a blank day or month is left out). */
export type ParsedDate = PartialDate;

/** A line of the text with the block it belongs to. */
export interface Line {
  text: string;
  plain: string;
  block: number;
  /** Whether the line starts its block. */
  first: boolean;
  /** A blank line comes before its block. */
  gap: boolean;
  /** Where it is in the source: its line in a text, its paragraph in a Word file or PDF. */
  at: number;
}

/** A part of the heading or footer, as the report names it. */
export type Part =
  | 'nationalHeading'
  | 'number'
  | 'placeDate'
  | 'type'
  | 'subject'
  | 'recipients'
  | 'organisation'
  | 'decision'
  | 'signer'
  | 'distribution';

export interface ParsedSigner {
  /** The collective's line a deputy signs under: "TM. ỦY BAN NHÂN DÂN". */
  collective?: string;
  prefix?: SignaturePrefix;
  authority?: string;
  title?: string;
  name?: string;
}

export interface ParsedAnnex {
  head: AnnexHead;
  blocks: Block[];
}

export interface ParsedDocument {
  /** Party when the heading has "ĐẢNG CỘNG SẢN VIỆT NAM" or a number written "Số 27-CT/TU". */
  form: DocumentFormFamily;
  nationalHeading: boolean;
  /** Heading lines read although printed with a slip: a misspelt Quốc hiệu, a spaced ký hiệu. */
  slips: { part: Part; printed: string }[];
  /** Lines before the heading that are none of its parts (a web page's title), left out. */
  skipped: string[];
  /** Capital lines at the top left, before the number: the parent body and the issuer. */
  organisations: string[];
  /** "Số: …/SCT-VP": number null when blank, undefined when there is no "Số:" line at all. */
  number?: string | null;
  code?: string;
  place?: string;
  date?: ParsedDate;
  /** The type as the tên loại names it ("Kế hoạch"), or Công văn when the trích yếu starts "V/v". */
  typeName?: string;
  /** The registry's entry for the type; undefined for a Party type the registry lacks ("Kết luận"). */
  type?: DocumentType;
  /** A Party tên loại's second line without its "của": "Ban Thường vụ Tỉnh ủy". */
  issuedBy?: string;
  subject?: string;
  /** Notes under the trích yếu ("(Ban hành kèm theo …)"), kept as the body's first paragraph. */
  subjectNotes: string[];
  recipients?: string[];
  decision?: { authority?: string; bases: string[]; proposals: string[] };
  /** The body as blocks of source lines (Markdown emphasis kept). */
  body: Block[];
  /** Footnotes taken from the foot of the pages, kept after the body. */
  footnotes: string[];
  signer?: ParsedSigner;
  distribution?: string[];
  /** What follows the signature: attached texts, lists and tables (Phụ lục). */
  annexes: ParsedAnnex[];
  /** Where each part was read, or where reading stopped, for the report. */
  where: Partial<Record<Part | 'headingEnd' | 'footer', { at: number; text: string }>>;
}

// --- patterns ----------------------------------------------------------------------------------

const MOTTO = new RegExp(`^${MOTTO_WORDS}$`, 'iu');
const PARTY = new RegExp(`^${PARTY_NAME}$`, 'u');
/** The second line of a Party tên loại: "của Ban Thường vụ Tỉnh ủy", "CỦA BỘ CHÍNH TRỊ". */
const ISSUED_BY = new RegExp(String.raw`^${ISSUER_OF}\s+(\p{Lu}.*)$`, 'iu');
/** The end of a body's name that its printed heading continues on the next line ("ỦY BAN NHÂN DÂN"). */
const SPLIT_NAME_END = new RegExp(String.raw`(?:^|\s)${SPLIT_NAME_ENDING}$`, 'u');
/** "Ban Thường vụ Tỉnh ủy về đẩy mạnh …": the issuer and the trích yếu that a join ran onto it. */
const ISSUED_BY_SUBJECT = new RegExp(String.raw`^(.+?)\s+(${SUBJECT_ABOUT}\s.+)$`, 'u');
/** No line of a heading is longer; a longer line ends it (and no pattern is tried on it). */
export const HEADING_LINE_MAX = 600;
/** The longest first line of a trích yếu; a continuation line in capitals-first prose is shorter. */
const SUBJECT_FIRST_MAX = 320;
const SUBJECT_LINE_MAX = 160;
const RULE = /^(?:[-_=–—*.]\s*){1,}$/u;
const SUBJECT_VV = new RegExp(String.raw`^${SUBJECT_PREFIX}\s+(.+)$`, 'u');
const RECIPIENTS = new RegExp(String.raw`^${RECIPIENTS_LABEL}\s*:?\s*(.*)$`, 'u');
const DISTRIBUTION = new RegExp(String.raw`^${DISTRIBUTION_LABEL}\s*:?\s*(.*)$`, 'u');
const FILED = new RegExp(String.raw`^${FILED_LABEL}\s*:`, 'u');
const DASH_ITEM = /^[-–−•+]\s*(.+)$/u;
const ALL_PREFIXES = [...SIGNATURE_PREFIXES, ...PARTY_SIGNATURE_PREFIXES];
const PREFIX_WORDS = ALL_PREFIXES.map((p) => p.replace(/[./]/g, (c) => `\\${c}`)).join('|');
const PREFIX = new RegExp(`^(${PREFIX_WORDS})\\s*(.+)$`, 'u');
/** A basis line, or one printed as an item ("- Căn cứ Điều lệ Đảng;"). */
const BASIS = new RegExp(String.raw`^(?:[-–]\s*)?${BASIS_WORDS}\s`, 'u');
const PROPOSAL = new RegExp(String.raw`^(?:[-–]\s*)?${PROPOSAL_WORDS}\s`, 'u');
const DECIDES = new RegExp(String.raw`^${DECIDES_WORDS}\s*:?$`, 'u');
const ATTACHED = new RegExp(String.raw`^\(${ATTACHED_NOTE}\b`, 'u');
/** The label of an attached text: "Phụ lục", "Phụ lục số 01:", "PHỤ LỤC II", "Phụ lục: DANH SÁCH …". */
const ANNEX_LABEL = new RegExp(
  String.raw`^${ANNEX_WORD}(?:\s+(?:${NUMBER_WORD}\s+)?[IVX\d]+)?\s*[:.]?(?:\s+\S.*)?$`,
  'iu',
);
/** A line that begins an item of the body: "1.", "I.", "a)", "- ", "Điều 1.". */
const ITEM_START = new RegExp(
  String.raw`^(?:[-–−•+]\s|${POINT_LETTER}\)\s|\d{1,2}(?:\.\d{1,2})*\.\s|[IVX]{1,5}\.\s|${ARTICLE_WORD}\s+\d+\.)`,
  'u',
);
/** A signature name: two to six capitalised words ("Nguyễn Sỹ Chín"). */
const NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5}$/u;
/** A signer's note in brackets: "(Đã ký)", "[đã ký]", "(ký, ghi rõ họ tên)". */
const SIGN_NOTE = /^[([].*[)\]]$/u;

/** Whether a line is written in capitals (and has letters). */
export function isCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && text === text.toUpperCase() && !/\p{Ll}/u.test(text);
}

/** Quốc hiệu as the forms print it, folded: a slip in its accents ("CỘNG HÕA") is still the Quốc hiệu. */
const NATIONAL_FOLDED = new Set(NATIONAL_NAMES.map((name) => fold(name)));
function fold(text: string): string {
  return foldKeepCase(text).toUpperCase().replace(/\s+/g, ' ').trim();
}

/** The registry types by tên loại, and the Party's own types (named only). */
const TYPES_BY_HEADING = new Map(
  DOCUMENT_TYPES.flatMap((type) => (type.heading === null ? [] : [[type.heading, type] as const])),
);
const PARTY_TYPES_BY_HEADING = new Map(PARTY_TYPE_NAMES.map((name) => [typeHeading(name), name]));
const CONG_VAN = DOCUMENT_TYPES.find((type) => type.form === 'cong-van');

function cleanItem(text: string): string {
  return text.replace(/\s*[;.,]$/u, '').trim();
}

// --- the heading, as a table of line rules -----------------------------------------------------

interface HeadingState {
  doc: ParsedDocument;
  /** The part a following line may go on: the "V/v" trích yếu, the tên loại's trích yếu. */
  open: 'vv' | 'heading' | 'subject' | undefined;
  /** Whether a part of the heading has been read (lines before the first are a page's title). */
  started: boolean;
  /** The block of the last trích yếu line. */
  subjectBlock: number;
  /** The heading ends after this line (Kính gửi, "QUYẾT ĐỊNH:"). */
  done: boolean;
}

interface HeadingRule {
  part: Part | 'skip';
  /** Reads the line (and the lines after it that belong to the part); false when it is not the part. */
  read: (
    line: Line,
    state: HeadingState,
    lines: readonly Line[],
    index: number,
  ) => number | boolean;
}

/** Why a trích yếu ends before a line: the form's next part, or the body. */
const SUBJECT_STOPS: readonly ((line: Line, state: HeadingState) => boolean)[] = [
  (line) => RULE.test(line.plain),
  (line) => BASIS.test(line.plain) || PROPOSAL.test(line.plain) || DECIDES.test(line.plain),
  (line) => RECIPIENTS.test(line.plain) || DISTRIBUTION.test(line.plain),
  // An authority line or the body's first heading, in capitals under a trích yếu that is not.
  (line, state) => isCapitals(line.plain) && !isCapitals(state.doc.subject ?? line.plain),
  (line) => ITEM_START.test(line.plain),
  // Once the trích yếu has begun: a new block in capitals after a blank line is the body (a block
  // in lower case goes on), and so is a line longer than any line of a trích yếu.
  (line, state) =>
    state.doc.subject !== undefined &&
    line.first &&
    line.gap &&
    line.block !== state.subjectBlock &&
    !/^[\p{Ll}(]/u.test(line.plain),
  (line, state) =>
    state.doc.subject !== undefined &&
    line.plain.length > SUBJECT_LINE_MAX &&
    /^\p{Lu}/u.test(line.plain),
];

function subjectStops(line: Line, state: HeadingState): boolean {
  return SUBJECT_STOPS.some((stop) => stop(line, state));
}

const HEADING_RULES: readonly HeadingRule[] = [
  {
    // Rules under names and the trích yếu, the "*" under a Party issuer: nothing to read; a rule
    // ends a trích yếu.
    part: 'skip',
    read: (line, state) => {
      if (line.plain !== '' && !RULE.test(line.plain)) return false;
      if (state.doc.subject !== undefined) state.open = undefined;
      return true;
    },
  },
  {
    part: 'nationalHeading',
    read: (line, { doc }) => {
      if (!PARTY.test(line.plain)) return false;
      doc.form = 'party';
      doc.nationalHeading = true;
      return true;
    },
  },
  {
    part: 'nationalHeading',
    read: (line, { doc }) => {
      if (MOTTO.test(line.plain)) return (doc.nationalHeading = true);
      if (!NATIONAL_FOLDED.has(fold(line.plain))) return false;
      doc.nationalHeading = true;
      if (!NATIONAL_NAMES.includes(line.plain))
        doc.slips.push({ part: 'nationalHeading', printed: line.plain });
      return true;
    },
  },
  {
    part: 'number',
    read: (line, { doc }) => {
      if (doc.code !== undefined) return false;
      const state = NUMBER_LINE.exec(line.plain);
      const party = state === null ? PARTY_NUMBER_LINE.exec(line.plain) : null;
      const match = state ?? party;
      if (match === null) return false;
      const number = match[1]!.replace(/[\s.…_]/g, '');
      doc.number = number === '' ? null : number;
      doc.code = match[2]!.replace(/\s+/g, '');
      if (doc.code !== match[2]) doc.slips.push({ part: 'number', printed: line.plain });
      if (party !== null) doc.form = 'party';
      doc.where.number = { at: line.at, text: line.plain };
      return true;
    },
  },
  {
    part: 'placeDate',
    read: (line, { doc }) => {
      if (doc.date !== undefined) return false;
      const match = PLACE_DATE_LINE.exec(line.plain);
      if (match === null) return false;
      doc.place = match[1]!.trim();
      doc.date = {
        year: Number(match[4]),
        ...(match[3] ? { month: Number(match[3]) } : {}),
        ...(match[3] && match[2] ? { day: Number(match[2]) } : {}),
      };
      return true;
    },
  },
  {
    part: 'subject',
    read: (line, state) => {
      const { doc } = state;
      if (doc.subject !== undefined) return false;
      const match = SUBJECT_VV.exec(line.plain);
      if (match === null) return false;
      doc.subject = `${t('importer.word.subjectPrefix')} ${match[1]!.trim()}`;
      if (doc.typeName === undefined && CONG_VAN !== undefined) {
        doc.typeName = CONG_VAN.name;
        doc.type = CONG_VAN;
      }
      state.open = 'vv';
      state.subjectBlock = line.block;
      return true;
    },
  },
  {
    // Kính gửi with all its lines: dash items, and lines that go on an item left open.
    part: 'recipients',
    read: (line, state, lines, index) => {
      const match = RECIPIENTS.exec(line.plain);
      if (match === null) return false;
      const items = match[1]!.trim() === '' ? [] : [match[1]!.trim()];
      let next = index + 1;
      for (; next < lines.length; next++) {
        const candidate = lines[next]!;
        if (candidate.plain === '') continue;
        // A blank line before a new block ends the list, once it has an item.
        if (candidate.first && candidate.gap && items.length > 0) break;
        const dash = DASH_ITEM.exec(candidate.plain);
        const last = items.at(-1);
        if (dash !== null || last === undefined) items.push(dash?.[1] ?? candidate.plain);
        else if (/^\p{Ll}/u.test(candidate.plain) || !/[;.]$/u.test(last))
          items[items.length - 1] = `${last} ${candidate.plain}`;
        else break;
      }
      state.doc.recipients = items.map(cleanItem).filter((item) => item !== '');
      state.doc.where.recipients = { at: line.at, text: line.plain };
      state.done = true;
      return next - index;
    },
  },
  {
    part: 'type',
    read: (line, state) => {
      const { doc } = state;
      if (doc.typeName !== undefined || !isCapitals(line.plain)) return false;
      const type = TYPES_BY_HEADING.get(line.plain);
      const party = doc.form === 'party' ? PARTY_TYPES_BY_HEADING.get(line.plain) : undefined;
      if (type === undefined && party === undefined) return false;
      doc.typeName = type?.name ?? party!;
      if (type !== undefined) doc.type = type;
      state.open = 'heading';
      doc.where.type = { at: line.at, text: line.plain };
      return true;
    },
  },
  {
    part: 'subject',
    read: (line, state) => {
      const { doc } = state;
      if (state.open !== 'heading' || doc.subject !== undefined || doc.issuedBy !== undefined)
        return false;
      const match = ISSUED_BY.exec(line.plain);
      if (match === null) return false;
      // The trích yếu ("về …") may have been joined onto the "của …" line as a run-on sentence.
      const joined = ISSUED_BY_SUBJECT.exec(match[1]!);
      doc.issuedBy = (joined?.[1] ?? match[1]!).trim();
      if (joined) {
        doc.subject = joined[2]!.trim();
        state.open = 'subject';
        state.subjectBlock = line.block;
      }
      return true;
    },
  },
  {
    // A note under the trích yếu naming what the document is attached to.
    part: 'subject',
    read: (line, state) => {
      if (state.open === undefined || !ATTACHED.test(line.plain)) return false;
      state.doc.subjectNotes.push(line.text);
      return true;
    },
  },
  {
    // The "V/v" trích yếu goes on in its block, or in lower case (the lines of its column).
    part: 'subject',
    read: (line, state) => {
      if (state.open !== 'vv') return false;
      if (line.block !== state.subjectBlock && !/^\p{Ll}/u.test(line.plain)) return false;
      state.doc.subject = `${state.doc.subject} ${line.plain}`;
      state.subjectBlock = line.block;
      return true;
    },
  },
  {
    // The trích yếu under the tên loại: its first line, then the lines that go on it.
    part: 'subject',
    read: (line, state) => {
      const { doc } = state;
      if (state.open !== 'heading' && state.open !== 'subject') return false;
      if (subjectStops(line, state)) return false;
      if (doc.subject === undefined) {
        if (line.plain.length > SUBJECT_FIRST_MAX) return false;
        doc.subject = line.plain;
      } else doc.subject = `${doc.subject} ${line.plain}`;
      state.open = 'subject';
      state.subjectBlock = line.block;
      doc.where.subject = { at: line.at, text: line.plain };
      return true;
    },
  },
  {
    // "ỦY BAN NHÂN DÂN" / "TỈNH LAI CHÂU" is one name printed on two lines.
    part: 'organisation',
    read: (line, { doc }) => {
      if (doc.code !== undefined || doc.typeName !== undefined) return false;
      if (!isCapitals(line.plain) || line.plain.length > 80) return false;
      const previous = doc.organisations.length - 1;
      if (previous >= 0 && SPLIT_NAME_END.test(doc.organisations[previous]!))
        doc.organisations[previous] += ` ${line.plain}`;
      else doc.organisations.push(line.plain);
      return true;
    },
  },
  {
    // A Quyết định's (or Nghị quyết's) preamble: authority, Căn cứ …, Theo đề nghị …, QUYẾT ĐỊNH:
    part: 'decision',
    read: (line, state) => {
      const { doc } = state;
      if (doc.form !== 'state' || doc.type?.form !== 'quyet-dinh' || doc.where.type === undefined)
        return false;
      const decision = (doc.decision ??= { bases: [], proposals: [] });
      const text = line.plain;
      if (DECIDES.test(text)) {
        state.done = true;
      } else if (BASIS.test(text)) decision.bases.push(text);
      else if (PROPOSAL.test(text)) decision.proposals.push(text);
      else if (isCapitals(text) && decision.bases.length === 0)
        decision.authority =
          decision.authority === undefined ? text : `${decision.authority} ${text}`;
      else return false;
      state.open = undefined;
      doc.where.decision = { at: line.at, text };
      return true;
    },
  },
];

/** Lines before the heading's first part that are left out (a page's title); more, and it is no heading. */
const SKIPPED_MAX = 3;

function readHeading(lines: readonly Line[], doc: ParsedDocument): number {
  const state: HeadingState = {
    doc,
    open: undefined,
    started: false,
    subjectBlock: -1,
    done: false,
  };
  let i = 0;
  while (i < lines.length && !state.done) {
    const line = lines[i]!;
    if (line.plain.length > HEADING_LINE_MAX) break;
    let consumed: number | boolean = false;
    for (const rule of HEADING_RULES) {
      consumed = rule.read(line, state, lines, i);
      if (consumed !== false) {
        if (rule.part !== 'skip') state.started = true;
        break;
      }
    }
    if (consumed === false) {
      if (state.started || doc.skipped.length >= SKIPPED_MAX || line.plain.length > 300) break;
      doc.skipped.push(line.plain);
      consumed = true;
    }
    i += consumed === true ? 1 : consumed;
  }
  const stop = lines[i];
  if (stop !== undefined) doc.where.headingEnd = { at: stop.at, text: stop.plain };
  return i;
}

// --- the footer: Nơi nhận, the signature, then the annex -----------------------------------------

/** A signature prefix and its authority run onto the end of a line ("Nơi nhận: T/M BAN THƯỜNG VỤ"). */
const RUN_ON_PREFIX = new RegExp(
  `^(.*?\\S)\\s+((?:${PREFIX_WORDS})\\s*\\p{Lu}[\\p{Lu}\\s]*)$`,
  'u',
);
/** A title in capitals and a name run onto the last Nơi nhận item ("… (2b). Trung Anh BỘ TRƯỞNG, CHỦ NHIỆM Mai Tiến Dũng"). */
const RUN_ON_TITLE_NAME =
  /^(.*?\S)\s+((?:\p{Lu}{2,},?\s+)+\p{Lu}{2,})\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5})$/u;
/** A title in capitals (two words or more) run onto the end of a Nơi nhận item ("- Như trên, BÍ THƯ"). */
const RUN_ON_TITLE = /^(.*[,;.):])\s+(\p{Lu}{2,}(?:\s+\p{Lu}+)+)$/u;
/** A signer's name run onto the end of the last Nơi nhận item ("- Lưu VP. Nguyễn Văn A"). */
const RUN_ON_NAME = /^(.*[,;.)])\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,5})$/u;

/** Splits a footer line in which extraction joined a Nơi nhận item and signature lines. */
function splitFooterLine(text: string): string[] {
  if (text.length > HEADING_LINE_MAX) return [text];
  const three = RUN_ON_TITLE_NAME.exec(text);
  if (three && !isCapitals(three[1]!))
    return [three[1]!.trim(), three[2]!.trim(), three[3]!.trim()];
  for (const pattern of [RUN_ON_PREFIX, RUN_ON_TITLE, RUN_ON_NAME]) {
    const match = pattern.exec(text);
    if (match && match[1]!.trim() !== '' && !isCapitals(match[1]!))
      return [match[1]!.trim(), match[2]!.trim()];
  }
  return [text];
}

/** The kinds of footer line, tried in this order. */
type FooterKind = 'label' | 'item' | 'filed' | 'note' | 'signature' | 'name' | 'other';
const FOOTER_RULES: readonly [FooterKind, (text: string) => boolean][] = [
  ['label', (text) => DISTRIBUTION.test(text)],
  ['item', (text) => DASH_ITEM.test(text)],
  ['filed', (text) => FILED.test(text)],
  ['note', (text) => SIGN_NOTE.test(text)],
  ['signature', (text) => isCapitals(text) && text.length <= 60 && !/[;:]$/.test(text)],
  ['name', (text) => NAME.test(text)],
];

function footerKind(text: string): FooterKind {
  return FOOTER_RULES.find(([, test]) => test(text))?.[0] ?? 'other';
}

function isSignatureLine(text: string): boolean {
  const kind = footerKind(text);
  return kind === 'signature' || kind === 'name' || kind === 'note';
}

/** Where the footer starts: the Nơi nhận (and the signature lines just before it), else a signature at the end. */
function footerStart(rest: readonly Line[]): number {
  const distributionAt = rest.findLastIndex((line) => DISTRIBUTION.test(line.plain));
  if (distributionAt >= 0) {
    let start = distributionAt;
    while (start > 0 && isSignatureLine(rest[start - 1]!.plain)) start--;
    return start;
  }
  // No Nơi nhận: a signature block (a prefix, a title, a name) near the end.
  const prefixAt = rest.findLastIndex((line) => PREFIX.test(line.plain) && isCapitals(line.plain));
  if (prefixAt < 0) return rest.length;
  const nameAt = rest.findIndex((line, k) => k > prefixAt && NAME.test(line.plain));
  return nameAt >= 0 && nameAt - prefixAt <= 8 ? prefixAt : rest.length;
}

/** Reads the footer from `start`; returns where the annex begins. */
function readFooter(rest: readonly Line[], start: number, doc: ParsedDocument): number {
  const items: string[] = [];
  const signature: string[] = [];
  let name: string | undefined;
  let listed = false;
  let k = start;
  for (; k < rest.length; k++) {
    const line = rest[k]!;
    if (line.plain === '') continue;
    if (name !== undefined) {
      // After the name only the Nơi nhận list may still come (a list printed after the signature).
      const kind = footerKind(line.plain);
      if (!(kind === 'label' || (listed && (kind === 'item' || kind === 'filed')))) break;
    }
    for (const part of splitFooterLine(line.plain)) {
      const label = DISTRIBUTION.exec(part);
      const text = label === null ? part : label[1]!.trim();
      if (label !== null) {
        listed = true;
        doc.where.distribution = { at: line.at, text: line.plain };
        if (text === '') continue;
      }
      const kind = footerKind(text);
      const last = items.at(-1);
      if (kind === 'item') items.push(DASH_ITEM.exec(text)![1]!);
      else if (kind === 'filed') items.push(text);
      else if (kind === 'note') continue;
      else if (
        listed &&
        last !== undefined &&
        name === undefined &&
        kind !== 'signature' &&
        (/^\p{Ll}/u.test(text) || (!/[;.]$/u.test(last) && kind !== 'name'))
      )
        items[items.length - 1] = `${last} ${text}`;
      else if (kind === 'signature' && name === undefined) signature.push(text);
      else if (kind === 'name' && name === undefined && (signature.length > 0 || listed)) {
        name = text;
        doc.where.signer = { at: line.at, text };
      } else if (listed && name === undefined) items.push(text);
      else if (name === undefined) signature.push(text);
    }
  }
  if (listed) doc.distribution = items.map(cleanItem).filter((item) => item !== '');
  const signer = parseSignature(signature, name);
  if (signer !== undefined) doc.signer = signer;
  return k;
}

/**
 * Reads the signature lines: "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC", "GIÁM ĐỐC", and a deputy's under the
 * collective's line: "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
 */
function parseSignature(
  lines: readonly string[],
  name: string | undefined,
): ParsedSigner | undefined {
  const capitals = lines.filter((line) => isCapitals(line));
  if (capitals.length === 0 && name === undefined) return undefined;
  const signer: ParsedSigner = {};
  if (name !== undefined) signer.name = name;
  let rest = capitals;
  if (rest.length > 2 && PREFIX.test(rest[0]!) && PREFIX.test(rest[1]!)) {
    signer.collective = rest[0]!;
    rest = rest.slice(1);
  }
  const first = rest[0];
  if (first === undefined) return signer;
  const prefixed = PREFIX.exec(first);
  if (prefixed) {
    signer.prefix = prefixed[1] as SignaturePrefix;
    if (rest.length > 1) {
      signer.authority = prefixed[2]!.trim();
      signer.title = rest.slice(1).join(' ');
    } else signer.title = prefixed[2]!.trim();
  } else signer.title = rest.join(' ');
  return signer;
}

/** The blocks of lines, regrouped as the source had them. */
function toBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let current: { block: number; lines: string[]; at: number[] } | undefined;
  for (const line of lines) {
    if (current === undefined || line.block !== current.block) {
      current = { block: line.block, lines: [], at: [] };
      blocks.push({ lines: current.lines, gap: line.gap, at: current.at });
    }
    current.lines.push(line.text);
    current.at.push(line.at);
  }
  return blocks;
}

/**
 * What follows the signature as attached texts: each starts at its label ("Phụ lục II") or, with
 * none, at the first block; a title in capitals and a note "(Kèm theo …)" make its head.
 */
function readAnnexes(lines: readonly Line[]): ParsedAnnex[] {
  const annexes: { head: AnnexHead; blocks: Block[]; open: boolean }[] = [];
  for (const block of toBlocks(lines.filter((line) => /[\p{L}\p{N}]/u.test(line.plain)))) {
    const text = block.lines.map(plain).join(' ');
    let current = annexes.at(-1);
    if (ANNEX_LABEL.test(text)) {
      annexes.push({ head: { label: text }, blocks: [], open: true });
      continue;
    }
    if (current === undefined) {
      current = { head: {}, blocks: [], open: true };
      annexes.push(current);
    }
    if (current.open && current.head.note === undefined) {
      // The head: its title in capitals (a line or more), then its note.
      if (isCapitals(text) && text.length <= 300) {
        current.head.title =
          current.head.title === undefined ? text : `${current.head.title} ${text}`;
        continue;
      }
      if (/^\(.*\)$/u.test(text) && ATTACHED.test(text)) {
        current.head.note = text;
        continue;
      }
    }
    current.open = false;
    current.blocks.push(block);
  }
  return annexes.map(({ head, blocks }) => ({ head, blocks }));
}

/** Recognises the parts of a document in its repaired blocks. */
export function parseDocument(
  blocks: readonly Block[],
  footnotes: readonly string[] = [],
): ParsedDocument {
  const lines: Line[] = blocks.flatMap((block, b) =>
    block.lines.map((text, i) => ({
      text,
      plain: plain(text),
      block: b,
      first: i === 0,
      gap: block.gap,
      at: block.at?.[i] ?? b + 1,
    })),
  );
  const doc: ParsedDocument = {
    form: 'state',
    nationalHeading: false,
    slips: [],
    skipped: [],
    organisations: [],
    subjectNotes: [],
    body: [],
    footnotes: [...footnotes],
    annexes: [],
    where: {},
  };
  const headingEnd = readHeading(lines, doc);
  const rest = lines.slice(headingEnd);
  const start = footerStart(rest);
  if (start < rest.length) doc.where.footer = { at: rest[start]!.at, text: rest[start]!.plain };
  const annexAt = start < rest.length ? readFooter(rest, start, doc) : rest.length;
  doc.body = [
    ...doc.subjectNotes.map((note) => ({ lines: [note], gap: true })),
    ...toBlocks(rest.slice(0, start)),
  ];
  doc.annexes = readAnnexes(rest.slice(annexAt));
  return doc;
}
