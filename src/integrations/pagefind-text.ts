// The words Pagefind indexes in a page, read from the HTML the build hands it, as Pagefind 1.6 reads
// it (pagefind/src/fossick/parser.rs and splitting.rs): the text inside `data-pagefind-body`, less
// the elements marked `data-pagefind-ignore` and those Pagefind always drops, plus the values of
// `data-pagefind-meta` and the first <h1> (the title). The build writes the site's syllables from
// them (site-words.txt) and sizes Pagefind's index chunks by them, without reading the index back.
// These rules are Pagefind's, so the version guard (pagefind-guard.ts) covers this file too.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { fold } from '../vietnamese/fold.ts';
import { isSyllable } from '../vietnamese/syllable.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Elements whose text Pagefind never indexes (REMOVE_SELECTORS). */
const REMOVED = new Set(
  'head style script noscript label form svg footer nav iframe template'.split(' '),
);
/** Elements Pagefind sets apart from their neighbours with a space (SENTENCE_SELECTORS, br). */
const SPACED = new Set('h1 h2 h3 h4 h5 h6 p td div ul li article section br'.split(' '));

const isElement = (node: Node): node is Element => 'tagName' in node;
const attribute = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

/** The values of a `data-pagefind-meta` attribute: "ma[data-ma], title" → the values they name. */
function metaValues(el: Element): string[] {
  const spec = attribute(el, 'data-pagefind-meta');
  if (spec === undefined) return [];
  return spec.split(',').flatMap((part) => {
    const pair = /^\s*[^:[\]]+\[(.+)\]\s*$/.exec(part);
    if (pair) return [attribute(el, pair[1]!.trim()) ?? ''];
    const [, value] = part.split(':');
    return value === undefined ? [] : [value];
  });
}

/** What Pagefind indexes of one page: its body text and its meta values (the title among them). */
export interface IndexedText {
  body: string;
  meta: string[];
}

/** The text Pagefind indexes in a page; undefined for a page without `data-pagefind-body`. */
export function indexedText(html: string): IndexedText | undefined {
  const body: string[] = [];
  const meta: string[] = [];
  let title: string[] | undefined;
  let found = false;
  /** Walks a subtree, adding its indexed text to each of `outs` (the body, the title). */
  const walk = (node: Node, outs: string[][]): void => {
    if (!isElement(node)) {
      if (node.nodeName === '#text')
        for (const out of outs) out.push((node as { value: string }).value);
      const children = 'childNodes' in node ? node.childNodes : [];
      for (const child of children) walk(child, outs);
      return;
    }
    const ignore = attribute(node, 'data-pagefind-ignore');
    if (ignore === 'all' || REMOVED.has(node.tagName)) return;
    meta.push(...metaValues(node));
    let into = outs.filter((out) => out !== body);
    const isBody = attribute(node, 'data-pagefind-body') !== undefined;
    if (isBody) found = true;
    if (ignore === undefined && (isBody || outs.includes(body))) into.push(body);
    // Pagefind's title is the text of the first <h1> with any, ignored or not.
    const heading = node.tagName === 'h1' && title === undefined ? [] : undefined;
    if (heading) into = [...into, heading];
    const spaced = SPACED.has(node.tagName);
    if (spaced) for (const out of into) out.push(' ');
    for (const child of node.childNodes) walk(child, into);
    if (spaced) for (const out of into) out.push(' ');
    if (heading?.join('').trim()) title = heading;
  };
  walk(parse(html), []);
  if (!found) return undefined;
  if (title !== undefined) meta.unshift(title.join('').replace(/\s+/g, ' ').trim());
  return { body: body.join(''), meta };
}

/** ASCII punctuation, which Pagefind reads as a break inside a word (get_discrete_words). */
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g;

/**
 * The words Pagefind indexes for one whitespace-separated word (get_indexable_words): its letters
 * and digits run together ("34-CT/TW" → "34cttw") and, when it holds punctuation or a capital after
 * its first letter, its parts of two or more characters ("34", "ct", "tw").
 */
export function indexableWords(raw: string): string[] {
  const joined = [...raw].filter((c) => /[\p{L}\p{N}]/u.test(c)).join('');
  const words = joined === '' ? [] : [joined];
  if (!/[^\p{L}\p{N}]/u.test(raw) && !/\p{Lu}/u.test([...raw].slice(1).join(''))) return words;
  const parts = raw
    .replace(ASCII_PUNCTUATION, ' ')
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, '$1$3 $2$4')
    .split(/\s+/)
    .filter((part) => Buffer.byteLength(part) > 1);
  return [...words, ...parts];
}

/** Every word Pagefind indexes in a page, in order, repeated as often as it stands there. */
export function pageWords({ body, meta }: IndexedText): string[] {
  return [body, ...meta].flatMap((text) =>
    text
      .split(/\s+/)
      .filter(Boolean)
      .flatMap(indexableWords)
      .map((w) => fold(w)),
  );
}

/**
 * The syllables of the site, folded, sorted, one a line: what the search page may respell a query
 * into (SITE_WORDS_FILE). Codes, numbers and foreign words are left out; they have no confusions of
 * sounds.
 */
export function siteWords(words: Iterable<string>): string {
  const syllables = new Set<string>();
  for (const word of words) if (/^[a-z]{1,7}$/.test(word) && isSyllable(word)) syllables.add(word);
  return [...syllables].sort().join('\n') + '\n';
}

/**
 * How many word locations Pagefind counts for a page when it cuts its index into chunks
 * (chunk_index: each word's locations on a page, plus one per page that holds it).
 */
export function wordLocations(words: string[]): number {
  return words.length + new Set(words).size;
}
