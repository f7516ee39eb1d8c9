import { outcomeDecisions, type OutcomeDecision } from '$lib/server/db/schema';
import type { OutcomeInput } from './outcomes';

/**
 * One decision per measure (`o{roundMeasureId}_*`) and per suggested change
 * (`s{answerId}_*`, with the measure in `s{answerId}_measure`). Blank decisions are skipped.
 */
export function parseOutcomeForm(
	form: FormData,
	shape: { measures: { id: number; suggestionIds: number[] }[] }
): { ok: true; value: OutcomeInput[] } | { ok: false; errors: Record<string, string> } {
	const errors: Record<string, string> = {};
	const value: OutcomeInput[] = [];
	const read = (prefix: string, roundMeasureId: number, measureAnswerId: number | null) => {
		const decision = form.get(`${prefix}_decision`);
		if (typeof decision !== 'string' || decision === '') return;
		if (!(outcomeDecisions as readonly string[]).includes(decision)) {
			errors[`${prefix}_decision`] = 'invalid';
			return;
		}
		const rationale = String(form.get(`${prefix}_rationale`) ?? '')
			.trim()
			.slice(0, 4000);
		if (!rationale) {
			errors[`${prefix}_rationale`] = 'required';
			return;
		}
		const rationaleEn =
			String(form.get(`${prefix}_rationale_en`) ?? '')
				.trim()
				.slice(0, 4000) || null;
		const version = Number(form.get(`${prefix}_version`) || 0);
		value.push({
			roundMeasureId,
			measureAnswerId,
			decision: decision as OutcomeDecision,
			rationale,
			rationaleEn,
			newMeasureVersion: Number.isSafeInteger(version) && version > 0 ? version : null
		});
	};
	for (const m of shape.measures) {
		read(`o${m.id}`, m.id, null);
		for (const s of m.suggestionIds) read(`s${s}`, m.id, s);
	}
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}
