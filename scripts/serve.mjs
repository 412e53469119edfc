// @ts-check
// Serves the built site (dist/) locally the way the portal will: `npm run preview`.
// Options: --dir <folder> (default dist/); env BASE_PATH (default /), HOST (default 127.0.0.1), PORT (default 4321).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { normalizeBase, startStaticServer } from './static-server.mjs';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const root = values.dir ? resolve(values.dir) : fileURLToPath(new URL('../dist/', import.meta.url));

if (!existsSync(join(root, 'index.html'))) {
  console.error(
    `Lỗi: chưa có trang web đã dựng trong ${root} (thiếu index.html). Hãy chạy \`npm run build\` trước.`,
  );
  process.exit(1);
}

const port = Number(process.env['PORT'] || 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Lỗi: PORT không hợp lệ: ${process.env['PORT']}`);
  process.exit(1);
}

const host = process.env['HOST'] || '127.0.0.1';
const server = await startStaticServer({
  root,
  base: normalizeBase(process.env['BASE_PATH']),
  host,
  port,
}).catch((/** @type {NodeJS.ErrnoException} */ error) => {
  const reason =
    error.code === 'EADDRINUSE' ? `cổng ${port} đang được dùng (đặt PORT khác)` : error.message;
  console.error(`Lỗi: không thể mở máy chủ tại ${host}:${port}: ${reason}`);
  process.exit(1);
});
console.log(`Trang web đang chạy tại: ${server.url}`);
console.log('Nhấn Ctrl-C để dừng.');

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.once(signal, () => {
    server.close().finally(() => process.exit(0));
  });
}
