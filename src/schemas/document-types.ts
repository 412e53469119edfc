// The document types a campaign document may have, with the form (NĐ 30/2020/NĐ-CP) each is laid out in.
// Facts: shared/facts/document-forms.md (type codes: Phụ lục III §I; Kính gửi: Phụ lục I II.9).
// Imports carry explicit `.ts` extensions so Node can load this file directly (the importer does).
import { t, type StringKey } from '../i18n/index.ts';

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
  /** The line that ends a Quyết định-form preamble before the articles: "QUYẾT ĐỊNH:", "QUYẾT NGHỊ:". */
  decides?: string;
}

/**
 * The registry as data, one row per type: id (its name and code are the dictionary's
 * `forms.type.<id>` and `forms.code.<id>`), form, Kính gửi rule. Phụ lục III's types in its order,
 * then the legal documents a Sở cites by number (Nghị định, Thông tư), laid out as văn bản có tên
 * loại. A Nghị quyết (cá biệt) has the Quyết định's preamble and ends it with "QUYẾT NGHỊ:".
 */
const TYPE_TABLE: readonly (readonly [
  id: string,
  form: DocumentForm,
  recipients: RecipientsRule,
])[] = [
  ['cong-van', 'cong-van', 'required'],
  ['nghi-quyet', 'quyet-dinh', 'none'],
  ['quyet-dinh', 'quyet-dinh', 'none'],
  ['chi-thi', 'ten-loai', 'none'],
  ['quy-che', 'ten-loai', 'none'],
  ['quy-dinh', 'ten-loai', 'none'],
  ['thong-cao', 'ten-loai', 'none'],
  ['thong-bao', 'ten-loai', 'none'],
  ['huong-dan', 'ten-loai', 'none'],
  ['chuong-trinh', 'ten-loai', 'none'],
  ['ke-hoach', 'ten-loai', 'none'],
  ['phuong-an', 'ten-loai', 'none'],
  ['de-an', 'ten-loai', 'none'],
  ['du-an', 'ten-loai', 'none'],
  ['bao-cao', 'ten-loai', 'optional'],
  ['bien-ban', 'ten-loai', 'none'],
  ['to-trinh', 'ten-loai', 'optional'],
  ['hop-dong', 'ten-loai', 'none'],
  ['cong-dien', 'ten-loai', 'optional'],
  ['ban-ghi-nho', 'ten-loai', 'none'],
  ['ban-thoa-thuan', 'ten-loai', 'none'],
  ['giay-uy-quyen', 'ten-loai', 'none'],
  ['giay-moi', 'ten-loai', 'optional'],
  ['giay-gioi-thieu', 'ten-loai', 'optional'],
  ['giay-nghi-phep', 'ten-loai', 'none'],
  ['phieu-gui', 'ten-loai', 'optional'],
  ['phieu-chuyen', 'ten-loai', 'optional'],
  ['phieu-bao', 'ten-loai', 'optional'],
  ['nghi-dinh', 'ten-loai', 'none'],
  ['thong-tu', 'ten-loai', 'none'],
];

/** The tên loại of a type name: the name in capitals ("Kế hoạch" → "KẾ HOẠCH"). */
export function typeHeading(name: string): string {
  return name.toLocaleUpperCase('vi');
}

/** Every type the site knows, công văn first. */
export const DOCUMENT_TYPES: readonly DocumentType[] = TYPE_TABLE.map(([id, form, recipients]) => {
  const name = t(`forms.type.${id}` as Extract<StringKey, `forms.type.${string}`>);
  return {
    id,
    name,
    code:
      form === 'cong-van'
        ? null
        : t(`forms.code.${id}` as Extract<StringKey, `forms.code.${string}`>),
    form,
    heading: form === 'cong-van' ? null : typeHeading(name),
    recipients,
    ...(form === 'quyet-dinh'
      ? { decides: t(id === 'nghi-quyet' ? 'forms.resolves' : 'forms.decides') }
      : {}),
  };
});

/**
 * The types of a Party document (Hướng dẫn 36-HD/VPTW) besides the registry's: a Party document is
 * drawn in its own form whatever its type, so these need only their names.
 */
export const PARTY_TYPE_NAMES: readonly string[] = [
  t('forms.type.ket-luan'),
  t('forms.type.thong-tri'),
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
