// The Word copy of a campaign document in the NĐ 30/2020 form of its type (Phụ lục I): A4, margins
// 20/15/20/30 mm (top/right/bottom/left), Times New Roman at the facts' sizes, the heading table,
// first-line indents, the signature block and Nơi nhận. A pure function of the parsed document (front
// matter + Markdown body): the build serves it, and the importer reuses it for round trips.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent, RootContent } from 'mdast';
import {
  citedFormLines,
  citedStateInput,
  formLines,
  type CitedFormInput,
  type FormAnnex,
  type FormInput,
  type PrintedInput,
  type FormLines,
} from '../documents/document-form.ts';
import { ITEM_DASH, letterReference } from '../documents/letter.ts';
import { pipeTableRows, splitAnnexes, type AnnexText } from '../documents/annex-text.ts';
import { foldKeepCase } from '../vietnamese/fold.ts';

/** Millimetres to twentieths of a point, rounded (A4 is 11906 × 16838). */
function mm(value: number): number {
  return Math.round((value * 1440) / 25.4);
}

/** NĐ 30 paper: A4 portrait and the margins the site's print CSS uses, in millimetres. */
export const DOCX_PAGE = {
  widthMm: 210,
  heightMm: 297,
  marginsMm: { top: 20, right: 15, bottom: 20, left: 30 },
} as const;
export const DOCX_FONT = 'Times New Roman';

/** Sizes in points (shared/facts/document-forms.md §4). */
const PT = {
  nationalName: 12,
  motto: 13,
  issuer: 13,
  number: 13,
  placeDate: 14,
  heading: 14,
  subjectUnderNumber: 12,
  body: 14,
  signature: 14,
  distributionLabel: 12,
  distribution: 11,
  pageNumber: 14,
} as const;

/** The language of every run, so that Word proofs the text as Vietnamese. */
export const DOCX_LANGUAGE = 'vi-VN';

/**
 * Advance widths of Times New Roman Bold (the Adobe Times-Bold metrics, which Liberation Serif Bold
 * shares), in thousandths of an em, for the capitals and space of an issuer's name; a Vietnamese
 * capital takes its base letter's width. Used to size the rule under the issuer.
 */
// prettier-ignore
const TIMES_BOLD_CAPS: Record<string, number> = {
  ' ': 250, A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500,
  K: 778, L: 667, M: 944, N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722,
  V: 722, W: 1000, X: 722, Y: 722, Z: 667,
};

/** The printed width of a line of capitals in Times New Roman Bold, in twentieths of a point. */
export function boldCapsWidthTwips(text: string, sizePt: number): number {
  let thousandths = 0;
  for (const ch of foldKeepCase(text)) {
    thousandths += TIMES_BOLD_CAPS[ch] ?? 722;
  }
  return Math.round((thousandths / 1000) * sizePt * 20);
}

/** The rule under the issuer: between 1/3 and 1/2 of the issuer line's length (Phụ lục I II.2). */
export const ISSUER_RULE_SHARE = 0.4;

/** First-line indent of the body: 1 cm (Phụ lục I II.6.e). */
const INDENT = mm(10);
/** At least 6 pt between paragraphs, in twentieths of a point. */
const SPACE_AFTER = 6 * 20;
const TEXT_WIDTH = mm(DOCX_PAGE.widthMm - DOCX_PAGE.marginsMm.left - DOCX_PAGE.marginsMm.right);
const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' },
};

interface RunStyle {
  size: number;
  bold?: boolean;
  italics?: boolean;
}

function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: DOCX_FONT,
    size: style.size * 2,
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    language: { value: DOCX_LANGUAGE },
  });
}

/** A one-run paragraph. */
function line(text: string, style: RunStyle, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...options, children: [run(text, style)] });
}

/**
 * A centred rule under a line (the issuer, the motto, the trích yếu): a top border on an empty line,
 * `lengthTwips` long in a column `columnTwips` wide.
 */
