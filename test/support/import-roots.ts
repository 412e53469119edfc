// Temporary project roots for importer tests: each import runs in a root of its own, holding what
// the importer reads of the project (the cited documents, optionally campaign.yaml)
// and an empty content/letter/, so a test sees exactly what one import writes.
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { parseFrontMatter, splitFrontMatter } from '../../src/content-disk/content-files.ts';
import { PROJECT_DIR } from './project-copy.ts';

export interface RootOptions {
  /** Copy the site's content/campaign.yaml (who the publisher is). */
  campaign?: boolean;
}

export interface ImportRoots {
  /** A fresh project root. */
  root(options?: RootOptions): string;
  /** A path in the scratch folder, for input files a test writes. */
  path(name: string): string;
}

/**
 * Registers a scratch folder for the calling test file (made before its tests, removed after) and
 * returns a maker of fresh roots and paths inside it.
 */
export function useImportRoots(prefix: string): ImportRoots {
  let scratch: string | undefined;
  let made = 0;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), prefix));
  });
  afterAll(() => {
    if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
  });
  const folder = () => {
    if (scratch === undefined) throw new Error('useImportRoots: use it inside tests or hooks');
    return scratch;
  };
  const root = ({ campaign = false }: RootOptions = {}) => {
    const root = join(folder(), `root-${++made}`);
    cpSync(join(PROJECT_DIR, 'content', 'documents'), join(root, 'content', 'documents'), {
      recursive: true,
    });
    if (campaign)
      cpSync(join(PROJECT_DIR, 'content', 'campaign.yaml'), join(root, 'content', 'campaign.yaml'));
    mkdirSync(join(root, 'content', 'letter'), { recursive: true });
    return root;
  };
  return { root, path: (name) => join(folder(), name) };
}

/** Every file under a root's content/ with its contents, to prove a refused import wrote nothing. */
export function snapshot(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[path.slice(root.length)] = readFileSync(path, 'utf8');
    }
  };
  walk(join(root, 'content'));
  return files;
}

/** A written content file as its front matter and its trimmed body. */
export function splitContent(file: string): { data: Record<string, unknown>; body: string } {
  const split = splitFrontMatter(file);
  if (split === undefined) return { data: {}, body: '' };
  return { data: parseFrontMatter(split.yaml), body: split.body.trim() };
}
