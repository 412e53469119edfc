import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { CitationTarget } from '../lib/citations';

/**
 * Reads the cited documents' front matter (type, identifier, aliases) so the citation linker knows what
 * to look for before Astro's content layer has loaded; the content schema validates the rest.
 */
export function loadCitationTargets(dir: string): CitationTarget[] {
  const files = readdirSync(dir)
    .filter((name) => /^[^_].*\.mdx?$/.test(name))
    .sort();
  return files.map((name) => {
    const path = join(dir, name);
    const where = relative(process.cwd(), path);
    const source = readFileSync(path, 'utf8');
    const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
    if (block === undefined) throw new Error(`${where}: thiếu phần front matter (--- … ---)`);
    let data: Record<string, unknown>;
    try {
      const parsed: unknown = parse(block);
      data =
        typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
    } catch (error) {
      throw new Error(`${where}: front matter không đọc được: ${(error as Error).message}`);
    }
    const { type, identifier, aliases = [] } = data;
    if (typeof type !== 'string' || type === '')
      throw new Error(`${where}: trường "type" phải là chuỗi không rỗng`);
    if (identifier !== null && typeof identifier !== 'string') {
      throw new Error(`${where}: trường "identifier" phải là chuỗi hoặc null`);
    }
    if (!Array.isArray(aliases) || !aliases.every((a) => typeof a === 'string')) {
      throw new Error(`${where}: trường "aliases" phải là danh sách chuỗi`);
    }
    return { id: name.replace(/\.mdx?$/, ''), type, identifier, aliases };
  });
}
