import * as v from 'valibot';
import type { QuestionKind } from '$lib/server/db/schema';
import { stances } from '$lib/server/db/schema';
import { parseFields } from '$lib/server/forms';
import type { ResponseInput } from './rounds';

const maxText = 2000;

export type ResponseFormErrors = Record<
	string,
	'invalid_stance' | 'invalid_importance' | 'too_long' | 'invalid_choice'
>;

type Shape = {
	measureIds: number[];
	questions: { id: number; kind: QuestionKind; options: string[] }[];
	focusAreaIds: number[];
};

const blank = v.pipe(
	v.literal(''),
	v.transform(() => null)
);
const answerText = v.pipe(v.string(), v.maxLength(maxText, 'too_long'), v.trim());
const stance = v.union([blank, v.picklist(stances, 'invalid_stance')], 'invalid_stance');
const importance = v.union(
	[
		blank,
		v.pipe(
			v.string(),
			v.regex(/^[1-5]$/, 'invalid_importance'),
			v.transform((n) => Number(n))
		)
	],
	'invalid_importance'
);
/** A ranking place select: an empty or nonsense place means "no place" (goes last). */
const place = v.pipe(
	v.string(),
	v.transform((raw) => {
		const n = Number(raw);
		return Number.isInteger(n) && n > 0 ? n : null;
	})
);

function choices(options: readonly string[], single: boolean) {
	return v.pipe(
		v.array(v.picklist(options as [string, ...string[]], 'invalid_choice'), 'invalid_choice'),
		v.check((picked) => !single || picked.length <= 1, 'invalid_choice')
	);
}

/**
 * Reads a member's answer form. Every value is untrusted: a stance outside the list, an
 * importance outside 1–5 or an option the question does not have is an error, and the
 * whole form is refused so nothing already saved is overwritten with half an answer.
 */
export function parseResponseForm(
	form: FormData,
	shape: Shape
): { ok: true; value: ResponseInput } | { ok: false; errors: ResponseFormErrors } {
	const entries: Record<string, v.GenericSchema> = {};
	const lists: string[] = [];
	for (const id of shape.measureIds) {
		entries[`m${id}_stance`] = stance;
		entries[`m${id}_importance`] = importance;
		entries[`m${id}_comment`] = answerText;
		entries[`m${id}_change`] = answerText;
		entries[`m${id}_signed`] = v.pipe(
			v.string(),
			v.transform((on) => on === 'on')
		);
	}
	for (const q of shape.questions) {
		const name = `q${q.id}`;
		if (q.kind === 'text') entries[name] = answerText;
		else if (q.kind === 'ranking')
			for (const id of shape.measureIds) entries[`${name}_r${id}`] = place;
		else {
			entries[name] = q.options.length
				? choices(q.options, q.kind === 'single')
				: v.pipe(v.array(v.string()), v.length(0, 'invalid_choice'));
			lists.push(name);
		}
	}
	for (const id of shape.focusAreaIds) entries[`a${id}`] = answerText;

	const parsed = parseFields(
		v.object(entries),
		form,
		Object.keys(entries).filter((key) => !lists.includes(key)),
		lists
	);
	if (!parsed.ok) return { ok: false, errors: parsed.errors as ResponseFormErrors };
	const out = parsed.value as Record<string, unknown>;

	const measures = shape.measureIds.map((id) => ({
		roundMeasureId: id,
		stance: out[`m${id}_stance`] as ResponseInput['measures'][number]['stance'],
		importance: out[`m${id}_importance`] as number | null,
		comment: out[`m${id}_comment`] as string,
		suggestedChange: out[`m${id}_change`] as string,
		signed: out[`m${id}_signed`] as boolean
	}));
	const questions = shape.questions.map((q) => {
		const name = `q${q.id}`;
		let value: string[];
		if (q.kind === 'text') value = out[name] ? [out[name] as string] : [];
		else if (q.kind === 'ranking')
			// Measures without a place go last, in plan order (the sort is stable).
			value = shape.measureIds
				.map((id) => ({ id, place: out[`${name}_r${id}`] as number | null }))
				.filter((p): p is { id: number; place: number } => p.place !== null)
				.sort((a, b) => a.place - b.place)
				.map((p) => String(p.id));
		else value = out[name] as string[];
		return { questionId: q.id, value };
	});
	const advice = shape.focusAreaIds.map((id) => ({
		focusAreaId: id,
		advice: out[`a${id}`] as string
	}));
	return { ok: true, value: { measures, questions, advice } };
}
