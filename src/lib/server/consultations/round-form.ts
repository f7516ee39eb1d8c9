import * as v from 'valibot';
import { fieldErrors, parseFields, type Parsed } from '$lib/server/forms';
import { isLocalDate, fromOsloLocal, toOsloLocal } from '$lib/server/time';
import { questionKinds, type QuestionKind } from '$lib/server/db/schema';
import type { NewRoundInput, RoundInput } from './rounds';

/**
 * The coordinator's round forms, on the one form path (`$lib/server/forms`). Error codes
 * are the page's (`required`, `date`, `options`); over-long texts are cut, as they always were.
 */
export type RoundFormValues = {
	title: string;
	intro: string;
	opensOn: string;
	deadline: string;
	decisionDate: string;
};

const cutText = (max: number) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.transform((text) => text.slice(0, max))
	);
const filled = (max: number) => v.pipe(cutText(max), v.nonEmpty('required'));
const calendarDate = v.pipe(cutText(10), v.check(isLocalDate, 'date'));

const roundEntries = {
	title: filled(200),
	intro: filled(4000),
	opensOn: calendarDate,
	// Typed as Oslo wall-clock time, stored as the UTC instant.
	deadline: v.pipe(
		cutText(16),
		v.transform(fromOsloLocal),
		v.check((instant) => instant !== null, 'date'),
		v.transform((instant) => instant!)
	),
	decisionDate: calendarDate
};
const roundKeys = Object.keys(roundEntries) as (keyof typeof roundEntries)[];

/** Title, intro and the three dates of a round; the deadline is Oslo wall-clock time. */
export function parseRoundForm(form: FormData): Parsed<RoundInput> {
	return parseFields(v.object(roundEntries), form, roundKeys);
}

export function roundFormValues(round: RoundInput): RoundFormValues {
	return { ...round, deadline: toOsloLocal(round.deadline) };
}

/** How many general questions the new-round form offers. */
export const questionSlots = 3;

const choiceKinds: readonly string[] = ['single', 'multiple'];
const optionLines = (text: string) =>
	text
		.split(/\r?\n/)
		.map((o) => o.trim())
		.filter(Boolean)
		.slice(0, 12);

type Slot = { prompt: string; kind: string; options: string };
const slotOf = (input: Record<string, string>, i: number): Slot => ({
	prompt: input[`question${i}_prompt`] ?? '',
	kind: (input[`question${i}_kind`] ?? '').slice(0, 20),
	options: input[`question${i}_options`] ?? ''
});

/**
 * Up to `questionSlots` general questions, as `question{i}_prompt/_kind/_options`. An empty
 * prompt means the slot is unused; a choice question needs at least two options.
 */
const slots = Array.from({ length: questionSlots }, (_, i) => i);
const questionKeys = slots.flatMap((i) => [
	`question${i}_prompt`,
	`question${i}_kind`,
	`question${i}_options`
]);
type SlotInput = Record<string, string>;

/** A check on one slot whose message lands on `field` of that slot. */
const slotCheck = (
	i: number,
	field: 'kind' | 'options',
	ok: (slot: Slot) => boolean,
	message: string
) =>
	v.forward(
		v.check((input: SlotInput) => ok(slotOf(input, i)), message),
		[`question${i}_${field}`] as never
	);

const slotsSchema = v.pipe(
	v.record(v.string(), v.pipe(v.string(), v.trim())),
	...slots.flatMap((i) => [
		slotCheck(
			i,
			'kind',
			(slot) => !slot.prompt || (questionKinds as readonly string[]).includes(slot.kind),
			'required'
		),
		slotCheck(
			i,
			'options',
			(slot) =>
				!slot.prompt || !choiceKinds.includes(slot.kind) || optionLines(slot.options).length >= 2,
			'options'
		)
	])
);
const questionsSchema = v.pipe(
	slotsSchema,
	v.transform((input: SlotInput) =>
		slots
			.map((i) => slotOf(input, i))
			.filter((slot) => slot.prompt)
			.map((slot) => ({
				kind: slot.kind as QuestionKind,
				prompt: slot.prompt.slice(0, 500),
				options: choiceKinds.includes(slot.kind) ? optionLines(slot.options) : []
			}))
	)
);

/** The measures ticked for the round: at least one, by id. */
const measureIdsSchema = v.object({
	measures: v.pipe(
		v.array(v.string()),
		v.transform((ids) => ids.map(Number).filter((n) => Number.isSafeInteger(n) && n > 0)),
		v.minLength(1, 'required')
	)
});

export type NewRoundForm = Omit<NewRoundInput, 'planId'>;

/** The whole new-round form: the round, its questions and the measures it sends. */
export function parseNewRoundForm(form: FormData): Parsed<NewRoundForm> {
	const round = parseRoundForm(form);
	const questions = parseFields(questionsSchema, form, questionKeys);
	const measures = v.safeParse(measureIdsSchema, {
		measures: form.getAll('measure').filter((id): id is string => typeof id === 'string')
	});
	if (!round.ok || !questions.ok || !measures.success) {
		const errors = {
			...(round.ok ? {} : round.errors),
			...(questions.ok ? {} : questions.errors),
			...(measures.success ? {} : fieldErrors(measures.issues))
		};
		return { ok: false, errors, values: round.values };
	}
	return {
		ok: true,
		values: round.values,
		value: { ...round.value, questions: questions.value, measureIds: measures.output.measures }
	};
}
