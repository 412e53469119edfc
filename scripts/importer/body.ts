// Writes the body of a document as MDX in the conventions of content/letter/cong-van.mdx, so the
// rehype step gives the same anchors: a numbered section "**1.** text" (or "## 5. Title" when the
// section is only a title), bullets "- text" separated by blank lines, points "a) text",
// articles "**Điều 1.** text". Each item that lost its own line gets it back.
import { t } from '../../src/i18n/index.ts';
import { CLOSED, plain, type Block } from './repair.ts';
import { ARTICLE_WORD, POINT_LETTER } from './words.ts';

export interface BodyStats {
  paragraphs: number;
  sections: string[];
  bullets: number;
  points: string[];
  articles: string[];
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

/** Splits blocks at lines that begin an item and joins the other lines of a block with spaces. */
export function bodyParagraphs(blocks: readonly Block[]): { text: string; heading: boolean }[] {
  const paragraphs: { text: string; heading: boolean }[] = [];
  for (const block of blocks) {
    let current: string[] = [];
    let heading = false;
    const flush = () => {
      if (current.length > 0) paragraphs.push({ text: joinLines(current), heading });
      current = [];
      heading = false;
    };
    for (const line of block) {
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

/**
 * The MDX body and what it holds. A Roman-numbered part that is a title ("I. NHIỆM VỤ CHUNG") is a
 * heading "## I. …" in a campaign document; with `citableParts` (a cited document's text, whose
 * parts other documents cite: "phần II Chỉ thị số …") it is the paragraph "**I.** …" that the anchor
 * step names `phan-i`, as content/documents/ writes it.
 */
export function writeBody(
  blocks: readonly Block[],
  { citableParts = false }: { citableParts?: boolean } = {},
): { mdx: string; stats: BodyStats } {
  const stats: BodyStats = { paragraphs: 0, sections: [], bullets: 0, points: [], articles: [] };
  const out: string[] = [];
  for (const { text: raw, heading } of bodyParagraphs(blocks)) {
    const text = raw.replace(/\s+/g, ' ').trim();
    const bare = plain(text);
    stats.paragraphs += 1;
    let match: RegExpExecArray | null;
    if ((match = ARTICLE.exec(text))) {
      stats.articles.push(match[2]!);
      const rest = balance(text.slice(match[0].length));
      out.push(`**${t('documents.word.article')} ${match[2]}.** ${escapeMdx(rest)}`.trimEnd());
    } else if ((match = NUMBERED.exec(text)) && stats.articles.length > 0) {
      // A khoản inside an article: plain "1\." as the document-type fixtures write it.
      stats.sections.push(match[2]!);
      out.push(`${match[2]}\\. ${escapeMdx(balance(text.slice(match[0].length)))}`);
    } else if ((match = NUMBERED.exec(text))) {
      stats.sections.push(match[2]!);
      const rest = balance(text.slice(match[0].length));
      if (heading || isTitle(rest)) out.push(`## ${match[2]}. ${escapeMdx(plain(rest))}`);
      else out.push(`**${match[2]}.** ${escapeMdx(rest)}`);
    } else if ((match = ROMAN.exec(text)) && (heading || isTitle(text.slice(match[0].length)))) {
      stats.sections.push(match[2]!);
      const title = escapeMdx(plain(text.slice(match[0].length)));
      out.push(citableParts ? `**${match[2]}.** ${title}` : `## ${match[2]}. ${title}`);
    } else if (heading) {
      out.push(`## ${escapeMdx(bare)}`);
    } else if (BULLET.test(bare)) {
      stats.bullets += 1;
      out.push(`- ${escapeMdx(text.replace(/^\**[-–−•+]\**\s+/u, ''))}`);
    } else if ((match = POINT.exec(bare))) {
      stats.points.push(match[1]!);
      out.push(escapeMdx(text));
    } else out.push(escapeMdx(text));
  }
  return { mdx: `${out.join('\n\n')}\n`, stats };
}
