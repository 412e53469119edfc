// Front matter of a campaign document (content/letter/*.mdx): the launch công văn, a plan, a report,
// a notice, a decision. The `type` picks the NĐ 30 form the page and the .docx are laid out in
// (./document-types.ts); an unknown type fails the build, naming the file and listing the known types.
//
// Fields:
// - title: the site's name for the document ("Công văn phát động …"), used in menus and lists.
// - type: the type name from the registry ("Công văn", "Kế hoạch", "Báo cáo", "Quyết định" …).
// - number: the registration number ("87"); null when the signed copy leaves it blank ("Số: …/SCT-VP").
// - code: the ký hiệu after the "/": "SCT-VP" for a công văn, type code first otherwise ("KH-SCT", "QĐ-SCT").
// - parentBody, issuer: the two lines at the top left ("UBND TỈNH LAI CHÂU" / "SỞ CÔNG THƯƠNG").
// - place, date: "Lai Châu, ngày … tháng 6 năm 2023"; the date may be partial ("2023-06": day unknown).
// - subject: the trích yếu: "V/v …" for a công văn, the line under the tên loại otherwise ("Về việc …").
// - recipients: the "Kính gửi:" lines; required by a công văn, absent from forms that have none.
// - decision: a Quyết định's preamble: the authority line ("GIÁM ĐỐC SỞ CÔNG THƯƠNG"), the "Căn cứ …"
//   lines (each as printed, ending ";") and the "Theo đề nghị của …" line (or lines, a list). The
//   articles (Điều 1., khoản 1., điểm a)) are the MDX body, and an attached text (Phụ lục) after them,
//   in a <section data-annex> the page prints after the signature.
// - annexes: attached lists as tables (the awarded collectives and individuals): a label ("Phụ lục I"),
//   a title in capitals, an optional italic note ("(Kèm theo Quyết định số …)"), the column heads and
//   the rows, each row one cell per column.
// - signer: prefix (TM., KT., TL., Q., TUQ.), the authority after it ("KT. GIÁM ĐỐC"), the signer's own
//   title ("PHÓ GIÁM ĐỐC") and name. Without an authority the prefix joins the title: "Q. GIÁM ĐỐC".
//   A deputy who signs for a collective has its line above, as printed: collective "TM. ỦY BAN NHÂN
//   DÂN" over "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH" (NĐ 30 Phụ lục I §V).
// - distribution: the "Nơi nhận:" list, one line per item, the last being "Lưu: …".
// - draftingUnit: the unit that drafted the text, when known.
// - description: one sentence for search engines and lists.
// - route: the ASCII slug of the page (/cong-van/).
// - order: the position among documents of the same date (lists are in date order).
import { z } from 'astro/zod';
import { t } from '../i18n/index.ts';
import { partialDateSchema, slugSchema } from './common.ts';
import { DOCUMENT_TYPE_NAMES, SIGNATURE_PREFIXES } from './document-types.ts';

const line = z.string().min(1);

/** A table attached to a document (Phụ lục): the rows of a list such as the awarded collectives. */
export const annexSchema = z.object({
  label: line.optional(),
  title: line,
  note: line.optional(),
  columns: z.array(line).min(1),
  rows: z.array(z.array(z.string())).min(1),
});

/** The signature block (NĐ 30 Điều 13; Phụ lục I II.7). */
export const signerSchema = z.object({
  collective: line.optional(),
  prefix: z.enum(SIGNATURE_PREFIXES).optional(),
  authority: line.optional(),
  title: line,
  name: line,
});

/**
 * A Quyết định's (or a Nghị quyết's) preamble (Phụ lục III Mẫu 1.1, 1.2): the authority line, the
 * "Căn cứ …" lines and the line or lines after them ("Theo đề nghị của …", "Trên cơ sở …").
 */
export const decisionSchema = z.object({
  authority: line,
  bases: z.array(line).min(1),
  proposal: z.union([line, z.array(line).min(1)]).optional(),
});

export const letterSchema = z.object({
  title: line,
  type: z.enum(DOCUMENT_TYPE_NAMES, {
    error: (issue) =>
      t('forms.error.unknownType', {
        type: String(issue.input),
        known: DOCUMENT_TYPE_NAMES.join(', '),
      }),
  }),
  number: z.union([line, z.null()]),
  code: line,
  parentBody: line,
  issuer: line,
  place: line,
  date: partialDateSchema,
  subject: line,
  recipients: z.array(line).min(1).optional(),
  decision: decisionSchema.optional(),
  annexes: z.array(annexSchema).default([]),
  signer: signerSchema,
  distribution: z.array(line).min(1),
  draftingUnit: line.optional(),
  description: line,
  route: slugSchema,
  order: z.number().int().nonnegative().default(0),
});

export type Signer = z.output<typeof signerSchema>;
