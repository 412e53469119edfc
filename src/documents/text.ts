import { fold } from '../vietnamese/fold.ts';

/** Makes an ASCII Vietnamese slug: `Chỉ thị số 34-CT/TW` → `chi-thi-so-34-ct-tw`. */
export function slugify(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A name as a sentence starts with it: "phong trào thi đua" → "Phong trào thi đua". */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A word or name as a sentence writes it: "Công văn" → "công văn"; an abbreviation ("UBND") stays. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Escapes a literal string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The named character references the HTML the project reads is written with (Pagefind's excerpts, mammoth's .docx HTML). */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Decodes the character references of HTML text: `&amp;` and the other names above, and every
 * numeric one (`&#39;`, `&#x27;`); an unknown name stays as written. Pagefind and mammoth escape
 * only these, so the full table of HTML names (the `entities` package) would add nothing but
 * bytes to the search page.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x?[\da-f]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name] ?? whole;
    // `0x27` reads as hexadecimal, `039` as decimal; anything else is NaN, and stays as written.
    const code = Number(`0${name.slice(1)}`);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
