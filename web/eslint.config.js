// ESLint for the UI (flat config, ESLint 9). `npm run lint`, which `npm run build` runs, so the Maven
// build fails on any error or warning. Three sets of rules:
//  - TypeScript's recommended rules (syntax only, no type information: fast);
//  - React's hook rules, including the React Compiler checks of eslint-plugin-react-hooks 7;
//  - import boundaries between the folders of src/ (README.md, "Layout"): shared code <- features <- app.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const webDir = fileURLToPath(new URL('.', import.meta.url));

/** Every folder under src/features is a feature; a new one is fenced in without touching this file. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Code any feature may use; it knows nothing of features or of the app shell. */
const shared = ['api', 'components', 'hooks', 'lib', 'types'];
const sharedAliases = shared.map((dir) => `@/${dir}`).join(', ');

// Paths are relative to web/ (basePath below), whichever directory ESLint is started from.
const zones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: `features/${feature} may only import itself and shared code (${sharedAliases}). Move what both features need to shared code, or compose the two in src/app.`,
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features never import the app shell; src/app imports features, not the other way round.',
  },
  {
    target: shared.map((dir) => `./src/${dir}`),
    from: ['./src/features', './src/app'],
    message: 'Shared code may not import features or the app shell.',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'runtime/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Resolves `@/…` through tsconfig.json's `paths`. Needed for the boundaries: an import the
      // resolver cannot place is one no-restricted-paths cannot judge, hence no-unresolved too.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${webDir}tsconfig.json` })],
    },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'import-x/no-restricted-paths': ['error', { basePath: webDir, zones }],
      'import-x/no-unresolved': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./',
              message: 'Leaving a folder two levels up: import it through the @/ alias (e.g. @/lib/api) instead.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['*.{js,ts}', 'scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
);
