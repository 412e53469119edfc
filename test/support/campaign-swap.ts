import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { indexedText, pageWords } from '../../src/integrations/pagefind-text.ts';
import { codeAliases, encodeHtmlForIndex } from '../../src/search/search-text.ts';
import { docxText, unzipEntry, zipEntryNames } from './docx.ts';
import { splitFrontMatter } from '../../src/content-disk/content-files.ts';
import { slugify } from '../../src/documents/text.ts';

// The swap checks' tools: the words that only one campaign says (read from its content/ folder), and a
// scan of every file a build writes, or of any text, for them.

/** A file's YAML front matter. */
function frontMatter(path: string): Record<string, unknown> {
  const block = splitFrontMatter(readFileSync(path, 'utf8'))?.yaml ?? '';
  return parse(block) as Record<string, unknown>;
}

/** The front matter of every MDX file of a content folder (none if the folder is absent). */
function frontMatters(dir: string): Record<string, unknown>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => frontMatter(join(dir, name)));
}

/** Runs of two or more capitalised words: proper names in running text ("Sơn Hà", "Hồ Chí Minh"). */
function properNames(text: string): string[] {
  return text.match(/\p{Lu}\p{Ll}*(?:[ \u00a0]+\p{Lu}\p{Ll}*)+/gu) ?? [];
}

/**
 * The words that name the campaign of a content/ folder and no other: its publisher, province and
 * department, its name, the proper names of its theme, spirit and anniversaries, the anniversaries'
 * titles and years, its cited documents' codes and titles, its documents' signers and codes.
 */
export function distinctiveWords(contentDir: string): string[] {
  const [campaign] = parse(readFileSync(join(contentDir, 'campaign.yaml'), 'utf8')) as Record<
    string,
    string
  >[];
  if (campaign === undefined) throw new Error(`${contentDir}/campaign.yaml holds no campaign`);
  const anniversariesFile = join(contentDir, 'anniversaries.yaml');
  const anniversaries = existsSync(anniversariesFile)
    ? (parse(readFileSync(anniversariesFile, 'utf8')) as { title: string; years: number }[])
    : [];
  const { publisher = '', parentBody = '', name = '', shortName = '' } = campaign;
  const words = [
    publisher,
    parentBody,
    shortName,
    name.replace(/^phong trào\s+/i, ''),
    /tỉnh (.+)$/.exec(publisher)?.[1] ?? '',
    /^Sở (.+?) tỉnh /.exec(publisher)?.[1] ?? '',
    ...[campaign['theme'] ?? '', campaign['spirit'] ?? ''].flatMap(properNames),
    ...anniversaries.flatMap((a) => [a.title, `${a.years} năm`, ...properNames(a.title)]),
    ...frontMatters(join(contentDir, 'documents')).flatMap((d) => [
      String(d['shortTitle']),
      ...(typeof d['identifier'] === 'string' ? [d['identifier']] : []),
    ]),
    ...frontMatters(join(contentDir, 'letter')).flatMap((l) => [
      (l['signer'] as { name: string }).name,
      String(l['code']),
    ]),
  ];
  return [...new Set(words.map((w) => w.trim()).filter((w) => w.length > 0))];
}

/**
 * The words as an address, a slug, a search reading or an identifier would write them, without
 * diacritics: a proper name of two words or more with hyphens, spaces or nothing between ("Sơn Hà":
 * `son-ha`, `son ha`, `sonha`), a code in lower case (`KH-SGDĐT`: `kh-sgddt`). Other words (years,
 * counts) have no such form worth looking for.
 */
export function asciiForms(words: readonly string[]): string[] {
  const forms = words.flatMap((word) => {
    if (/^\p{Lu}\p{Ll}*(?:\s+\p{L}+)+$/u.test(word)) {
      const slug = slugify(word);
      return [slug, slug.replace(/-/g, ' '), slug.replace(/-/g, '')];
    }
    if (/^[\p{Lu}\d]+(?:[-/.][\p{Lu}\d]+)+$/u.test(word) && /\p{Lu}/u.test(word))
      return [slugify(word)];
    return [];
  });
  return [...new Set(forms)];
}

/** The code aliases the search index holds for the cited documents of a content/ folder ("34cttw"). */
export function distinctiveIndexWords(contentDir: string): string[] {
  return frontMatters(join(contentDir, 'documents')).flatMap((d) =>
    typeof d['identifier'] === 'string'
      ? codeAliases(d['identifier']).filter((alias) => /\d/.test(alias))
      : [],
  );
}

