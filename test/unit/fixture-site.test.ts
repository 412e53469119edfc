import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURE_SITE_ENV, lentFixtureSite } from '../../scripts/dev/fixture-site.mjs';

// A test run lent a fixture site already built (`npm run test:swap` lends its fixture copy) uses it
// only if both builds are there, and says which is missing otherwise.
describe('a fixture site lent through FIXTURE_SITE_DIR', () => {
  const before = process.env[FIXTURE_SITE_ENV];
  const dir = mkdtempSync(join(tmpdir(), 'lent-fixture-site-'));
  afterEach(() => {
    if (before === undefined) delete process.env[FIXTURE_SITE_ENV];
    else process.env[FIXTURE_SITE_ENV] = before;
  });

  it('is none when the variable is unset or empty', () => {
    delete process.env[FIXTURE_SITE_ENV];
    expect(lentFixtureSite()).toBeUndefined();
    process.env[FIXTURE_SITE_ENV] = '';
    expect(lentFixtureSite()).toBeUndefined();
  });

  it('is refused, naming the build that is missing, when a folder holds not both builds', () => {
    process.env[FIXTURE_SITE_ENV] = dir;
    expect(() => lentFixtureSite()).toThrow(`${FIXTURE_SITE_ENV}=${dir}: ${join(dir, 'dist')}`);
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'index.html'), '<!doctype html>');
    expect(() => lentFixtureSite()).toThrow(join(dir, 'dist-subpath'));
  });

  it('gives the folder and its two builds when both are there', () => {
    mkdirSync(join(dir, 'dist-subpath'), { recursive: true });
    writeFileSync(join(dir, 'dist-subpath', 'index.html'), '<!doctype html>');
    process.env[FIXTURE_SITE_ENV] = dir;
    expect(lentFixtureSite()).toEqual({
      dir,
      dist: join(dir, 'dist'),
      distSubpath: join(dir, 'dist-subpath'),
    });
    rmSync(dir, { recursive: true, force: true });
  });
});
