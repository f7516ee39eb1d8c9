import { describe, expect, it } from 'vitest';
import { parseResponseForm } from './response-form';

const shape = {
	measureIds: [11, 12],
	questions: [
		{ id: 1, kind: 'single' as const, options: ['Ja', 'Nei'] },
		{ id: 2, kind: 'ranking' as const, options: [] }
	],
	focusAreaIds: [5]
};

function form(entries: [string, string][]) {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
}

describe('parseResponseForm', () => {
	it('reads stances, importance, texts, choices, ranking and advice', () => {
		const result = parseResponseForm(
			form([
				['m11_stance', 'support_with_changes'],
				['m11_importance', '4'],
				['m11_change', '  Åpent mandag  '],
				['m11_signed', 'on'],
				['q1', 'Ja'],
				['q2_r11', '2'],
				['q2_r12', '1'],
				['a5', 'Spør oss']
			]),
			shape
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.value.measures[0]).toMatchObject({
			stance: 'support_with_changes',
			importance: 4,
			suggestedChange: 'Åpent mandag',
			signed: true
		});
		expect(result.value.measures[1]).toMatchObject({
			stance: null,
			importance: null,
			signed: false
		});
		expect(result.value.questions).toEqual([
			{ questionId: 1, value: ['Ja'] },
			{ questionId: 2, value: ['12', '11'] }
		]);
		expect(result.value.advice).toEqual([{ focusAreaId: 5, advice: 'Spør oss' }]);
	});

	it('refuses a stance outside the list, importance outside 1–5 and unknown options', () => {
		const result = parseResponseForm(
			form([
				['m11_stance', 'love_it'],
				['m12_importance', '6'],
				['q1', 'Kanskje']
			]),
			shape
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				m11_stance: 'invalid_stance',
				m12_importance: 'invalid_importance',
				q1: 'invalid_choice'
			}
		});
	});
});
