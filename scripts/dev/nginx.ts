import { spawn, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The deployable server block and its security-header snippet. */
export const DEPLOY_CONFIG = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));
export const DEPLOY_HEADERS = fileURLToPath(
  new URL('../../deploy/security-headers.conf', import.meta.url),
);
/** The server block of the archive and the campaigns under it (docs/archive.md). */
export const DEPLOY_ARCHIVE_CONFIG = fileURLToPath(
  new URL('../../deploy/nginx-archive.conf', import.meta.url),
);

/** The values deploy/nginx.conf is written with, which a test (or an operator) replaces. */
const TEMPLATE = {
  base: '/thi-dua-2023/',
  root: 'root /var/www/portal;',
  listen: 'listen 80;',
  listenV6: 'listen [::]:80;',
  headers: '/etc/nginx/snippets/thi-dua-2023-security-headers.conf',
};

/** The values deploy/nginx-archive.conf is written with: its base and snippet differ. */
export const ARCHIVE_TEMPLATE = {
  ...TEMPLATE,
  base: '/thi-dua/',
  headers: '/etc/nginx/snippets/thi-dua-security-headers.conf',
};

/** Replaces every occurrence of `from`, and fails loudly if the template no longer contains it. */
function replaceAllOrThrow(text: string, from: string, to: string): string {
  if (!text.includes(from)) {
    throw new Error(`deploy/nginx.conf no longer contains "${from}": update scripts/dev/nginx.ts`);
  }
  return text.split(from).join(to);
}

/**
 * Turns deploy/nginx.conf (or, with ARCHIVE_TEMPLATE, deploy/nginx-archive.conf) into a server block
 * for a test: loopback port, root, base, snippet path.
 */
export function renderServerBlock(
  template: string,
  options: { root: string; port: number; base: string; headersPath: string },
  written: typeof TEMPLATE = TEMPLATE,
): string {
  let text = template;
  text = replaceAllOrThrow(text, written.listen, `listen 127.0.0.1:${options.port};`);
  text = replaceAllOrThrow(text, `${written.listenV6}\n`, '');
  text = replaceAllOrThrow(text, written.root, `root ${options.root};`);
  text = replaceAllOrThrow(text, written.headers, options.headersPath);
  text = replaceAllOrThrow(text, written.base, options.base);
  return text;
}

/** The nginx binary: NGINX_PATH, Debian's /usr/sbin/nginx, or `nginx` on PATH. */
export function findNginx(): string {
  const candidates = [
    process.env['NGINX_PATH'],
    '/usr/sbin/nginx',
    ...(process.env['PATH'] ?? '').split(delimiter).map((dir) => join(dir, 'nginx')),
  ].filter((p): p is string => p !== undefined && p !== '');
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(
    'nginx not found: install it with `apt-get install -y nginx` (Debian) or set NGINX_PATH',
  );
}

/** Asks the OS for a free loopback TCP port. */
function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Resolves once something accepts TCP connections on the port. */
function canConnect(port: number): Promise<boolean> {
  return new Promise((resolveConnect) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolveConnect(true);
    });
    socket.once('error', () => resolveConnect(false));
  });
}

/** A running nginx that serves a built site like the portal will. */
export interface NginxServer {
  /** Origin + base, e.g. `http://127.0.0.1:40123/thi-dua-2023/`. */
  url: string;
  origin: string;
  port: number;
  /** The generated server block, for assertion messages. */
  config: string;
  /** Stops nginx and removes its temporary folder. */
  stop(): Promise<void>;
}

/**
 * Starts Debian's nginx as the current user on a free loopback port with a configuration generated
 * from deploy/nginx.conf: `siteDir` (a built site) is served under `base`, exactly as in production.
 * With `webRoot` instead, deploy/nginx-archive.conf serves that folder, laid out as the portal's
 * (the archive in `<webRoot><base>`, each campaign in a folder under it).
 * Everything nginx writes (pid, logs, temp files) goes to a temporary folder.
 */
