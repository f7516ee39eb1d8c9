import type { QuestionKind, Stance } from '$lib/server/db/schema';
import { stances } from '$lib/server/db/schema';
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

function text(form: FormData, name: string, errors: ResponseFormErrors): string {
	const value = form.get(name);
	if (typeof value !== 'string') return '';
	if (value.length > maxText) errors[name] = 'too_long';
	return value.trim().slice(0, maxText);
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
	const errors: ResponseFormErrors = {};
	const measures = shape.measureIds.map((id) => {
		const rawStance = form.get(`m${id}_stance`);
		let stance: Stance | null = null;
		if (typeof rawStance === 'string' && rawStance !== '') {
			if ((stances as readonly string[]).includes(rawStance)) stance = rawStance as Stance;
			else errors[`m${id}_stance`] = 'invalid_stance';
		}
		const rawImportance = form.get(`m${id}_importance`);
		let importance: number | null = null;
		if (typeof rawImportance === 'string' && rawImportance !== '') {
			const n = Number(rawImportance);
			if (Number.isInteger(n) && n >= 1 && n <= 5) importance = n;
			else errors[`m${id}_importance`] = 'invalid_importance';
		}
		return {
			roundMeasureId: id,
			stance,
			importance,
			comment: text(form, `m${id}_comment`, errors),
			suggestedChange: text(form, `m${id}_change`, errors),
			signed: form.get(`m${id}_signed`) === 'on'
		};
	});
	const questions = shape.questions.map((q) => {
		const name = `q${q.id}`;
		let value: string[];
		if (q.kind === 'text') {
			const t = text(form, name, errors);
			value = t ? [t] : [];
		} else if (q.kind === 'ranking') {
			// One "place" select per measure; measures without a place go last, in plan order.
			const places = shape.measureIds
				.map((id) => ({ id, place: Number(form.get(`${name}_r${id}`) || 0) }))
				.filter((p) => Number.isInteger(p.place) && p.place > 0);
			value = places.sort((a, b) => a.place - b.place).map((p) => String(p.id));
		} else {
			value = form.getAll(name).filter((v): v is string => typeof v === 'string' && v !== '');
			if (value.some((v) => !q.options.includes(v))) errors[name] = 'invalid_choice';
			if (q.kind === 'single' && value.length > 1) errors[name] = 'invalid_choice';
		}
		return { questionId: q.id, value };
	});
	const advice = shape.focusAreaIds.map((id) => ({
		focusAreaId: id,
		advice: text(form, `a${id}`, errors)
	}));
	if (Object.keys(errors).length) return { ok: false, errors };
	return { ok: true, value: { measures, questions, advice } };
}
