// @ts-check
// `npm run bench:import [-- --dir FOLDER] [--only 08,11] [--show-misses]`: the importer on real
// documents, as a Sở has them in hand. Reads a folder of documents and its manifest.json (by default
// ../shared/real-docs beside the project; a message and exit 0 when it is absent), imports each one
// (--dry-run, in a temporary project whose publisher is none of theirs, so each is filed as another
// body's document with its full text, as the site would file it) and prints per document: imported or
// refused (with the importer's message), each manifest field right or wrong, and how many body
// paragraphs come back word for word; then the totals per field.
//
// How fields are compared (both sides NFC, runs of white space as one space, trimmed):
// - identifier: all white space removed ("5973 /UBND-KT" is 5973/UBND-KT, "/TTr - SCT" is /TTr-SCT);
//   the importer's number and code are printed as the form prints them (27-CT/TU, /KH-SCT);
// - issuer: the heading's issuer lines, parent body first, joined by " / ", in capitals as printed;
// - title: the trích yếu without a leading "V/v" (the manifest's README leaves it out, its công văn
//   entries keep it), compared without regard to case (the site writes a trích yếu with a capital);
// - signerRole: the signature block's printed lines, as the page prints them, joined by " / ";
// - signer and signerRole null: the document has no signature block, and none may be read;
// - every other field (type, date, place, signer): exactly.
//
// How body paragraphs are counted (the reference is read from the source, not from the importer):
// the source's paragraphs are its lines (one paragraph per line: Word, Markdown or web copies; a
// line in lower case after a line left open goes on the sentence a page break cut) or,
// in the text of a PDF laid out in columns (form feeds or two-column lines), runs of lines that a
// blank line or a first-line indent starts; a paragraph cut by a page break (the next line in lower
// case after an open line) goes on, and a footnote at the foot of a page is a paragraph of its own.
// Page numbers and lines with no letter or digit are not paragraphs. The body is what lies between
// the trích yếu (and the Kính gửi lines after it) and the Nơi nhận or the signature, plus what follows
// the signer's name (an annex). A paragraph is kept when it comes back whole, word for word, as a
// paragraph of the document the importer wrote: its body, its annexes, a Quyết định's preamble, or a
// note under the trích yếu. Both sides are compared without Markdown marks (emphasis, heading and
// list marks, escapes) and with the same white space rule as the fields.
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseFrontMatter, splitFrontMatter } from '../../src/content-disk/content-files.ts';
import { splitAnnexes } from '../../src/documents/annex-text.ts';
import { D_STROKE } from '../../src/vietnamese/orthography.ts';
import { t, vi } from '../../src/i18n/index.ts';
import { signatureLines } from '../../src/documents/document-form.ts';
import { importDocument } from '../importer/run.ts';
import { PROJECT_DIR } from '../dev/project-copy.mjs';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    only: { type: 'string' },
    'show-misses': { type: 'boolean' },
  },
});
const DIR = resolve(values.dir ?? join(PROJECT_DIR, '..', 'shared', 'real-docs'));
const MANIFEST = join(DIR, 'manifest.json');
if (!existsSync(MANIFEST)) {
  console.log(`No manifest at ${MANIFEST}: nothing to measure (give another folder with --dir).`);
  process.exit(0);
}

/** The manifest fields measured, in the order printed. */
const FIELDS = ['type', 'identifier', 'issuer', 'date', 'place', 'title', 'signer', 'signerRole'];

/** @typedef {Record<string, string | null>} Fields */

/** NFC, runs of white space as one space, trimmed. */
const squash = (/** @type {string} */ text) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/** @type {Record<string, (value: string) => string>} */
const NORMALISE = {
  identifier: (value) => squash(value).replace(/\s+/g, ''),
  title: (value) => squash(value).replace(SUBJECT_PREFIX, '').toLocaleLowerCase('vi'),
};
const normalise = (/** @type {string} */ field, /** @type {string | null} */ value) =>
  value === null ? null : (NORMALISE[field] ?? squash)(value);

/** A publisher none of the documents has, so each is filed as another body's document. */
const CAMPAIGN_YAML = [
  'id: campaign',
  'name: "Phong trao thu nghiem"',
  'publisher: "Co quan thu nghiem"',
  'parentBody: "Co quan cap tren thu nghiem"',
  '',
].join('\n');

