// The printed lines of a campaign document in its NĐ 30 form, computed once for the web page and the
// .docx, so both say the same words. Pure functions over the parsed front matter; no Astro imports, and
// explicit `.ts` extensions so Node (the importer, the .docx generator) can load this file directly.
import { t } from '../i18n/index.ts';
import type { Signer } from '../schemas/letter.ts';
import { documentType, type DocumentType } from '../schemas/document-types.ts';
import { dashedLines, numberLine, placeDateLine, recipientLines } from './letter.ts';
import type { PartialDate } from '../schemas/common.ts';
import type { DocumentText } from '../schemas/document.ts';
import { slugify } from './text.ts';

/** The front-matter fields the form prints (a parsed content file, or what the importer found). */
export interface FormInput {
  type: string;
  number: string | null;
  code: string;
  parentBody: string;
  issuer: string;
  place: string;
  date: PartialDate;
  subject: string;
  recipients?: readonly string[] | undefined;
  decision?:
    | {
        authority: string;
        bases: readonly string[];
        proposal?: string | readonly string[] | undefined;
      }
    | undefined;
  annexes?: readonly FormAnnex[] | undefined;
  signer: Signer;
  distribution: readonly string[];
}

/**
 * What the form prints: a campaign document's front matter, or a cited document's whose copy may stop
 * before the signature (no signer) or have no Nơi nhận (an empty distribution).
 */
export type PrintedInput = Omit<FormInput, 'signer'> & { signer?: Signer | undefined };

export interface FormAnnex {
  label?: string | undefined;
  title: string;
  note?: string | undefined;
  columns: readonly string[];
  rows: readonly (readonly string[])[];
}

/** Every printed line of the form except the body, in reading order within each part. */
export interface FormLines {
  type: DocumentType;
  parentBody: string;
  issuer: string;
  number: string;
  /** The công văn's "V/v …" under the number; null in the other forms. */
  subjectUnderNumber: string | null;
  nationalName: string;
  /** The tiêu ngữ; empty in the Party form, which has none. */
  motto: string;
  /** The Party form's "*" under the issuer; null in the state forms. */
  issuerMark?: string | null;
  placeDate: string;
  /** Tên loại and the trích yếu under it ("KẾ HOẠCH" / "Thực hiện …"); null for a công văn. */
  heading: { name: string; subject: string; issuer?: string | null } | null;
  /** A Quyết định's authority line, Căn cứ lines, Theo đề nghị lines and "QUYẾT ĐỊNH:". */
  preamble: { authority: string; bases: string[]; proposals: string[]; decides: string } | null;
  recipientsLabel: string;
  /** The recipients after "Kính gửi:" as printed (several are dashed lines); null when there are none. */
  recipients: string[] | null;
  /** The signature block's capital lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), then the name; null when
   * the copy has none. */
  signature: { lines: string[]; name: string } | null;
  distributionLabel: string;
  distribution: string[];
}

/** The registry entry of a document's type; throws for a type the schema would have refused. */
export function typeOf(input: Pick<FormInput, 'type'>): DocumentType {
  const type = documentType(input.type);
  if (type === undefined) throw new Error(`unknown document type "${input.type}"`);
  return type;
}

/**
 * The signature's capital lines: the prefix with the authority ("KT. GIÁM ĐỐC") on its own line above the
 * signer's title ("PHÓ GIÁM ĐỐC"); without an authority the prefix joins the title ("Q. GIÁM ĐỐC"). The
 * collective a deputy signs for comes first ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH").
 */
export function signatureLines(signer: Signer): string[] {
  const collective = signer.collective === undefined ? [] : [signer.collective];
  if (signer.prefix === undefined) return [...collective, signer.title];
  if (signer.authority === undefined) return [...collective, `${signer.prefix} ${signer.title}`];
  return [...collective, `${signer.prefix} ${signer.authority}`, signer.title];
}

/** The signature block as the form prints it, or null when the copy has none. */
function signatureOf(signer: Signer | undefined): FormLines['signature'] {
  return signer === undefined ? null : { lines: signatureLines(signer), name: signer.name };
}

/** The lines after the Căn cứ: one ("Theo đề nghị của …") or several. */
function proposalLines(proposal: string | readonly string[] | undefined): string[] {
  return proposal === undefined ? [] : typeof proposal === 'string' ? [proposal] : [...proposal];
}

