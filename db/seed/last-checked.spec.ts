import { describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { db } from '$lib/server/db';
import { testAccount } from '$fixtures/test-database';
import { getUserById } from '$lib/server/auth/users';
import { confirmStillCorrect, listStaleContent } from '$lib/server/last-checked';
import { seedDemo } from './index';
import { demoCheckedDate } from './last-checked';

describe('demo "last checked" dates', () => {
	it('are relative to the run time', () => {
		const now = new Date('2027-05-10T08:00:00Z');
		expect(demoCheckedDate('fjordvik-familieteamet', now, 20)).toBe('2026-04-10');
		expect(demoCheckedDate('sjakklubb', now, 20)).toBe('2026-10-10');
		expect(demoCheckedDate('fjordvik-barnevern', now, 20)).toBe('2027-04-20');
	});

	it('give the last-checked list a few items, and a staff check survives re-seeding', async () => {
		const { municipalityId } = await seedDemo(db);
		const stale = await listStaleContent(municipalityId);
		expect(stale.map((s) => s.entity).sort()).toEqual([
			'activity',
			'activity',
			'service',
			'service',
			'service'
		]);
		// Oldest first.
		expect(stale.map((s) => s.checked)).toEqual(stale.map((s) => s.checked).sort());

		const editor = (await getUserById(
			await testAccount(municipalityId, 'red@t.example', ['editor'])
		))!;
		for (const item of stale)
			expect(await confirmStillCorrect(editor, item.entity, item.id)).toBe(true);
		await seedDemo(db);
		expect(await listStaleContent(municipalityId)).toEqual([]);
	});
});
