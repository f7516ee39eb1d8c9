import * as v from 'valibot';
import { outcomeDecisions, type OutcomeDecision } from '$lib/server/db/schema';
import { parseFields, type FormErrors } from '$lib/server/forms';
import { isLocalDate } from '$lib/server/time';
import type { FollowUpPlanInput } from './follow-ups';
import type { GeneralOutcomeInput } from './general-answers';

/** Form field names use the key with ':' → '_' (`q_12_decision`). */
export const fieldOf = (key: string) => key.replace(':', '_');

const text = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, 'too_long'));
const date = v.union(
	[v.literal(''), v.pipe(v.string(), v.check(isLocalDate, 'invalid_date'))],
	'invalid_date'
);
const decision = v.union([v.literal(''), v.picklist(outcomeDecisions, 'invalid')], 'invalid');

type Result<T> = { ok: true; value: T } | { ok: false; errors: FormErrors };

/** Outcomes for general questions and advice: the same three fields as a measure's. */
export function parseGeneralOutcomeForm(
	form: FormData,
	keys: readonly string[]
): Result<GeneralOutcomeInput[]> {
	const entries: Record<string, v.GenericSchema> = {};
	for (const k of keys) {
		entries[`${fieldOf(k)}_decision`] = decision;
		entries[`${fieldOf(k)}_rationale`] = text(4000);
		entries[`${fieldOf(k)}_rationale_en`] = text(4000);
	}
	const parsed = parseFields(v.object(entries), form, Object.keys(entries));
	if (!parsed.ok) return { ok: false, errors: parsed.errors };
	const out = parsed.value as Record<string, string>;
	const errors: FormErrors = {};
	const value: GeneralOutcomeInput[] = [];
	for (const k of keys) {
		const f = fieldOf(k);
		if (!out[`${f}_decision`]) continue;
		if (!out[`${f}_rationale`]) errors[`${f}_rationale`] = 'required';
		value.push({
			inputKey: k,
			decision: out[`${f}_decision`] as OutcomeDecision,
			rationale: out[`${f}_rationale`],
			rationaleEn: out[`${f}_rationale_en`] || null
		});
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

/** Who follows up each taken-in input, and when; both or neither. */
export function parseFollowUpPlanForm(
	form: FormData,
	keys: readonly string[]
): Result<FollowUpPlanInput[]> {
	const entries: Record<string, v.GenericSchema> = {};
	for (const k of keys) {
		entries[`${fieldOf(k)}_responsible`] = text(200);
		entries[`${fieldOf(k)}_due`] = date;
	}
	const parsed = parseFields(v.object(entries), form, Object.keys(entries));
	if (!parsed.ok) return { ok: false, errors: parsed.errors };
	const out = parsed.value as Record<string, string>;
	const errors: FormErrors = {};
	const value: FollowUpPlanInput[] = [];
	for (const k of keys) {
		const f = fieldOf(k);
		const responsible = out[`${f}_responsible`];
		const due = out[`${f}_due`];
		if (!responsible && !due) continue;
		if (!responsible) errors[`${f}_responsible`] = 'required';
		if (!due) errors[`${f}_due`] = 'required';
		value.push({ inputKey: k, responsible, dueOn: due || null });
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

const noteSchema = v.object({
	followUpId: v.pipe(v.string(), v.regex(/^\d+$/, 'invalid'), v.transform(Number)),
	text: v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.maxLength(4000, 'too_long')),
	textEn: text(4000),
	nextDue: date
});

export function parseFollowUpNoteForm(form: FormData): Result<{
	followUpId: number;
	text: string;
	textEn: string | null;
	nextDueOn: string | null;
}> {
	const parsed = parseFields(noteSchema, form, ['followUpId', 'text', 'textEn', 'nextDue']);
	if (!parsed.ok) return { ok: false, errors: parsed.errors };
	const { followUpId, text: body, textEn, nextDue } = parsed.value;
	return {
		ok: true,
		value: { followUpId, text: body, textEn: textEn || null, nextDueOn: nextDue || null }
	};
}
