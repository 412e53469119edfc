import { inflateRawSync } from 'node:zlib';
import { isElement, type HtmlNode } from './html.ts';

/** Reads one file out of a .zip (a .docx) with node:zlib: stored or deflated entries, no zip64. */
export function unzipEntry(zip: Uint8Array, name: string): string {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const entryName = buf.toString('utf8', at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const data = buf.subarray(start, start + size);
      return (method === 0 ? data : inflateRawSync(data)).toString('utf8');
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  throw new Error(`${name} is not in the zip file`);
}

/** The names of the files in a .zip (a .docx), in the order of its central directory. */
export function zipEntryNames(zip: Uint8Array): string[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const names: string[] = [];
  let at = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < buf.readUInt16LE(eocd + 10); i++) {
    const nameLength = buf.readUInt16LE(at + 28);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return names;
}

/** Decodes the five XML entities. */
function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The text of word/document.xml: each paragraph's runs joined, paragraphs separated by a space. */
export function docxText(documentXml: string): string {
  const paragraphs = documentXml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return paragraphs
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map(unescapeXml)
    .join(' ');
}

const BLOCKS = new Set([
  'article',
  'section',
  'header',
  'footer',
  'div',
  'p',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
]);

/**
 * The text of a document's article as paper shows it: blocks separated by a space, without the links to
 * self and the words only screen readers hear.
 */
export function printedText(node: HtmlNode): string {
  const parts: string[] = [];
  const walk = (n: HtmlNode) => {
    if (n.nodeName === '#text') parts.push((n as { value: string }).value);
    if (!isElement(n) && !('childNodes' in n)) return;
    if (isElement(n)) {
      const classes = (n.attrs.find((a) => a.name === 'class')?.value ?? '').split(/\s+/);
      if (classes.includes('self-link') || classes.includes('visually-hidden')) return;
    }
    const block = isElement(n) && BLOCKS.has(n.tagName);
    if (block) parts.push(' ');
    if ('childNodes' in n) for (const child of n.childNodes) walk(child);
    if (block) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The words of a text, the dash of a list item or a Nơi nhận line among them (text on both sides). */
export function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter((w) => w !== '');
}
