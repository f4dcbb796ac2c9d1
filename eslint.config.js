import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import pluginQuery from '@tanstack/eslint-plugin-query'
import pluginRouter from '@tanstack/eslint-plugin-router'

export default tseslint.config(
  { ignores: ['dist', 'bench-out', 'coverage', 'dev-dist', 'src/routeTree.gen.ts', 'scripts/*.d.mts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  ...pluginRouter.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Layers: screens import features, features import shared code, never the reverse.
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/routes/*', '!**/routeTree.gen'], message: 'Only the router imports route files.' }] }],
    },
  },
  {
    files: ['src/features/**', 'src/components/**', 'src/data/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/app/*', '**/routes/*'], message: 'Shared code and features do not import the app or screens.' }] }],
    },
  },
  {
    files: ['src/components/**', 'src/data/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/features/*', '**/app/*', '**/routes/*'], message: 'Shared code does not import features.' }] }],
    },
  },
  {
    files: ['tests/**', 'mocks/**', 'scripts/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
)
