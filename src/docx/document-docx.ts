// The Word copy of a campaign document in the NĐ 30/2020 form of its type (Phụ lục I): A4, margins
// 20/15/20/30 mm (top/right/bottom/left), Times New Roman at the facts' sizes, the heading table,
// first-line indents, the signature block and Nơi nhận. A pure function of the parsed document (front
// matter + Markdown body): the build serves it, and the importer reuses it for round trips.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageBreak,
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
  formLines,
  type FormAnnex,
  type FormInput,
  type FormLines,
} from '../documents/document-form.ts';
import { letterReference } from '../documents/letter.ts';

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
} as const;

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
  });
}

/** A one-run paragraph. */
function line(text: string, style: RunStyle, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...options, children: [run(text, style)] });
}

/** A short centred rule under a line (the issuer, the motto, the trích yếu): a top border on an empty line. */
function rule(columnTwips: number, share: number): Paragraph {
  const side = Math.round((columnTwips * (1 - share)) / 2);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    spacing: { after: SPACE_AFTER },
    children: [],
  });
}

function cell(children: Paragraph[], widthTwips: number): TableCell {
  return new TableCell({ children, width: { size: widthTwips, type: WidthType.DXA } });
}

/** The issuer's column of the heading: 2/5 of the text width, as on the page. */
const LEFT_COLUMN = Math.round((TEXT_WIDTH * 2) / 5);

/** Two borderless columns side by side (the heading; Nơi nhận and the signature). */
function twoColumns(left: Paragraph[], right: Paragraph[], leftWidth: number): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
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
  const left = [
    line(lines.parentBody, { size: PT.issuer }, CENTER),
    line(lines.issuer, { size: PT.issuer, bold: true }, CENTER),
    rule(LEFT_COLUMN, 0.4),
    line(lines.number, { size: PT.number }, CENTER),
  ];
  if (lines.subjectUnderNumber !== null)
    left.push(line(lines.subjectUnderNumber, { size: PT.subjectUnderNumber }, CENTER));
  const right = [
    line(lines.nationalName, { size: PT.nationalName, bold: true }, CENTER),
    line(lines.motto, { size: PT.motto, bold: true }, CENTER),
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
      line(lines.heading.subject, { size: PT.heading, bold: true }, CENTER),
      rule(TEXT_WIDTH, 0.33),
    );
  }
  if (lines.preamble !== null) {
    const p = lines.preamble;
    out.push(
      line(p.authority, { size: PT.heading, bold: true }, { ...CENTER, spacing: { after: 240 } }),
    );
    for (const basis of [...p.bases, ...(p.proposal === null ? [] : [p.proposal])]) {
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
    ...lines.recipients.map((r) => line(`${r};`, { size: PT.body }, CENTER)),
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

/** The Markdown body as paragraphs: text justified with a 1 cm first-line indent; "- " for bullets. */
function bodyBlock(markdown: string): Paragraph[] {
  const tree = fromMarkdown(markdown);
  const out: Paragraph[] = [];
  const visit = (node: RootContent, bullet: string | null) => {
    switch (node.type) {
      case 'paragraph': {
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
          const mark = node.ordered ? `${(node.start ?? 1) + i}. ` : '- ';
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
  const left = [
    line(lines.distributionLabel, { size: PT.distributionLabel, bold: true, italics: true }),
    ...lines.distribution.map((item) => line(`- ${item}`, { size: PT.distribution })),
  ];
  const right = [
    ...lines.signature.lines.map((l) => line(l, { size: PT.signature, bold: true }, CENTER)),
    // Room for the signature and the seal.
    ...[1, 2, 3, 4].map(() => new Paragraph({ children: [] })),
    line(lines.signature.name, { size: PT.signature, bold: true }, CENTER),
  ];
  return twoColumns(left, right, Math.round(TEXT_WIDTH / 2));
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

/**
 * The Word document of a campaign document: `input` is its front matter (as parsed by the schema or
 * found by the importer), `body` its Markdown text. Pure: the same input gives the same document.
 */
export function buildDocx(input: FormInput, body: string): Document {
  const lines = formLines(input);
  const m = DOCX_PAGE.marginsMm;
  return new Document({
    creator: input.issuer,
    styles: {
      default: {
        document: { run: { font: DOCX_FONT, size: PT.body * 2 } },
      },
    },
    sections: [
      {
        properties: {
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
          ...bodyBlock(body),
          new Paragraph({ children: [] }),
          footerTable(lines),
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
function coreProperties(input: FormInput): string {
  const title = letterReference(input);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(input.issuer)}</dc:creator>` +
    `<dc:description>${escapeXml(input.subject)}</dc:description><dc:language>vi-VN</dc:language>` +
    '</cp:coreProperties>'
  );
}

/** The .docx file's bytes. */
export async function renderDocx(input: FormInput, body: string): Promise<Uint8Array> {
  const overrides = [{ path: 'docProps/core.xml', data: coreProperties(input) }];
  return new Uint8Array(await Packer.toBuffer(buildDocx(input, body), false, overrides));
}
