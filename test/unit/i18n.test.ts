import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pick, t, tAround, vi, type StringKey } from '../../src/i18n/index.ts';

// Every key of the dictionary is used, and every key used exists. Keys are found as string literals
// in calls of t(), tAround() and pick([...]) in the code; a key built at run time must be listed in
// DYNAMIC below, under the template that builds it, or this test fails.

/** The keys each run-time template can build, by the template as written in the code. */
const DYNAMIC: Record<string, readonly string[]> = {
  'forms.type.${id}': [
    'forms.type.cong-van',
    'forms.type.nghi-quyet',
    'forms.type.quyet-dinh',
    'forms.type.chi-thi',
    'forms.type.quy-che',
    'forms.type.quy-dinh',
    'forms.type.thong-cao',
    'forms.type.thong-bao',
    'forms.type.huong-dan',
    'forms.type.chuong-trinh',
    'forms.type.ke-hoach',
    'forms.type.phuong-an',
    'forms.type.de-an',
    'forms.type.du-an',
    'forms.type.bao-cao',
    'forms.type.bien-ban',
    'forms.type.to-trinh',
    'forms.type.hop-dong',
    'forms.type.cong-dien',
    'forms.type.ban-ghi-nho',
    'forms.type.ban-thoa-thuan',
    'forms.type.giay-uy-quyen',
    'forms.type.giay-moi',
    'forms.type.giay-gioi-thieu',
    'forms.type.giay-nghi-phep',
    'forms.type.phieu-gui',
    'forms.type.phieu-chuyen',
    'forms.type.phieu-bao',
    'forms.type.nghi-dinh',
    'forms.type.thong-tu',
  ],
  'forms.code.${id}': [
    'forms.code.nghi-quyet',
    'forms.code.quyet-dinh',
    'forms.code.chi-thi',
    'forms.code.quy-che',
    'forms.code.quy-dinh',
    'forms.code.thong-cao',
    'forms.code.thong-bao',
    'forms.code.huong-dan',
    'forms.code.chuong-trinh',
    'forms.code.ke-hoach',
    'forms.code.phuong-an',
    'forms.code.de-an',
    'forms.code.du-an',
    'forms.code.bao-cao',
    'forms.code.bien-ban',
    'forms.code.to-trinh',
    'forms.code.hop-dong',
    'forms.code.cong-dien',
    'forms.code.ban-ghi-nho',
    'forms.code.ban-thoa-thuan',
    'forms.code.giay-uy-quyen',
    'forms.code.giay-moi',
    'forms.code.giay-gioi-thieu',
    'forms.code.giay-nghi-phep',
    'forms.code.phieu-gui',
    'forms.code.phieu-chuyen',
    'forms.code.phieu-bao',
    'forms.code.nghi-dinh',
    'forms.code.thong-tu',
  ],
  'site.section.${id}': [
    'site.section.home',
    'site.section.campaignDocuments',
    'site.section.focusAreas',
    'site.section.guidance',
    'site.section.documents',
    'site.section.anniversaries',
    'site.section.search',
  ],
  'documents.campaign.${state}': [
    'documents.campaign.ended',
    'documents.campaign.upcoming',
    'documents.campaign.running',
  ],
  'pages.focusArea.${key}': ['pages.focusArea.previous', 'pages.focusArea.next'],
  'archive.facet.${facet}': [
    'archive.facet.campaign',
    'archive.facet.type',
    'archive.facet.issuer',
    'archive.facet.year',
  ],
  'importer.field.${key}': [
    'importer.field.nationalHeading',
    'importer.field.partyHeading',
    'importer.field.parentBody',
    'importer.field.issuer',
    'importer.field.number',
    'importer.field.code',
    'importer.field.place',
    'importer.field.date',
    'importer.field.type',
    'importer.field.subject',
    'importer.field.recipients',
    'importer.field.decision',
    'importer.field.body',
    'importer.field.signer',
    'importer.field.distribution',
    'importer.field.annexes',
    'importer.field.footnotes',
    'importer.field.draftingUnit',
  ],
  'importer.report.shape.${repairs.shape}': [
    'importer.report.shape.markdown',
    'importer.report.shape.layout',
    'importer.report.shape.lines',
    'importer.report.shape.wrapped',
  ],
  'importer.campaign.${line.status}': [
    'importer.campaign.found',
    'importer.campaign.inferred',
    'importer.campaign.drafted',
    'importer.campaign.blank',
  ],
  'documents.signature.${signer.prefix}': [
    'documents.signature.TM.',
    'documents.signature.KT.',
    'documents.signature.TL.',
    'documents.signature.Q.',
    'documents.signature.TUQ.',
  ],
  'pages.guidance.role.${data.role}': [
    'pages.guidance.role.chu-tri',
    'pages.guidance.role.thuc-hien',
    'pages.guidance.role.phoi-hop',
    'pages.guidance.role.yeu-cau-chung',
  ],
};

