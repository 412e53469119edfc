// Writes the body of a document as MDX in the conventions of content/letter/cong-van.mdx, so the
// rehype step gives the same anchors: a numbered section "**1.** text" (or "## 5. Title" when the
// section is only a title), bullets "- text" separated by blank lines, points "a) text",
// articles "**Điều 1.** text". Each item that lost its own line gets it back. Footnotes follow the
// text; what follows the signature is written after it as attached texts (src/documents/annex-text.ts),
// a table as a Markdown table. writeBody also gives back the blocks it wrote, with the kind the anchor
// step sees, so new-campaign reads them as data.
import { t } from '../../src/i18n/index.ts';
import type { BlockKind } from '../../src/documents/anchors.ts';
import { annexSection, isPipeTable } from '../../src/documents/annex-text.ts';
import type { ParsedAnnex } from './parse.ts';
import { CLOSED, plain, type Block } from './repair.ts';
import { ARTICLE_WORD, POINT_LETTER } from './words.ts';

export interface BodyStats {
  paragraphs: number;
  sections: string[];
  bullets: number;
  points: string[];
  articles: string[];
}

/** A block of the MDX as written, with the kind the anchor step sees and its words without marks. */
export interface WrittenBlock {
  kind: BlockKind;
  /** The block's MDX as written ("**1.** …", "- …", "a) …"). */
  mdx: string;
  /** Its text without marks ("1. …", "…", "a) …"). */
  text: string;
}

const NUMBERED = /^(\*{0,3})(\d{1,2})\.(\*{0,3})\s+/u;
const ROMAN = /^(\*{0,3})([IVX]{1,5})\.(\*{0,3})\s+/u;
const ARTICLE = new RegExp(String.raw`^(\*{0,3})${ARTICLE_WORD}\s+(\d+)\.(\*{0,3})\s*`, 'u');
const POINT = new RegExp(String.raw`^(${POINT_LETTER})\)\s+`, 'u');
const BULLET = /^[-–−•+]\s+/u;
const ITEM = new RegExp(
  String.raw`^(?:[-–−•+]\s|${POINT_LETTER}\)\s|\**\d{1,2}\.\**\s|\**[IVX]{1,5}\.\**\s|\**${ARTICLE_WORD}\s+\d+\.)`,
  'u',
);

