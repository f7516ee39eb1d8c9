import { describe, expect, it } from 'vitest';
import {
	aggregateMeasure,
	countParticipation,
	rankMeasures,
	supportShare,
	type AnswerInput
} from './aggregate';

let nextId = 1;
function answer(partial: Partial<AnswerInput>): AnswerInput {
	return {
		stance: null,
		importance: null,
		comment: '',
		suggestedChange: '',
		signedName: null,
		answerId: nextId++,
		...partial
	};
}

describe('aggregateMeasure', () => {
	it('counts stances and gives mean and spread of importance', () => {
		const agg = aggregateMeasure(7, [
			answer({ stance: 'support', importance: 5 }),
			answer({ stance: 'support', importance: 3 }),
			answer({ stance: 'do_not_support', importance: 1 })
		]);
		expect(agg.answered).toBe(3);
		expect(agg.stances).toEqual({
			support: 2,
			support_with_changes: 0,
			do_not_support: 1,
			not_sure: 0
		});
		expect(agg.importanceMean).toBe(3);
		expect(agg.importanceSpread).toBe(1.6);
	});

	it('skips empty answers and out-of-range ratings', () => {
		const agg = aggregateMeasure(1, [answer({}), answer({ importance: 9, stance: 'not_sure' })]);
		expect(agg.answered).toBe(1);
		expect(agg.importanceMean).toBeNull();
	});

	it('shows a name only beside a signed comment', () => {
		const agg = aggregateMeasure(1, [
			answer({ comment: 'Åpent lenger', signedName: 'Ida' }),
			answer({ comment: ' For dyrt ', suggestedChange: 'Gjør det gratis' })
		]);
		expect(agg.comments).toEqual([
			{ text: 'Åpent lenger', name: 'Ida' },
			{ text: 'For dyrt', name: null }
		]);
		expect(agg.suggestedChanges.map((s) => s.name)).toEqual([null]);
	});

	it('support share counts support with changes as support', () => {
		const agg = aggregateMeasure(1, [
			answer({ stance: 'support_with_changes' }),
			answer({ stance: 'not_sure' })
		]);
		expect(supportShare(agg)).toBe(0.5);
	});
});

describe('rankMeasures', () => {
	const a = aggregateMeasure(1, [answer({ importance: 2, stance: 'support' })]);
	const b = aggregateMeasure(2, [answer({ importance: 5, stance: 'support' })]);
	const c = aggregateMeasure(3, [answer({ importance: 5, stance: 'do_not_support' })]);

	it('orders by importance, then support, without rankings', () => {
		expect(rankMeasures([a, b, c]).map((r) => r.roundMeasureId)).toEqual([2, 3, 1]);
	});

	it('lets Borda points from ranking answers win over importance', () => {
		const ranked = rankMeasures(
			[a, b, c],
			[
				[1, 3, 2],
				[1, 2, 3]
			]
		);
		expect(ranked.map((r) => [r.roundMeasureId, r.points])).toEqual([
			[1, 6],
			[2, 3],
			[3, 3]
		]);
	});

	it('gives equal measures the same rank', () => {
		const x = aggregateMeasure(4, [answer({ importance: 4, stance: 'support' })]);
		const y = aggregateMeasure(5, [answer({ importance: 4, stance: 'support' })]);
		expect(rankMeasures([x, y]).map((r) => r.rank)).toEqual([1, 1]);
	});
});

describe('countParticipation', () => {
	it('tells submitted, started-but-not-submitted and not started apart', () => {
		expect(
			countParticipation([
				{ status: 'submitted' },
				{ status: 'draft' },
				{ status: 'none' },
				{ status: 'none' },
				{ status: 'submitted' }
			])
		).toEqual({ submitted: 2, draft: 1, none: 2, total: 5 });
		expect(countParticipation([])).toEqual({ submitted: 0, draft: 0, none: 0, total: 0 });
	});
});
