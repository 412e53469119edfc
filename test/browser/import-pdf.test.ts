import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/dev/static-server.mjs';
import { importDocument, type ImportResult } from '../../scripts/importer/run.ts';
import { artifactPath, launchChromium } from '../support/chromium.ts';
import { FIXTURE_CAMPAIGN } from '../support/fixture-campaigns.ts';
import { fixtureSite } from '../support/fixture-site.ts';
import { splitFrontMatter } from '../../src/content-disk/content-files.ts';

// Round trip through paper: the fixture site's launch plan printed to PDF by Chromium (as a reader
// prints it) and imported back gives the content file's text and metadata. The PDF has a text layer,
// page breaks that split sentences and the cited documents' printed addresses; the importer repairs
// all.

let browser: Browser;
let server: Awaited<ReturnType<typeof startStaticServer>>;
let result: ImportResult;

const split = (file: string) => splitFrontMatter(file)!;
const withoutEmphasis = (text: string) => text.replace(/\*/g, '').trim();

beforeAll(async () => {
  server = await startStaticServer({ root: fixtureSite().dist, port: 0 });
  browser = await launchChromium();
  const page = await browser.newPage();
  expect((await page.goto(`${server.url}ke-hoach/`))?.status()).toBe(200);
  await page.emulateMedia({ media: 'print' });
  const pdf = artifactPath('import', 'ke-hoach.pdf');
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  // Into the fixture site's copy, whose campaign.yaml says whose document it is. The copy has this
  // plan: the import recognises it, and --force (a dry run, nothing written) reads it again.
  result = await importDocument({ file: pdf, root: fixtureSite().dir, dryRun: true, force: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the printed plan imported back', () => {
  const launch = readFileSync(join(FIXTURE_CAMPAIGN, 'letter', 'ke-hoach.mdx'), 'utf8');

  it('gives the same body text', () => {
    // A line break after a hyphen cannot tell "1949-10/10/2024" from a slip such as "2004- 01/01/2024"
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
      'parentBody: "UBND TỈNH SƠN HÀ"',
      'issuer: "SỞ GIÁO DỤC VÀ ĐÀO TẠO"',
      'number: "12"',
      'code: "KH-SGDĐT"',
      'date: "2025-02-14"',
      '  name: "Người Ký Mẫu Sáu"',
      '  - "Lưu: VT, VP"',
    ]) {
      expect(front).toContain(field);
    }
    expect(front).not.toContain('suy ra');
  });

  it('repairs what printing does (sentences split by page breaks) and finds no address in the letter', () => {
    const report = result.report.join('\n');
    expect(report).toMatch(/nối \d+ câu bị ngắt trang/);
    // The printed plan carries its own words only (print.css prints no link address inside it).
    expect(report).not.toContain('địa chỉ in kèm');
    expect(result.content).not.toContain('http');
  });
});