/** The manifest's fields as the imported file gives them. */
function fieldsOf(/** @type {Record<string, any>} */ data) {
  const text = data['text'];
  /** @type {Record<string, any>} */
  const printed =
    text !== undefined
      ? {
          ...text,
          lines: [text.parentBody, text.issuerLine],
          separator: text.form === 'party' ? '-' : '/',
        }
      : {
          ...data,
          lines: [data['parentBody'], data['issuer']],
          separator: '/',
        };
  const signer = printed.signer;
  return {
    type: data['type'] ?? null,
    identifier: `${printed.number ?? ''}${printed.separator}${printed.code ?? ''}`,
    issuer: printed.lines.filter(Boolean).join(' / '),
    date: printed.date ?? null,
    place: printed.place ?? null,
    title: data['subject'] ?? null,
    signer: signer?.name ?? null,
    signerRole: signer === undefined ? null : signatureLines(signer).join(' / '),
  };
}

// --- the reference body paragraphs, read from the source --------------------------------------

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** The form's words, from the dictionary (no Vietnamese outside the word folders). */
const RECIPIENTS = t('forms.recipients').replace(/:$/, '');
const DISTRIBUTION = t('forms.distribution').replace(/:$/, '');
const SUBJECT_PREFIX = new RegExp(
  `^${t('importer.word.subjectPrefix').replace('/', '\\/')}\\s+`,
  'u',
);
/** A date whose day and month are left blank by wide spaces ("ngày        tháng"). */
const [DAY, MONTH] = vi['documents.date.heading'].split(/\s*\{\w+\}\s*/);
const BLANK_DATE = new RegExp(`(?:${DAY}|${MONTH}) {8,}`, 'u');
const PAGE_NUMBER = new RegExp(
  String.raw`^\s*(?:[-–—]\s*)?(?:${t('importer.word.page')}\s+)?\d{1,3}(?:\s*[-–—])?\s*$`,
  'iu',
);
const OPEN_END = /[^.:;!?…)\]”"'*»]$/u;
const FOOTNOTE = /^\s+\d{1,2}\s+\S/u;
const INDENTED = /^(?: {2,}|\t)/;
/** An item's mark: a line that starts with one starts a paragraph, whatever the line before. */
const ITEM_MARK = new RegExp(
  String.raw`^(?:[-–−•+*]\s|[a-z${D_STROKE}]\)\s|\d+(?:\.\d+)*[.)]\s|[IVXLC]+\.\s|[A-Z]\.\s)`,
  'u',
);
/** A line in capitals: a title (a trích yếu under it in lower case does not go on it). */
const capitals = (/** @type {string} */ text) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
/**
 * Whether a line goes on the paragraph before: in lower case after a sentence left open, or a title
 * in capitals wrapped onto a second line of capitals.
 */
const goesOn = (/** @type {string} */ before, /** @type {string} */ line) => {
  const previous = readable(before);
  if (!OPEN_END.test(previous) || ITEM_MARK.test(line)) return false;
  if (capitals(previous))
    return (
      previous.length >= 40 && capitals(line) && /^\p{Lu}/u.test(readable(line)) && /\s/.test(line)
    );
  return /^\p{Ll}/u.test(line);
};

