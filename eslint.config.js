import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/*
 * Boundaries between the layers (README, "Architecture"): each entry is one forbidden import.
 * A file set takes every boundary that applies to it in one rule (a later rule replaces an
 * earlier one for the same files, it does not add to it).
 */
const dexie = {
	regex: '^dexie(/|$)',
	message: 'Only src/lib/db uses Dexie: add a named read or write function there.'
};
const workerInternals = {
	regex: '(^|/)worker/(tasks/|analysis\\.worker$)',
	message: 'Worker types and constants come from $lib/worker/types only.'
};
const storage = {
	regex: '^(\\$lib/|(\\.\\./)+(lib/)?)db(/|$)|(^|/)worker/client$',
	message: 'Components and pages read state classes (src/lib/state), never db or the worker client.'
};
const impure = {
	regex: '^(dexie|comlink|svelte)(/|$)|^(\\$lib/|(\\.\\./)+)(db|worker|state|ui)(/|$)',
	message: 'src/lib/core is pure: no db, worker, state, ui, Svelte, Dexie or comlink.'
};
const boundaries = (...patterns) => ({
	'no-restricted-imports': ['error', { patterns }]
});

export default ts.config(
	{
		ignores: [
			'node_modules/',
			'.svelte-kit/',
			'.svelte-kit-*/',
			'build/',
			'dist/',
			'build-*/',
			'.scratch/',
			'bench-build/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				// The service worker has its own globals (webworker lib), so it is checked on its own.
				projectService: { allowDefaultProject: ['src/service-worker.ts'] },
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.svelte']
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }
			],
			// The app is served from the site root (no `paths.base`), so plain hrefs are correct.
			'svelte/no-navigation-without-resolve': 'off',
			// Sets and Maps built inside a method or a $derived computation are scratch values,
			// not state; state that must react is declared with $state explicitly.
			'svelte/prefer-svelte-reactivity': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		languageOptions: { parserOptions: { parser: ts.parser, svelteConfig } }
	},
	{
		files: ['**/*.js', '**/*.mjs'],
		...ts.configs.disableTypeChecked
	},
	{
		// Tests may open and delete databases of their own with Dexie.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		ignores: ['src/lib/db/**', 'src/lib/worker/**', '**/*.test.ts'],
		rules: boundaries(dexie, workerInternals)
	},
	{
		files: ['src/lib/worker/**/*.ts'],
		ignores: ['**/*.test.ts'],
		rules: boundaries(dexie)
	},
	{
		files: [
			'src/lib/ui/**/*.ts',
			'src/lib/ui/**/*.svelte',
			'src/routes/**/*.ts',
			'src/routes/**/*.svelte'
		],
		rules: boundaries(dexie, workerInternals, storage)
	},
	{
		files: ['src/lib/core/**/*.ts'],
		rules: boundaries(impure)
	}
);
