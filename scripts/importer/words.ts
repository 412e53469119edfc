// The Vietnamese words the importer recognises a document by, as pieces of regular expressions built
// from the dictionary: the form's fixed words where the site prints them too (forms.ts, documents.ts),
// the importer's own single words (`importer.word.…`) and the lists of src/vietnamese/document-parts.ts.
// Each piece is escaped and matches the words as printed; the patterns around them are the parser's.
import { t, vi } from '../../src/i18n/index.ts';
import {
  ATTACHED_NOTE_OPENINGS,
  SUBJECT_OPENINGS,
  BODY_WORDS,
  ISSUER_STOP_WORDS,
  NATIONAL_NAMES,
  POINT_LETTERS,
  PROPOSAL_OPENINGS,
  SPLIT_NAME_ENDINGS,
} from '../../src/vietnamese/document-parts.ts';
import { DOCUMENT_TYPES } from '../../src/schemas/document-types.ts';
import { escapeRegExp } from '../../src/documents/text.ts';

/** A printed word as a pattern, without the colon the form writes after a label ("Kính gửi:"). */
function word(text: string): string {
  return escapeRegExp(text.replace(/\s*:$/u, ''));
}

/** One of several printed words, tried in the order given. */
function anyOf(texts: readonly string[]): string {
  return `(?:${texts.map(escapeRegExp).join('|')})`;
}

/** The fixed words of a template between its placeholders ("ngày {day} tháng {month} …" → ngày, tháng). */
function fixedWords(template: string): string[] {
  return template
    .split(/\{\w+\}/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The dash between the parts of the tiêu ngữ as extraction gives it: hyphen or en dash, any spacing,
 * or lost, leaving spaces ("Độc lập  Tự do  Hạnh phúc").
 */
const MOTTO_DASH = String.raw`(?:\s*[-–]\s*|\s+)`;
/** The parts of the tiêu ngữ, as the form prints them between dashes. */
const mottoParts = t('forms.motto').split(' - ').map(escapeRegExp);

/** Quốc hiệu, in any spelling it is printed in. */
export const NATIONAL_NAME = anyOf(NATIONAL_NAMES);
/** The first four words of the Quốc hiệu, enough to split it off a line it ran onto. */
export const NATIONAL_NAME_START = anyOf(
  NATIONAL_NAMES.map((name) => name.split(' ').slice(0, 4).join(' ')),
);
/** Tiêu ngữ ("Độc lập - Tự do - Hạnh phúc"), with any dash between its parts. */
export const MOTTO_WORDS = mottoParts.join(MOTTO_DASH);
/** The first two parts of the tiêu ngữ, enough to split it off a line it ran onto. */
export const MOTTO_START = mottoParts.slice(0, 2).join(MOTTO_DASH);
/** The heading of a Party document, in place of the Quốc hiệu. */
export const PARTY_NAME = word(t('importer.word.partyName'));

/** The word before the number and code of the heading ("Số: …/SCT-VP"). */
export const NUMBER_LABEL = word(fixedWords(vi['documents.letter.numberLine'])[0]!);
/** The words of a date as the heading writes it ("ngày 20 tháng 11 năm 2023"), in that order. */
export const [DAY_WORD, MONTH_WORD, YEAR_WORD] = fixedWords(vi['documents.date.heading']).map(
  word,
) as [string, string, string];
/** The word that opens a Party document's trích yếu under its tên loại ("về đẩy mạnh …"). */
export const SUBJECT_ABOUT = word(t('importer.word.about'));
/** The words that open a công văn's trích yếu ("V/v phát động …"). */
export const SUBJECT_PREFIX = word(t('importer.word.subjectPrefix'));
/** The end of a body's name whose printed heading goes on with the place ("ỦY BAN NHÂN DÂN" / "TỈNH …"). */
export const SPLIT_NAME_ENDING = anyOf(SPLIT_NAME_ENDINGS);

export const RECIPIENTS_LABEL = word(t('forms.recipients'));
export const DISTRIBUTION_LABEL = word(t('forms.distribution'));
/** The last line of the Nơi nhận list, the copy kept on file ("Lưu: VT, VP"). */
export const FILED_LABEL = word(t('importer.word.filed'));

/** A Quyết định's preamble: its bases ("Căn cứ …"), the proposal, and "QUYẾT ĐỊNH:" before the articles. */
export const BASIS_WORDS = word(t('importer.word.basis'));
export const PROPOSAL_WORDS = anyOf(PROPOSAL_OPENINGS);
/** The lines that end a preamble: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:" (the registry's). */
export const DECIDES_WORDS = anyOf([
  ...new Set(
    DOCUMENT_TYPES.flatMap((type) =>
      type.decides === undefined ? [] : [type.decides.replace(/\s*:$/u, '')],
    ),
  ),
]);
/** The note under a trích yếu naming what it is attached to: "(Ban hành kèm theo …)". */
export const ATTACHED_NOTE = anyOf(ATTACHED_NOTE_OPENINGS);

/** The word that opens an article ("Điều 1."). */
export const ARTICLE_WORD = word(t('documents.word.article'));
/** One letter that numbers a point ("a)", "đ)"). */
export const POINT_LETTER = `[${POINT_LETTERS}]`;
/** The heading of an attached list ("Phụ lục II"). */
export const ANNEX_WORD = word(t('importer.word.annex'));
/** The word between a document's type and its number ("Phụ lục số 01", "Chỉ thị số 34"). */
export const NUMBER_WORD = word(t('documents.numberWord'));
/** The word before a page number ("Trang 4"). */
export const PAGE_WORD = word(t('importer.word.page'));

/** The word before a cited document's issuer ("… của Bộ Chính trị"). */
export const ISSUER_OF = word(t('importer.word.issuerOf'));
/** Words that end an issuer's name in a citation. */
export const ISSUER_STOP_WORD = anyOf(ISSUER_STOP_WORDS);
/** Words that begin the name of a body that issues documents. */
export const BODY_WORD = anyOf(BODY_WORDS);
/** The first word of an issuer printed in capitals that is a sở of the provincial UBND ("SỞ CÔNG THƯƠNG"). */
export const DEPARTMENT = word(t('importer.word.department'));

/** The words a trích yếu opens with before what it is about ("V/v", "Về việc"), and the space after. */
export const SUBJECT_OPENING = new RegExp(
  `^${anyOf([...SUBJECT_OPENINGS].sort((a, b) => b.length - a.length))}\\s+`,
  'iu',
);
