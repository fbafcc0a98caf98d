/* Builds the add-in: task pane + custom functions in one shared-runtime page, and functions.json from JSDoc. */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

/** HTTPS for the dev server: Office only loads add-ins over HTTPS. Uses office-addin-dev-certs when installed. */
async function httpsOptions() {
  try {
    // eslint-disable-next-line global-require
    return await require('office-addin-dev-certs').getHttpsServerOptions();
  } catch {
    return undefined;
  }
}

module.exports = async (env, argv) => ({
  mode: argv.mode || 'production',
  devtool: argv.mode === 'development' ? 'source-map' : false,
  entry: {
    functions: './src/functions/functions.ts',
    taskpane: './src/taskpane/index.tsx',
  },
  output: {
    path: path.resolve(__dirname, 'dist'),
    filename: '[name].js',
    clean: true,
  },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { noEmit: false, module: 'esnext' } } },
      },
    ],
  },
  performance: { hints: false },
  devServer: argv && argv.env && argv.env.WEBPACK_SERVE
    ? await (async () => {
        const options = await httpsOptions();
        return { port: 3000, headers: { 'Access-Control-Allow-Origin': '*' }, server: options ? { type: 'https', options } : 'http' };
      })()
    : undefined,
  plugins: [
    new CustomFunctionsMetadataPlugin({ input: './src/functions/functions.ts', output: 'functions.json' }),
    new HtmlWebpackPlugin({
      filename: 'taskpane.html',
      template: './src/taskpane/taskpane.html',
      chunks: ['functions', 'taskpane'],
      chunksSortMode: 'manual',
    }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets/*.png', to: 'assets/[name][ext]' },
        { from: 'manifest.xml', to: 'manifest.xml' },
      ],
    }),
  ],
});
