import { describe, expect, it } from 'vitest';
import { councilTime } from './three-week-rule';

describe('councilTime', () => {
	it('accepts exactly three weeks from opening to decision', () => {
		expect(councilTime('2026-03-02', '2026-03-16', '2026-03-23')).toEqual({
			days: 21,
			enough: true,
			deadlineAfterDecision: false
		});
	});

	it('warns at twenty days', () => {
		expect(councilTime('2026-03-02', '2026-03-16', '2026-03-22').enough).toBe(false);
	});

	it('counts across the spring DST change as calendar days', () => {
		expect(councilTime('2026-03-20', '2026-04-01', '2026-04-10').days).toBe(21);
	});

	it('warns when answers are due on or after the decision day, however long the round', () => {
		const time = councilTime('2026-01-05', '2026-03-01T12:00:00Z', '2026-03-01');
		expect(time.deadlineAfterDecision).toBe(true);
		expect(time.enough).toBe(false);
	});
});
