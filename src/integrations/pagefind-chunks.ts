// Pagefind writes its word index in chunks of about 20,000 word locations (a constant in its
// source, marked "TODO: parameterize"). For this site that is one 19 KB chunk that every first
// search fetches whole, and at 1,000 documents each new word of a query fetches a 66 KB chunk.
// After Pagefind has written its files, this module cuts the word index into small chunks, so a
// search fetches only the chunks of the words it has, and rewrites the metadata that lists them.
//
// The files are Pagefind's own format: gzip of "pagefind_dcd" followed by CBOR. Word entries are
// copied byte for byte; only the arrays around them and the chunk list of the metadata are
// written anew. The metadata's version is checked, so a Pagefind upgrade that changes the format
// fails the build instead of breaking search.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { INDEX_CHUNK_PREFIX } from '../constants.ts';

/** Pagefind versions whose file layout this module was written against. */
export const KNOWN_PAGEFIND_VERSIONS = ['1.6.0'];

const SIGNATURE = Buffer.from('pagefind_dcd');

/** A failure of this module, with what was wrong; the integration turns it into a build error. */
export class ChunkFormatError extends Error {}

// --- a minimal CBOR reader and writer (definite and indefinite lengths, as minicbor writes) ---

interface Head {
  major: number;
  /** The argument: a length, a count or a value; undefined for an indefinite length. */
  value: number | undefined;
  /** Offset of the first byte after the head. */
  next: number;
}

function readHead(bytes: Uint8Array, at: number): Head {
  const first = bytes[at];
  if (first === undefined) throw new ChunkFormatError(`CBOR ends early at byte ${at}`);
  const major = first >> 5;
  const info = first & 31;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (info < 24) return { major, value: info, next: at + 1 };
  if (info === 24) return { major, value: view.getUint8(at + 1), next: at + 2 };
  if (info === 25) return { major, value: view.getUint16(at + 1), next: at + 3 };
  if (info === 26) return { major, value: view.getUint32(at + 1), next: at + 5 };
  if (info === 27) return { major, value: Number(view.getBigUint64(at + 1)), next: at + 9 };
  if (info === 31) return { major, value: undefined, next: at + 1 };
  throw new ChunkFormatError(`unsupported CBOR head 0x${first.toString(16)} at byte ${at}`);
}

const BREAK = 0xff;

/** The offset just after the CBOR item that starts at `at`. */
export function skipItem(bytes: Uint8Array, at: number): number {
  const head = readHead(bytes, at);
  const { major, value } = head;
  let next = head.next;
  if (major === 0 || major === 1 || major === 7) return next;
  if (major === 2 || major === 3) {
    if (value !== undefined) return next + value;
    while (bytes[next] !== BREAK) next = skipItem(bytes, next);
    return next + 1;
  }
  if (major === 4 || major === 5) {
    const per = major === 5 ? 2 : 1;
    if (value === undefined) {
      while (bytes[next] !== BREAK) next = skipItem(bytes, next);
      return next + 1;
    }
    for (let i = 0; i < value * per; i++) next = skipItem(bytes, next);
    return next;
  }
  if (major === 6) return skipItem(bytes, next);
  throw new ChunkFormatError(`unsupported CBOR major type ${major} at byte ${at}`);
}

/** The byte ranges of the items of the array that starts at `at`, and the offset after it. */
export function arrayItems(bytes: Uint8Array, at: number): { items: Uint8Array[]; next: number } {
  const head = readHead(bytes, at);
  if (head.major !== 4) throw new ChunkFormatError(`expected a CBOR array at byte ${at}`);
  const items: Uint8Array[] = [];
  let next = head.next;
  const more = () =>
    head.value === undefined ? bytes[next] !== BREAK : items.length < head.value!;
  while (more()) {
    const end = skipItem(bytes, next);
    items.push(bytes.subarray(next, end));
    next = end;
  }
  return { items, next: head.value === undefined ? next + 1 : next };
}

