/**
 * Interactions of the demo: routine visits, calls and messages, plus the events a customer's
 * story brings (a complaint with a return, a win-back call after lapsing, a collection call).
 */

import { weekdayOfDay } from '../days';
import type { DayNumber, Interaction, InteractionKind } from '../model';
import type { Random } from '../random';
import { pickCumulative } from './behaviour';
import type { LocaleLists } from './names';
import { fillNote, noteTemplates, type NoteTopic } from './notes';
import type { Window } from './behaviour';

export type ContactState = 'active' | 'new' | 'lapsing' | 'churned' | 'oneTime' | 'prospect';

/** What the interaction simulation needs to know about one customer. */
export interface ContactSubject {
	customerId: string;
	state: ContactState;
	business: boolean;
	/** Routine contacts per year between `from` and `to`; 0 for none. */
	rate: number;
	from: DayNumber;
	to: DayNumber;
	/** Mean satisfaction 1–5. */
	satisfaction: number;
	/** First and last ok order in the window, -1 when none. */
	firstOrderDay: DayNumber;
	lastOrderDay: DayNumber;
	returnDays: readonly DayNumber[];
	overdue: boolean;
	productCum: Float64Array;
}

const KINDS: readonly InteractionKind[] = [
	'visit',
	'call',
	'message',
	'feedback',
	'complaint',
	'survey'
];
// Routine mix by kind, in KINDS order: field sales visit businesses; consumers get messages.
const BUSINESS_MIX = [30, 30, 20, 8, 3, 8];
const CONSUMER_MIX = [2, 15, 38, 22, 5, 15];
const UNHAPPY_MIX = [2, 12, 30, 22, 12, 15];

interface Event {
	day: DayNumber;
	kind: InteractionKind;
	topic: NoteTopic;
}

/** Moves a business visit or call off the weekend, staying inside [from, to]. */
function workday(day: DayNumber, from: DayNumber, to: DayNumber): DayNumber {
	const weekday = weekdayOfDay(day);
	if (weekday === 6 && day - 1 >= from) return day - 1;
	if (weekday === 0 && day + 1 <= to) return day + 1;
	return day;
}

function storyEvents(subject: ContactSubject, window: Window, random: Random): Event[] {
	const events: Event[] = [];
	const inside = (day: DayNumber) => day >= window.first && day <= window.last;
	const add = (day: DayNumber, kind: InteractionKind, topic: NoteTopic) => {
		if (inside(day)) events.push({ day, kind, topic });
	};
	for (const day of subject.returnDays) {
		if (random.chance(0.3)) add(day, 'complaint', 'returnComplaint');
	}
	const last = subject.lastOrderDay;
	if (subject.state === 'lapsing' && last >= 0) {
		if (random.chance(0.45)) {
			const unhappy = random.chance(0.5);
			add(
				last - random.int(0, 30),
				unhappy ? 'complaint' : 'feedback',
				unhappy ? 'complaint' : 'feedbackBad'
			);
		}
		if (random.chance(0.4)) add(last + random.int(60, 150), 'call', 'winBack');
	}
	if (subject.state === 'churned' && last >= 0) {
		if (random.chance(0.3)) add(last + random.int(90, 300), 'survey', 'exitSurvey');
		if (random.chance(0.3)) add(last + random.int(60, 200), 'call', 'winBack');
	}
	if (subject.state === 'new' && subject.firstOrderDay >= 0 && random.chance(0.55)) {
		const kind = random.chance(0.6) ? 'message' : 'call';
		add(subject.firstOrderDay + random.int(0, 3), kind, 'welcome');
	}
	if (subject.overdue && random.chance(0.8)) {
		add(workday(window.last - random.int(0, 30), window.first, window.last), 'call', 'collection');
	}
	return events;
}

function routineEvents(subject: ContactSubject, random: Random): Event[] {
	const events: Event[] = [];
	if (!(subject.rate > 0) || subject.from > subject.to) return events;
	const mix =
		subject.state === 'lapsing' || subject.state === 'churned'
			? UNHAPPY_MIX
			: subject.business
				? BUSINESS_MIX
				: CONSUMER_MIX;
	let t = subject.from;
	for (;;) {
		t += random.exponential(365 / subject.rate);
		let day = Math.floor(t);
		if (day > subject.to) break;
		if (subject.state === 'prospect') {
			const kind = random.weighted(
				['visit', 'call', 'message'] as const,
				subject.business ? [4, 4, 2] : [1, 4, 5]
			);
			events.push({ day, kind, topic: 'prospect' });
			continue;
		}
		const kind = random.weighted(KINDS, mix);
		if (subject.business && (kind === 'visit' || kind === 'call'))
			day = workday(day, subject.from, subject.to);
		const topic: NoteTopic = kind === 'feedback' ? 'feedbackGood' : kind;
		events.push({ day, kind, topic });
	}
	return events;
}

/** Interactions of all subjects, sorted by day, then subject order. */
export function simulateInteractions(
	subjects: readonly ContactSubject[],
	window: Window,
	lists: LocaleLists,
	random: Random,
	takenIds: ReadonlySet<string> = new Set()
): Interaction[] {
	const made: { subject: number; interaction: Interaction }[] = [];
	subjects.forEach((subject, index) => {
		const events = storyEvents(subject, window, random).concat(routineEvents(subject, random));
		if (events.length === 0) return;
		const complained = events.some((event) => event.kind === 'complaint');
		// Customers who complained rate lower; an exit survey is never glowing.
		const mean = subject.satisfaction - (complained ? 0.7 : 0);
		for (const event of events) {
			let satisfaction: number | undefined;
			let topic = event.topic;
			if (event.kind === 'feedback' || event.kind === 'survey') {
				const centre = topic === 'exitSurvey' ? Math.min(mean, 2.2) : mean;
				satisfaction = Math.min(5, Math.max(1, Math.round(random.normal(centre, 0.8))));
				if (topic === 'feedbackGood' || topic === 'feedbackBad') {
					topic =
						satisfaction >= 4
							? 'feedbackGood'
							: satisfaction === 3
								? 'feedbackMixed'
								: 'feedbackBad';
				}
			}
			const product = lists.products[pickCumulative(subject.productCum, random.next())].name;
			const templates = lists.notes?.[topic] ?? noteTemplates(lists.locale, topic);
			const note = fillNote(random.pick(templates), product, satisfaction);
			let id = random.uuid();
			while (takenIds.has(id)) id = random.uuid();
			const interaction: Interaction = {
				id,
				customerId: subject.customerId,
				day: event.day,
				kind: event.kind,
				note
			};
			if (satisfaction !== undefined) interaction.satisfaction = satisfaction;
			made.push({ subject: index, interaction });
		}
	});
	// Array sort is stable, so same-day events of one customer keep their generation order.
	made.sort((a, b) => a.interaction.day - b.interaction.day || a.subject - b.subject);
	return made.map((entry) => entry.interaction);
}
