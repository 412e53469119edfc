import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGEFIND_WORKER_FILE, SITE_WORDS_FILE } from '../../src/constants.ts';
import {
  checkBundle,
  checkPagefindVersion,
  CHECKED_PAGEFIND_VERSION,
  PagefindVersionError,
} from '../../src/integrations/pagefind-guard.ts';
import { indexSite } from '../../src/integrations/pagefind.ts';

/** What the guard must say: the version found, the version checked and what to run to upgrade. */
function expectUpgradeMessage(error: unknown, found: string): void {
  expect(error).toBeInstanceOf(PagefindVersionError);
  const message = (error as Error).message;
  expect(message).toContain(`Pagefind ${found}`);
  expect(message).toContain(CHECKED_PAGEFIND_VERSION);
  expect(message).toContain('docs/upgrading.md');
  expect(message).toContain('npm test');
  expect(message).toContain('CHECKED_PAGEFIND_VERSION');
}

describe('the Pagefind version guard', () => {
  it('accepts the version it was checked against', () => {
    expect(() => checkPagefindVersion(CHECKED_PAGEFIND_VERSION)).not.toThrow();
  });

  it('refuses any other version, naming it, the checked one and what to run on an upgrade', () => {
    for (const found of ['1.6.1', '1.5.2', '2.0.0']) {
      let thrown: unknown;
      try {
        checkPagefindVersion(found);
      } catch (error) {
        thrown = error;
      }
      expectUpgradeMessage(thrown, found);
    }
    expect(() => checkPagefindVersion(undefined)).toThrow(PagefindVersionError);
  });

  it('is the version package.json pins exactly, and the one installed', () => {
    const pinned = (
      JSON.parse(readFileSync('package.json', 'utf8')) as {
        devDependencies: Record<string, string>;
      }
    ).devDependencies['pagefind'];
    expect(pinned).toBe(CHECKED_PAGEFIND_VERSION);
    const installed = (
      JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as {
        version: string;
      }
    ).version;
    expect(installed).toBe(CHECKED_PAGEFIND_VERSION);
  });
});

describe('every build checks the bundle Pagefind wrote', () => {
  let dir = '';
  const page = (title: string) =>
    `<!doctype html><html lang="vi"><body><main data-pagefind-body><h1>${title}</h1><p>Nội dung về ${title.toLowerCase()} của xã.</p></main></body></html>`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pagefind-guard-'));
    await mkdir(join(dir, 'tin'), { recursive: true });
    await writeFile(join(dir, 'index.html'), page('Ngày hội văn hóa'));
    await writeFile(join(dir, 'tin', 'index.html'), page('Giữ gìn đường làng'));
    await writeFile(join(dir, 'tim-kiem.html'), '<html><body><main>Tìm</main></body></html>');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('indexes the pages, passes the guard and writes the site words', async () => {
    const { pages } = await indexSite(dir);
    expect(pages).toBe(2);
    expect(existsSync(join(dir, 'pagefind', PAGEFIND_WORKER_FILE))).toBe(true);
    const words = (await readFile(join(dir, 'pagefind', SITE_WORDS_FILE), 'utf8')).split('\n');
    expect(words).toEqual(expect.arrayContaining(['ngay', 'hoi', 'duong', 'lang', 'xa']));
  }, 60_000);

  it('fails the build on a Pagefind it was not checked against, with the upgrade message', async () => {
    // The installed Pagefind stands for an upgraded one: the build was checked against 9.9.9.
    const failed = await indexSite(dir, { checked: '9.9.9' }).catch((error: unknown) => error);
    expect(failed).toBeInstanceOf(PagefindVersionError);
    expect((failed as Error).message).toContain(`Pagefind ${CHECKED_PAGEFIND_VERSION}`);
    expect((failed as Error).message).toContain('9.9.9');
    expect((failed as Error).message).toContain('docs/upgrading.md');
  }, 60_000);

  it('fails on a bundle of another version, and on one without the worker the page starts', async () => {
    const bundle = join(dir, 'pagefind');
    await indexSite(dir);
    const entryFile = join(bundle, 'pagefind-entry.json');
    const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { version: string };
    await writeFile(entryFile, JSON.stringify({ ...entry, version: '1.7.0' }));
    expectUpgradeMessage(await checkBundle(bundle).catch((e: unknown) => e), '1.7.0');
    await writeFile(entryFile, JSON.stringify(entry));
    await expect(checkBundle(bundle)).resolves.toBeUndefined();
    await rm(join(bundle, PAGEFIND_WORKER_FILE));
    await expect(checkBundle(bundle)).rejects.toThrow(PAGEFIND_WORKER_FILE);
  }, 60_000);
});
