/** Strips Vietnamese tone and vowel marks and folds đ/Đ to d/D, keeping case. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/\u0111/g, 'd') // đ
    .replace(/\u0110/g, 'D') // Đ
    .normalize('NFC');
}

/** Makes an ASCII Vietnamese slug: `Chỉ thị số 34-CT/TW` → `chi-thi-so-34-ct-tw`. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