const ROOTS = ['src', 'scripts'];
const CODE = /\.(ts|mts|mjs|js|astro)$/;

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join('src', 'i18n') ? [] : codeFiles(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

const sources = ROOTS.flatMap(codeFiles).map((file) => ({
  file,
  text: readFileSync(file, 'utf8'),
}));

/** Literal keys in t('…'), tAround('…'), pick(['…', …]) and `…_KEYS = ['…']`; templates in t(`…${…}…`). */
function usages() {
  const literal = new Map<string, string[]>();
  const templates = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, file: string) =>
    map.set(key, [...(map.get(key) ?? []), file]);
  for (const { file, text } of sources) {
    // t(), tAround() and importError() (the importer's errors, scripts/importer/errors.ts).
    for (const m of text.matchAll(/\b(?:t|tAround|importError)\(\s*'([^']+)'/g))
      add(literal, m[1]!, file);
    for (const m of text.matchAll(/\b(?:t|tAround|importError)\(\s*`([^`]+)`/g)) {
      if (m[1]!.includes('${')) add(templates, m[1]!, file);
      else add(literal, m[1]!, file);
    }
    // pick(['…']) and a list of keys handed to pick() by name (`SEARCH_CLIENT_KEYS = ['…']`).
    for (const m of text.matchAll(/\b(?:pick\(|[A-Z_]+_KEYS\s*=)\s*\[([^\]]*)\]/g)) {
      for (const k of m[1]!.matchAll(/'([^']+)'/g)) add(literal, k[1]!, file);
    }
  }
  return { literal, templates };
}

describe('the dictionary', () => {
  const { literal, templates } = usages();
  const defined = new Set(Object.keys(vi));

  it('finds the keys the code uses (the scan itself works)', () => {
    expect(literal.size).toBeGreaterThan(50);
    expect(literal.get('site.skipLink')).toContain('src/layouts/PageShell.astro');
  });

  it('has every key the code uses', () => {
    const missing = [...literal].filter(([key]) => !defined.has(key));
    expect(missing, 'used in code, missing from src/i18n/vi/').toEqual([]);
    const dynamic = Object.values(DYNAMIC).flat();
    expect(
      dynamic.filter((key) => !defined.has(key)),
      'listed in DYNAMIC, missing',
    ).toEqual([]);
  });

  it('lists every key built at run time', () => {
    const unlisted = [...templates].filter(([template]) => !(template in DYNAMIC));
    expect(unlisted, 'template keys not listed in DYNAMIC').toEqual([]);
    const stale = Object.keys(DYNAMIC).filter((template) => !templates.has(template));
    expect(stale, 'DYNAMIC lists a template no code uses').toEqual([]);
  });

  it('uses every key it defines', () => {
    // A key chosen by an expression (`t(cond ? 'a.b' : 'a.c')`) is used where it is quoted.
    const quoted = new Set(
      sources.flatMap(({ text }) => [...text.matchAll(/'([a-z]+\.[\w.-]+)'/g)].map((m) => m[1]!)),
    );
    const used = new Set([...literal.keys(), ...Object.values(DYNAMIC).flat(), ...quoted]);
    const unused = [...defined].filter((key) => !used.has(key));
    expect(unused, 'defined in src/i18n/vi/, used nowhere').toEqual([]);
  });

  it('names each key after its area file', () => {
    for (const key of defined) expect(key).toMatch(/^[a-z]+\.[\w.-]+$/);
  });
});

describe('t', () => {
  it('fills every placeholder', () => {
    expect(t('documents.reference', { type: 'Chỉ thị', identifier: '47-CT/TW' })).toBe(
      'Chỉ thị số 47-CT/TW',
    );
    expect(t('site.skipLink')).toBe(vi['site.skipLink']);
  });

  it('splits a string around a part the page renders itself', () => {
    const key: StringKey = 'pages.guidance.lead';
    const [before, after] = tAround(key, 'link', { places: 'mục 3', type: 'kế hoạch' });
    expect(`${before}X${after}`).toBe(
      vi[key].replace('{link}', 'X').replace('{places}', 'mục 3').replace('{type}', 'kế hoạch'),
    );
    expect(before).not.toContain('{');
  });

  it('gives browser code the raw templates it asks for', () => {
    expect(pick(['site.skipLink'])).toEqual({ 'site.skipLink': vi['site.skipLink'] });
  });
});