function ruleOfLength(columnTwips: number, lengthTwips: number): Paragraph {
  const side = Math.max(0, Math.round((columnTwips - lengthTwips) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: SPACE_AFTER },
    children: [],
  });
}

/** A centred rule `share` of its column long. */
function rule(columnTwips: number, share: number): Paragraph {
  return ruleOfLength(columnTwips, Math.round(columnTwips * share));
}

function cell(children: Paragraph[], widthTwips: number): TableCell {
  return new TableCell({ children, width: { size: widthTwips, type: WidthType.DXA } });
}

/** The issuer's column of the heading: 2/5 of the text width, as on the page. */
const LEFT_COLUMN = Math.round((TEXT_WIDTH * 2) / 5);

/**
 * Two borderless columns side by side (the heading; Nơi nhận and the signature), with no cell margins:
 * Word's default 1.9 mm would set Nơi nhận in from the body's margin and shorten every centred rule.
 */
function twoColumns(left: Paragraph[], right: Paragraph[], leftWidth: number): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    rows: [
      new TableRow({
        cantSplit: true,
        children: [cell(left, leftWidth), cell(right, TEXT_WIDTH - leftWidth)],
      }),
    ],
  });
}

const CENTER = { alignment: AlignmentType.CENTER };

function headingTable(lines: FormLines): Table {
  // The Party form (HD 36) puts "*" under the issuer where the state forms draw a rule, and has no
  // tiêu ngữ: its "ĐẢNG CỘNG SẢN VIỆT NAM" has the rule under it.
  const mark = lines.issuerMark ?? null;
  const left = [
    ...(lines.parentBody === '' ? [] : [line(lines.parentBody, { size: PT.issuer }, CENTER)]),
    line(lines.issuer, { size: PT.issuer, bold: true }, CENTER),
    mark === null
      ? ruleOfLength(
          LEFT_COLUMN,
          Math.round(boldCapsWidthTwips(lines.issuer, PT.issuer) * ISSUER_RULE_SHARE),
        )
      : line(mark, { size: PT.issuer }, CENTER),
    line(lines.number, { size: PT.number }, CENTER),
  ];
  // The V/v of a công văn stands 6 pt below the number (Phụ lục I II.5.b).
  if (lines.subjectUnderNumber !== null)
    left.push(
      line(
        lines.subjectUnderNumber,
        { size: PT.subjectUnderNumber },
        { ...CENTER, spacing: { before: SPACE_AFTER } },
      ),
    );
  const right = [
    line(lines.nationalName, { size: PT.nationalName, bold: true }, CENTER),
    ...(lines.motto === '' ? [] : [line(lines.motto, { size: PT.motto, bold: true }, CENTER)]),
    rule(TEXT_WIDTH - LEFT_COLUMN, 0.6),
    line(lines.placeDate, { size: PT.placeDate, italics: true }, CENTER),
  ];
  return twoColumns(left, right, LEFT_COLUMN);
}

/** Tên loại, trích yếu and the rule; then a Quyết định's authority, Căn cứ lines and "QUYẾT ĐỊNH:". */
function headingBlock(lines: FormLines): Paragraph[] {
  const out: Paragraph[] = [];
  if (lines.heading !== null) {
    out.push(
      line(
        lines.heading.name,
        { size: PT.heading, bold: true },
        {
          ...CENTER,
          spacing: { before: 240 },
        },
      ),
      ...(lines.heading.issuer
        ? [line(lines.heading.issuer, { size: PT.heading, bold: true }, CENTER)]
        : []),
      line(lines.heading.subject, { size: PT.heading, bold: true }, CENTER),
      rule(TEXT_WIDTH, 0.33),
    );
  }
  if (lines.preamble !== null) {
    const p = lines.preamble;
    out.push(
      line(p.authority, { size: PT.heading, bold: true }, { ...CENTER, spacing: { after: 240 } }),
    );
    for (const basis of [...p.bases, ...p.proposals]) {
      out.push(
        line(
          basis,
          { size: PT.body, italics: true },
          {
            alignment: AlignmentType.JUSTIFIED,
            indent: { firstLine: INDENT },
            spacing: { before: SPACE_AFTER },
          },
        ),
      );
    }
    out.push(
      line(
        p.decides,
        { size: PT.heading, bold: true },
        { ...CENTER, spacing: { before: 240, after: 240 } },
      ),
    );
  }
  return out;
}

