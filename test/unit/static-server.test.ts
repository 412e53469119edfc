import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../scripts/dev/static-server.mjs';

const BASE = '/thi-dua-2023/';
const CSS = `body { color: #222; }\n`.repeat(200);
const FRAGMENT = gzipSync(Buffer.from('pagefind_dcd{"url":"/x/"}'));

let tmp: string;
let server: Awaited<ReturnType<typeof startStaticServer>>;

/** Writes a file under the temporary folder, creating parent directories. */
function put(path: string, content: string | Buffer): void {
  const file = join(tmp, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Sends a raw request path (no client-side normalisation) and resolves status and body. */
function rawGet(path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'static-server-'));
  put('secret.txt', 'TOP SECRET');
  put('site/index.html', '<!doctype html><title>Trang chủ</title>');
  put('site/404.html', '<!doctype html><title>Không tìm thấy trang</title>');
  put('site/cong-van/index.html', '<!doctype html><title>Công văn</title>');
  put('site/_astro/app.abc123.css', CSS);
  put('site/pagefind/pagefind.wasm', Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));
  put('site/pagefind/fragment/en_1.pf_fragment', FRAGMENT);
  server = await startStaticServer({ root: join(tmp, 'site'), base: BASE });
});

afterAll(async () => {
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  it('serves index.html as HTML under the base path, uncached', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}${BASE}`);
    const res = await fetch(server.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>Trang chủ</title>');
  });

  it('returns 404 for requests outside the base path', async () => {
    for (const path of ['/', '/index.html', '/cong-van/']) {
      const res = await fetch(server.origin + path);
      expect(res.status, path).toBe(404);
      await res.arrayBuffer();
    }
  });

  it('serves the 404 page body with status 404 for unknown paths', async () => {
    const res = await fetch(`${server.url}khong-co-trang-nay/`);
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('Không tìm thấy trang');
  });

  it('redirects a directory URL without trailing slash (and the bare base) to the slash form', async () => {
    const res = await fetch(`${server.url}cong-van?x=1`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe(`${BASE}cong-van/?x=1`);
    const bare = await fetch(server.origin + BASE.slice(0, -1), { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(BASE);
    const followed = await fetch(`${server.url}cong-van`);
    expect(await followed.text()).toContain('Công văn');
  });

  it('does not let path traversal escape the root', async () => {
    for (const path of [
      '/..%2f..%2fetc/passwd',
      `${BASE}..%2f..%2fetc/passwd`,
      `${BASE}..%2fsecret.txt`,
      `${BASE}%2e%2e/secret.txt`,
      `${BASE}../secret.txt`,
      `${BASE}..\\secret.txt`,
      `${BASE}%00index.html`,
    ]) {
      const { status, body } = await rawGet(path);
      expect(status, path).toBe(404);
      expect(body, path).not.toContain('TOP SECRET');
      expect(body, path).not.toContain('root:');
    }
  });

  it('gzips text when the client accepts it, with a long cache for /_astro/', async () => {
    const zipped = await fetch(`${server.url}_astro/app.abc123.css`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(zipped.headers.get('cache-control')).toContain('immutable');
    expect(Number(zipped.headers.get('content-length'))).toBeLessThan(CSS.length);
    expect(await zipped.text()).toBe(CSS);

    const plain = await fetch(`${server.url}_astro/app.abc123.css`, {
      headers: { 'Accept-Encoding': 'identity' },
    });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(CSS);
  });

  it('serves wasm as application/wasm and Pagefind fragments as-is', async () => {
    const wasm = await fetch(`${server.url}pagefind/pagefind.wasm`);
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    await wasm.arrayBuffer();

    const fragment = await fetch(`${server.url}pagefind/fragment/en_1.pf_fragment`, {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(fragment.headers.get('content-type')).toBe('application/octet-stream');
    expect(fragment.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await fragment.arrayBuffer())).toEqual(
      readFileSync(join(tmp, 'site/pagefind/fragment/en_1.pf_fragment')),
    );
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await fetch(server.url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(server.url, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
