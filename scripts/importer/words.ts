// The Vietnamese words the importer recognises a document by, as pieces of regular expressions built
// from the dictionary: the form's fixed words where the site prints them too (forms.ts, documents.ts),
// the importer's own single words (`importer.word.…`) and the lists of src/vietnamese/document-parts.ts.
// Each piece is escaped and matches the words as printed; the patterns around them are the parser's.
import { t, vi } from '../../src/i18n/index.ts';
import {
  BODY_WORDS,
  CITED_TYPES,
  ISSUER_STOP_WORDS,
  NATIONAL_NAMES,
  OTHER_HEADINGS,
  POINT_LETTERS,
  PROPOSAL_OPENINGS,
} from '../../src/vietnamese/document-parts.ts';
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

/** The dash between the parts of the tiêu ngữ as extraction gives it: hyphen or en dash, any spacing. */
const MOTTO_DASH = String.raw`\s*[-–]\s*`;
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
/** The words that open a công văn's trích yếu ("V/v phát động …"). */
export const SUBJECT_PREFIX = word(t('importer.word.subjectPrefix'));
/** Tên loại of types the site does not publish. */
export const OTHER_HEADING = anyOf(OTHER_HEADINGS);

export const RECIPIENTS_LABEL = word(t('forms.recipients'));
export const DISTRIBUTION_LABEL = word(t('forms.distribution'));
/** The last line of the Nơi nhận list, the copy kept on file ("Lưu: VT, VP"). */
export const FILED_LABEL = word(t('importer.word.filed'));

/** A Quyết định's preamble: its bases ("Căn cứ …"), the proposal, and "QUYẾT ĐỊNH:" before the articles. */
export const BASIS_WORDS = word(t('importer.word.basis'));
export const PROPOSAL_WORDS = anyOf(PROPOSAL_OPENINGS);
export const DECIDES_WORD = word(t('forms.decides'));

/** The word that opens an article ("Điều 1."). */
export const ARTICLE_WORD = word(t('documents.word.article'));
/** One letter that numbers a point ("a)", "đ)"). */
export const POINT_LETTER = `[${POINT_LETTERS}]`;
/** The heading of an attached list ("Phụ lục II"). */
export const ANNEX_WORD = word(t('importer.word.annex'));
/** The word before a page number ("Trang 4"). */
export const PAGE_WORD = word(t('importer.word.page'));

/** The types a citation names, as alternatives to capture. */
export const CITED_TYPE = CITED_TYPES.map(escapeRegExp).join('|');
/** The word between a cited document's type and its number ("Chỉ thị số 34-CT/TW"). */
export const NUMBER_WORD = word(t('documents.numberWord'));
/** The word before a cited document's issuer ("… của Bộ Chính trị"). */
export const ISSUER_OF = word(t('importer.word.issuerOf'));
/** Words that end an issuer's name in a citation. */
export const ISSUER_STOP_WORD = anyOf(ISSUER_STOP_WORDS);
/** Words that begin the name of a body that issues documents. */
export const BODY_WORD = anyOf(BODY_WORDS);
/** The first word of an issuer printed in capitals that is a sở of the provincial UBND ("SỞ CÔNG THƯƠNG"). */
export const DEPARTMENT = word(t('importer.word.department'));