export async function startNginx(
  options: { siteDir: string; base: string } | { webRoot: string; base: string },
): Promise<NginxServer> {
  const nginx = findNginx();
  // Production uses the distribution's MIME map, so the tests do too.
  const mime = '/etc/nginx/mime.types';
  if (!existsSync(mime)) {
    throw new Error(`${mime} not found: install nginx with \`apt-get install -y nginx\``);
  }
  const archive = 'webRoot' in options;
  const siteDir = archive ? join(options.webRoot, options.base) : options.siteDir;
  if (!existsSync(join(siteDir, 'index.html'))) {
    throw new Error(`${siteDir} has no index.html: build the site first (npm test does)`);
  }

  const tmp = mkdtempSync(join(tmpdir(), 'nginx-'));
  // nginx maps URL paths onto the root, so the site folder must sit at <root><base>.
  let root = resolve(siteDir);
  if (archive) root = resolve(options.webRoot);
  else if (options.base !== '/') {
    root = join(tmp, 'www');
    const siteLink = join(root, options.base.slice(1, -1));
    mkdirSync(dirname(siteLink), { recursive: true });
    symlinkSync(resolve(options.siteDir), siteLink);
  }
  const headersPath = join(tmp, 'security-headers.conf');
  writeFileSync(headersPath, readFileSync(DEPLOY_HEADERS, 'utf8'));

  let lastError: Error | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const config = renderServerBlock(
      readFileSync(archive ? DEPLOY_ARCHIVE_CONFIG : DEPLOY_CONFIG, 'utf8'),
      { root, port, base: options.base, headersPath },
      archive ? ARCHIVE_TEMPLATE : TEMPLATE,
    );
    writeFileSync(join(tmp, 'site.conf'), config);
    writeFileSync(
      join(tmp, 'nginx.conf'),
      [
        'daemon off;',
        // One process, no privilege switch: nginx runs as whoever runs the tests.
        'master_process off;',
        'worker_processes 1;',
        `pid ${tmp}/nginx.pid;`,
        `error_log ${tmp}/error.log warn;`,
        'events { worker_connections 128; }',
        'http {',
        `  include ${mime};`,
        '  default_type application/octet-stream;',
        `  access_log ${tmp}/access.log;`,
        `  client_body_temp_path ${tmp}/client_body;`,
        `  proxy_temp_path ${tmp}/proxy;`,
        `  fastcgi_temp_path ${tmp}/fastcgi;`,
        `  uwsgi_temp_path ${tmp}/uwsgi;`,
        `  scgi_temp_path ${tmp}/scgi;`,
        '  sendfile on;',
        `  include ${tmp}/site.conf;`,
        '}',
        '',
      ].join('\n'),
    );

    const child = spawn(
      nginx,
      ['-p', `${tmp}/`, '-c', `${tmp}/nginx.conf`, '-e', `${tmp}/error.log`],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolveExit) =>
      child.once('exit', (code) => resolveExit(code)),
    );
    let running = true;
    void exited.then(() => (running = false));

    const deadline = Date.now() + 10_000;
    while (running && Date.now() < deadline && !(await canConnect(port))) {
      await new Promise((r) => setTimeout(r, 50));
    }
    if (running && (await canConnect(port))) {
      const origin = `http://127.0.0.1:${port}`;
      return {
        url: origin + options.base,
        origin,
        port,
        config,
        stop: () => stop(child, exited, tmp),
      };
    }
    child.kill('SIGKILL');
    await exited;
    const log = existsSync(join(tmp, 'error.log'))
      ? readFileSync(join(tmp, 'error.log'), 'utf8')
      : '';
    lastError = new Error(`nginx did not start on port ${port}:\n${output}\n${log}`);
    if (!/Address already in use/.test(output + log)) break;
  }
  rmSync(tmp, { recursive: true, force: true });
  throw lastError ?? new Error('nginx did not start');
}

async function stop(child: ChildProcess, exited: Promise<number | null>, tmp: string) {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill('SIGQUIT');
    const timeout = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timeout);
  }
  rmSync(tmp, { recursive: true, force: true });
}
