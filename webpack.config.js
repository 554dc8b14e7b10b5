/**
 * Task pane build.
 *
 *   npm run build        production: dist/ (taskpane.html, commands.html, assets/, manifest.xml with
 *                        its URLs rewritten to $KOMMUNRAPPORT_BASE_URL, default
 *                        https://kommunrapport.example.se/)
 *   npm run dev-server   https://localhost:3000 with office-addin-dev-certs, manifest URLs unchanged
 *
 * A second, test-only configuration builds the Office stub page for the simulator e2e test into
 * test-artifacts/sim/ (never into dist/): it loads dist's own taskpane bundle over a stub
 * `Office` and the Office.js simulator, so the test drives exactly the code that ships.
 *
 * No eval anywhere (devtool is a separate source map) so the page runs under its CSP: exceljs's
 * string-to-code fallbacks are rewritten by scripts/webpack-csp-safe-exceljs.js, and
 * scripts/webpack-no-dynamic-code.js fails the build if any eval / new Function reaches dist/.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { productionBaseUrl, rewriteManifest } = require('./scripts/manifest-base-url');
const { NoDynamicCodePlugin } = require('./scripts/webpack-no-dynamic-code');

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/**
 * The one Content-Security-Policy of every page. No inline script, no eval; styles are injected
 * at run time by Fluent's Griffel. `scripts: false` (the static help page) allows no script.
 */
function cspFor({ scripts }) {
  return [
    "default-src 'self'",
    scripts ? "script-src 'self' https://appsforoffice.microsoft.com" : "script-src 'none'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: https://appsforoffice.microsoft.com",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self' https://appsforoffice.microsoft.com",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}
const CSP = cspFor({ scripts: true });

const tsRule = {
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: 'ts-loader',
    // ES modules so webpack tree-shakes and splits at import() (tsconfig's commonjs would not).
    options: { transpileOnly: true, compilerOptions: { module: 'es2020', sourceMap: true } },
  },
};

/**
 * exceljs's browser build (the lazily loaded chunk) with its string-to-code fallbacks made
 * CSP-safe; the loader fails the build when the reviewed patterns no longer match.
 */
const exceljsRule = {
  test: path.join(path.dirname(require.resolve('exceljs/package.json')), 'dist', 'exceljs.min.js'),
  use: path.resolve(__dirname, 'scripts', 'webpack-csp-safe-exceljs.js'),
};

/**
 * ES2020 like tsconfig: webpack's runtime then uses `globalThis` instead of its
 * `new Function('return this')` fallback.
 */
const target = ['web', 'es2020'];

const resolve = {
  extensions: ['.tsx', '.ts', '.js'],
  // exceljs's browser build brings its own polyfills; nothing of Node's is needed in the page.
  fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
};

function appConfig(production) {
  return {
    name: 'taskpane',
    mode: production ? 'production' : 'development',
    target,
    devtool: 'source-map',
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Chunks load relative to the page, which sits beside them: works at any path of any static
      // server, and there is no run-time publicPath detection (document.currentScript/importScripts).
      publicPath: '',
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve,
    module: { rules: [tsRule, exceljsRule] },
    performance: { hints: false },
    // html-webpack-plugin already minifies the pages; webpack's own HTML minimizer would then strip
    // attribute quotes, which the reviewed `http-equiv="Content-Security-Policy"` form relies on.
    optimization: { minimizeOptions: { html: false } },
    plugins: [
      new NoDynamicCodePlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        inject: 'head',
        scriptLoading: 'defer',
        templateParameters: { csp: CSP, officeJs: OFFICE_JS },
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/taskpane/commands.html',
        chunks: [],
        templateParameters: { csp: CSP, officeJs: OFFICE_JS },
      }),
      // The manifest's SupportUrl: a static page, the same policy with no script at all.
      new HtmlWebpackPlugin({
        filename: 'assets/support.html',
        template: './assets/support.html',
        chunks: [],
        templateParameters: { csp: cspFor({ scripts: false }) },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', globOptions: { ignore: ['**/*.html'] } },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: production ? (content) => rewriteManifest(content.toString('utf8'), productionBaseUrl()) : undefined,
          },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
    },
  };
}

/** The test page of the simulator e2e test (test/e2e/sim-*.test.ts); not part of the add-in. */
function simConfig(production) {
  return {
    name: 'sim',
    mode: production ? 'production' : 'development',
    target,
    devtool: 'source-map',
    entry: { 'office-stub': './test/fakes/office-stub/index.ts' },
    output: { path: path.resolve(__dirname, 'test-artifacts', 'sim'), filename: '[name].js', clean: true },
    resolve,
    module: { rules: [tsRule, exceljsRule] },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'sim.html',
        template: './test/fakes/office-stub/sim.html',
        inject: 'head',
        scriptLoading: 'defer',
        templateParameters: { csp: CSP },
      }),
    ],
  };
}

module.exports = async (_env, argv) => {
  const production = argv.mode !== 'development';
  if (process.argv.includes('serve')) {
    // https for the dev server only: office-addin-dev-certs makes (and trusts) a localhost certificate.
    const certs = require('office-addin-dev-certs');
    const app = appConfig(production);
    app.devServer.server = { type: 'https', options: await certs.getHttpsServerOptions() };
    return app;
  }
  return [appConfig(production), simConfig(production)];
};
