// A document's text as its signed copy words it: whole lines, or cut into clauses, so each can be
// looked for, verbatim, in the rendered, printed or copied page.

/**
 * The text's lines as the signed copy has them, one block a line: the sentences a page break split
 * joined again (`joins`: each cut as the text has it, and how it reads joined), Markdown marks
 * (emphasis, headings, escapes) removed, the dash that opens an item kept. Throws when a join is not
 * in the text, so a stale list cannot pass silently.
 */
export function plainLines(
  source: string,
  joins: readonly (readonly [string, string])[] = [],
): string[] {
  let text = source;
  for (const [split, joined] of joins) {
    if (!text.includes(split))
      throw new Error(`the text no longer contains the page break "${split}"`);
    text = text.replace(split, joined);
  }
  return text
    .replace(/\*+/g, '')
    .replace(/\\(?=[.)])/g, '')
    .split('\n')
    .map((line) => line.replace(/^#+\s*/, '').trim())
    .filter((line) => line !== '');
}

/**
 * Splits a text into clauses (at `.`, `;`, `:` and line ends): its plain lines (`plainLines`) without
 * the dash that opens an item.
 */
export function clausesOf(
  source: string,
  joins: readonly (readonly [string, string])[] = [],
): string[] {
  return plainLines(source, joins)
    .map((line) => line.replace(/^-\s+/, ''))
    .flatMap((line) => line.split(/(?<=[.;:])\s+/))
    .map((clause) => clause.replace(/\s+/g, ' ').trim())
    .filter((clause) => clause.length > 1);
}