/**
 * The files of a campaign's content folder as code could name them: every content file's name
 * (`ke-hoach.mdx`) and the ids long enough to be this campaign's own (four parts or more, or a
 * number: `chi-thi-27-ct-tu`), not a word any campaign uses (`ke-hoach`, `van-phong-so`).
 */
export function campaignFileNames(contentDir: string): string[] {
  const names: string[] = [];
  for (const folder of ['letter', 'focus-areas', 'guidance', 'documents']) {
    const dir = join(contentDir, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.mdx'))) {
      const id = file.replace(/\.mdx$/, '');
      names.push(file);
      if (id.split('-').length >= 4 || /\d/.test(id)) names.push(id);
    }
  }
  return [...new Set(names)];
}

/** A word as a sentence may write it: as given, and with its first letter in either case. */
function spellings(word: string): string[] {
  const [first = ''] = [...word];
  const rest = word.slice(first.length);
  return [
    ...new Set([word, first.toLocaleLowerCase('vi') + rest, first.toLocaleUpperCase('vi') + rest]),
  ];
}

/** Where a word was found: the file (relative to the scanned folder) and the part of it. */
export interface Finding {
  file: string;
  word: string;
}

/** Pagefind's files: gzip of a signature and the content (JSON for fragments, CBOR otherwise). */
const PAGEFIND = /\.(pf_fragment|pf_meta|pf_index|pf_filter)$/;
/** Text files a build writes. */
const TEXT = new Set(['.html', '.xml', '.json', '.txt', '.js', '.css', '.svg', '.webmanifest']);

/**
 * The text a reader, a crawler or a search could get out of a built file: a text file as it is, every
 * XML part of a .docx (and the running text of its body), a Pagefind file inflated with its đ
 * written back (the index writes it as d + U+0335).
 */
export function readableText(path: string): string | undefined {
  const ext = extname(path);
  if (TEXT.has(ext)) return readFileSync(path, 'utf8');
  if (ext === '.docx') {
    const zip = readFileSync(path);
    return zipEntryNames(zip)
      .filter((name) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map((name) => {
        const xml = unzipEntry(zip, name);
        return name.startsWith('word/') ? `${xml}\n${docxText(xml)}` : xml;
      })
      .join('\n');
  }
  if (PAGEFIND.test(path))
    return gunzipSync(readFileSync(path))
      .toString('utf8')
      .replace(/d\u0335/g, 'đ')
      .replace(/D\u0335/g, 'Đ');
  return undefined;
}

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Each word with the pattern that finds it, in each spelling, as a whole word. */
function wordPatterns(words: readonly string[]): { word: string; pattern: RegExp }[] {
  return words.map((word) => ({
    word,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${spellings(word)
        .map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
        .join('|')})(?![\\p{L}\\p{N}])`,
      'u',
    ),
  }));
}

/** The words, of `words`, that a text names (in each spelling, as whole words). */
export function scanText(text: string, words: readonly string[]): string[] {
  return wordPatterns(words)
    .filter(({ pattern }) => pattern.test(text))
    .map(({ word }) => word);
}

/**
 * Scans every file of a built site for the words, in each spelling, as whole words. Also reports the
 * files it cannot read, so that none goes unseen.
 */
export function scanBuild(
  dir: string,
  words: readonly string[],
): { findings: Finding[]; unread: string[] } {
  const findings: Finding[] = [];
  const unread: string[] = [];
  const patterns = wordPatterns(words);
  for (const file of filesUnder(dir)) {
    const text = readableText(join(dir, file));
    if (text === undefined) {
      unread.push(file);
      continue;
    }
    for (const { word, pattern } of patterns) if (pattern.test(text)) findings.push({ file, word });
  }
  return { findings, unread };
}

/**
 * Every word a build hands to Pagefind, folded as Pagefind indexes them ("34cttw", "chau"): the
 * text of each built page read as Pagefind reads it (src/integrations/pagefind-text.ts, checked
 * against Pagefind itself by test/unit/pagefind-text.test.ts).
 */
export async function indexedWords(distDir: string): Promise<Set<string>> {
  const words = new Set<string>();
  for (const file of filesUnder(distDir).filter((f) => f.endsWith('.html'))) {
    const text = indexedText(encodeHtmlForIndex(await readFile(join(distDir, file), 'utf8')));
    if (text !== undefined) for (const word of pageWords(text)) words.add(word);
  }
  return words;
}