function recipientsBlock(lines: FormLines): Paragraph[] {
  if (lines.recipients === null) return [];
  const spacing = { before: 240, after: 240 };
  if (lines.recipients.length === 1)
    return [
      line(
        `${lines.recipientsLabel} ${lines.recipients[0]}`,
        { size: PT.body },
        { ...CENTER, spacing },
      ),
    ];
  return [
    line(lines.recipientsLabel, { size: PT.body }, CENTER),
    ...lines.recipients.map((r) => line(r, { size: PT.body }, CENTER)),
  ];
}

/** The runs of inline Markdown: bold, italic, link text; everything else as plain text. */
function phrasing(nodes: readonly PhrasingContent[], style: RunStyle): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [run(node.value.replace(/\s*\n\s*/g, ' '), style)];
      case 'strong':
        return phrasing(node.children, { ...style, bold: true });
      case 'emphasis':
        return phrasing(node.children, { ...style, italics: true });
      case 'link':
        return phrasing(node.children, style);
      case 'break':
        return [run(' ', style)];
      case 'inlineCode':
        return [run(node.value, style)];
      default:
        return 'children' in node ? phrasing(node.children as PhrasingContent[], style) : [];
    }
  });
}

const BODY_PARAGRAPH: IParagraphOptions = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: INDENT },
  spacing: { after: SPACE_AFTER },
};

/** A Markdown table of an attached text, bordered, its first row the head. */
function markdownTable(rows: readonly (readonly string[])[]): Table {
  const columns = Math.max(...rows.map((row) => row.length));
  const width = Math.floor(TEXT_WIDTH / columns);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => width),
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r === 0,
          cantSplit: true,
          children: Array.from({ length: columns }, (_, c) =>
            cell(
              [line((cells[c] ?? '').replace(/\\(.)/g, '$1'), { size: 13, bold: r === 0 })],
              width,
            ),
          ),
        }),
    ),
  });
}

/**
 * The Markdown body as paragraphs: text justified with a 1 cm first-line indent; "- " for bullets; a
 * Markdown table (an attached text's) as a table.
 */
function bodyBlock(markdown: string): (Paragraph | Table)[] {
  const tree = fromMarkdown(markdown);
  const out: (Paragraph | Table)[] = [];
  const visit = (node: RootContent, bullet: string | null) => {
    switch (node.type) {
      case 'paragraph': {
        const source = markdown.slice(node.position?.start.offset, node.position?.end.offset);
        const rows = pipeTableRows(source);
        if (rows !== undefined) {
          out.push(markdownTable(rows));
          return;
        }
        const children = phrasing(node.children, { size: PT.body });
        out.push(
          new Paragraph({
            ...BODY_PARAGRAPH,
            children: bullet === null ? children : [run(bullet, { size: PT.body }), ...children],
          }),
        );
        return;
      }
      case 'heading':
        out.push(
          new Paragraph({
            ...BODY_PARAGRAPH,
            keepNext: true,
            children: phrasing(node.children, { size: PT.body, bold: true }),
          }),
        );
        return;
      case 'list':
        node.children.forEach((item, i) => {
          const mark = node.ordered ? `${(node.start ?? 1) + i}. ` : ITEM_DASH;
          item.children.forEach((child, j) => visit(child, j === 0 ? mark : null));
        });
        return;
      case 'blockquote':
        node.children.forEach((child) => visit(child, null));
        return;
      default:
        return;
    }
  };
  tree.children.forEach((node) => visit(node, null));
  return out;
}

