// The printed lines of a campaign document in its NĐ 30 form, computed once for the web page and the
// .docx, so both say the same words. Pure functions over the parsed front matter; no Astro imports, and
// explicit `.ts` extensions so Node (the importer, the .docx generator) can load this file directly.
import { t } from '../i18n/index.ts';
import type { Signer } from '../schemas/letter.ts';
import { documentType, type DocumentType } from '../schemas/document-types.ts';
import { distributionLines, numberLine, placeDateLine } from './letter.ts';
import type { PartialDate } from '../schemas/common.ts';

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
    { authority: string; bases: readonly string[]; proposal?: string | undefined } | undefined;
  annexes?: readonly FormAnnex[] | undefined;
  signer: Signer;
  distribution: readonly string[];
}

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
  motto: string;
  placeDate: string;
  /** Tên loại and the trích yếu under it ("KẾ HOẠCH" / "Thực hiện …"); null for a công văn. */
  heading: { name: string; subject: string } | null;
  /** A Quyết định's authority line, Căn cứ lines, Theo đề nghị line and "QUYẾT ĐỊNH:". */
  preamble: { authority: string; bases: string[]; proposal: string | null; decides: string } | null;
  recipientsLabel: string;
  /** The recipients after "Kính gửi:"; null when the document has none. */
  recipients: string[] | null;
  /** The signature block's capital lines ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), then the name. */
  signature: { lines: string[]; name: string };
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
 * signer's title ("PHÓ GIÁM ĐỐC"); without an authority the prefix joins the title ("Q. GIÁM ĐỐC").
 */
export function signatureLines(signer: Signer): string[] {
  if (signer.prefix === undefined) return [signer.title];
  if (signer.authority === undefined) return [`${signer.prefix} ${signer.title}`];
  return [`${signer.prefix} ${signer.authority}`, signer.title];
}

/** The form's printed lines. */
export function formLines(input: FormInput): FormLines {
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
            proposal: decision.proposal ?? null,
            decides: t('forms.decides'),
          },
    recipientsLabel: t('forms.recipients'),
    recipients: input.recipients && input.recipients.length > 0 ? [...input.recipients] : null,
    signature: { lines: signatureLines(input.signer), name: input.signer.name },
    distributionLabel: t('forms.distribution'),
    distribution: distributionLines(input.distribution),
  };
}
