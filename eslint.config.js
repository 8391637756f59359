// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'https',
  'net',
  'url',
  'events',
  'stream',
  'util',
  'worker_threads',
  'zlib',
  'readline',
  'buffer',
  'process',
  'timers',
];
const nodeImports = [...nodeBuiltins, ...nodeBuiltins.map((m) => `${m}/*`), 'node:*'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Layering (see docs/ARCHITECTURE.md): shared is platform-free, main and renderer
      // never import each other. A wrong import is a lint error, not a review comment.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './src/shared', from: './src/main', message: 'shared must not import main' },
            {
              target: './src/shared',
              from: './src/renderer',
              message: 'shared must not import renderer',
            },
            {
              target: './src/main',
              from: './src/renderer',
              message: 'main must not import renderer',
            },
            {
              target: './src/renderer',
              from: './src/main',
              message: 'renderer must not import main',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared is platform-free: no Electron' }],
          patterns: [{ group: nodeImports, message: 'shared is platform-free: no Node built-ins' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'indexedDB',
        'process',
        'Buffer',
        'require',
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'the renderer talks to main through bridge.ts only' },
          ],
          patterns: [{ group: nodeImports, message: 'the renderer has no Node' }],
        },
      ],
    },
  },
  {
    // Only the Electron wiring and the preload may import electron.
    files: ['src/main/**/*.ts'],
    ignores: ['src/main/app/**', 'src/main/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'only src/main/app and the preload import electron; take a port instead',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: globals.node,
    },
  },
);