function footerTable(lines: FormLines): Table {
  const left =
    lines.distribution.length === 0
      ? [new Paragraph({ children: [] })]
      : [
          line(lines.distributionLabel, { size: PT.distributionLabel, bold: true, italics: true }),
          ...lines.distribution.map((item) => line(item, { size: PT.distribution })),
        ];
  const signature = lines.signature;
  const right =
    signature === null
      ? [new Paragraph({ children: [] })]
      : [
          ...signature.lines.map((l) => line(l, { size: PT.signature, bold: true }, CENTER)),
          // Room for the signature and the seal.
          ...[1, 2, 3, 4].map(() => new Paragraph({ children: [] })),
          line(signature.name, { size: PT.signature, bold: true }, CENTER),
        ];
  return twoColumns(left, right, Math.round(TEXT_WIDTH / 2));
}

/** A text attached after the signature (Phụ lục), on its own page: label, title, note, its text. */
function annexTextBlock(annex: AnnexText): (Paragraph | Table)[] {
  const { label, title, note } = annex.head;
  return [
    new Paragraph({ children: [new PageBreak()] }),
    ...(label === undefined ? [] : [line(label, { size: PT.heading, bold: true }, CENTER)]),
    ...(title === undefined ? [] : [line(title, { size: PT.heading, bold: true }, CENTER)]),
    ...(note === undefined ? [] : [line(note, { size: PT.heading, italics: true }, CENTER)]),
    new Paragraph({ children: [] }),
    ...bodyBlock(annex.markdown),
  ];
}

/** A Phụ lục on its own page: label, title, note, and the list as a bordered table. */
function annexBlock(annex: FormAnnex): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [new Paragraph({ children: [new PageBreak()] })];
  if (annex.label) out.push(line(annex.label, { size: PT.heading, bold: true }, CENTER));
  out.push(line(annex.title, { size: PT.heading, bold: true }, CENTER));
  if (annex.note) out.push(line(annex.note, { size: PT.heading, italics: true }, CENTER));
  out.push(new Paragraph({ children: [] }));
  const width = Math.floor(TEXT_WIDTH / annex.columns.length);
  const row = (cells: readonly string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      cantSplit: true,
      children: cells.map((text) =>
        cell([line(text, { size: 13, bold }, bold ? CENTER : {})], width),
      ),
    });
  out.push(
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: annex.columns.map(() => width),
      rows: [row(annex.columns, true), ...annex.rows.map((r) => row(r, false))],
    }),
  );
  return out;
}

/** The file's properties beyond the form: who publishes it, in the case its name is written in. */
export interface DocxProperties {
  /** The publisher as it names itself ("Sở Công Thương tỉnh Lai Châu"), for author and company. */
  publisher?: string | undefined;
}

/**
 * The page number from page 2 on: Arabic numerals, 13–14 pt, centred in the top margin; none on
 * page 1 (Phụ lục I §I.7).
 */
function pageNumberHeaders() {
  return {
    default: new Header({
      children: [
        new Paragraph({
          ...CENTER,
          children: [
            new TextRun({
              children: [PageNumber.CURRENT],
              font: DOCX_FONT,
              size: PT.pageNumber * 2,
              language: { value: DOCX_LANGUAGE },
            }),
          ],
        }),
      ],
    }),
    first: new Header({ children: [] }),
  };
}

/** The author and company of the file: the publisher, else the issuer as its form prints it. */
function authorOf(input: PrintedInput, properties: DocxProperties): string {
  return properties.publisher ?? input.issuer;
}

/**
 * The Word document of a campaign document: `input` is its front matter (as parsed by the schema or
 * found by the importer), `body` its Markdown text. Pure: the same input gives the same document.
 */