/** Escapes what MDX would read as code: `{`, `}`, `<`, and block marks at the start of a paragraph. */
export function escapeMdx(text: string): string {
  return text
    .replace(/([{}<>])/g, '\\$1')
    .replace(/^([#>|])/u, '\\$1')
    .replace(/^(\d+)([.)])(\s)/u, '$1\\$2$3');
}

/** Removes a `**` left without its partner after the number was taken off. */
function balance(text: string): string {
  const count = (text.match(/\*\*/g) ?? []).length;
  if (count % 2 === 0) return text;
  if (text.endsWith('**')) return text.slice(0, -2).trimEnd();
  return text.replace('**', '');
}

/** A section that is a title only: short, no sentence punctuation at its end. */
function isTitle(rest: string): boolean {
  const words = plain(rest).split(' ');
  return words.length <= 12 && !/[.;:,]$/u.test(plain(rest));
}

/**
 * Joins the lines of a paragraph with a space, except where a line break cut a word, a code or a
 * range at its hyphen: "32-" / "CT/TU" is "32-CT/TU", "Covid-" / "19" is "Covid-19", "1949-" /
 * "10/10/2024" is "1949-10/10/2024". A break cannot tell a space the text had after the hyphen
 * ("2004- 01/01/2024", a slip of the seed letter): that space is lost.
 */
function joinLines(lines: readonly string[]): string {
  // Only the end of the previous line is tested: a pattern anchored at the end of the growing text
  // would rescan it for every line (quadratic in a paragraph of many lines).
  const parts: string[] = [];
  lines.forEach((line, i) => {
    if (i > 0 && !CUT_AT_HYPHEN.test(lines[i - 1]!.slice(-2))) parts.push(' ');
    parts.push(line);
  });
  return parts.join('');
}

const CUT_AT_HYPHEN = /^[\p{L}\p{N}]-$/u;

interface Paragraph {
  text: string;
  heading: boolean;
  /** A Markdown table, its rows as lines. */
  table?: string[];
}

/** Splits blocks at lines that begin an item and joins the other lines of a block with spaces. */
export function bodyParagraphs(blocks: readonly Block[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    if (isPipeTable(block.lines)) {
      paragraphs.push({ text: '', heading: false, table: block.lines.map((line) => line.trim()) });
      continue;
    }
    let current: string[] = [];
    let heading = false;
    const flush = () => {
      if (current.length > 0) paragraphs.push({ text: joinLines(current), heading });
      current = [];
      heading = false;
    };
    for (const line of block.lines) {
      const isHeading = /^#+\s/.test(line);
      // An item mark at the start of a line begins an item only after a line that closes a clause:
      // "…công tác thi đua / - khen thưởng, …" is one sentence that a line break cut at its dash.
      const startsItem = ITEM.test(plain(line)) && CLOSED.test(plain(current.at(-1) ?? '.'));
      if (current.length > 0 && (startsItem || isHeading || heading)) flush();
      if (isHeading) heading = true;
      current.push(isHeading ? line.replace(/^#+\s+/, '') : line);
    }
    flush();
  }
  return paragraphs;
}

/** A Markdown table row with its cells escaped for MDX ("|" inside a cell stays a character). */
function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((cell) => escapeMdx(cell.replace(/\|/g, '\\|')).replace(/^\\([#>|])/u, '$1') || ' ').join(' | ')} |`;
}

/** A Markdown table as read (its rows as lines), its cells escaped for MDX. */
function markdownTable(lines: readonly string[]): string {
  return lines
    .map((line) => {
      const cells = line
        .replace(/^\|/, '')
        .replace(/\|$/, '')
        .split(/(?<!\\)\|/);
      if (cells.every((cell) => /^\s*:?-+:?\s*$/.test(cell))) return line;
      return tableRow(cells.map((cell) => cell.trim()));
    })
    .join('\n');
}

/**
 * The MDX body, what it holds and the blocks written. A Roman-numbered part that is a title ("I.
 * NHIỆM VỤ CHUNG") is a heading "## I. …" in a campaign document; with `citableParts` (a cited
 * document's text, whose parts other documents cite: "phần II Chỉ thị số …") it is the paragraph
 * "**I.** …" that the anchor step names `phan-i`, as content/documents/ writes it.
 */
export function writeBody(
  blocks: readonly Block[],
  { citableParts = false }: { citableParts?: boolean } = {},
): { mdx: string; stats: BodyStats; written: WrittenBlock[] } {
  const stats: BodyStats = { paragraphs: 0, sections: [], bullets: 0, points: [], articles: [] };
  const written: WrittenBlock[] = [];
  const push = (kind: BlockKind, mdx: string) =>
    written.push({
      kind,
      mdx,
      text: plain(
        mdx
          .replace(/^## /, '')
          .replace(/^- /, '')
          .replace(/\\([.)\\{}<>#|])/g, '$1'),
      ),
    });
  for (const { text: raw, heading, table } of bodyParagraphs(blocks)) {
    stats.paragraphs += 1;
    if (table !== undefined) {
      push('paragraph', markdownTable(table));
      continue;
    }
    const text = raw.replace(/\s+/g, ' ').trim();
    const bare = plain(text);
    let match: RegExpExecArray | null;
    if ((match = ARTICLE.exec(text))) {
      stats.articles.push(match[2]!);
      const rest = balance(text.slice(match[0].length));
      push(
        'paragraph',
        `**${t('documents.word.article')} ${match[2]}.** ${escapeMdx(rest)}`.trimEnd(),
      );
    } else if ((match = NUMBERED.exec(text)) && stats.articles.length > 0) {
      // A khoản inside an article: plain "1\." as the document-type fixtures write it.
      stats.sections.push(match[2]!);
      push('paragraph', `${match[2]}\\. ${escapeMdx(balance(text.slice(match[0].length)))}`);
    } else if ((match = NUMBERED.exec(text))) {
      stats.sections.push(match[2]!);
      const rest = balance(text.slice(match[0].length));
      if (heading || isTitle(rest)) push('heading', `## ${match[2]}. ${escapeMdx(plain(rest))}`);
      else push('paragraph', `**${match[2]}.** ${escapeMdx(rest)}`);
    } else if ((match = ROMAN.exec(text)) && (heading || isTitle(text.slice(match[0].length)))) {
      stats.sections.push(match[2]!);
      const title = escapeMdx(plain(text.slice(match[0].length)));
      if (citableParts) push('paragraph', `**${match[2]}.** ${title}`);
      else push('heading', `## ${match[2]}. ${title}`);
    } else if (heading) {
      push('heading', `## ${escapeMdx(bare)}`);
    } else if (BULLET.test(bare)) {
      stats.bullets += 1;
      push('list-item', `- ${escapeMdx(text.replace(/^\**[-–−•+]\**\s+/u, ''))}`);
    } else if ((match = POINT.exec(bare))) {
      stats.points.push(match[1]!);
      push('paragraph', escapeMdx(text));
    } else push('paragraph', escapeMdx(text));
  }
  return { mdx: `${written.map((block) => block.mdx).join('\n\n')}\n`, stats, written };
}

/** Notes at the foot of the pages, as printed, after the text. */
export function writeFootnotes(footnotes: readonly string[]): string {
  return footnotes.map((note) => escapeMdx(note.replace(/\s+/g, ' ').trim())).join('\n\n');
}

/** The header row's first cell of a list table: "TT", "STT". */
const ROW_NUMBER_HEAD = /^S?TT$/iu;

/**
 * A table whose cells came one per line (a Word table saved as text): a head starting "TT" and rows
 * each starting with its number (1, 2, 3 …) and as many cells as the head. Undefined when the cells
 * do not fall into such rows (a cell left blank, a cell of two paragraphs): they stay paragraphs.
 */
export function cellTable(
  blocks: readonly Block[],
): { before: Block[]; rows: string[][]; after: Block[] } | undefined {
  const cells = blocks.map((block) => joinLines(block.lines.map((line) => plain(line))));
  const head = cells.findIndex((cell) => ROW_NUMBER_HEAD.test(cell));
  if (head < 0) return undefined;
  const firstRow = cells.indexOf('1', head + 1);
  const columns = firstRow - head;
  if (firstRow < 0 || columns < 2 || cells.slice(head, firstRow).some((cell) => cell.length > 80))
    return undefined;
  const rows: string[][] = [cells.slice(head, firstRow)];
  let at = firstRow;
  for (let n = 1; at < cells.length && cells[at] === String(n); n++) {
    const row = cells.slice(at, at + columns);
    // A row with a cell left out would take the next row's number: then the cells are no table.
    if (row.length < columns || row.slice(1).includes(String(n + 1))) return undefined;
    rows.push(row);
    at += columns;
  }
  if (rows.length < 2) return undefined;
  return { before: blocks.slice(0, head), rows, after: blocks.slice(at) };
}

/** A table found by cellTable, as Markdown rows. */
function tableMarkdown(rows: readonly (readonly string[])[]): string {
  return [
    tableRow(rows[0]!),
    `|${rows[0]!.map(() => ' --- ').join('|')}|`,
    ...rows.slice(1).map(tableRow),
  ].join('\n');
}

/**
 * The MDX of blocks in which tables whose cells came one per line are found again (cellTable): the
 * paragraphs between them as writeBody writes them, each table as a Markdown table.
 */
export function writeWithTables(
  blocks: readonly Block[],
  { citableParts = false }: { citableParts?: boolean } = {},
): { mdx: string; stats: BodyStats; written: WrittenBlock[] } {
  const table = cellTable(blocks);
  if (table === undefined) return writeBody(blocks, { citableParts });
  const before = writeBody(table.before, { citableParts });
  const after = writeWithTables(table.after, { citableParts });
  const markdown = tableMarkdown(table.rows);
  const parts = [before.mdx.trim(), markdown, after.mdx.trim()].filter((part) => part !== '');
  return {
    mdx: `${parts.join('\n\n')}\n`,
    stats: {
      paragraphs: before.stats.paragraphs + 1 + after.stats.paragraphs,
      sections: [...before.stats.sections, ...after.stats.sections],
      bullets: before.stats.bullets + after.stats.bullets,
      points: [...before.stats.points, ...after.stats.points],
      articles: [...before.stats.articles, ...after.stats.articles],
    },
    written: [
      ...(table.before.length === 0 ? [] : before.written),
      { kind: 'paragraph', mdx: markdown, text: table.rows.map((row) => row.join(' ')).join(' ') },
      ...after.written,
    ],
  };
}

/** What follows the signature, as attached texts after the body (src/documents/annex-text.ts). */
export function writeAnnexes(
  annexes: readonly ParsedAnnex[],
  { citableParts = false }: { citableParts?: boolean } = {},
): string {
  return annexes
    .map((annex, i) =>
      annexSection(i + 1, annex.head, writeWithTables(annex.blocks, { citableParts }).mdx.trim()),
    )
    .join('\n\n');
}
