// @ts-check
// The static server of the benches and the browser tests. `npm start` uses `astro preview` instead;
// this one stays because those measurements need what nginx does and astro preview does not (measured
// on Astro 7.3): gzip (preview sends no Content-Encoding, so transferred bytes would be 3–4× nginx's),
// and a 301 from /cong-van to /cong-van/ (preview answers 404).
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { normalizeBase } from '../../src/site/paths.ts';

const gzipAsync = promisify(gzip);

/** @type {Record<string, string>} */
const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // Pagefind's index files are gzipped already; the Pagefind script decompresses them itself.
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg\+xml)/;

/**
 * @param {string | string[] | undefined} header
 * @returns {boolean} whether an Accept-Encoding header allows gzip
 */
function acceptsGzip(header) {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name.trim() !== 'gzip' && name.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * @param {string} path
 * @returns {Promise<import('node:fs').Stats | undefined>}
 */
async function statOrUndefined(path) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/**
 * @typedef {object} StaticServerOptions
 * @property {string} root the built site folder, e.g. `dist`
 * @property {string} [base] the URL path prefix the site lives under, e.g. `/thi-dua-2023/`
 * @property {string} [host] the interface to listen on (loopback by default)
 * @property {number} [port] 0 picks a free port
 * @property {boolean} [compress] gzip text and wasm responses when the client accepts it
 */

/**
 * @typedef {object} StaticServer
 * @property {string} url origin + base, e.g. `http://127.0.0.1:4321/thi-dua-2023/`
 * @property {string} origin e.g. `http://127.0.0.1:4321`
 * @property {number} port
 * @property {() => Promise<void>} close
 */

/**
 * Serves a built static site folder under a URL base path, like the production web server.
 * @param {StaticServerOptions} options
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer({
  root,
  base = '/',
  host = '127.0.0.1',
  port = 0,
  compress = true,
}) {
  const rootDir = resolve(root);
  const basePath = normalizeBase(base);

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   * @param {number} status
   * @param {string} type
   * @param {Buffer} body
   * @param {string} cacheControl
   */
  async function send(req, res, status, type, body, cacheControl) {
    /** @type {Record<string, string | number>} */
    const headers = {
      'Content-Type': type,
      'Cache-Control': cacheControl,
      'X-Content-Type-Options': 'nosniff',
    };
    let payload = body;
    if (compress && COMPRESSIBLE.test(type)) {
      headers['Vary'] = 'Accept-Encoding';
      if (acceptsGzip(req.headers['accept-encoding'])) {
        payload = await gzipAsync(body);
        headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = payload.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : payload);
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function notFound(req, res) {
    const page = await readFile(join(rootDir, '404.html')).catch(() =>
      Buffer.from('404 Not Found'),
    );
    await send(req, res, 404, MIME_TYPES['.html'] ?? 'text/html', page, 'no-cache');
  }

  /**
   * @param {import('node:http').ServerResponse} res
   * @param {string} location
   */
  function redirect(res, location) {
    res.writeHead(301, { Location: location, 'Content-Length': 0, 'Cache-Control': 'no-cache' });
    res.end();
  }

  /**
   * @param {import('node:http').IncomingMessage} req
   * @param {import('node:http').ServerResponse} res
   */
  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 });
      res.end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const pathname = url.pathname;
    if (`${pathname}/` === basePath) return redirect(res, basePath + url.search);
    if (!pathname.startsWith(basePath)) return notFound(req, res);

    let relative;
    try {
      relative = decodeURIComponent(pathname.slice(basePath.length));
    } catch {
      return notFound(req, res);
    }
    if (relative.includes('\0')) return notFound(req, res);
    let file = resolve(rootDir, `.${sep}${relative}`);
    if (file !== rootDir && !file.startsWith(rootDir + sep)) return notFound(req, res);

    let stats = await statOrUndefined(file);
    if (stats?.isDirectory()) {
      if (!pathname.endsWith('/')) return redirect(res, `${pathname}/${url.search}`);
      file = join(file, 'index.html');
      stats = await statOrUndefined(file);
    }
    if (!stats?.isFile()) return notFound(req, res);

    const type = MIME_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    const cacheControl = type.startsWith('text/html')
      ? 'no-cache'
      : pathname.startsWith(`${basePath}_astro/`)
        ? 'public, max-age=31536000, immutable'
        : 'public, max-age=0, must-revalidate';
    await send(req, res, 200, type, await readFile(file), cacheControl);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('500 Internal Server Error');
    });
  });

  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => resolveListen(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address !== null ? address.port : port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;

  return {
    url: origin + basePath,
    origin,
    port: actualPort,
    close: () =>
      new Promise((resolveClose, rejectClose) => {
        server.close((error) => (error ? rejectClose(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}

export { normalizeBase };
