/* ESLint (flat config): typescript-eslint for the whole tree, Office's own add-in rules where Office.js is called. */
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');
const globals = require('globals');
const officeAddins = require('eslint-plugin-office-addins');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'coverage/', 'test-artifacts/', '.bench/', '**/*.tmp.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // the custom functions take Excel's arguments as they come (numbers, text, data types, matrices)
      '@typescript-eslint/no-explicit-any': 'off',
      eqeqeq: ['error', 'smart'],
      'no-console': 'error',
    },
  },
  {
    // the Excel adapter, the task pane and the custom functions: Office's own rules for load/sync
    files: ['src/office/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/functions/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: { globals: { ...globals.browser, Office: 'readonly', Excel: 'readonly', CustomFunctions: 'readonly' } },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // plain CommonJS: configs, the fake Excel host, jest helpers, and the ES5 old-webview notice
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/taskpane/webview-lama.js'],
    languageOptions: { ecmaVersion: 5, sourceType: 'script' },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
    rules: { 'no-console': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // the CLI prints on purpose (process.stdout/stderr are used; console only in the bench and scripts)
    files: ['src/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
