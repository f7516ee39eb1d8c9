import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs';
import { letOthersRun, timeSlicer } from './slices';

/** Busy work for `ms`, as a slice of a long job is. */
function compute(ms: number) {
	const until = performance.now() + ms;
	while (performance.now() < until);
}

/** Runs `work` from an I/O callback, as a request's handler runs (the poll phase). */
function fromIoCallback<T>(work: () => Promise<T>): Promise<T> {
	return new Promise((resolve, reject) =>
		readFile(import.meta.filename, () => work().then(resolve, reject))
	);
}

describe('timeSlicer', () => {
	it('lets a waiting timer run between two slices of work begun by a request', async () => {
		const events: string[] = [];
		await fromIoCallback(async () => {
			const slice = timeSlicer(5);
			setTimeout(() => events.push('other visitor'), 0);
			for (let i = 1; i <= 3; i++) {
				events.push(`slice ${i}`);
				compute(8);
				await slice();
			}
		});
		expect(events.indexOf('other visitor')).toBeGreaterThan(0);
		expect(events.indexOf('other visitor')).toBeLessThan(events.indexOf('slice 2'));
	});

	it('returns at once while the slice has time left', async () => {
		const slice = timeSlicer(60_000);
		let ranBetween = false;
		setImmediate(() => (ranBetween = true));
		for (let i = 0; i < 100; i++) await slice();
		expect(ranBetween).toBe(false);
	});
});

describe('letOthersRun', () => {
	it('lets what is due (a timer, a request) run before it resolves, from any phase', async () => {
		for (const start of ['an I/O callback', 'a setImmediate'] as const) {
			const events: string[] = [];
			const begin = (work: () => Promise<void>) =>
				start === 'an I/O callback'
					? fromIoCallback(work)
					: new Promise<void>((resolve) => setImmediate(() => work().then(resolve)));
			await begin(async () => {
				setTimeout(() => events.push('timer'), 0);
				compute(3);
				await letOthersRun();
				events.push('resumed');
			});
			expect(events, start).toEqual(['timer', 'resumed']);
		}
	});
});
