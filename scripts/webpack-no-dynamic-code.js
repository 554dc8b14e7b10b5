/**
 * Build-time guard: no emitted JavaScript may contain eval( or new Function / Function("…").
 *
 * The task pane's CSP has no 'unsafe-eval', so such code would throw when reached. The exceljs
 * browser build is made CSP-safe by scripts/webpack-csp-safe-exceljs.js; this plugin checks the
 * final, minified output of the whole build, so a library upgrade or a new dependency cannot
 * bring dynamic code back silently: the build fails and names the file and the place.
 *
 * The patterns are those of test/unit/security-static.test.ts (a).
 */
const { Compilation, WebpackError } = require('webpack');

/** eval(…), new Function(…) and Function("…") called with a code string. */
const DYNAMIC_CODE = [/\beval\s*\(/g, /new\s+Function\s*\(/g, /\bFunction\s*\(\s*["'`]/g];

/** Every match of DYNAMIC_CODE in text, as "@offset: …context…". */
function findDynamicCode(text) {
  return DYNAMIC_CODE.flatMap((re) =>
    [...text.matchAll(re)].map((m) => `@${m.index}: …${text.slice(Math.max(0, m.index - 60), m.index + 60)}…`),
  );
}

class NoDynamicCodePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('NoDynamicCodePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        // After minification (OPTIMIZE_SIZE) and every other rewrite: this is what ships.
        { name: 'NoDynamicCodePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ANALYSE },
        (assets) => {
          for (const name of Object.keys(assets).filter((n) => /\.[cm]?js$/.test(n))) {
            const source = assets[name].source();
            const text = typeof source === 'string' ? source : source.toString('utf8');
            for (const hit of findDynamicCode(text)) {
              compilation.errors.push(
                new WebpackError(`${name} ${hit}\nDynamic code is blocked by the task pane's CSP (no 'unsafe-eval'); make it CSP-safe (see scripts/webpack-csp-safe-exceljs.js).`),
              );
            }
          }
        },
      );
    });
  }
}

module.exports = { NoDynamicCodePlugin, findDynamicCode };
