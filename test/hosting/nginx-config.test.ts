import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, type RawResponse } from '../support/http.ts';
import {
  ARCHIVE_TEMPLATE,
  DEPLOY_ARCHIVE_CONFIG,
  DEPLOY_CONFIG,
  renderServerBlock,
  startNginx,
  type NginxServer,
} from '../../scripts/dev/nginx.ts';

// deploy/nginx.conf, rule by rule, on a small fixture that has every kind of file the site and
// Pagefind produce (the real builds are crawled in portal.test.ts).

const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
const IMMUTABLE = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';
const OCTET = 'application/octet-stream';

/** Text well over gzip_min_length (256 bytes). */
const filler = (line: string) => `${line} ${'-'.repeat(20)}\n`.repeat(40);
/** Pagefind writes its index gzipped, with a signature its script checks after inflating. */
const pagefindBytes = (what: string) => gzipSync(Buffer.from(`pagefind_dcd${filler(what)}`));

const FILES: Record<string, string | Buffer> = {
  'index.html': `<!DOCTYPE html><title>Trang chủ</title>${filler('<p>Trang chủ</p>')}`,
  'cong-van/index.html': `<!DOCTYPE html><title>Công văn</title>${filler('<p>Công văn</p>')}`,
  '404.html': `<!DOCTYPE html><title>Không tìm thấy trang</title>${filler('<p>404</p>')}`,
  '_astro/Base.CAziYaPP.css': filler('body { color: #222; }'),
  '_astro/search.B1x2y3z4.js': filler('export const a = 1;'),
  'favicon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${filler('<g/>')}</svg>`,
  'sitemap-index.xml': `<?xml version="1.0"?>${filler('<sitemap/>')}`,
  'robots.txt': filler('User-agent: *'),
  'du-lieu/van-ban.json': JSON.stringify({ documents: filler('x').split('\n') }),
  'thu.wasm': Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]), Buffer.alloc(600)]),
  'pagefind/pagefind.js': filler('export const search = () => [];'),
  'pagefind/pagefind-worker.js': filler('self.onmessage = () => {};'),
  'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', filler: filler('x') }),
  'pagefind/wasm.vi.pagefind': pagefindBytes('wasm'),
  'pagefind/pagefind.vi_f4f94df340.pf_meta': pagefindBytes('meta'),
  'pagefind/index/vi_3bd55fa.pf_index': pagefindBytes('index'),
  'pagefind/fragment/vi_232e40c.pf_fragment': pagefindBytes('fragment'),
  'pagefind/filter/vi_1a2b3c4.pf_filter': pagefindBytes('filter'),
};

/** What nginx must send for each file: type, caching, and whether it compresses it. */
const EXPECTED: [path: string, type: RegExp, cache: string, gzip: boolean][] = [
  ['', /^text\/html; charset=utf-8$/, NO_CACHE, true],
  ['cong-van/', /^text\/html; charset=utf-8$/, NO_CACHE, true],
  ['_astro/Base.CAziYaPP.css', /^text\/css; charset=utf-8$/, IMMUTABLE, true],
  ['_astro/search.B1x2y3z4.js', /^(application|text)\/javascript; charset=utf-8$/, IMMUTABLE, true],
  ['favicon.svg', /^image\/svg\+xml; charset=utf-8$/, NO_CACHE, true],
  ['sitemap-index.xml', /^(text|application)\/xml; charset=utf-8$/, NO_CACHE, true],
  ['robots.txt', /^text\/plain; charset=utf-8$/, NO_CACHE, true],
  ['du-lieu/van-ban.json', /^application\/json; charset=utf-8$/, NO_CACHE, true],
  ['thu.wasm', /^application\/wasm$/, NO_CACHE, true],
  ['pagefind/pagefind.js', /^(application|text)\/javascript; charset=utf-8$/, NO_CACHE, true],
  ['pagefind/pagefind-worker.js', /^(application|text)\/javascript/, NO_CACHE, true],
  ['pagefind/pagefind-entry.json', /^application\/json; charset=utf-8$/, NO_CACHE, true],
  ['pagefind/wasm.vi.pagefind', new RegExp(`^${OCTET}$`), NO_CACHE, false],
  ['pagefind/pagefind.vi_f4f94df340.pf_meta', new RegExp(`^${OCTET}$`), IMMUTABLE, false],
  ['pagefind/index/vi_3bd55fa.pf_index', new RegExp(`^${OCTET}$`), IMMUTABLE, false],
  ['pagefind/fragment/vi_232e40c.pf_fragment', new RegExp(`^${OCTET}$`), IMMUTABLE, false],
  ['pagefind/filter/vi_1a2b3c4.pf_filter', new RegExp(`^${OCTET}$`), IMMUTABLE, false],
];

