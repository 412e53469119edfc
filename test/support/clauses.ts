// A document's text cut into clauses, so each can be looked for, verbatim, in the rendered page.

/**
 * Splits a text into clauses (at `.`, `;`, `:` and line ends), after joining the sentences a page
 * break split (`joins`: each cut as the text has it, and how it reads joined) and removing Markdown
 * marks (emphasis, headings, list dashes). Throws when a join is not in the text, so a stale list
 * cannot pass silently.
 */
export function clausesOf(
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
    .map((line) =>
      line
        .replace(/^#+\s*/, '')
        .replace(/^-\s+/, '')
        .trim(),
    )
    .filter((line) => line !== '')
    .flatMap((line) => line.split(/(?<=[.;:])\s+/))
    .map((clause) => clause.replace(/\s+/g, ' ').trim())
    .filter((clause) => clause.length > 1);
}
