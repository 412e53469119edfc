import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/dev/static-server.mjs';
import { importDocument, type ImportResult } from '../../scripts/importer/run.ts';
import { artifactPath, launchChromium } from '../support/chromium.ts';
import { PROJECT_DIR } from '../support/project-copy.ts';
import { assertBuilt, DIST_DIR } from '../support/site.ts';
import { splitFrontMatter } from '../../src/content-disk/content-files.ts';

// Round trip through paper: the built /cong-van/ page printed to PDF by Chromium (as a reader prints
// it) and imported back gives the content file's text and metadata. The PDF has a text layer, page
// breaks that split sentences and the cited documents' printed addresses; the importer repairs all.

let browser: Browser;
let server: Awaited<ReturnType<typeof startStaticServer>>;
let result: ImportResult;

const split = (file: string) => splitFrontMatter(file)!;
const withoutEmphasis = (text: string) => text.replace(/\*/g, '').trim();

beforeAll(async () => {
  assertBuilt();
  server = await startStaticServer({ root: DIST_DIR, port: 0 });
  browser = await launchChromium();
  const page = await browser.newPage();
  expect((await page.goto(`${server.url}cong-van/`))?.status()).toBe(200);
  await page.emulateMedia({ media: 'print' });
  const pdf = artifactPath('import', 'cong-van.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  // The project has this letter: the import recognises it, and --force (a dry run) reads it again.
  result = await importDocument({ file: pdf, root: PROJECT_DIR, dryRun: true, force: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the printed letter imported back', () => {
  const launch = readFileSync(join(PROJECT_DIR, 'content', 'letter', 'cong-van.mdx'), 'utf8');

  it('gives the same body text', () => {
    // A line break after a hyphen cannot tell "1949-10/10/2024" from the seed's slip "2004- 01/01/2024"
    // (the break eats the space), so a space after a hyphen between numbers is not compared.
    const text = (mdx: string) =>
      withoutEmphasis(mdx)
        .replace(/(\d)- (\d)/g, '$1-$2')
        .trimEnd();
    expect(text(split(result.content).body)).toBe(text(split(launch).body));
  });

  it('finds every part of the heading, the signature and Nơi nhận on the page itself', () => {
    const front = split(result.content).yaml;
    for (const field of [
      'parentBody: "UBND TỈNH LAI CHÂU"',
      'issuer: "SỞ CÔNG THƯƠNG"',
      'number: null',
      'code: "SCT-VP"',
      'date: "2023-06"',
      '  name: "Nguyễn Sỹ Chín"',
      '  - "Lưu: VT, VP"',
    ]) {
      expect(front).toContain(field);
    }
    expect(front).not.toContain('suy ra');
  });

  it('repairs what printing does (sentences split by page breaks) and finds no address in the letter', () => {
    const report = result.report.join('\n');
    expect(report).toMatch(/nối \d+ câu bị ngắt trang/);
    // The printed letter carries its own words only (print.css prints no link address inside it).
    expect(report).not.toContain('địa chỉ in kèm');
    expect(result.content).not.toContain('http');
  });
});
