import { describe, expect, it } from 'vitest';
import { sixMonthsBefore } from './last-checked';

describe('sixMonthsBefore', () => {
	it('counts calendar months back, across a year', () => {
		expect(sixMonthsBefore('2026-11-22')).toBe('2026-05-22');
		expect(sixMonthsBefore('2026-03-15')).toBe('2025-09-15');
	});

	it('lands on the last day of a shorter month', () => {
		expect(sixMonthsBefore('2026-08-31')).toBe('2026-02-28');
	});
});
