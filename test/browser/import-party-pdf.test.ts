import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument, type ImportResult } from '../../scripts/importer/run.ts';
import { artifactPath, launchChromium } from '../support/chromium.ts';
import { PROJECT_DIR } from '../support/project-copy.ts';
import { useImportRoots } from '../support/import-roots.ts';

// A Party directive (HD 36) printed to PDF the way it is laid out on paper: the heading in two
// columns (issuing body with "*" and "Số 27-CT/TU" on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" and the
// place and date on the right), the footer in two columns (Nơi nhận on the left, "T/M BAN THƯỜNG VỤ"
// and the signer on the right). Imported from the PDF, it gives the same cited-document file as the
// plain text of the same directive (test/fixtures/import/chi-thi-dang.txt).

const TEXT_FIXTURE = join(PROJECT_DIR, 'test', 'fixtures', 'import', 'chi-thi-dang.txt');

/** The fixture's paragraphs between the trích yếu and the signature, as HTML paragraphs. */
function bodyHtml(): string {
  const text = readFileSync(TEXT_FIXTURE, 'utf8');
  const body = text.slice(text.indexOf('Thời gian qua'), text.indexOf('T/M BAN THƯỜNG VỤ'));
  return body
    .trim()
    .split(/\n\n/)
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('\n');
}

const PAGE = () => `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  body { font-family: 'Liberation Serif', serif; font-size: 14pt; margin: 2cm 2cm 2cm 3cm; }
  table { width: 100%; border-collapse: collapse; } td { vertical-align: top; width: 50%; }
  .c { text-align: center; } h1 { font-size: 15pt; text-align: center; margin: 1em 0 0; }
  .s { text-align: center; margin: 0; } p { text-align: justify; text-indent: 1cm; margin: 0.4em 0; }
</style></head><body>
<table><tr>
  <td class="c">TỈNH ỦY SƠN HÀ<br><b>BAN THƯỜNG VỤ</b><br>*<br>Số 27-CT/TU</td>
  <td class="c"><b>ĐẢNG CỘNG SẢN VIỆT NAM</b><br><br><br><i>Sơn Hà, ngày 26 tháng 6 năm 2014</i></td>
</tr></table>
<h1>CHỈ THỊ</h1>
<p class="s">của Ban Thường vụ Tỉnh ủy</p>
<p class="s"><b>về đẩy mạnh phong trào thi đua mẫu thử</b><br>(văn bản mẫu thử, không có thật)</p>
<br>
${bodyHtml()}
<br>
<table><tr>
  <td><u>Nơi nhận:</u><br>- Ban Bí thư Trung ương Đảng (mẫu thử),<br>- Các huyện ủy, thành ủy, đảng ủy trực thuộc,<br>- Lưu Văn phòng Tỉnh ủy.</td>
  <td class="c"><b>T/M BAN THƯỜNG VỤ</b><br><b>BÍ THƯ</b><br><br><br><b>Người Ký Mẫu Năm</b></td>
</tr></table>
</body></html>`;

let browser: Browser;
let fromPdf: ImportResult;
let fromText: ImportResult;

const roots = useImportRoots('import-party-pdf-');

beforeAll(async () => {
  browser = await launchChromium();
  const page = await browser.newPage();
  await page.setContent(PAGE());
  const pdf = artifactPath('import', 'chi-thi-dang.pdf');
  writeFileSync(pdf, await page.pdf({ format: 'A4' }));
  fromPdf = await importDocument({ file: pdf, root: roots.root({ campaign: true }), dryRun: true });
  fromText = await importDocument({
    file: TEXT_FIXTURE,
    root: roots.root({ campaign: true }),
    dryRun: true,
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('a Party directive printed in its two-column form and imported from PDF', () => {
  it('is read as a Party document and filed as a cited document', () => {
    expect(fromPdf.kind).toBe('cited');
    expect(fromPdf.file).toBe('content/documents/chi-thi-27-ct-tu.mdx');
    const report = fromPdf.report.join('\n');
    expect(report).toContain('Hướng dẫn 36-HD/VPTW');
    expect(report).toContain('[có]      Chữ ký: T/M BAN THƯỜNG VỤ BÍ THƯ, Người Ký Mẫu Năm');
  });

  it('gives the same file as the plain text of the same directive', () => {
    expect(fromPdf.content).toBe(fromText.content);
  });
});