/** The form's printed lines. */
export function formLines(input: PrintedInput): FormLines {
  const type = typeOf(input);
  const decision = type.form === 'quyet-dinh' ? input.decision : undefined;
  return {
    type,
    parentBody: input.parentBody,
    issuer: input.issuer,
    number: numberLine(input),
    subjectUnderNumber: type.form === 'cong-van' ? input.subject : null,
    nationalName: t('forms.nationalName'),
    motto: t('forms.motto'),
    placeDate: placeDateLine(input),
    heading: type.heading === null ? null : { name: type.heading, subject: input.subject },
    preamble:
      decision === undefined
        ? null
        : {
            authority: decision.authority,
            bases: [...decision.bases],
            proposals: proposalLines(decision.proposal),
            decides: type.decides ?? t('forms.decides'),
          },
    recipientsLabel: t('forms.recipients'),
    recipients: recipientLines(input.recipients),
    signature: signatureOf(input.signer),
    distributionLabel: t('forms.distribution'),
    distribution: dashedLines(input.distribution),
  };
}

/** A cited document whose full text the site publishes: its front matter as the form needs it. */
export interface CitedFormInput {
  type: string;
  subject: string;
  text: DocumentText;
}

/**
 * A cited document as its form needs it, when the site publishes its text; undefined otherwise. A text
 * always has its trích yếu (checkCitedText refuses `subject: null` beside `text`).
 */
export function citedFormInput(data: {
  type: string;
  subject: string | null;
  text?: DocumentText | undefined;
}): CitedFormInput | undefined {
  if (data.text === undefined || data.subject === null) return undefined;
  return { type: data.type, subject: data.subject, text: data.text };
}

/** The top-left lines: the parent body above the issuer, or the issuer alone. */
function issuerLines(text: DocumentText): { parentBody: string; issuer: string } {
  if (text.issuerLine === undefined) return { parentBody: '', issuer: text.parentBody ?? '' };
  return { parentBody: text.parentBody ?? '', issuer: text.issuerLine };
}

/** The số, ký hiệu as the document prints it: `27-CT/TU` (Party), `45/QĐ-UBND` (state). */
export function printedIdentifier(text: Pick<DocumentText, 'form' | 'number' | 'code'>): string {
  return `${text.number ?? '…'}${text.form === 'party' ? '-' : '/'}${text.code}`;
}

/** A cited state document as the campaign forms' input (type from the NĐ 30 registry). */
export function citedStateInput(doc: CitedFormInput): PrintedInput {
  const { text } = doc;
  const { parentBody, issuer } = issuerLines(text);
  return {
    type: doc.type,
    number: text.number,
    code: text.code,
    parentBody,
    issuer,
    place: text.place,
    date: text.date,
    subject: doc.subject,
    recipients: text.recipients,
    decision: text.decision,
    signer:
      text.signer === undefined
        ? undefined
        : { ...text.signer, prefix: text.signer.prefix as Signer['prefix'] },
    distribution: text.distribution ?? [],
  };
}

/**
 * The printed lines of a cited document with its text: a state document in its NĐ 30 form, a Party
 * document in the form of Hướng dẫn 36-HD/VPTW ("ĐẢNG CỘNG SẢN VIỆT NAM" top right over a rule, the
 * issuer top left with "*" under it, "Số 27-CT/TU", the tên loại with "của …" and the trích yếu).
 */
export function citedFormLines(doc: CitedFormInput): FormLines {
  const { text } = doc;
  if (text.form === 'state') return formLines(citedStateInput(doc));
  const { parentBody, issuer } = issuerLines(text);
  const name = doc.type.toLocaleUpperCase('vi');
  return {
    type: {
      id: slugify(doc.type),
      name: doc.type,
      code: null,
      form: 'dang',
      heading: name,
      recipients: 'optional',
    },
    parentBody,
    issuer,
    issuerMark: t('forms.party.issuerMark'),
    number: t('forms.party.numberLine', { identifier: printedIdentifier(text) }),
    subjectUnderNumber: null,
    nationalName: t('forms.party.name'),
    motto: '',
    placeDate: placeDateLine(text),
    heading: {
      name,
      subject: doc.subject,
      issuer:
        text.headingIssuer === undefined
          ? null
          : t('forms.party.headingIssuer', { issuer: text.headingIssuer }),
    },
    preamble: null,
    recipientsLabel: t('forms.recipients'),
    recipients: recipientLines(text.recipients),
    signature: signatureOf(text.signer as Signer | undefined),
    distributionLabel: t('forms.distribution'),
    distribution: dashedLines(text.distribution ?? []),
  };
}
