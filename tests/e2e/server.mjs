// A plain static host for the tests and the bench: files as they are, a folder's
// index.html, and 404.html (status 404) for anything else. When the browser accepts
// brotli, a file's precompressed `.br` copy (written by the build) if it has one, as nginx
// `brotli_static` or Caddy `precompressed` serve it; otherwise gzip when asked. `--no-br`
// is a host that serves only gzip, like GitHub Pages.
//   node tests/e2e/server.mjs --root dist --port 4173 [--prefix /wego10/] [--csp] [--no-br]
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
const brotli = !process.argv.includes('--no-br');

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
  headers.vary = 'accept-encoding';
  const accepts = req.headers['accept-encoding'] || '';
  let body = fs.readFileSync(file);
  if (brotli && /\bbr\b/.test(accepts) && fs.existsSync(`${file}.br`)) {
    body = fs.readFileSync(`${file}.br`);
    headers['content-encoding'] = 'br';
  } else if (/gzip/.test(accepts) && /text|javascript|json|wasm|svg/.test(type)) {
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