/** Markdown marks, escapes and list marks off, white space squashed: what a reader reads. */
function readable(/** @type {string} */ text) {
  return squash(
    text
      .replace(/^\s*#{1,6}\s+/u, '')
      .replace(/\[\^(\d+)\]:?/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
      .replace(/\*+|`+/g, '')
      .replace(/^\s*[-–−•+]\s+/u, ''),
  );
}

/**
 * Whether a source is the text of a PDF laid out in columns (pdftotext -layout): page breaks, or
 * three lines or more in two columns (a wide gap between words, not inside a blank date or number,
 * not in a Markdown table).
 */
function isLayout(/** @type {string[]} */ lines) {
  const columns = lines.filter(
    (line) =>
      !line.trim().startsWith('|') &&
      /\p{L}{2}[,.;:]? {8,}\p{L}{2}/u.test(line.trim()) &&
      !BLANK_DATE.test(line),
  );
  return lines.some((line) => line.includes('\f')) || columns.length >= 3;
}

/** Whether a source is a Markdown copy: two of headings, escapes, star bullets, bold. */
function isMarkdown(/** @type {string} */ source) {
  const signs = [/^\s*#{1,6}\s+\S/m, /\\[-.*_#+!()[\]]/, /^\s*[*+]\s{1,4}\S/m, /\*\*[^*\n]+\*\*/];
  return signs.filter((sign) => sign.test(source)).length >= 2;
}

/** Lines `from` to `to` of a source as paragraphs. */
function paragraphsOf(
  /** @type {string[]} */ lines,
  /** @type {boolean} */ layout,
  /** @type {boolean} */ markdown,
  /** @type {number} */ from,
  /** @type {number} */ to,
) {
  /** @type {{ text: string, footnote?: boolean }[]} */
  const paragraphs = [];
  /** @type {{ text: string, footnote?: boolean } | undefined} */
  let current;
  /** @type {{ text: string, footnote?: boolean } | undefined} */
  let interrupted;
  let blank = false;
  for (let index = from; index < to; index++) {
    const raw = lines[index] ?? '';
    const line = raw.replace(/\f/g, '');
    if (raw.includes('\f') && current?.footnote) {
      // A footnote ends with its page; the paragraph it interrupted goes on.
      current = interrupted;
      interrupted = undefined;
      blank = false;
    }
    // A number alone is a page number in a PDF's text or a Markdown copy; in a Word or web copy
    // (no pages) it is a table's cell.
    const pageNumber = PAGE_NUMBER.test(line) && (layout || markdown);
    if (line.trim() === '' || pageNumber || !LETTER_OR_DIGIT.test(line)) {
      if (line.trim() === '') blank = true;
      continue;
    }
    const trimmed = line.trim();
    if (!layout) {
      // One paragraph per line, but a sentence a page break cut goes on in lower case.
      const last = paragraphs.at(-1);
      if (last !== undefined && goesOn(last.text, trimmed))
        last.text = `${last.text.trimEnd()} ${trimmed}`;
      else paragraphs.push({ text: line });
      continue;
    }
    // At a page break a blank line between paragraphs may be lost: a closed line ends one there.
    const pageBreak = raw.includes('\f') && !blank;
    const continues =
      current !== undefined &&
      (current.footnote ||
        (blank || INDENTED.test(line) || pageBreak ? goesOn(current.text, trimmed) : true));
    if (blank && FOOTNOTE.test(line) && current !== undefined && !current.footnote) {
      interrupted = current;
      current = { text: trimmed, footnote: true };
      paragraphs.push(current);
    } else if (continues && current !== undefined) {
      current.text = /[\p{L}\p{N}]-$/u.test(current.text)
        ? `${current.text}${trimmed}`
        : `${current.text} ${trimmed}`;
    } else {
      current = { text: trimmed };
      paragraphs.push(current);
    }
    blank = false;
  }
  return paragraphs.map((p) => p.text);
}

/** The reference: the source's paragraphs of the body and of what follows the signature. */
function referenceParagraphs(/** @type {string} */ source, /** @type {Fields} */ manifest) {
  const lines = source
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const layout = isLayout(lines);
  const markdown = isMarkdown(source);
  const flat = lines.map((line) => readable(line.replace(/\f/g, '')));
  // The body starts after the line where the trích yếu ends (the whole trích yếu is looked for,
  // else its last five words).
  const title = readable(manifest['title'] ?? '')
    .replace(SUBJECT_PREFIX, '')
    .toLocaleLowerCase('vi');
  let start = 0;
  if (title !== '') {
    let offset = 0;
    const lineAt = flat.map((line, i) => {
      const entry = { from: offset, line: i };
      offset += line.length + 1;
      return entry;
    });
    const all = flat.join(' ').replace(/\s+/g, ' ').toLocaleLowerCase('vi');
    const spaced = flat.join(' ').toLocaleLowerCase('vi');
    let end = -1;
    for (const probe of [title, title.split(' ').slice(-5).join(' ')]) {
      // Map a match in the squashed text back to the text with its line breaks.
      const at = all.indexOf(probe);
      if (at < 0) continue;
      let squashed = 0;
      for (let k = 0; k < spaced.length; k++) {
        if (squashed === at + probe.length) {
          end = k;
          break;
        }
        if (!(/\s/.test(spaced[k] ?? '') && /\s/.test(spaced[k - 1] ?? ''))) squashed += 1;
      }
      if (end >= 0) break;
    }
    if (end >= 0) start = (lineAt.findLast((entry) => entry.from <= end - 1)?.line ?? 0) + 1;
  }
  // Kính gửi and its lines after the trích yếu are not body.
  let afterRecipients = start;
  const recipientsAt = flat.findIndex(
    (line, i) => i >= start && i < start + 12 && line.includes(RECIPIENTS),
  );
  if (recipientsAt >= 0) {
    afterRecipients = recipientsAt + 1;
    let previous = flat[recipientsAt] ?? '';
    for (let i = recipientsAt + 1; i < flat.length; i++) {
      const line = flat[i] ?? '';
      if (line === '') {
        if (i > recipientsAt + 1 && flat[i - 1] !== '') break;
        afterRecipients = i + 1;
        continue;
      }
      const item = /^\s*[-–−•+*]\s/.test(lines[i] ?? '');
      if (!item && /[.;]$/u.test(previous)) break;
      previous = line;
      afterRecipients = i + 1;
    }
  }
  // An annex: what follows the signer's name.
  const signer = manifest['signer'];
  const nameAt =
    signer === null || signer === undefined
      ? -1
      : flat.findLastIndex((line) => line === squash(signer));
  // The footer: the last "Nơi nhận", or the signature's first line, whichever comes first.
  const role = (manifest['signerRole'] ?? '').split(' / ')[0] ?? '';
  const distributionAt = flat.findLastIndex((line) => line.startsWith(DISTRIBUTION));
  const roleAt =
    role === ''
      ? -1
      : flat.findLastIndex((line, i) => (nameAt < 0 || i < nameAt) && line.startsWith(role));
  const footerAt = [distributionAt, roleAt].filter((i) => i >= afterRecipients);
  const end = footerAt.length === 0 ? lines.length : Math.min(...footerAt);
  return [
    ...paragraphsOf(lines, layout, markdown, afterRecipients, end),
    ...(nameAt >= 0 ? paragraphsOf(lines, layout, markdown, nameAt + 1, lines.length) : []),
  ]
    .flatMap(cells)
    .map(readable)
    .filter((text) => LETTER_OR_DIGIT.test(text));
}

/** A Markdown table row ("| 1 | Tên | Ghi chú |") as its cells; any other paragraph as itself. */
function cells(/** @type {string} */ paragraph) {
  const row = /^\|(.*)\|$/.exec(paragraph.trim());
  return row === null ? [paragraph] : (row[1] ?? '').split('|');
}

/** The paragraphs of what the importer wrote: body, annexes, preamble, notes. */
function writtenParagraphs(/** @type {Record<string, any>} */ data, /** @type {string} */ body) {
  const text = splitAnnexes(body);
  const units = [text.body, ...text.annexes.map((annex) => annex.markdown)]
    .flatMap((markdown) => markdown.split(/\n{2,}/))
    .flatMap((block) => (/^\|/.test(block) ? block.split('\n') : [block]))
    .flatMap(cells);
  for (const { head } of text.annexes)
    units.push(head.label ?? '', head.title ?? '', head.note ?? '');
  const decision = data['decision'] ?? data['text']?.decision;
  if (decision !== undefined)
    units.push(
      decision.authority,
      ...decision.bases,
      ...[decision.proposal ?? []].flat(),
      // The line the form prints after the preamble.
      t('forms.decides'),
      t('forms.resolves'),
    );
  for (const annex of data['annexes'] ?? []) {
    units.push(annex.label ?? '', annex.title ?? '', annex.note ?? '');
    units.push(...annex.columns, ...annex.rows.flat());
  }
  return new Set(units.filter(Boolean).map(readable));
}

// --- the run -----------------------------------------------------------------------------------

/** @type {(Fields & { file: string })[]} */
const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
const only = values.only?.split(',');
const entries = manifest.filter(
  (entry) => only === undefined || only.some((prefix) => entry.file.startsWith(prefix)),
);
const scratch = mkdtempSync(join(tmpdir(), 'bench-import-'));
/** @type {Record<string, number>} */
const right = Object.fromEntries(FIELDS.map((field) => [field, 0]));
let imported = 0;
let kept = 0;
let paragraphs = 0;
const rows = [];
try {
  for (const [n, entry] of entries.entries()) {
    const root = join(scratch, `root-${n}`);
    mkdirSync(join(root, 'content', 'letter'), { recursive: true });
    mkdirSync(join(root, 'content', 'documents'), { recursive: true });
    writeFileSync(join(root, 'content', 'campaign.yaml'), CAMPAIGN_YAML);
    const file = join(DIR, entry.file);
    const source = readFileSync(file, 'utf8');
    const reference = referenceParagraphs(source, entry);
    if (process.env['BENCH_REFERENCE'])
      for (const paragraph of reference)
        console.log(`  ref ${entry.file.slice(0, 2)}: ${paragraph}`);
    paragraphs += reference.length;
    /** @type {Fields | undefined} */
    let got;
    let status;
    let keptHere = 0;
    /** @type {string[]} */
    const lost = [];
    try {
      const result = await importDocument({ file, root, dryRun: true });
      const split = splitFrontMatter(result.content);
      const data = parseFrontMatter(split?.yaml ?? '');
      got = fieldsOf(data);
      const written = writtenParagraphs(data, split?.body ?? '');
      for (const paragraph of reference)
        if (written.has(paragraph)) keptHere += 1;
        else lost.push(paragraph);
      status = `imported (${result.kind})`;
      imported += 1;
    } catch (error) {
      status = `REFUSED: ${/** @type {Error} */ (error).message}`;
    }
    kept += keptHere;
    const marks = FIELDS.map((field) => {
      const want = normalise(field, entry[field] ?? null);
      const have = got === undefined ? undefined : normalise(field, got[field] ?? null);
      const ok = got !== undefined && want === have;
      if (ok) right[field] = (right[field] ?? 0) + 1;
      return { field, ok, want, have };
    });
    rows.push({ entry, status, marks, keptHere, total: reference.length, lost });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

for (const { entry, status, marks, keptHere, total, lost } of rows) {
  const score = marks.filter((m) => m.ok).length;
  console.log(`\n${entry.file}: ${status}`);
  console.log(
    `  fields ${score}/${FIELDS.length}: ${marks.map((m) => `${m.ok ? '✓' : '✗'} ${m.field}`).join('  ')}`,
  );
  for (const m of marks.filter((mark) => !mark.ok && mark.have !== undefined))
    console.log(`    ${m.field}: want ${JSON.stringify(m.want)}, got ${JSON.stringify(m.have)}`);
  console.log(`  body paragraphs word for word: ${keptHere}/${total}`);
  if (values['show-misses'])
    for (const paragraph of lost) console.log(`    - ${paragraph.slice(0, 160)}`);
}

const pct = (/** @type {number} */ a, /** @type {number} */ b) =>
  b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)} %`;
const total = entries.length;
const allRight = Object.values(right).reduce((a, b) => a + b, 0);
console.log('\n| document | imported | fields right | body paragraphs kept |');
console.log('| --- | --- | --- | --- |');
for (const { entry, status, marks, keptHere, total: count } of rows)
  console.log(
    `| ${entry.file.slice(0, 2)} | ${status.startsWith('imported') ? 'yes' : 'no'} | ${marks.filter((m) => m.ok).length}/${FIELDS.length} | ${keptHere}/${count} |`,
  );
console.log('\n| field | right |');
console.log('| --- | --- |');
for (const field of FIELDS)
  console.log(`| ${field} | ${right[field]}/${total} (${pct(right[field] ?? 0, total)}) |`);
console.log(`\nimported: ${imported}/${total}`);
console.log(
  `fields right: ${allRight}/${total * FIELDS.length} (${pct(allRight, total * FIELDS.length)})`,
);
console.log(`body paragraphs kept word for word: ${kept}/${paragraphs} (${pct(kept, paragraphs)})`);
