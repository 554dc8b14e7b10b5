#!/usr/bin/env node
'use strict';
/**
 * A tiny static HTTP server for the built task pane, on localhost only.
 *
 *   node scripts/serve-dist.js [dir=dist] [--port 8080]
 *
 * Then open http://localhost:8080/taskpane.html: outside Excel the pane runs in standalone mode
 * on an .xlsx you open. The e2e tests use `serve()` with port 0 (a free port) and extra mounts.
 */
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file a URL path names under root, or null when it would leave root. */
function resolveIn(root, urlPath) {
  const rel = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const file = path.resolve(root, rel === '' ? 'taskpane.html' : rel);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/**
 * Serves `root` at / and each mount (URL prefix → directory) beside it.
 * Resolves with { url, port, close() } once listening.
 */
function serve({ root = 'dist', mounts = {}, port = 0, host = '127.0.0.1' } = {}) {
  const roots = [...Object.entries(mounts).map(([prefix, dir]) => [prefix.replace(/\/?$/, '/'), path.resolve(dir)]), ['/', path.resolve(root)]];
  const server = http.createServer((req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    const [prefix, dir] = roots.find(([p]) => urlPath.startsWith(p));
    const file = resolveIn(dir, urlPath.slice(prefix.length - 1));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const actual = server.address().port;
      resolve({
        port: actual,
        url: `http://localhost:${actual}/`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

module.exports = { serve };

if (require.main === module) {
  const args = process.argv.slice(2);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args[portAt + 1]) : 8080;
  // The folder is the first argument that is neither a flag nor the value after --port.
  const isPortValue = (i) => portAt >= 0 && i === portAt + 1;
  const dir = args.find((a, i) => !a.startsWith('--') && !isPortValue(i)) ?? 'dist';
  if (!fs.existsSync(path.join(dir, 'taskpane.html'))) {
    process.stderr.write(`${dir}/taskpane.html is missing: run "npm run build" first.\n`);
    process.exit(1);
  }
  serve({ root: dir, port, host: '127.0.0.1' }).then((s) => {
    process.stdout.write(`Kommunrapport: ${s.url}taskpane.html (Ctrl+C stops)\n`);
  });
}
