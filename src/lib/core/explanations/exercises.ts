/**
 * Exercises for learners (step by step through the method): questions whose answers are read
 * from the data loaded now, so a trainer can change the demo and the answers follow. A learner
 * types a number; it is checked against the engine's own figure (with a stated tolerance).
 */

import type { ClassSummary } from '../segments/summary';
import type { ParetoSummary } from '../segments/pareto';
import { rfmNamedEntry } from '../segments/rfm-named';
import { paretoOf } from '../segments/value-tiers';

export type ExerciseId = 'pareto-top' | 'customers-for-value' | 'champions';

export interface Exercise {
	id: ExerciseId;
	/** The engine's answer, in `unit`. */
	answer: number;
	/** An answer this close counts as right (percentage points for shares). */
	tolerance: number;
	unit: 'percent' | 'customers';
	/** Figures the question quotes (shares 0–1). */
	given: Record<string, number>;
}

/** The parts of a segmentation the exercises read. */
export interface ExerciseSource {
	pareto?: ParetoSummary;
	rfmNamed?: readonly ClassSummary[];
}

/** The exercises' source from a segmentation's schemes and class summaries. */
export function exerciseSourceOf(segmentation: {
	schemes: readonly { kind: string }[];
	summaries: Readonly<Record<string, readonly ClassSummary[]>>;
}): ExerciseSource {
	return {
		pareto: paretoOf(segmentation.schemes),
		rfmNamed: segmentation.summaries[rfmNamedEntry.id]
	};
}

/** An exercise whose answer is a share, typed as a percentage (within one point). */
const shareExercise = (id: ExerciseId, share: number, given: Exercise['given']): Exercise => ({
	id,
	answer: share * 100,
	tolerance: 1,
	unit: 'percent',
	given
});

/** Every exercise the data can answer (none without purchases). */
export function exercisesFor(source: ExerciseSource): Exercise[] {
	const exercises: Exercise[] = [];
	const pareto = source.pareto;
	if (pareto && pareto.customers > 0 && pareto.positiveValue > 0) {
		exercises.push(
			shareExercise('pareto-top', pareto.valueShareOfTop, { top: pareto.topCustomerShare }),
			shareExercise('customers-for-value', pareto.customerShareForValue, {
				value: pareto.valueShare
			})
		);
	}
	const champions = source.rfmNamed?.find((summary) => summary.classId === 'champions');
	if (champions)
		exercises.push({
			id: 'champions',
			answer: champions.customers,
			tolerance: 0,
			unit: 'customers',
			given: {}
		});
	return exercises;
}

export type Verdict = 'right' | 'wrong' | 'unreadable';

/**
 * A typed answer read as a number: full-width digits, thousands separators (, ，), spaces and a
 * trailing % are allowed ("４２ %", "1,234"); NaN when it is not a number.
 */
export function readAnswer(text: string): number {
	const ascii = text
		.replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
		.replace(/[\s,，%％]/g, '');
	return /^-?\d+(\.\d+)?$/.test(ascii) ? Number(ascii) : NaN;
}

/** Whether a typed answer is right (within the exercise's tolerance). */
export function checkAnswer(exercise: Exercise, text: string): Verdict {
	const value = readAnswer(text);
	if (Number.isNaN(value)) return 'unreadable';
	return Math.abs(value - exercise.answer) <= exercise.tolerance + 1e-9 ? 'right' : 'wrong';
}
