// A text attached to a document after its signature (Phụ lục, NĐ 30 Phụ lục I III.1: a programme, a
// list, a table), kept in the document's MDX body after its text, in a section of its own that the page
// and the Word copy print after the signature:
//
//   <section data-annex="1" className="phu-luc">
//   <p className="phu-luc__label"><strong>{"Phụ lục"}</strong></p>
//   <h2 className="phu-luc__title">{"DANH SÁCH …"}</h2>
//   <p className="phu-luc__note"><em>{"(Kèm theo Quyết định số …)"}</em></p>
//
//   …its text in Markdown: paragraphs, "## " headings, "- " items, "| … |" table rows…
//
//   </section>
//
// The importer writes it (scripts/importer/body.ts), the page cuts its rendered HTML at the section
// (DocumentFrame), the Word copy reads it back (src/docx/document-docx.ts). Pure, no Astro.

/** The head of an attached text: its label ("Phụ lục II"), title (capitals) and note ("(Kèm theo …)"). */
export interface AnnexHead {
  label?: string | undefined;
  title?: string | undefined;
  note?: string | undefined;
}

/** An attached text: its head and its Markdown. */
export interface AnnexText {
  head: AnnexHead;
  markdown: string;
}

/** What opens an attached text in the MDX and in the HTML it renders to. */
const OPEN = '<section data-annex=';
const SECTION = /^<section data-annex="\d+" className="phu-luc">\n([\s\S]*?)\n<\/section>$/gm;
const HEAD_LINE = /^<(p|h2) className="phu-luc__(label|title|note)">(?:<(?:strong|em)>)?\{(".*")\}/;

/** The MDX of the n-th attached text (1-based). */
export function annexSection(n: number, head: AnnexHead, markdown: string): string {
  const lines = [`<section data-annex="${n}" className="phu-luc">`];
  const text = (value: string) => `{${JSON.stringify(value)}}`;
  if (head.label !== undefined)
    lines.push(`<p className="phu-luc__label"><strong>${text(head.label)}</strong></p>`);
  if (head.title !== undefined)
    lines.push(`<h2 className="phu-luc__title">${text(head.title)}</h2>`);
  if (head.note !== undefined)
    lines.push(`<p className="phu-luc__note"><em>${text(head.note)}</em></p>`);
  return `${lines.join('\n')}\n\n${markdown.trim()}\n\n</section>`;
}

/** A document's MDX body as its text and the texts attached after it. */
export function splitAnnexes(mdx: string): { body: string; annexes: AnnexText[] } {
  const at = mdx.indexOf(OPEN);
  if (at < 0) return { body: mdx, annexes: [] };
  const annexes: AnnexText[] = [];
  for (const match of mdx.slice(at).matchAll(SECTION)) {
    const head: AnnexHead = {};
    const rest: string[] = [];
    for (const line of match[1]!.split('\n')) {
      const part = HEAD_LINE.exec(line);
      if (part === null) rest.push(line);
      else head[part[2] as keyof AnnexHead] = JSON.parse(part[3]!) as string;
    }
    annexes.push({ head, markdown: rest.join('\n').trim() });
  }
  return { body: mdx.slice(0, at).trimEnd(), annexes };
}

/** The rendered HTML of a body, cut where its attached texts begin. */
export function splitAnnexHtml(html: string): { body: string; annexes: string } {
  const at = html.indexOf(OPEN);
  return at < 0
    ? { body: html, annexes: '' }
    : { body: html.slice(0, at), annexes: html.slice(at) };
}

/** A row of a Markdown table ("| 1 | Tên | Ghi chú |"). */
const PIPE_ROW = /^\|(.*)\|$/;
/** The row under a Markdown table's head ("| --- | :---: |"). */
const DELIMITER_ROW = /^\|(?:\s*:?-+:?\s*\|)+$/;

/** Whether every line of a paragraph is a row of a Markdown table. */
export function isPipeTable(lines: readonly string[]): boolean {
  return lines.length > 1 && lines.every((line) => PIPE_ROW.test(line.trim()));
}

/** The cells of a Markdown table, row by row, its delimiter row left out; undefined for another text. */
export function pipeTableRows(text: string): string[][] | undefined {
  const lines = text.trim().split('\n');
  if (!isPipeTable(lines)) return undefined;
  return lines
    .map((line) => line.trim())
    .filter((line) => !DELIMITER_ROW.test(line))
    .map((line) =>
      PIPE_ROW.exec(line)![1]!
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
}
