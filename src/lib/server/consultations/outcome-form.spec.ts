import { describe, expect, it } from 'vitest';
import { parseOutcomeForm } from './outcome-form';

const shape = {
	measures: [
		{ id: 3, suggestionIds: [40] },
		{ id: 4, suggestionIds: [] }
	]
};

function form(entries: [string, string][]) {
	const f = new FormData();
	for (const [k, v] of entries) f.append(k, v);
	return f;
}

describe('parseOutcomeForm', () => {
	it('reads decisions with their rationale and skips blank ones', () => {
		const result = parseOutcomeForm(
			form([
				['o3_decision', 'taken_in'],
				['o3_rationale', '  Vi legger det inn i planen. '],
				['o3_version', '2'],
				['s40_decision', ''],
				['o4_decision', 'not_taken_in'],
				['o4_rationale', 'Ikke råd i år.'],
				['o4_rationale_en', 'No money this year.']
			]),
			shape
		);
		expect(result).toEqual({
			ok: true,
			value: [
				{
					roundMeasureId: 3,
					measureAnswerId: null,
					decision: 'taken_in',
					rationale: 'Vi legger det inn i planen.',
					rationaleEn: null,
					newMeasureVersion: 2
				},
				{
					roundMeasureId: 4,
					measureAnswerId: null,
					decision: 'not_taken_in',
					rationale: 'Ikke råd i år.',
					rationaleEn: 'No money this year.',
					newMeasureVersion: null
				}
			]
		});
	});

	it('refuses a decision without a rationale', () => {
		const result = parseOutcomeForm(
			form([
				['o3_decision', 'taken_in'],
				['o3_rationale', '   ']
			]),
			shape
		);
		expect(result).toEqual({ ok: false, errors: { o3_rationale: 'required' } });
	});

	it('refuses a decision the list does not have', () => {
		const result = parseOutcomeForm(
			form([
				['s40_decision', 'maybe'],
				['s40_rationale', 'x']
			]),
			shape
		);
		expect(result).toEqual({ ok: false, errors: { s40_decision: 'invalid' } });
	});
});
