import { fold } from '../vietnamese/fold.ts';

/** Makes an ASCII Vietnamese slug: `Chỉ thị số 34-CT/TW` → `chi-thi-so-34-ct-tw`. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