/** Reads the text string at the start of `bytes`. */
export function readText(bytes: Uint8Array, at = 0): string {
  const head = readHead(bytes, at);
  if (head.major !== 3 || head.value === undefined)
    throw new ChunkFormatError(`expected a CBOR text string at byte ${at}`);
  return Buffer.from(bytes.subarray(head.next, head.next + head.value)).toString('utf8');
}

function encodeHead(major: number, value: number): Buffer {
  if (value < 24) return Buffer.from([(major << 5) | value]);
  if (value < 0x100) return Buffer.from([(major << 5) | 24, value]);
  if (value < 0x10000) {
    const b = Buffer.alloc(3);
    b[0] = (major << 5) | 25;
    b.writeUInt16BE(value, 1);
    return b;
  }
  const b = Buffer.alloc(5);
  b[0] = (major << 5) | 26;
  b.writeUInt32BE(value, 1);
  return b;
}

/** A CBOR array of already encoded items. */
export function encodeArray(items: Uint8Array[]): Buffer {
  return Buffer.concat([encodeHead(4, items.length), ...items]);
}

/** A CBOR text string. */
export function encodeText(text: string): Buffer {
  const utf8 = Buffer.from(text, 'utf8');
  return Buffer.concat([encodeHead(3, utf8.length), utf8]);
}

// --- Pagefind's files ---

/** The CBOR inside a Pagefind file (gzip of the signature and the CBOR). */
export function unpack(file: Uint8Array, name: string): Uint8Array {
  const raw = gunzipSync(file);
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE))
    throw new ChunkFormatError(`${name} does not start with Pagefind's signature`);
  return raw.subarray(SIGNATURE.length);
}

/** A Pagefind file from CBOR. */
export function pack(cbor: Uint8Array): Buffer {
  return gzipSync(Buffer.concat([SIGNATURE, cbor]), { level: 9 });
}

/** One word of the index: its (folded) text and its entry exactly as Pagefind encoded it. */
export interface WordEntry {
  word: string;
  bytes: Uint8Array;
}

/** The words of an index chunk, in order, and the chunk's fields after the word list. */
export function readIndexChunk(cbor: Uint8Array): { words: WordEntry[]; rest: Uint8Array[] } {
  const { items } = arrayItems(cbor, 0);
  const [list, ...rest] = items;
  if (list === undefined) throw new ChunkFormatError('an index chunk has no word list');
  const words = arrayItems(list, 0).items.map((bytes) => {
    const [word] = arrayItems(bytes, 0).items;
    if (word === undefined) throw new ChunkFormatError('a word entry has no word');
    return { word: readText(word), bytes };
  });
  return { words, rest };
}

/** An index chunk of these words, with the fields that followed the word list. */
export function writeIndexChunk(words: WordEntry[], rest: Uint8Array[]): Buffer {
  return encodeArray([encodeArray(words.map((w) => w.bytes)), ...rest]);
}

/** A chunk as the metadata lists it: words from `from` to `to` are in file `hash`. */
export interface ChunkRef {
  from: string;
  to: string;
  hash: string;
}

/** Pagefind's metadata: its version, its chunk list, and every field as encoded. */
export function readMeta(cbor: Uint8Array): {
  version: string;
  chunks: ChunkRef[];
  fields: Uint8Array[];
} {
  const { items: fields } = arrayItems(cbor, 0);
  const [version, , chunkList] = fields;
  if (version === undefined || chunkList === undefined)
    throw new ChunkFormatError('the metadata has no version or no chunk list');
  const chunks = arrayItems(chunkList, 0).items.map((item) => {
    const [from, to, hash] = arrayItems(item, 0).items;
    if (!from || !to || !hash) throw new ChunkFormatError('a chunk of the metadata lacks a field');
    return { from: readText(from), to: readText(to), hash: readText(hash) };
  });
  return { version: readText(version), chunks, fields };
}

/** The metadata with a new chunk list, every other field byte for byte. */
export function writeMeta(fields: Uint8Array[], chunks: ChunkRef[]): Buffer {
  const list = encodeArray(
    chunks.map((c) => encodeArray([encodeText(c.from), encodeText(c.to), encodeText(c.hash)])),
  );
  return encodeArray(fields.map((field, i) => (i === 2 ? list : field)));
}