/** Asserts the security headers that deploy/security-headers.conf adds to every response. */
function expectSecurityHeaders(response: RawResponse, what: string): void {
  expect(response.headers['content-security-policy'], what).toBe(CSP);
  expect(response.headers['x-content-type-options'], what).toBe('nosniff');
  expect(response.headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(response.headers['permissions-policy'], what).toMatch(/(^|, )camera=\(\)(, |$)/);
  expect(response.headers['permissions-policy'], what).toMatch(/geolocation=\(\)/);
  expect(response.headers['x-frame-options'], what).toBe('SAMEORIGIN');
  expect(response.headers['server'], `${what}: no version number`).toBe('nginx');
}

let fixture: string;

beforeAll(() => {
  fixture = mkdtempSync(join(tmpdir(), 'nginx-fixture-'));
  for (const [path, content] of Object.entries(FILES)) {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), content);
  }
});

afterAll(() => {
  rmSync(fixture, { recursive: true, force: true });
});

describe('renderServerBlock', () => {
  it('replaces the port, root, snippet and every occurrence of the base', () => {
    const template = readFileSync(DEPLOY_CONFIG, 'utf8');
    const config = renderServerBlock(template, {
      root: '/tmp/www',
      port: 8123,
      base: '/khac/',
      headersPath: '/tmp/headers.conf',
    });
    expect(config).toContain('listen 127.0.0.1:8123;');
    expect(config).not.toContain('listen [::]:80;');
    expect(config).toContain('root /tmp/www;');
    expect(config).not.toContain('/thi-dua-2023/');
    expect(config).not.toContain('/etc/nginx/snippets/');
    expect(config).toContain('error_page 404 /khac/404.html;');
    expect(config.match(/include \/tmp\/headers\.conf;/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('includes the headers snippet in the server and in every location that adds a header', () => {
    // nginx drops the server's add_header lines in a location that has its own: each block that
    // adds a header must include the snippet itself.
    for (const config of [DEPLOY_CONFIG, DEPLOY_ARCHIVE_CONFIG]) {
      const blocks = configBlocks(readFileSync(config, 'utf8'));
      const server = blocks.find((b) => b.name === 'server');
      expect(server?.include, `${config}: server includes the snippet`).toBe(true);
      const withHeaders = blocks.filter((b) => b.addHeader);
      expect(withHeaders.length).toBeGreaterThanOrEqual(4);
      for (const block of withHeaders) expect(block.include, `${config}: ${block.name}`).toBe(true);
    }
  });

  it('catches a location that adds a header without the snippet (planted)', () => {
    const planted = readFileSync(DEPLOY_ARCHIVE_CONFIG, 'utf8').replace(
      /(location @thi-dua-not-found \{\n)\s*include [^\n]+\n/,
      '$1',
    );
    const block = configBlocks(planted).find((b) => b.name === 'location @thi-dua-not-found');
    expect(block).toMatchObject({ addHeader: true, include: false });
  });
});

/** The blocks of an nginx config: whether each adds a header and whether it includes the snippet. */
function configBlocks(text: string): { name: string; addHeader: boolean; include: boolean }[] {
  const lines = text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');
  const stack: { name: string; addHeader: boolean; include: boolean }[] = [];
  const blocks: typeof stack = [];
  for (const line of lines) {
    if (line.endsWith('{')) {
      const block = { name: line.slice(0, -1).trim(), addHeader: false, include: false };
      stack.push(block);
      blocks.push(block);
    } else if (line === '}') {
      stack.pop();
    } else if (stack.length > 0) {
      const current = stack[stack.length - 1]!;
      if (line.startsWith('add_header ')) current.addHeader = true;
      if (/^include \S+security-headers\.conf;$/.test(line)) current.include = true;
    }
  }
  return blocks;
}

describe.each(['/', '/thi-dua-2023/'])('deploy/nginx.conf with base %s', (base) => {
  let nginx: NginxServer;

  beforeAll(async () => {
    nginx = await startNginx({ siteDir: fixture, base });
  });

  afterAll(async () => {
    await nginx?.stop();
  });

  it.each(EXPECTED)(
    '%s: type, cache, compression, security headers',
    async (path, type, cache, gzip) => {
      const plain = await rawRequest(nginx.url + path);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-type']).toMatch(type);
      expect(plain.headers['cache-control']).toBe(cache);
      expect(
        plain.headers['content-encoding'],
        'never compressed for a client without gzip',
      ).toBeUndefined();
      expectSecurityHeaders(plain, path);
      const file = FILES[path === '' || path.endsWith('/') ? `${path}index.html` : path]!;
      expect(plain.body.equals(Buffer.from(file))).toBe(true);

      const compressed = await rawRequest(nginx.url + path, {
        headers: { 'Accept-Encoding': 'gzip' },
      });
      expect(compressed.status).toBe(200);
      expectSecurityHeaders(compressed, `${path} (gzip)`);
      if (gzip) {
        expect(compressed.headers['content-encoding']).toBe('gzip');
        expect(compressed.headers['vary']).toMatch(/Accept-Encoding/);
        expect(gunzipSync(compressed.body).equals(Buffer.from(file))).toBe(true);
      } else {
        // Pagefind's files are gzip already: the bytes go out as they are, never compressed twice.
        expect(compressed.headers['content-encoding']).toBeUndefined();
        expect(compressed.body.equals(Buffer.from(file))).toBe(true);
      }
    },
  );

  it('answers an unknown URL with the site 404 page, status 404, no caching, the headers', async () => {
    for (const path of [
      'khong-co/',
      'khong-co.html',
      '_astro/khong-co.css',
      'pagefind/index/vi_0000000.pf_index',
    ]) {
      const response = await rawRequest(nginx.url + path);
      expect(response.status, path).toBe(404);
      expect(response.headers['content-type'], path).toMatch(/^text\/html/);
      expect(response.body.toString(), path).toContain('Không tìm thấy trang');
      expect(response.headers['cache-control'], path).toBe(NO_CACHE);
      expectSecurityHeaders(response, path);
    }
  });

  it('redirects a directory URL without its trailing slash, relative to the host', async () => {
    const response = await rawRequest(`${nginx.url}cong-van`);
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe(`${base}cong-van/`);
    expectSecurityHeaders(response, 'redirect');
    if (base !== '/') {
      const bare = await rawRequest(nginx.origin + base.slice(0, -1));
      expect(bare.status).toBe(301);
      expect(bare.headers['location']).toBe(base);
      expectSecurityHeaders(bare, 'redirect to the base');
    }
  });

  it('does not list a folder', async () => {
    const response = await rawRequest(`${nginx.url}_astro/`);
    expect([403, 404]).toContain(response.status);
    expect(response.body.toString()).not.toContain('Base.CAziYaPP.css');
    expectSecurityHeaders(response, 'folder');
  });
});

// deploy/nginx-archive.conf: the archive at /thi-dua/ and a campaign under it, each with the same
// files, served by the same rules; each site's unknown URLs get its own 404 page.
describe('deploy/nginx-archive.conf: the archive and its campaigns', () => {
  let webRoot: string;
  let nginx: NginxServer;
  const SITES = ['thi-dua/', 'thi-dua/chien-dich-mau/'];

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'nginx-archive-fixture-'));
    for (const site of SITES)
      for (const [path, content] of Object.entries(FILES)) {
        const file = join(webRoot, site, path);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(
          file,
          path === '404.html' ? `<!DOCTYPE html><title>404 ${site}</title>${filler('x')}` : content,
        );
      }
    nginx = await startNginx({ webRoot, base: '/thi-dua/' });
  });

  afterAll(async () => {
    await nginx?.stop();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('is rendered for a test as deploy/nginx.conf is', () => {
    const config = renderServerBlock(
      readFileSync(DEPLOY_ARCHIVE_CONFIG, 'utf8'),
      { root: '/tmp/www', port: 8123, base: '/khac/', headersPath: '/tmp/headers.conf' },
      ARCHIVE_TEMPLATE,
    );
    expect(config).toContain('listen 127.0.0.1:8123;');
    expect(config).not.toContain('/thi-dua/');
    expect(config).not.toContain('/etc/nginx/snippets/');
    expect(config).toContain('location ~ ^/khac/(?:[a-z0-9-]+/)?pagefind/ {');
  });

  it.each(
    SITES.flatMap((site) => EXPECTED.map(([path, ...rest]) => [site + path, ...rest] as const)),
  )('%s: type, cache, compression, security headers', async (path, type, cache, gzip) => {
    const url = `${nginx.origin}/${path}`;
    const plain = await rawRequest(url);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-type']).toMatch(type);
    expect(plain.headers['cache-control']).toBe(cache);
    expectSecurityHeaders(plain, path);
    const compressed = await rawRequest(url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(compressed.headers['content-encoding']).toBe(gzip ? 'gzip' : undefined);
  });

  it('answers an unknown URL with the 404 page of the site it is under, status 404', async () => {
    for (const [path, title] of [
      ['thi-dua/khong-co/', '404 thi-dua/'],
      ['thi-dua/van-ban/khong-co/', '404 thi-dua/'],
      ['thi-dua/phong-trao-khong-co/x/', '404 thi-dua/'],
      ['thi-dua/chien-dich-mau/khong-co/', '404 thi-dua/chien-dich-mau/'],
      ['thi-dua/chien-dich-mau/_astro/khong-co.css', '404 thi-dua/chien-dich-mau/'],
      ['thi-dua/chien-dich-mau/pagefind/index/vi_0000000.pf_index', '404 thi-dua/chien-dich-mau/'],
    ] as const) {
      const response = await rawRequest(`${nginx.origin}/${path}`);
      expect(response.status, path).toBe(404);
      expect(response.body.toString(), path).toContain(`<title>${title}</title>`);
      expect(response.headers['cache-control'], path).toBe(NO_CACHE);
      expectSecurityHeaders(response, path);
    }
  });
});
