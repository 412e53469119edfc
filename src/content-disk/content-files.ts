// Reads content files outside Astro's content layer: the build hooks (citation targets) and the
// importer. One splitter of a file's YAML front matter from its body, one lenient reader, one list of
// a folder's content files, so every reader agrees on what a content file is.
// Imports carry explicit `.ts` extensions so Node can load this file directly (the importer does).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The front matter block at the start of a file, between two `---` lines. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A content file split into its YAML front matter (as text) and its body. */
export interface SplitContent {
  yaml: string;
  body: string;
}

/** Splits a content file's text; undefined when it has no front matter block. */
export function splitFrontMatter(source: string): SplitContent | undefined {
  const match = FRONT_MATTER.exec(source);
  if (match === null) return undefined;
  return { yaml: match[1]!, body: source.slice(match[0].length) };
}

/** The front matter as an object; throws the YAML parser's error on YAML that does not parse. */
export function parseFrontMatter(yaml: string): Record<string, unknown> {
  const value: unknown = parse(yaml);
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** A YAML file's value (content/campaign.yaml, content/tests/checks.yaml…); throws the parser's error. */
export function readYamlFile(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

/** The front matter of a file, or undefined when it has none that parses (the schema reports those). */
export function readFrontMatter(path: string): Record<string, unknown> | undefined {
  const split = splitFrontMatter(readFileSync(path, 'utf8'));
  if (split === undefined) return undefined;
  try {
    return parseFrontMatter(split.yaml);
  } catch {
    return undefined;
  }
}

/** The content files of a folder (`*.md`, `*.mdx`, not starting with `_`), sorted; none when it is absent. */
export function contentFileNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .sort();
}

/** Each content file of a folder with its front matter (empty when it has none that parses). */
export function readContentDir(dir: string): { name: string; data: Record<string, unknown> }[] {
  return contentFileNames(dir).map((name) => ({
    name,
    data: readFrontMatter(join(dir, name)) ?? {},
  }));
}
