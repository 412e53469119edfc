// Who publishes the campaign (content/campaign.yaml), and whether a document is theirs: a document
// its publisher issued is a campaign document, any other a cited document.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CONTENT_FILES } from '../../src/content-disk/content-paths.ts';
import { fold } from '../../src/vietnamese/fold.ts';
import { abbreviations } from '../../src/vietnamese/abbreviations.ts';
import { ADMINISTRATIVE_UNITS, BODY_ABBREVIATIONS } from '../../src/vietnamese/document-parts.ts';
import type { ParsedDocument } from './parse.ts';

export interface Publisher {
  publisher: string;
  parentBody: string;
}

/** The campaign's publisher (content/campaign.yaml), or undefined when the project has no campaign yet. */
export function readPublisher(root: string): Publisher | undefined {
  const path = join(root, CONTENT_FILES.campaign);
  if (!existsSync(path)) return undefined;
  let value: unknown;
  try {
    value = parseYaml(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
  const entries = Array.isArray(value) ? value : [value];
  const campaign = entries.find(
    (entry): entry is Record<string, unknown> =>
      typeof entry === 'object' && entry !== null && typeof entry['publisher'] === 'string',
  );
  if (campaign === undefined) return undefined;
  return {
    publisher: campaign['publisher'] as string,
    parentBody: typeof campaign['parentBody'] === 'string' ? campaign['parentBody'] : '',
  };
}

/** A name folded for comparison: no marks, lower case, only letters and digits between spaces. */
const folded = (text: string) =>
  fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Abbreviations of a body's name, spelled out for comparison ("ubnd" → "uy ban nhan dan"). */
const SPELLED_OUT = abbreviations
  .filter((a) => BODY_ABBREVIATIONS.includes(a.short))
  .map((a) => ({
    short: new RegExp(String.raw`\b${folded(a.short)}\b`, 'g'),
    long: folded(a.long[0]!),
  }));
/** A name's leading level of administration ("tinh lai chau" → "lai chau"). */
const UNIT = new RegExp(`^(?:${ADMINISTRATIVE_UNITS.map(folded).join('|')}) `);

/** A name folded for comparison: no accents, lower case, the bodies' abbreviations spelled out. */
function nameKey(name: string): string {
  let key = folded(name);
  for (const { short, long } of SPELLED_OUT) key = key.replace(short, long);
  return key;
}

/**
 * Whether the campaign's publisher issued the document: its issuer line names the publisher
 * ("SỞ CÔNG THƯƠNG" for "Sở Công Thương tỉnh Lai Châu"), and what the publisher's name adds to it
 * ("tỉnh Lai Châu") is in the parent body or the place of the heading.
 */
export function issuedBy(
  publisher: Publisher,
  doc: ParsedDocument,
  issuer: string | undefined,
): boolean {
  if (issuer === undefined) return false;
  const own = nameKey(publisher.publisher);
  const key = nameKey(issuer);
  if (key === '' || !(own === key || own.startsWith(`${key} `))) return false;
  const rest = own.slice(key.length).trim();
  const context = nameKey([...doc.organisations, doc.place ?? ''].join(' '));
  return rest === '' || context.includes(rest.replace(UNIT, ''));
}
