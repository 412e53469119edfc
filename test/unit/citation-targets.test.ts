import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCitationTargets } from '../../src/content-disk/citation-targets.ts';

let root: string;

/** Makes a fresh folder under the temporary root holding the given files. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/** A document file with the given front matter lines. */
function doc(...lines: string[]): string {
  return `---\n${lines.join('\n')}\n---\n\nNội dung.\n`;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'citation-targets-'));
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('loadCitationTargets on good files', () => {
  it('reads type, identifier and aliases, sorted by file name, ids from file names', () => {
    const dir = folder('good', {
      'chi-thi-34-ct-tw.mdx': doc(
        'title: "Chỉ thị 34"',
        'type: "Chỉ thị"',
        'identifier: "34-CT/TW"',
        'aliases: []',
      ),
      'b-nghi-quyet.md': doc(
        'type: Nghị quyết',
        'identifier: null',
        'aliases:',
        '  - "Nghị quyết Đại hội XIV"',
        '  - Nghị quyết XIV',
      ),
      'cong-van.mdx': doc('type: Công văn', 'identifier: 1954/UBND-TH'),
    });
    expect(loadCitationTargets(dir)).toEqual([
      {
        id: 'b-nghi-quyet',
        type: 'Nghị quyết',
        identifier: null,
        aliases: ['Nghị quyết Đại hội XIV', 'Nghị quyết XIV'],
        hasText: false,
      },
      {
        id: 'chi-thi-34-ct-tw',
        type: 'Chỉ thị',
        identifier: '34-CT/TW',
        aliases: [],
        hasText: false,
      },
      { id: 'cong-van', type: 'Công văn', identifier: '1954/UBND-TH', aliases: [], hasText: false },
    ]);
  });

  it('says which documents carry their text (a provision cited links into it)', () => {
    const dir = folder('text', {
      'a.mdx': doc('type: Chỉ thị', 'identifier: "27-CT/TU"', 'text:', '  form: party'),
      'b.mdx': doc('type: Chỉ thị', 'identifier: "28-CT/TU"'),
    });
    expect(loadCitationTargets(dir).map((t) => [t.id, t.hasText])).toEqual([
      ['a', true],
      ['b', false],
    ]);
  });

  it('reads front matter with Windows line endings', () => {
    const dir = folder('crlf', {
      'x.mdx': '---\r\ntype: Chỉ thị\r\nidentifier: "1-CT"\r\n---\r\n\r\nNội dung.\r\n',
    });
    expect(loadCitationTargets(dir)).toEqual([
      { id: 'x', type: 'Chỉ thị', identifier: '1-CT', aliases: [], hasText: false },
    ]);
  });

  it('skips files starting with "_" and files that are not Markdown', () => {
    const dir = folder('skip', {
      '_draft.mdx': 'no front matter at all',
      'notes.txt': 'no front matter at all',
      'a.mdx': doc('type: Chỉ thị', 'identifier: "1-CT"'),
    });
    expect(loadCitationTargets(dir).map((t) => t.id)).toEqual(['a']);
  });

  it('gives nothing for an empty folder', () => {
    expect(loadCitationTargets(folder('empty', {}))).toEqual([]);
  });
});

describe('loadCitationTargets on bad files', () => {
  /** Loads a folder holding one bad file and returns the error message. */
  function errorFor(name: string, text: string): string {
    const dir = folder(name, { [`${name}.mdx`]: text });
    try {
      loadCitationTargets(dir);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`${name}: expected loadCitationTargets to throw`);
  }

  it('names the file of missing front matter', () => {
    const message = errorFor('no-front-matter', '# Chỉ thị\n\nNội dung.\n');
    expect(message).toContain('no-front-matter.mdx');
    expect(message).toContain('thiếu phần front matter');
  });

  it('names the file of unreadable YAML and says what is wrong', () => {
    const message = errorFor('bad-yaml', doc('type: "Chỉ thị', 'identifier: [1'));
    expect(message).toContain('bad-yaml.mdx');
    expect(message).toContain('front matter không đọc được');
  });

  it('names the file and the field when the front matter holds only a comment', () => {
    const message = errorFor('comment-only', '---\n# nothing yet\n---\n\nNội dung.\n');
    expect(message).toContain('comment-only.mdx');
    expect(message).toContain('"type"');
  });

  it('names the file and the field of a missing type', () => {
    const message = errorFor('no-type', doc('identifier: "34-CT/TW"'));
    expect(message).toContain('no-type.mdx');
    expect(message).toContain('"type"');
  });

  it('names the file and the field of an empty type', () => {
    const message = errorFor('empty-type', doc('type: ""', 'identifier: "34-CT/TW"'));
    expect(message).toMatch(/empty-type\.mdx: trường "type"/);
  });

  it('names the file and the field of an identifier of the wrong type', () => {
    const message = errorFor('number-identifier', doc('type: Chỉ thị', 'identifier: 34'));
    expect(message).toContain('number-identifier.mdx');
    expect(message).toContain('"identifier"');
    expect(message).toContain('chuỗi hoặc null');
  });

  it('names the file and the field of a missing identifier', () => {
    const message = errorFor('no-identifier', doc('type: Chỉ thị'));
    expect(message).toMatch(/no-identifier\.mdx: trường "identifier"/);
  });

  it('names the file and the field of aliases that are not a list', () => {
    const message = errorFor(
      'alias-string',
      doc('type: Nghị quyết', 'identifier: null', 'aliases: Nghị quyết XIV'),
    );
    expect(message).toContain('alias-string.mdx');
    expect(message).toContain('"aliases"');
    expect(message).toContain('danh sách chuỗi');
  });

  it('names the file and the field of aliases that are not all strings', () => {
    const message = errorFor(
      'alias-number',
      doc('type: Nghị quyết', 'identifier: null', 'aliases:', '  - 14'),
    );
    expect(message).toMatch(/alias-number\.mdx: trường "aliases"/);
  });
});
