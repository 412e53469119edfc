/**
 * How the code compares Vietnamese text, one function for each way: words without their marks
 * (lower case, or keeping case for a slug's or a name's letters), and the one key of a document's
 * số, ký hiệu. Pure functions, run in the browser (search), the build and the importer.
 */
import { D_STROKE, D_STROKE_CAPITAL } from './orthography.ts';

/** Without tone and vowel marks, đ/Đ as d/D, case kept: `Đảng bộ` → `Dang bo`. */
export function foldKeepCase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replaceAll(D_STROKE, 'd')
    .replaceAll(D_STROKE_CAPITAL, 'D')
    .normalize('NFC');
}

/**
 * Lower case without tone and vowel marks, đ as d: how Pagefind compares words (`Đổi mới` →
 * `doi moi`). The same as foldKeepCase in lower case, written on its own because the search page
 * runs it on every word and carries its bytes.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replaceAll(D_STROKE, 'd');
}

/** The runs of letters and digits of a số, ký hiệu, lower case: `34-CT/TW` → `34`, `ct`, `tw`. */
export function identifierParts(identifier: string): string[] {
  return (identifier.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map((part) =>
    part.toLowerCase(),
  );
}

/**
 * The one key of a số, ký hiệu: its letters and digits in lower case, without separators
 * (`34-CT/TW`, `34/CT-TW` and `34 CT TW` are all `34cttw`). The citation linker looks documents up
 * by it, and the search index names a page by it.
 */
export function identifierKey(identifier: string): string {
  return identifierParts(identifier).join('');
}
