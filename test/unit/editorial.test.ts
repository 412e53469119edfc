import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontMatter } from '../../src/content-disk/content-files.ts';

// Editorial rules of content/HUONG-DAN-BIEN-TAP.md that a machine can check, on the content files.

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));

interface Entry {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function readEntries(folder: string): Entry[] {
  return readdirSync(join(CONTENT, folder))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const text = readFileSync(join(CONTENT, folder, name), 'utf8');
      const split = splitFrontMatter(text);
      if (!split) throw new Error(`${folder}/${name}: no front matter`);
      return {
        file: `${folder}/${name}`,
        data: parse(split.yaml) as Record<string, unknown>,
        body: split.body,
      };
    });
}

function readYaml(name: string): Record<string, unknown>[] {
  return parse(readFileSync(join(CONTENT, name), 'utf8')) as Record<string, unknown>[];
}

/** Text the site writes in its own words: quotations (“…”) and document codes taken out. */
function ownWords(text: string): string {
  return text.replace(/“[^”]*”/g, '“”').replace(/(?:\d+\/)?[A-ZĐ]+(?:-[A-ZĐ]+)+/g, '');
}

interface Slip {
  original: string;
  reading: string;
}

const focusAreas = readEntries('focus-areas');
const guidance = readEntries('guidance');
const documents = readEntries('documents');
const campaign = readYaml('campaign.yaml')[0]!;

describe('a summary quotes the letter and alters nothing', () => {
  it.each(focusAreas.map((e) => [e.file, e] as const))(
    '%s: every phrase of the summary stands in the verbatim text',
    (_file, entry) => {
      const slips = (entry.data['slips'] ?? []) as Slip[];
      let verbatim = entry.body.replace(/\s+/g, ' ').trim();
      for (const slip of slips) {
        expect(verbatim, `the slip "${slip.original}" is in the verbatim text`).toContain(
          slip.original,
        );
        verbatim = verbatim.replaceAll(slip.original, slip.reading);
      }
      const summary = String(entry.data['summary']);
      const phrases = summary
        .split(/(?<=[;.])\s+/)
        .map((p) => p.replace(/[;.]$/, '').trim())
        .filter(Boolean);
      expect(phrases.length).toBeGreaterThan(0);
      for (const phrase of phrases) {
        const lower = phrase.charAt(0).toLowerCase() + phrase.slice(1);
        const found = verbatim.includes(phrase) || verbatim.includes(lower);
        expect(found, `summary phrase "${phrase}" is not in: ${verbatim}`).toBe(true);
      }
    },
  );

  it('names every movement as the letter does', () => {
    for (const entry of focusAreas) {
      for (const movement of (entry.data['movements'] ?? []) as string[]) {
        expect(entry.body, `${entry.file}: movement "${movement}"`).toContain(movement);
      }
    }
  });
});

describe('no deadline or actor the letter does not give', () => {
  it.each(guidance.map((e) => [e.file, e] as const))(
    '%s: a deadline is one its verbatim text states',
    (_file, entry) => {
      const deadline = entry.data['deadline'] as string | undefined;
      if (deadline === undefined) return;
      const [y, m, d] = deadline.split('-').map(Number);
      const written = [`${d} tháng ${m} năm ${y}`, `${d}/${m}/${y}`];
      expect(
        written.some((w) => entry.body.includes(w)),
        `deadline ${deadline}`,
      ).toBe(true);
    },
  );

  it.each(guidance.map((e) => [e.file, e] as const))(
    '%s: an actor is named in its verbatim text as the one who acts',
    (_file, entry) => {
      const actor = entry.data['actor'] as string | undefined;
      if (actor === undefined) return;
      expect(entry.body.trim().startsWith(actor), `actor "${actor}"`).toBe(true);
    },
  );
});

describe("the site's own sentences use one name for each thing", () => {
  const ownTexts: [string, string][] = [
    ...documents.flatMap((e) =>
      ['title', 'description', 'issuer'].map(
        (field) => [`${e.file} ${field}`, String(e.data[field])] as [string, string],
      ),
    ),
    ...documents.map((e) => [`${e.file} body`, e.body] as [string, string]),
    ...focusAreas.map((e) => [`${e.file} summary`, String(e.data['summary'])] as [string, string]),
    ...((campaign['milestones'] ?? []) as Record<string, string>[]).flatMap((m, i) =>
      ['title', 'detail'].map(
        (field) => [`campaign.yaml milestones[${i}].${field}`, m[field] ?? ''] as [string, string],
      ),
    ),
    ['campaign.yaml parentBody', String(campaign['parentBody'])],
    ['campaign.yaml reviewer', String(campaign['reviewer'])],
  ];

  it.each(ownTexts)('%s', (_where, text) => {
    const own = ownWords(text);
    expect(own, 'write “Ủy ban nhân dân tỉnh” in full').not.toMatch(/\bUBND\b/);
    expect(own, 'the council is “Hội đồng Thi đua - Khen thưởng Sở”').not.toMatch(
      /Hội đồng Thi đua, khen thưởng/,
    );
    expect(own, '“đến hết” reads more into the letter than “đến ngày”').not.toMatch(/đến hết/);
  });
});

describe('one label for each thing, in the dictionary and the content', () => {
  const dictionary = readdirSync(fileURLToPath(new URL('../../src/i18n/vi/', import.meta.url)))
    .filter((name) => name.endsWith('.ts'))
    .map((name) => [
      `src/i18n/vi/${name}`,
      readFileSync(new URL(`../../src/i18n/vi/${name}`, import.meta.url), 'utf8'),
    ]);
  const content = [...focusAreas, ...guidance, ...documents].map((e) => [
    `content/${e.file}`,
    `${JSON.stringify(e.data)}\n${e.body}`,
  ]);

  it.each([...dictionary, ...content])(
    '%s: "Số, ký hiệu", and "chưa xác định được" for an unknown',
    (_file, text) => {
      expect(text).not.toMatch(/số hiệu/i);
      expect(text).not.toMatch(/chưa rõ/i);
    },
  );
});
