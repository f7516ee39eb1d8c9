import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eq, like } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
});

import { db } from '$lib/server/db';
import { consultationRound, followUp, outboxEmail } from '$lib/server/db/schema';
import { listUsersWithRole } from '$lib/server/auth/users';
import { seedDemo } from '../../../../db/seed';
import {
	latestReminderSlot,
	nextReminderSlot,
	startFollowUpReminders,
	type ReminderSchedule
} from './follow-up-reminders';

describe('reminder slots, 07:00 in Oslo', () => {
	it('is 06:00 UTC in winter and 05:00 UTC in summer', () => {
		expect(nextReminderSlot(new Date('2026-01-15T12:00:00Z')).toISOString()).toBe(
			'2026-01-16T06:00:00.000Z'
		);
		expect(nextReminderSlot(new Date('2026-06-15T04:59:00Z')).toISOString()).toBe(
			'2026-06-15T05:00:00.000Z'
		);
		expect(latestReminderSlot(new Date('2026-06-15T04:59:00Z')).toISOString()).toBe(
			'2026-06-14T05:00:00.000Z'
		);
	});

	it('comes 23 hours after the one before on the night the clocks go forward', () => {
		const before = nextReminderSlot(new Date('2026-03-28T00:00:00Z'));
		const after = nextReminderSlot(before);
		expect(before.toISOString()).toBe('2026-03-28T06:00:00.000Z');
		expect(after.toISOString()).toBe('2026-03-29T05:00:00.000Z');
	});
});

describe('the daily reminder over two workers', () => {
	let municipalityId: number;
	let roundId: number;
	let coordinators: number;
	const running: ReminderSchedule[] = [];

	/** Starts `count` schedulers, as `WEB_CONCURRENCY` workers would, and waits for their catch-up. */
	async function startWorkers(count: number) {
		for (let i = 0; i < count; i++) running.push(startFollowUpReminders());
		await Promise.all(running.map((r) => r.settled()));
	}
	function stopWorkers() {
		for (const r of running.splice(0)) r.stop();
	}
	async function reminders() {
		return db
			.select()
			.from(outboxEmail)
			.where(like(outboxEmail.subject, 'Oppfølging av ungdomsrådets innspill%'))
			.all();
	}
	async function promise(responsible: string, dueOn: string) {
		await db.insert(followUp).values({ roundId, inputKey: `q:${responsible}`, responsible, dueOn });
	}

	beforeAll(async () => {
		vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
		// 06:30 in Oslo on a Tuesday in winter; the seed's overdue follow-up is 20 days old.
		vi.setSystemTime(new Date('2026-03-10T05:30:00Z'));
		({ municipalityId } = await seedDemo(db));
		const past = await db
			.select()
			.from(consultationRound)
			.where(eq(consultationRound.municipalityId, municipalityId))
			.all();
		roundId = past[0].id;
		coordinators = (await listUsersWithRole(municipalityId, 'coordinator')).length;
	});

	afterAll(() => {
		stopWorkers();
		vi.useRealTimers();
	});

	it('catches up on start when it has never run, in one worker only', async () => {
		expect(coordinators).toBeGreaterThan(0);
		await startWorkers(2);
		const sent = await reminders();
		expect(sent).toHaveLength(coordinators);
		expect(sent[0].body).toContain('Skolesjefen');
	});

	it('does not run again on a restart before the next 07:00', async () => {
		stopWorkers();
		vi.setSystemTime(new Date('2026-03-10T05:45:00Z'));
		await promise('Kulturkontoret', '2026-03-10');
		await startWorkers(2);
		expect(await reminders()).toHaveLength(coordinators);
	});

	it('runs at 07:00 Oslo time, once for both workers', async () => {
		await vi.advanceTimersByTimeAsync(14 * 60_000);
		expect(await reminders()).toHaveLength(coordinators);
		await vi.advanceTimersByTimeAsync(60_000);
		await Promise.all(running.map((r) => r.settled()));
		const sent = await reminders();
		expect(sent).toHaveLength(2 * coordinators);
		expect(sent.at(-1)!.body).toContain('Kulturkontoret');
		// The seed's overdue one was already reminded for its date: not again.
		expect(sent.at(-1)!.body).not.toContain('Skolesjefen');
	});

	it('catches up on start when the last run is more than a day old', async () => {
		stopWorkers();
		vi.setSystemTime(new Date('2026-03-12T11:00:00Z'));
		await promise('Helsesykepleier', '2026-03-12');
		await startWorkers(3);
		const sent = await reminders();
		expect(sent).toHaveLength(3 * coordinators);
		expect(sent.at(-1)!.body).toContain('Helsesykepleier');
	});
});
