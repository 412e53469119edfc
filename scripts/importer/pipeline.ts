// The pure part of an import: the text of a signed document in; its repaired blocks, recognised
// parts, MDX body, front matter and the report's lines on them out. No file is read or written here:
// ./run.ts reads the source and content/, decides where the document goes, and writes it.
import { t } from '../../src/i18n/index.ts';
import { writeBody, type BodyStats } from './body.ts';
import { assemble, type Assembled, type FieldReport } from './document.ts';
import { parseDocument, type ParsedDocument } from './parse.ts';
import type { InputKind } from './read.ts';
import { plain, repairText, type Repairs } from './repair.ts';

export interface ReadText {
  parsed: ParsedDocument;
  mdx: string;
  stats: BodyStats;
  /** The body as one line of plain text. */
  bodyText: string;
  /** Where cited documents are named: the body and a Quyết định's Căn cứ lines. */
  citingText: string;
  assembled: Assembled;
  repairs: Repairs;
  /** The report's lines: the repairs made, the parts found or not. */
  lines: { repairs: string[]; parts: string[] };
}

/** Repairs, recognises and assembles a document's text; linear in its length. */
export function readText(text: string, kind: InputKind): ReadText {
  const { blocks, repairs } = repairText(text, kind);
  const parsed = parseDocument(blocks);
  const { mdx, stats } = writeBody(parsed.body);
  const bodyText = parsed.body.flat().map(plain).join(' ');
  const citingText = [
    ...(parsed.decision?.bases ?? []),
    parsed.decision?.proposal ?? '',
    bodyText,
  ].join(' ');
  const assembled = assemble(parsed, bodyText, stats);
  return {
    parsed,
    mdx,
    stats,
    bodyText,
    citingText,
    assembled,
    repairs,
    lines: {
      repairs: repairLines(repairs),
      parts: [
        t(parsed.form === 'party' ? 'importer.report.partsParty' : 'importer.report.parts'),
        ...assembled.fields.map(fieldLine),
      ],
    },
  };
}

export function repairLines(repairs: Repairs): string[] {
  const lines: string[] = [t('importer.report.repairs')];
  if (repairs.pageNumbers > 0)
    lines.push(t('importer.report.pageNumbers', { count: repairs.pageNumbers }));
  if (repairs.joins.length > 0)
    lines.push(
      t('importer.report.joins', {
        count: repairs.joins.length,
        joins: repairs.joins.map((j) => `“${j}”`).join(', '),
      }),
    );
  if (repairs.lineBreaks > 0)
    lines.push(t('importer.report.lineBreaks', { count: repairs.lineBreaks }));
  if (repairs.printedLinks > 0)
    lines.push(t('importer.report.printedLinks', { count: repairs.printedLinks }));
  if (lines.length === 1) lines.push(t('importer.report.noRepairs'));
  return lines;
}

export function fieldLine(field: FieldReport): string {
  switch (field.status) {
    case 'found':
      return t('importer.report.found', { label: field.field, value: field.value ?? '' });
    case 'blank':
      return t('importer.report.blank', { label: field.field, value: field.value ?? '' });
    case 'inferred':
      return t('importer.report.inferred', {
        label: field.field,
        value: field.value ?? '',
        reason: field.reason ?? '',
      });
    case 'missing':
      return t('importer.report.missing', { label: field.field, note: field.note ?? '' });
  }
}
