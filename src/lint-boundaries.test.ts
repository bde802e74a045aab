/**
 * The layer boundaries in eslint.config.js really fail: small sources are linted as if they
 * stood at a path in the tree (nothing is written to src), and the import rule must report them.
 */

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({
	cwd: process.cwd(),
	// Type-aware rules need the file on disk; only the import boundaries are checked here.
	overrideConfig: {
		languageOptions: { parserOptions: { projectService: false, project: null } },
		rules: { '@typescript-eslint/no-floating-promises': 'off' }
	}
});

/** The import rule's messages for `code` linted as the file at `path`. */
async function importErrors(path: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: path });
	return result.messages
		.filter((message) => message.ruleId === 'no-restricted-imports')
		.map((message) => message.message);
}

const svelte = (imports: string) => `<script lang="ts">\n${imports}\n</script>\n`;

describe('import boundaries', () => {
	it('refuses Dexie in a component, a state class and the core', async () => {
		const line = `import { Dexie } from 'dexie';\nexport const d = Dexie;\n`;
		expect(await importErrors('src/lib/ui/Fixture.svelte', svelte(line))).toHaveLength(1);
		expect(await importErrors('src/lib/state/fixture.svelte.ts', line)).toHaveLength(1);
		expect(await importErrors('src/lib/core/fixture.ts', line)).toHaveLength(1);
		expect(await importErrors('src/lib/db/fixture.ts', line)).toEqual([]);
	}, 60_000);

	it('refuses db and the worker client in components and pages, not in state', async () => {
		const db = `import { storeMeta } from '$lib/db/meta';\nexport const m = storeMeta;\n`;
		const client = `import { analysis } from '$lib/worker/client';\nexport const a = analysis;\n`;
		expect(await importErrors('src/lib/ui/Fixture.svelte', svelte(db))).toHaveLength(1);
		expect(await importErrors('src/routes/fixture/+page.svelte', svelte(client))).toHaveLength(1);
		expect(await importErrors('src/routes/fixture/+page.ts', db)).toHaveLength(1);
		expect(await importErrors('src/lib/state/fixture.svelte.ts', db + client)).toEqual([]);
	}, 60_000);

	it('takes worker types from $lib/worker/types only', async () => {
		const tasks = `import type { ValueView } from '$lib/worker/tasks/value-types';\nexport type V = ValueView;\n`;
		const entry = `import type { AnalysisApi } from '$lib/worker/analysis.worker';\nexport type A = AnalysisApi;\n`;
		const types = `import type { ValueView } from '$lib/worker/types';\nexport type V = ValueView;\n`;
		expect(await importErrors('src/lib/state/fixture.svelte.ts', tasks)).toHaveLength(1);
		expect(await importErrors('src/lib/ui/Fixture.svelte', svelte(entry))).toHaveLength(1);
		expect(await importErrors('src/lib/state/fixture.svelte.ts', types)).toEqual([]);
		expect(await importErrors('src/lib/worker/fixture.ts', tasks)).toEqual([]);
	}, 60_000);

	it('keeps the core pure', async () => {
		for (const source of [
			`import { database } from '$lib/db/database';`,
			`import { database } from '../db/database';`,
			`import { analysis } from '$lib/worker/client';`,
			`import { locale } from '$lib/state/locale.svelte';`,
			`import { fieldLabel } from '../../ui/segments/labels';`,
			`import { untrack } from 'svelte';`,
			`import { wrap } from 'comlink';`
		])
			expect(
				await importErrors('src/lib/core/segments/fixture.ts', `${source}\n`),
				source
			).toHaveLength(1);
		expect(
			await importErrors(
				'src/lib/core/segments/fixture.ts',
				`import { isoFromDay } from '../days';\n`
			)
		).toEqual([]);
	}, 60_000);
});