export function buildDocx(
  input: PrintedInput,
  body: string,
  properties: DocxProperties = {},
  lines: FormLines = formLines(input),
): Document {
  const m = DOCX_PAGE.marginsMm;
  const text = splitAnnexes(body);
  const footer = lines.distribution.length > 0 || lines.signature !== null;
  return new Document({
    creator: authorOf(input, properties),
    title: input.subject,
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT, size: PT.body * 2, language: { value: DOCX_LANGUAGE } },
        },
      },
    },
    sections: [
      {
        headers: pageNumberHeaders(),
        properties: {
          titlePage: true,
          page: {
            size: {
              width: mm(DOCX_PAGE.widthMm),
              height: mm(DOCX_PAGE.heightMm),
            },
            margin: {
              top: mm(m.top),
              right: mm(m.right),
              bottom: mm(m.bottom),
              left: mm(m.left),
            },
          },
        },
        children: [
          headingTable(lines),
          ...headingBlock(lines),
          ...recipientsBlock(lines),
          ...bodyBlock(text.body),
          ...(footer ? [new Paragraph({ children: [] }), footerTable(lines)] : []),
          ...text.annexes.flatMap(annexTextBlock),
          ...(input.annexes ?? []).flatMap(annexBlock),
        ],
      },
    ],
  });
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * The file's core properties without the build's clock (the docx package stamps "created" with now), so
 * the same document always gives a file of the same content and size.
 */
function coreProperties(
  input: PrintedInput,
  properties: DocxProperties,
  // The title is the trích yếu; the document's reference goes in the description.
  title = input.subject,
): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    `<dc:creator>${escapeXml(authorOf(input, properties))}</dc:creator>` +
    `<dc:description>${escapeXml(letterReference(input))}</dc:description>` +
    `<dc:language>${DOCX_LANGUAGE}</dc:language>` +
    '</cp:coreProperties>'
  );
}

/** The application properties: the company is the publisher. */
function appProperties(input: PrintedInput, properties: DocxProperties): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"' +
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Company>${escapeXml(authorOf(input, properties))}</Company>` +
    '</Properties>'
  );
}

/** The modification time a zip entry is given: 01/01/1980 00:00, the earliest a zip can say (MS-DOS). */
const ZIP_TIME = 0;
const ZIP_DATE = (1 << 5) | 1;

/**
 * The zip with every entry's modification time set to {@link ZIP_TIME}: the docx package's zip writer
 * stamps each entry with the clock, so two renders of one document a second apart differed, and a
 * build's .docx files with them. Walks the central directory (found from its end record) and each
 * entry's local header; the data and its checksums do not change.
 */
function withoutZipClock(zip: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('renderDocx: the zip has no end of central directory record');
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (view.getUint32(at, true) !== 0x02014b50)
      throw new Error(`renderDocx: no central directory entry at byte ${at}`);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== 0x04034b50)
      throw new Error(`renderDocx: no local file header at byte ${local}`);
    for (const [time, date] of [
      [at + 12, at + 14],
      [local + 10, local + 12],
    ] as const) {
      view.setUint16(time, ZIP_TIME, true);
      view.setUint16(date, ZIP_DATE, true);
    }
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return bytes;
}

/** The .docx file's bytes; `properties.publisher` names the author and company. */
export async function renderDocx(
  input: FormInput,
  body: string,
  properties: DocxProperties = {},
): Promise<Uint8Array> {
  const overrides = [
    { path: 'docProps/core.xml', data: coreProperties(input, properties) },
    { path: 'docProps/app.xml', data: appProperties(input, properties) },
  ];
  return withoutZipClock(
    await Packer.toBuffer(buildDocx(input, body, properties), false, overrides),
  );
}

/**
 * The Word copy of a cited document whose text the site publishes, in its own form: a state document
 * as a campaign document of its type, a Party document in the form of HD 36-HD/VPTW.
 */
export async function renderCitedDocx(doc: CitedFormInput, body: string): Promise<Uint8Array> {
  const input = citedStateInput(doc);
  const lines = citedFormLines(doc);
  const overrides = [
    { path: 'docProps/core.xml', data: coreProperties(input, {}) },
    { path: 'docProps/app.xml', data: appProperties(input, {}) },
  ];
  return withoutZipClock(
    await Packer.toBuffer(buildDocx(input, body, {}, lines), false, overrides),
  );
}
