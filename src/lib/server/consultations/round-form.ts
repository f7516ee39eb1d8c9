import { questionKinds, type QuestionKind } from '$lib/server/db/schema';
import type { RoundInput } from './rounds';
import { fromOsloLocal, toOsloLocal } from '$lib/server/time';

export type RoundFormValues = {
	title: string;
	intro: string;
	opensOn: string;
	deadline: string;
	decisionDate: string;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function str(form: FormData, name: string, max = 4000): string {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim().slice(0, max) : '';
}

/** Title, intro and the three dates of a round; the deadline is Oslo wall-clock time. */
export function parseRoundForm(
	form: FormData
):
	| { ok: true; value: RoundInput; values: RoundFormValues }
	| { ok: false; errors: Record<string, string>; values: RoundFormValues } {
	const values: RoundFormValues = {
		title: str(form, 'title', 200),
		intro: str(form, 'intro'),
		opensOn: str(form, 'opensOn', 10),
		deadline: str(form, 'deadline', 16),
		decisionDate: str(form, 'decisionDate', 10)
	};
	const errors: Record<string, string> = {};
	if (!values.title) errors.title = 'required';
	if (!values.intro) errors.intro = 'required';
	if (!isoDate.test(values.opensOn)) errors.opensOn = 'date';
	if (!isoDate.test(values.decisionDate)) errors.decisionDate = 'date';
	const deadline = fromOsloLocal(values.deadline);
	if (!deadline) errors.deadline = 'date';
	if (Object.keys(errors).length || !deadline) return { ok: false, errors, values };
	return { ok: true, value: { ...values, deadline }, values };
}

export function roundFormValues(round: RoundInput): RoundFormValues {
	return { ...round, deadline: toOsloLocal(round.deadline) };
}

/** Up to `slots` general questions; an empty prompt means the slot is unused. */
export function parseQuestions(form: FormData, slots = 3) {
	const questions: { kind: QuestionKind; prompt: string; options: string[] }[] = [];
	const errors: Record<string, string> = {};
	for (let i = 0; i < slots; i++) {
		const prompt = str(form, `question${i}_prompt`, 500);
		if (!prompt) continue;
		const kind = str(form, `question${i}_kind`, 20);
		if (!(questionKinds as readonly string[]).includes(kind)) {
			errors[`question${i}_kind`] = 'required';
			continue;
		}
		const options = str(form, `question${i}_options`)
			.split(/\r?\n/)
			.map((o) => o.trim())
			.filter(Boolean)
			.slice(0, 12);
		if ((kind === 'single' || kind === 'multiple') && options.length < 2) {
			errors[`question${i}_options`] = 'options';
			continue;
		}
		questions.push({
			kind: kind as QuestionKind,
			prompt,
			options: kind === 'single' || kind === 'multiple' ? options : []
		});
	}
	return { questions, errors };
}
