#!/usr/bin/env node
'use strict';
// Thin launcher: the CLI is compiled to lib/ by `npm run build:cli` (run by `npm ci` via prepare).
let main;
try {
  main = require('../lib/cli/main.js').main;
} catch (e) {
  process.stderr.write('kommunrapport: programmet är inte byggt. Kör "npm run build:cli" (görs av "npm ci").\n');
  process.exit(2);
}
// A reader that stops early (`kommunrapport report x.xlsx | head`) closes the pipe: that is no
// error of ours. The rest of the output is dropped and the work (writing the report file) goes
// on, instead of Node printing a stack trace and stopping halfway.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED')) return;
    throw e;
  });
}
main(process.argv.slice(2)).then((code) => process.exit(code));
