// The document types a campaign document may have, with the form (NĐ 30/2020/NĐ-CP) each is laid out in.
// Facts: shared/facts/document-forms.md (type codes: Phụ lục III §I; Kính gửi: Phụ lục I II.9).
// Imports carry explicit `.ts` extensions so Node can load this file directly (the importer does).
import { t } from '../i18n/index.ts';

/**
 * The three layouts of NĐ 30: a công văn (trích yếu "V/v …" under the number, no tên loại), a văn bản
 * có tên loại (Mẫu 1.4: "KẾ HOẠCH" centred, the trích yếu under it) and a Quyết định (Mẫu 1.2: authority
 * line, "Căn cứ …", "QUYẾT ĐỊNH:", Điều 1., Điều 2. …).
 */
export type DocumentForm = 'cong-van' | 'ten-loai' | 'quyet-dinh' | 'dang';

/** Whether the form has a "Kính gửi:" line: always (công văn), when sent upward (tờ trình, báo cáo), never. */
export type RecipientsRule = 'required' | 'optional' | 'none';

export interface DocumentType {
  /** ASCII id, used in CSS classes and file names: `ke-hoach`. */
  id: string;
  /** The name written in a content file's `type`: `Kế hoạch`. */
  name: string;
  /** The type's code in the số, ký hiệu (`KH` in `87/KH-SCT`); null for a công văn, which has none. */
  code: string | null;
  form: DocumentForm;
  /** Tên loại as printed at the head of the form (`KẾ HOẠCH`); null for a công văn. */
  heading: string | null;
  recipients: RecipientsRule;
}

/** Every type the site knows, công văn first. */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  {
    id: 'cong-van',
    name: t('forms.type.cong-van'),
    code: null,
    form: 'cong-van',
    heading: null,
    recipients: 'required',
  },
  {
    id: 'quyet-dinh',
    name: t('forms.type.quyet-dinh'),
    code: t('forms.code.quyet-dinh'),
    form: 'quyet-dinh',
    heading: t('forms.heading.quyet-dinh'),
    recipients: 'none',
  },
  {
    id: 'chi-thi',
    name: t('forms.type.chi-thi'),
    code: t('forms.code.chi-thi'),
    form: 'ten-loai',
    heading: t('forms.heading.chi-thi'),
    recipients: 'none',
  },
  {
    id: 'ke-hoach',
    name: t('forms.type.ke-hoach'),
    code: t('forms.code.ke-hoach'),
    form: 'ten-loai',
    heading: t('forms.heading.ke-hoach'),
    recipients: 'none',
  },
  {
    id: 'bao-cao',
    name: t('forms.type.bao-cao'),
    code: t('forms.code.bao-cao'),
    form: 'ten-loai',
    heading: t('forms.heading.bao-cao'),
    recipients: 'optional',
  },
  {
    id: 'thong-bao',
    name: t('forms.type.thong-bao'),
    code: t('forms.code.thong-bao'),
    form: 'ten-loai',
    heading: t('forms.heading.thong-bao'),
    recipients: 'none',
  },
  {
    id: 'huong-dan',
    name: t('forms.type.huong-dan'),
    code: t('forms.code.huong-dan'),
    form: 'ten-loai',
    heading: t('forms.heading.huong-dan'),
    recipients: 'none',
  },
  {
    id: 'chuong-trinh',
    name: t('forms.type.chuong-trinh'),
    code: t('forms.code.chuong-trinh'),
    form: 'ten-loai',
    heading: t('forms.heading.chuong-trinh'),
    recipients: 'none',
  },
  {
    id: 'to-trinh',
    name: t('forms.type.to-trinh'),
    code: t('forms.code.to-trinh'),
    form: 'ten-loai',
    heading: t('forms.heading.to-trinh'),
    recipients: 'optional',
  },
  {
    id: 'phuong-an',
    name: t('forms.type.phuong-an'),
    code: t('forms.code.phuong-an'),
    form: 'ten-loai',
    heading: t('forms.heading.phuong-an'),
    recipients: 'none',
  },
  {
    id: 'de-an',
    name: t('forms.type.de-an'),
    code: t('forms.code.de-an'),
    form: 'ten-loai',
    heading: t('forms.heading.de-an'),
    recipients: 'none',
  },
];

/** The names a content file may give as its `type`, in registry order. */
export const DOCUMENT_TYPE_NAMES = DOCUMENT_TYPES.map((type) => type.name) as [string, ...string[]];

/** The registry entry of a type name; undefined for a name the site does not know. */
export function documentType(name: string): DocumentType | undefined {
  return DOCUMENT_TYPES.find((type) => type.name === name);
}

/** The signature prefixes of NĐ 30 Điều 13 / Phụ lục I II.7: thay mặt, ký thay, thừa lệnh, quyền, thừa ủy quyền. */
export const SIGNATURE_PREFIXES = ['TM.', 'KT.', 'TL.', 'Q.', 'TUQ.'] as const;

/**
 * The signature prefixes of a Party document (HD 36-HD/VPTW): thay mặt, ký thay, thừa lệnh, thừa ủy
 * quyền, written with a slash, unlike the state's "TM.", "KT." (facts/document-forms.md §6).
 */
export const PARTY_SIGNATURE_PREFIXES = ['T/M', 'K/T', 'T/L', 'TUQ'] as const;
