// Layer rules (architecture.md): renderer -> core/api only; core is framework-free;
// db knows SQL only; electron/handlers hold use cases without importing electron.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'crypto', 'child_process'];
const banned = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

const rendererLayer = {
  group: ['**/db/**', '**/electron/**', 'electron', 'better-sqlite3', 'kysely', ...nodeBuiltins],
  message:
    'The renderer talks to the API contract only (core/api); never to db/, electron/ or Node.',
};

// Each folder of renderer/features is a room: other rooms see only what its index.ts exports.
// A file `depth` folders below its room reaches a sibling room by climbing depth + 1 levels,
// so the patterns are written per room and depth (a feature's own subfolders stay free).
const features = readdirSync(new URL('./renderer/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const roomRules = features.flatMap((feature) =>
  // Files lie at most three folders below their room's own folder.
  [0, 1, 2, 3].map((depth) => {
    const up = '../'.repeat(depth + 1);
    const others = features.filter((other) => other !== feature);
    return {
      files: [`renderer/features/${feature}/${'*/'.repeat(depth)}*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              rendererLayer,
              {
                group: others.flatMap((other) => [
                  `${up}${other}/*`,
                  `!${up}${other}/index`,
                  `**/features/${other}/*`,
                  `!**/features/${other}/index`,
                ]),
                message:
                  'A feature is a room: import another feature through its index.ts (../<feature>), never a file inside it, so its insides can change freely.',
              },
            ],
          },
        ],
      },
    };
  }),
);

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'out', 'release', '.electron-native', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'max-lines': ['error', { max: 350, skipBlankLines: true, skipComments: true }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [rendererLayer] }],
    },
  },
  ...roomRules,
  {
    files: ['core/**/*.ts'],
    rules: banned(
      [
        '**/db/**',
        '**/electron/**',
        '**/renderer/**',
        'electron',
        'react',
        'react-dom',
        'kysely',
        'better-sqlite3',
        ...nodeBuiltins,
      ],
      'core/ is framework-free: zod, date and document libraries only.',
    ),
  },
  {
    // A message key given to zod as a bare string would compile with a typo in it.
    files: ['core/api/**/*.ts'],
    ignores: ['core/api/validation.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "Property[key.name=/^(error|message)$/][value.type='Literal']",
          'CallExpression[callee.property.name=/^(min|max|length|regex|refine|nonempty|enum)$/] > Literal[raw=/^[\'"`]/]',
        ].map((selector) => ({
          selector,
          message:
            'A validation message key goes through failsWith() or customIssue() (core/api/validation.ts), so a typo fails to compile.',
        })),
      ],
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: banned(
      ['**/electron/**', '**/renderer/**', 'electron', 'react'],
      'db/ knows SQL only; it may import core types, never electron or renderer.',
    ),
  },
  {
    files: ['electron/handlers/**/*.ts', 'electron/browser-mode.ts', 'electron/web.ts'],
    rules: banned(
      ['**/renderer/**', 'electron', 'react'],
      'Handlers and browser mode run without Electron; only main/preload/menu/dialogs/security import it.',
    ),
  },
  {
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: { 'max-lines': 'off' },
  },
);
