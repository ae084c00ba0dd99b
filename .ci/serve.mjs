// Serves a built gallery on 127.0.0.1 under a sub-path, the way GitHub Pages serves a project site:
// folders answer with their index.html, missing files with 404.html (status 404), text is gzipped when the
// browser accepts it. Usage: node .ci/serve.mjs SITE_DIR BASE_PATH PORT_FILE (writes the port it listens on).
import { createServer } from 'node:http';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, normalize, resolve, extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const [root, base, portFile] = process.argv.slice(2).map((a, i) => (i === 0 ? resolve(a) : a));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml', '.ttf': 'font/ttf',
  '.woff2': 'font/woff2', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.ttf', '.xml', '.txt']);

async function find(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  let file = normalize(join(root, decodeURIComponent(urlPath.slice(base.length))));
  if (!file.startsWith(root)) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://127.0.0.1').pathname;
  let file = await find(path);
  let status = 200;
  if (file === null) {
    file = join(root, '404.html');
    status = 404;
  }
  let body = await readFile(file);
  const ext = extname(file);
  const headers = { 'Content-Type': TYPES[ext] || 'application/octet-stream', 'Cache-Control': 'max-age=600' };
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
    body = gzipSync(body, { level: 6 });
    headers['Content-Encoding'] = 'gzip';
  }
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(body);
});
server.listen(0, '127.0.0.1', async () => {
  await writeFile(portFile, String(server.address().port));
});
