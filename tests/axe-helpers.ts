import type AxeBuilder from '@axe-core/playwright';

/** The serious and critical violations an axe run finds, one line each (rule, impact, nodes). */
export async function seriousViolations(builder: AxeBuilder): Promise<string[]> {
	const { violations } = await builder.analyze();
	return violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map(
			(violation) =>
				`${violation.id} (${violation.impact}): ${violation.nodes
					.slice(0, 3)
					.map((node) => node.target.join(' '))
					.join(' | ')}`
		);
}
