import { describe, expect, it } from 'vitest';
import { fromOsloLocal, toOsloLocal } from '$lib/server/time';
import { roundPhase } from './round-phase';

describe('Oslo deadlines', () => {
	it('converts winter and summer wall-clock times', () => {
		expect(fromOsloLocal('2026-01-15T23:59')).toBe('2026-01-15T22:59:00.000Z');
		expect(fromOsloLocal('2026-06-15T23:59')).toBe('2026-06-15T21:59:00.000Z');
		expect(toOsloLocal('2026-06-15T21:59:00.000Z')).toBe('2026-06-15T23:59');
	});

	it('refuses text that is not a date and time', () => {
		expect(fromOsloLocal('tomorrow')).toBeNull();
	});
});

describe('roundPhase', () => {
	const round = { opensOn: '2026-03-02', deadline: '2026-03-20T22:59:00.000Z' };

	it('is upcoming before the opening day in Oslo', () => {
		expect(roundPhase(round, new Date('2026-03-01T23:30:00Z'))).toBe('open');
		expect(roundPhase(round, new Date('2026-03-01T22:30:00Z'))).toBe('upcoming');
	});

	it('closes exactly at the deadline', () => {
		expect(roundPhase(round, new Date('2026-03-20T22:58:59Z'))).toBe('open');
		expect(roundPhase(round, new Date('2026-03-20T22:59:00Z'))).toBe('closed');
	});
});
