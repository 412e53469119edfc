// The pure part of an import: the text of a signed document in; its repaired blocks, recognised
// parts, MDX body, front matter and the report's lines on them out. No file is read or written here:
// ./run.ts reads the source and content/, decides where the document goes, and writes it.
import { t } from '../../src/i18n/index.ts';
import {
  writeAnnexes,
  writeFootnotes,
  writeWithTables,
  type BodyStats,
  type WrittenBlock,
} from './body.ts';
import { assemble, type Assembled, type FieldReport, type MissingPart } from './document.ts';
import { parseDocument, type ParsedDocument } from './parse.ts';
import type { InputKind } from './read.ts';
import { plain, repairText, type Repairs } from './repair.ts';

export interface WrittenDocument {
  /** The MDX body: the text, its footnotes, then what follows the signature. */
  mdx: string;
  stats: BodyStats;
  /** The text's blocks as written (not the footnotes and annexes), for new-campaign. */
  written: WrittenBlock[];
}

export interface ReadText extends WrittenDocument {
  parsed: ParsedDocument;
  /** The body as one line of plain text. */
  bodyText: string;
  /** Where cited documents are named: the body and a Quyết định's Căn cứ lines. */
  citingText: string;
  assembled: Assembled;
  repairs: Repairs;
  /** The report's lines on the repairs made (the parts' depend on where the document is filed). */
  lines: { repairs: string[] };
}

/**
 * The MDX of a document: its text, then footnotes, then its attached texts. With `citableParts` (a
 * cited document's text) a Roman-numbered part is a paragraph that "phần II" citations link to.
 */
export function writeDocument(
  parsed: ParsedDocument,
  { citableParts = false }: { citableParts?: boolean } = {},
): WrittenDocument {
  const { mdx, stats, written } = writeWithTables(parsed.body, { citableParts });
  const parts = [
    mdx.trim(),
    writeFootnotes(parsed.footnotes),
    writeAnnexes(parsed.annexes, { citableParts }),
  ].filter((part) => part !== '');
  return { mdx: `${parts.join('\n\n')}\n`, stats, written };
}

/** The report's lines on the parts, in the order of the form. */
export function partLines(parsed: ParsedDocument, assembled: Assembled): string[] {
  return [
    t(parsed.form === 'party' ? 'importer.report.partsParty' : 'importer.report.parts'),
    ...assembled.fields.map(fieldLine),
  ];
}

/** Repairs, recognises and assembles a document's text; linear in its length. */
export function readText(text: string, kind: InputKind): ReadText {
  const { blocks, repairs } = repairText(text, kind);
  const parsed = parseDocument(blocks, repairs.footnotes);
  const written = writeDocument(parsed);
  const bodyText = parsed.body
    .flatMap((block) => block.lines)
    .map(plain)
    .join(' ');
  const citingText = [
    ...(parsed.decision?.bases ?? []),
    ...(parsed.decision?.proposals ?? []),
    bodyText,
  ].join(' ');
  const assembled = assemble(parsed, bodyText, written.stats);
  return {
    parsed,
    ...written,
    bodyText,
    citingText,
    assembled,
    repairs,
    lines: { repairs: repairLines(repairs, parsed) },
  };
}

export function repairLines(repairs: Repairs, parsed?: ParsedDocument): string[] {
  const lines: string[] = [t('importer.report.repairs')];
  if (repairs.shape !== 'blocks')
    lines.push(t('importer.report.shape', { shape: t(`importer.report.shape.${repairs.shape}`) }));
  if (parsed !== undefined && parsed.skipped.length > 0)
    lines.push(
      t('importer.report.skipped', {
        count: parsed.skipped.length,
        lines: parsed.skipped.map((line) => `“${line}”`).join(', '),
      }),
    );
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
  if (repairs.footnotes.length > 0)
    lines.push(t('importer.report.footnotes', { count: repairs.footnotes.length }));
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
    case 'doubt':
      return t('importer.report.doubt', {
        label: field.field,
        value: field.value === undefined ? '' : `: ${field.value}`,
        reason: field.reason ?? '',
      });
    case 'missing':
      return t('importer.report.missing', { label: field.field, note: field.note ?? '' });
  }
}

/**
 * The required parts an import could not read, with the line where the reading looked for them (a
 * line of a text, a paragraph of a Word file or PDF), parts looked for at the same line together.
 */
export function missingParts(missing: readonly MissingPart[], kind: InputKind): string {
  const where = t(
    kind === 'docx' || kind === 'pdf'
      ? 'importer.error.whereParagraph'
      : 'importer.error.whereLine',
  );
  const groups: { parts: string[]; at: MissingPart['at'] }[] = [];
  for (const part of missing) {
    const last = groups.at(-1);
    if (last !== undefined && last.at?.at === part.at?.at) last.parts.push(part.label);
    else groups.push({ parts: [part.label], at: part.at });
  }
  return groups
    .map(({ parts, at }) =>
      at === undefined
        ? t('importer.error.missingPartNowhere', { part: parts.join('; ') })
        : t('importer.error.missingPart', {
            part: parts.join('; '),
            where,
            line: at.at,
            text: at.text.length > 80 ? `${at.text.slice(0, 80)}…` : at.text,
          }),
    )
    .join('; ');
}
