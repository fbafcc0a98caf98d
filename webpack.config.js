/* Builds the add-in: task pane + custom functions in one shared-runtime page, and functions.json from JSDoc. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

/** Where the manifest in the repository points: the dev server. */
const DEV_URL = 'https://localhost:3000';

/**
 * Where dist/ will be hosted, as Office's own templates do it: ADDIN_URL=https://host/path npm run build writes
 * that address into dist/manifest.xml (every SourceLocation, icon, support and resource URL, and the AppDomain).
 * Office loads add-ins only over HTTPS, so anything else stops the build with a message.
 */
/** A configuration mistake: one Indonesian line on stderr and exit 2, never a stack trace. */
function fail(message) {
  process.stderr.write(`lkjip: ${message}\n`);
  process.exit(2);
}

function addinUrl() {
  const raw = process.env.ADDIN_URL;
  if (!raw) return DEV_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    return fail(`ADDIN_URL "${raw}" bukan alamat web yang sah; contoh: ADDIN_URL=https://intranet.kantor.go.id/lkjip npm run build`);
  }
  if (url.protocol !== 'https:') return fail(`ADDIN_URL harus https:// (Office hanya memuat add-in lewat HTTPS), bukan "${raw}"`);
  if (url.search || url.hash || /[&'"<>]/.test(url.href)) return fail(`ADDIN_URL "${raw}" tidak boleh berisi ?, #, &, tanda kutip atau < >`);
  return url.href.replace(/\/+$/, '');
}

function manifestFor(xml, base) {
  const origin = new URL(base).origin;
  return xml
    .toString('utf8')
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_URL)
    .join(base);
}

/** HTTPS for the dev server: Office only loads add-ins over HTTPS. Uses office-addin-dev-certs, or refuses. */
async function httpsOptions() {
  let certs;
  try {
    certs = require('office-addin-dev-certs');
  } catch {
    return fail(
      'npm run serve butuh sertifikat HTTPS lokal, karena Office hanya memuat add-in lewat HTTPS.\n' +
        '       Pasang dulu: npm install --no-save office-addin-dev-certs && npx office-addin-dev-certs install\n' +
        '       lalu jalankan lagi npm run serve.',
    );
  }
  try {
    return await certs.getHttpsServerOptions();
  } catch (e) {
    return fail(`sertifikat HTTPS lokal tidak dapat dipakai (${e && e.message ? e.message : e}).\n       Jalankan: npx office-addin-dev-certs install`);
  }
}

module.exports = async (env, argv) => {
  const base = addinUrl();
  const serving = !!(env && env.WEBPACK_SERVE);
  return {
    mode: argv.mode || 'production',
    devtool: argv.mode === 'development' ? 'source-map' : false,
    // browsers and webviews Office uses today (WebView2, Safari/WKWebView, Chromium): ES2019 output
    target: ['web', 'es2019'],
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/index.tsx',
      // the engine in a Web Worker, loaded by the pane as engine-worker.js (same origin: allowed by the page's CSP)
      'engine-worker': './src/taskpane/engine.worker.ts',
      // the checker page (periksa.html) and its worker: the CLI's reader, engine and copy writers in the browser
      periksa: './src/checker/index.tsx',
      'checker-worker': './src/checker/checker.worker.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      globalObject: 'self',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext', target: 'es2019' } } },
        },
      ],
    },
    performance: { hints: false },
    devServer: serving ? { port: 3000, headers: { 'Access-Control-Allow-Origin': '*' }, server: { type: 'https', options: await httpsOptions() } } : undefined,
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: './src/functions/functions.ts', output: 'functions.json' }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
      }),
      new HtmlWebpackPlugin({
        filename: 'periksa.html',
        template: './src/checker/periksa.html',
        chunks: ['periksa'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content, base) },
          { from: 'src/taskpane/webview-lama.js', to: 'webview-lama.js' },
          { from: 'src/taskpane/bantuan.html', to: 'bantuan.html' },
          { from: 'src/deploy/web.config', to: 'web.config' },
        ],
      }),
    ],
  };
};
