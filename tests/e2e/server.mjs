// A plain static host for the tests and the bench, like GitHub Pages: files as they are,
// a folder's index.html, and 404.html (status 404) for anything else. Gzip when asked.
//   node tests/e2e/server.mjs --root dist --port 4173 [--prefix /wego10/] [--csp]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const root = path.resolve(arg('root', 'dist'));
const port = Number(arg('port', '4173'));
const prefix = arg('prefix', '/');
const csp = process.argv.includes('--csp');

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.css': 'text/css', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.txt': 'text/plain',
};

function send(req, res, file, status) {
  const type = types[path.extname(file)] || 'application/octet-stream';
  const headers = { 'content-type': type, 'cache-control': 'no-cache' };
  if (csp && type.startsWith('text/html')) {
    headers['content-security-policy'] =
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors *; base-uri 'self'; object-src 'none'";
  }
  let body = fs.readFileSync(file);
  if (/gzip/.test(req.headers['accept-encoding'] || '') && /text|javascript|json|wasm|svg/.test(type)) {
    body = zlib.gzipSync(body, { level: 9 });
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  let p = decodeURIComponent(url.pathname);
  if (!p.startsWith(prefix)) { res.writeHead(404); res.end('outside the site'); return; }
  p = '/' + p.slice(prefix.length);
  let file = path.join(root, path.normalize(p));
  if (!file.startsWith(root)) { res.writeHead(403); res.end(); return; }
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (fs.existsSync(file)) return send(req, res, file, 200);
  const notFound = path.join(root, '404.html');
  if (fs.existsSync(notFound)) return send(req, res, notFound, 404);
  res.writeHead(404); res.end('not found');
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} at http://127.0.0.1:${port}${prefix}`));
