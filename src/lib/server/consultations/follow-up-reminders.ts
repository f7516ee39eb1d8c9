import { and, eq, lt } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { jobRun, municipality } from '$lib/server/db/schema';
import { addDays, osloInstant, osloToday } from '$lib/server/time';
import { remindDueFollowUps } from './follow-ups';

/**
 * The daily reminder of due follow-ups (issue 17): every day at 07:00 Oslo time, and once at
 * start-up when that day's run was missed (the server was down at seven, or has never run).
 *
 * Every worker of a `WEB_CONCURRENCY` cluster starts the same timer over the same SQLite
 * file. The run is claimed in the database with one conditional UPDATE: only the process
 * whose update moves `job_run.last_run_at` past the latest slot sends mail; the others find
 * it already moved and do nothing. SQLite serialises writers, so two cannot both succeed.
 * "Missed the latest slot" includes "last run older than a day", since the latest slot is
 * never more than a day ago.
 */
export const reminderHour = 7;
const jobName = 'follow_up_reminders';
const slotMinutes = reminderHour * 60;

/** The latest 07:00 in Oslo at or before `now`. */
export function latestReminderSlot(now: Date): Date {
	const today = osloToday(now);
	const slot = osloInstant(today, slotMinutes);
	return slot.getTime() <= now.getTime() ? slot : osloInstant(addDays(today, -1), slotMinutes);
}

/** The next 07:00 in Oslo after `now` (23 or 25 hours apart around a clock change). */
export function nextReminderSlot(now: Date): Date {
	const today = osloToday(now);
	const slot = osloInstant(today, slotMinutes);
	return slot.getTime() > now.getTime() ? slot : osloInstant(addDays(today, 1), slotMinutes);
}

/** True for exactly one caller per slot, across processes sharing the database. */
export function claimReminderRun(now: Date): boolean {
	const slot = latestReminderSlot(now).toISOString();
	db.insert(jobRun).values({ name: jobName, lastRunAt: '' }).onConflictDoNothing().run();
	const claimed = db
		.update(jobRun)
		.set({ lastRunAt: now.toISOString() })
		.where(and(eq(jobRun.name, jobName), lt(jobRun.lastRunAt, slot)))
		.returning({ name: jobRun.name })
		.all();
	return claimed.length === 1;
}

/** The coordinator's page the reminder links to (ORIGIN is set in production). */
function adminUrl(): string {
	const origin = process.env.ORIGIN ?? `http://localhost:${process.env.PORT ?? 3000}`;
	return `${origin.replace(/\/$/, '')}/admin/planer`;
}

/**
 * Claims today's run and, if this process got it, reminds every municipality's coordinators.
 * Returns the number of follow-ups reminded, or null when another run had the slot. A run
 * that fails half-way leaves the rest un-reminded (`remindedFor` is set only after the mail),
 * so the next day's run picks them up.
 */
export async function runFollowUpReminders(now = new Date()): Promise<number | null> {
	if (!claimReminderRun(now)) return null;
	const places = await db.select({ id: municipality.id }).from(municipality).all();
	let reminded = 0;
	for (const place of places) reminded += await remindDueFollowUps(place.id, adminUrl(), now);
	return reminded;
}

export type ReminderSchedule = {
	/** Resolves when the run in progress (if any) is done. */
	settled(): Promise<void>;
	stop(): void;
};

/**
 * Starts the daily timer (hooks.server.ts `init`): a catch-up run now, then one at every
 * 07:00 Oslo. A timer waking a little early finds the slot not yet due and sleeps again.
 */
export function startFollowUpReminders(): ReminderSchedule {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let stopped = false;
	let running: Promise<void> = Promise.resolve();
	const run = () => {
		running = runFollowUpReminders(new Date())
			.then(() => undefined)
			.catch((error: unknown) => console.error('follow-up reminders failed', error))
			.finally(schedule);
	};
	const schedule = () => {
		if (stopped) return;
		const now = new Date();
		timer = setTimeout(run, nextReminderSlot(now).getTime() - now.getTime());
		// The timer alone never keeps the process alive (shutdown, one-off scripts).
		timer.unref?.();
	};
	run();
	return {
		settled: () => running,
		stop() {
			stopped = true;
			clearTimeout(timer);
		}
	};
}
