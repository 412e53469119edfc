// The language of the site: every reader-facing string is keyed here and looked up through t().
// Dictionaries live in ./vi/, one file per area of the site, merged below; a key that is used but
// missing is a type error, and test/unit/i18n.test.ts fails on a key defined but never used.
import { archive } from './vi/archive.ts';
import { documents } from './vi/documents.ts';
import { errors } from './vi/errors.ts';
import { forms } from './vi/forms.ts';
import { header } from './vi/header.ts';
import { importer } from './vi/importer.ts';
import { pages } from './vi/pages.ts';
import { search } from './vi/search.ts';
import { site } from './vi/site.ts';

/** The Vietnamese dictionary: every key of every area. */
export const vi = {
  ...site,
  ...pages,
  ...header,
  ...documents,
  ...search,
  ...errors,
  ...importer,
  ...forms,
  ...archive,
} as const;

export type Dictionary = typeof vi;
export type StringKey = keyof Dictionary;

/** The `{name}` placeholders of a string, as a union of names (never when it has none). */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The parameters a key takes: none, or one value for each of its placeholders. */
export type ParamsOf<K extends StringKey> = [Placeholders<Dictionary[K]>] extends [never]
  ? []
  : [params: Record<Placeholders<Dictionary[K]>, string | number>];

/** Looks up a string and fills its `{name}` placeholders. */
export function t<K extends StringKey>(key: K, ...[params]: ParamsOf<K>): string {
  const template: string = vi[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String((params as Record<string, string | number>)[name]) : whole,
  );
}

/** The raw templates of some keys, for browser code that receives its strings from the page. */
export function pick<K extends StringKey>(keys: readonly K[]): { [P in K]: Dictionary[P] } {
  return Object.fromEntries(keys.map((k) => [k, vi[k]])) as { [P in K]: Dictionary[P] };
}

/**
 * A string with one part of it rendered by the page (a link, a `<time>`): the text before and after
 * the `{slot}` placeholder, the other placeholders filled. `{link}` and `{end}` are such slots.
 */
export function tAround<K extends StringKey, S extends Placeholders<Dictionary[K]>>(
  key: K,
  slot: S,
  params: Record<Exclude<Placeholders<Dictionary[K]>, S>, string | number>,
): [before: string, after: string] {
  const filled = (t as (key: StringKey, params: Record<string, string | number>) => string)(key, {
    ...params,
    [slot]: `{${slot}}`,
  });
  const [before = '', after = ''] = filled.split(`{${slot}}`);
  return [before, after];
}
