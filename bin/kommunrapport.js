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
main(process.argv.slice(2)).then((code) => process.exit(code));
