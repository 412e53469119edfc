import { readFileSync } from 'node:fs';
import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { parse } from 'yaml';

// A Word copy of a content file of content/letter/, laid out as the signed công văn is: the heading
// table (issuer and number left, Quốc hiệu and date right), Kính gửi, the body, and the table of Nơi
// nhận and signature. Made with the `docx` package so the importer's .docx path is tested on a file a
// word processor would open; the site's own .docx generator (issue 10, document types) makes the same.

/** Text runs for a line of MDX: `**bold**` and `*italic*` become formatted runs, escapes are undone. */
function runs(text: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const part of text.replace(/\\([\\.{}<>#])/g, '$1').split(/(\*\*[^*]+\*\*|\*[^*]+\*)/)) {
    if (part === '') continue;
    if (part.startsWith('**')) out.push(new TextRun({ text: part.slice(2, -2), bold: true }));
    else if (part.startsWith('*'))
      out.push(new TextRun({ text: part.slice(1, -1), italics: true }));
    else out.push(new TextRun(part));
  }
  return out;
}

const p = (text: string, style: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, ...style })] });

function twoColumns(left: Paragraph[], right: Paragraph[]): Table {
  const cell = (children: Paragraph[]) =>
    new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });
  return new Table({
    rows: [new TableRow({ children: [cell(left), cell(right)] })],
    width: { size: 100, type: WidthType.PERCENTAGE },
  });
}

/** Builds the .docx of a letter content file (its front matter and MDX body). */
export async function letterDocx(path: string): Promise<Buffer> {
  const source = readFileSync(path, 'utf8');
  const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const data = parse(yaml) as {
    parentBody: string;
    issuer: string;
    number: string | null;
    code: string;
    place: string;
    date: string;
    subject: string;
    recipients: string[];
    signer: { title: string; name: string };
    distribution: string[];
  };
  const [year, month, day] = data.date.split('-');
  const dateLine = `${data.place}, ngày ${day ?? '…'} tháng ${Number(month)} năm ${year}`;
  const paragraphs = body
    .trim()
    .split(/\n\n+/)
    .map((block) =>
      block.startsWith('## ')
        ? new Paragraph({ children: [new TextRun({ text: block.slice(3), bold: true })] })
        : new Paragraph({ children: runs(block) }),
    );
  const distribution = data.distribution.map((item, i) =>
    p(`- ${item}${i === data.distribution.length - 1 ? '.' : ';'}`),
  );
  const doc = new Document({
    sections: [
      {
        children: [
          twoColumns(
            [
              p(data.parentBody),
              p(data.issuer, { bold: true }),
              p(`Số: ${data.number ?? '…'}/${data.code}`),
              p(data.subject),
            ],
            [
              p('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
              p('Độc lập - Tự do - Hạnh phúc', { bold: true }),
              p(dateLine, { italics: true }),
            ],
          ),
          p(`Kính gửi: ${data.recipients.join('; ')}`),
          ...paragraphs,
          twoColumns(
            [p('Nơi nhận:', { bold: true, italics: true }), ...distribution],
            [p(data.signer.title, { bold: true }), p(''), p(data.signer.name, { bold: true })],
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
