/**
 * Webpack loader, applied to exceljs's browser build (exceljs/dist/exceljs.min.js) only: rewrites
 * the few places where its bundled dependencies make code from strings, which the task pane's
 * CSP (no 'unsafe-eval') would block, into CSP-safe equivalents.
 *
 *  - lodash (5 copies) and core-js find the global object with `Function("return this")()` as
 *    a last fallback; the build targets ES2020, which has `globalThis`.
 *  - regenerator-runtime's fallback `Function("r","regeneratorRuntime = r")(n)` (only reached
 *    when assigning the global fails and there is no globalThis) assigns through `globalThis`.
 *  - The setImmediate polyfill turns a string handler into code with `new Function(""+e)`;
 *    exceljs never passes a string, and a string would now get a handler that throws a
 *    TypeError instead of being evaluated.
 *
 * Each rewrite must match exactly the expected number of times, and afterwards the file must
 * contain no eval( / new Function / Function("…") at all; otherwise the build fails. So an
 * exceljs upgrade that moves, adds or removes such code stops the build until someone reviews
 * it and updates this list. scripts/webpack-no-dynamic-code.js checks the final output again.
 */
const { findDynamicCode } = require('./webpack-no-dynamic-code');

/** Reviewed against exceljs 4.4.0 (dist/exceljs.min.js, "ExcelJS 19-10-2023"). */
const REWRITES = [
  {
    what: 'global-object fallback of lodash and core-js',
    find: 'Function("return this")()',
    replace: 'globalThis',
    count: 6,
  },
  {
    what: "regenerator-runtime's global assignment fallback",
    find: 'Function("r","regeneratorRuntime = r")(n)',
    replace: '(globalThis.regeneratorRuntime=n)',
    count: 1,
  },
  {
    what: "setImmediate polyfill's string handler",
    find: '"function"!=typeof e&&(e=new Function(""+e))',
    replace:
      '"function"!=typeof e&&(e=function(){throw new TypeError("setImmediate: a string handler would need eval, which the Content-Security-Policy forbids")})',
    count: 1,
  },
];

/** The source with every rewrite applied, or an Error naming what did not match. */
function rewrite(source) {
  let out = source;
  for (const r of REWRITES) {
    const found = out.split(r.find).length - 1;
    if (found !== r.count) {
      return new Error(`csp-safe-exceljs: expected ${r.count} × ${r.what} (${r.find}), found ${found}; review exceljs's dynamic code and update scripts/webpack-csp-safe-exceljs.js`);
    }
    out = out.split(r.find).join(r.replace);
  }
  const left = findDynamicCode(out);
  if (left.length > 0) {
    return new Error(`csp-safe-exceljs: dynamic code left after the rewrites, review it:\n${left.join('\n')}`);
  }
  return out;
}

/** The loader: exceljs's source in, CSP-safe source out (no source map: the input is minified). */
module.exports = function cspSafeExceljs(source) {
  const out = rewrite(source);
  if (out instanceof Error) {
    this.callback(out);
    return;
  }
  this.callback(null, out);
};
module.exports.rewrite = rewrite;
module.exports.REWRITES = REWRITES;
