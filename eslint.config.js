// ESLint (flat config), run by `npm run lint` in `npm test`. Rules that find bugs or enforce the
// project's layering, as errors; no style rules (formatting is not linted).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  // .lms-build and .astro-lms: the LMS packages' build (scripts/package-lms.mjs).
  { ignores: ['dist/**', 'dist-*/**', '.lms-build/**', '.astro-lms/**', '.astro/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'node_modules/**', '.node/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, __OFFLINE__: 'readonly' } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The site strips and shows control characters from URLs and files on purpose (echo-text).
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Preact hooks follow React's rules.
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // src/lib is pure TypeScript: no DOM, Astro or Preact (BRIEF, engineering standards).
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['preact', 'preact/*', '@preact/*', 'astro', 'astro:*', 'astro/*', 'nanostores', '@nanostores/*', '**/components/**', '**/stores/**'], message: 'src/lib is pure TypeScript: no UI, Astro or store imports.' }] }],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'],
    },
  },
);
