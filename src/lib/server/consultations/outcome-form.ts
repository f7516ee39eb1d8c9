import * as v from 'valibot';
import { outcomeDecisions, type OutcomeDecision } from '$lib/server/db/schema';
import { parseFields, type FormErrors } from '$lib/server/forms';
import type { OutcomeInput } from './outcomes';

const rationaleText = v.pipe(v.string(), v.trim(), v.maxLength(4000, 'too_long'));
const decision = v.union([v.literal(''), v.picklist(outcomeDecisions, 'invalid')], 'invalid');
const version = v.pipe(
	v.string(),
	v.transform((raw) => {
		const n = Number(raw || 0);
		return Number.isSafeInteger(n) && n > 0 ? n : null;
	})
);

/**
 * One decision per measure (`o{roundMeasureId}_*`) and per suggested change
 * (`s{answerId}_*`). Blank decisions are skipped; a decision needs its rationale.
 */
export function parseOutcomeForm(
	form: FormData,
	shape: { measures: { id: number; suggestionIds: number[] }[] }
): { ok: true; value: OutcomeInput[] } | { ok: false; errors: FormErrors } {
	const targets = shape.measures.flatMap((m) => [
		{ prefix: `o${m.id}`, roundMeasureId: m.id, measureAnswerId: null as number | null },
		...m.suggestionIds.map((s) => ({ prefix: `s${s}`, roundMeasureId: m.id, measureAnswerId: s }))
	]);
	const entries: Record<string, v.GenericSchema> = {};
	for (const { prefix } of targets) {
		entries[`${prefix}_decision`] = decision;
		entries[`${prefix}_rationale`] = rationaleText;
		entries[`${prefix}_rationale_en`] = rationaleText;
		entries[`${prefix}_version`] = version;
	}
	const schema = v.pipe(
		v.object(entries),
		...targets.map(({ prefix }) =>
			v.forward<Record<string, unknown>, v.CheckIssue<Record<string, unknown>>, [string]>(
				v.check(
					(input) => input[`${prefix}_decision`] === '' || input[`${prefix}_rationale`] !== '',
					'required'
				),
				[`${prefix}_rationale`]
			)
		)
	);
	const parsed = parseFields(schema, form, Object.keys(entries));
	if (!parsed.ok) return { ok: false, errors: parsed.errors };
	const out = parsed.value as Record<string, unknown>;
	const value: OutcomeInput[] = targets
		.filter(({ prefix }) => out[`${prefix}_decision`] !== '')
		.map(({ prefix, roundMeasureId, measureAnswerId }) => ({
			roundMeasureId,
			measureAnswerId,
			decision: out[`${prefix}_decision`] as OutcomeDecision,
			rationale: out[`${prefix}_rationale`] as string,
			rationaleEn: (out[`${prefix}_rationale_en`] as string) || null,
			newMeasureVersion: out[`${prefix}_version`] as number | null
		}));
	return { ok: true, value };
}

type SavedOutcome = { decision: string; rationale: string; rationaleEn: string | null };

/**
 * The saved outcomes under the names the outcomes page gives its fields (`o{roundMeasureId}_*`,
 * `s{answerId}_*`, `q_{questionId}_*`), to set beside what someone typed after a conflict.
 */
export function outcomeFormValues(
	outcomes: (SavedOutcome & {
		roundMeasureId: number;
		measureAnswerId: number | null;
		newMeasureVersion: number | null;
	})[],
	general: (SavedOutcome & { inputKey: string })[]
): Record<string, string> {
	const values: Record<string, string> = {};
	const put = (prefix: string, o: SavedOutcome) => {
		values[`${prefix}_decision`] = o.decision;
		values[`${prefix}_rationale`] = o.rationale;
		values[`${prefix}_rationale_en`] = o.rationaleEn ?? '';
	};
	for (const o of outcomes) {
		const prefix = o.measureAnswerId === null ? `o${o.roundMeasureId}` : `s${o.measureAnswerId}`;
		put(prefix, o);
		if (o.measureAnswerId === null) values[`${prefix}_version`] = String(o.newMeasureVersion ?? '');
	}
	for (const g of general) put(g.inputKey.replace(':', '_'), g);
	return values;
}

/** The outcome fields that differ in either of two sets of values, in the order typed. */
export function outcomeFields(...sets: Record<string, string>[]): string[] {
	const fields = new Set<string>();
	for (const set of sets)
		for (const key of Object.keys(set))
			if (/^(o\d+|s\d+|q_\d+)_(decision|rationale|rationale_en|version)$/.test(key))
				fields.add(key);
	return [...fields];
}