// --- cutting ---

/** Characters two words must share at their start to stay in one chunk. */
export const SHARED_PREFIX = INDEX_CHUNK_PREFIX;

/**
 * Whether a chunk may end between two neighbouring words. Pagefind looks a query word up in the one
 * chunk whose range holds it and matches the words that start with it there, so a word is kept with
 * the words that extend its first three letters ("thi" with "thiet", "34" with "34cttw"); queries
 * shorter than that may miss extensions in a neighbouring chunk, as they do with Pagefind's own chunks.
 */
export function mayCutBetween(before: string, after: string): boolean {
  return !after.startsWith([...before].slice(0, SHARED_PREFIX).join(''));
}

/**
 * Cuts a sorted word list into chunks of about `targetBytes` of CBOR each: a chunk ends at the first
 * place it may end once it has reached the target.
 */
export function cutWords(words: WordEntry[], targetBytes: number): WordEntry[][] {
  const chunks: WordEntry[][] = [];
  let chunk: WordEntry[] = [];
  let size = 0;
  for (const [i, word] of words.entries()) {
    chunk.push(word);
    size += word.bytes.length;
    const next = words[i + 1];
    if (next !== undefined && size >= targetBytes && mayCutBetween(word.word, next.word)) {
      chunks.push(chunk);
      chunk = [];
      size = 0;
    }
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/**
 * The highest string below `word` that a query could hold ("tho" → "thn" + U+10FFFF), to close
 * the gap between one chunk's range and the next.
 */
export function justBelow(word: string): string {
  const points = [...word];
  const last = points.pop();
  if (last === undefined) return '';
  const code = last.codePointAt(0)!;
  if (code === 0 || (code > 0xd800 && code <= 0xe000)) return points.join('');
  return `${points.join('')}${String.fromCodePoint(code - 1)}\u{10FFFF}`;
}

/** The highest code point: the metadata's upper end of the last chunk. */
const TOP = '\u{10FFFF}';

/** The length, in code points, of the common start of two words. */
function sharedLength(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * The metadata's ranges for a list of chunks. They cover every string without gaps, so Pagefind
 * finds one chunk for any query word and never falls back to loading every chunk that might hold
 * an extension. A chunk starts at the shortest start of its first word that the chunk before does
 * not end with: at most SHARED_PREFIX letters (see mayCutBetween), so a word being typed finds the
 * chunk of the word it will become from its third letter, and a shorter start ("kh") finds the
 * chunk where its words begin, not the one before. A word that is not indexed finds the chunk of
 * its longest indexed prefix ("thamx" the chunk of "tham"), as it would in a single chunk.
 */
export function chunkRanges(chunks: WordEntry[][]): { from: string; to: string }[] {
  const starts = chunks.map((chunk, i) => {
    if (i === 0) return '';
    const first = chunk[0]!.word;
    const length = sharedLength(chunks[i - 1]!.at(-1)!.word, first) + 1;
    return [...first].slice(0, length).join('');
  });
  return chunks.map((_, i) => {
    const next = starts[i + 1];
    return { from: starts[i]!, to: next === undefined ? TOP : justBelow(next) };
  });
}

/** Pagefind's naming: language, underscore, the start of a hash of the content. */
export function contentName(language: string, bytes: Uint8Array, length: number): string {
  return `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, length)}`;
}

/** What the rechunking reads and writes, so it can run on files or in memory. */
export interface ChunkFiles {
  read: (path: string) => Promise<Uint8Array>;
  write: (path: string, bytes: Uint8Array) => Promise<void>;
  remove: (path: string) => Promise<void>;
}

/** What a rechunking did, for the build log and the tests. */
export interface RechunkReport {
  language: string;
  before: number;
  after: number;
  largest: number;
}

/** `pagefind-entry.json`: Pagefind's version and, per language, the hash that names its metadata. */
export interface BundleEntry {
  version: string;
  languages: Record<string, { hash: string }>;
}

/** Reads `pagefind-entry.json`. */
export async function readEntry(files: Pick<ChunkFiles, 'read'>): Promise<BundleEntry> {
  return JSON.parse(
    Buffer.from(await files.read('pagefind-entry.json')).toString('utf8'),
  ) as BundleEntry;
}

/** One language's word index as the bundle holds it: its metadata, and each listed chunk's words. */
export async function readWordIndex(
  files: Pick<ChunkFiles, 'read'>,
  hash: string,
): Promise<{
  metaPath: string;
  meta: ReturnType<typeof readMeta>;
  chunks: { ref: ChunkRef; words: WordEntry[]; rest: Uint8Array[] }[];
}> {
  const metaPath = `pagefind.${hash}.pf_meta`;
  const meta = readMeta(unpack(await files.read(metaPath), metaPath));
  const chunks = [];
  for (const ref of meta.chunks) {
    const path = `index/${ref.hash}.pf_index`;
    chunks.push({ ref, ...readIndexChunk(unpack(await files.read(path), path)) });
  }
  return { metaPath, meta, chunks };
}

/**
 * Rewrites the word index of every language of a Pagefind bundle in chunks of about `targetBytes`
 * of CBOR (larger if that would make more than `maxChunks`), renames the metadata after its new
 * content and points `pagefind-entry.json` at it.
 */
export async function rechunkBundle(
  files: ChunkFiles,
  { targetBytes, maxChunks }: { targetBytes: number; maxChunks: number },
): Promise<RechunkReport[]> {
  const entry = await readEntry(files);
  if (!KNOWN_PAGEFIND_VERSIONS.includes(entry.version))
    throw new ChunkFormatError(
      `Pagefind ${entry.version} is not one of ${KNOWN_PAGEFIND_VERSIONS.join(', ')}`,
    );
  const reports: RechunkReport[] = [];
  for (const [language, info] of Object.entries(entry.languages)) {
    const { metaPath, meta, chunks } = await readWordIndex(files, info.hash);
    if (meta.version !== entry.version)
      throw new ChunkFormatError(`${metaPath} is version ${meta.version}, not ${entry.version}`);
    const words = chunks.flatMap((chunk) => chunk.words);
    const rest = chunks[0]?.rest ?? [];
    // Every chunk costs a line of the metadata that each first search fetches: on a large site the
    // chunks grow so that there are at most maxChunks of them.
    const total = words.reduce((sum, w) => sum + w.bytes.length, 0);
    const cut = cutWords(words, Math.max(targetBytes, Math.ceil(total / maxChunks)));
    const ranges = chunkRanges(cut);
    const refs: ChunkRef[] = [];
    const names = new Set<string>();
    let largest = 0;
    for (const [i, chunk] of cut.entries()) {
      const packed = pack(writeIndexChunk(chunk, rest));
      largest = Math.max(largest, packed.length);
      // Seven hex digits as Pagefind uses, more if two chunks would share a name.
      let length = 7;
      while (names.has(contentName(language, packed, length))) length++;
      const hash = contentName(language, packed, length);
      names.add(hash);
      refs.push({ ...ranges[i]!, hash });
      await files.write(`index/${hash}.pf_index`, packed);
    }
    const kept = new Set(refs.map((r) => r.hash));
    for (const chunk of meta.chunks)
      if (!kept.has(chunk.hash)) await files.remove(`index/${chunk.hash}.pf_index`);
    const newMeta = pack(writeMeta(meta.fields, refs));
    const metaHash = contentName(language, newMeta, 10);
    await files.write(`pagefind.${metaHash}.pf_meta`, newMeta);
    if (metaHash !== info.hash) await files.remove(metaPath);
    info.hash = metaHash;
    reports.push({ language, before: meta.chunks.length, after: refs.length, largest });
  }
  await files.write('pagefind-entry.json', Buffer.from(JSON.stringify(entry)));
  return reports;
}
