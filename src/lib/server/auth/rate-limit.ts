import { createHmac, randomBytes } from 'node:crypto';
import { and, count, eq, gte, inArray, lt, max } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import { loginFailure } from '$lib/server/db/schema';

/**
 * Throttling of password guesses (and of reset emails), kept in the database so it holds
 * across restarts and processes.
 *
 * OWASP ASVS (V2.2.1) asks for a growing delay, not a lockout: after a few free failures
 * each further attempt must wait twice as long as the one before, up to a ceiling. So the
 * owner who types the right password is slowed down for at most a minute, never locked out,
 * and a school behind one NAT address is slowed, not shut out, by one pupil trying accounts.
 * With the account ceiling of 60 s, one account can take at most about 65 guesses an hour
 * (ASVS: no more than 100).
 *
 * Each attempt is reserved before the password is verified: counting the recent failures and
 * inserting the new attempt happen in one synchronous transaction, so a burst of parallel
 * requests cannot all pass the check before any of them is counted. A successful login then
 * takes its reservation back.
 */
export const throttleWindowMs = 60 * 60 * 1000;

export type ThrottleRule = { free: number; maxDelayMs: number; baseDelayMs?: number };

/** Per account: five free failures, then 1, 2, 4 … seconds, at most a minute. */
export const accountRule: ThrottleRule = { free: 5, maxDelayMs: 60_000 };
/** Per client address: more free failures (many people can share one address), at most 30 s. */
export const clientRule: ThrottleRule = { free: 20, maxDelayMs: 30_000 };

/**
 * Reset emails per address: three, then one after a minute, two, four … at most one an hour,
 * so nobody can flood a person's inbox. Per client: ten, then from 10 s up to 10 minutes.
 */
export const resetAddressRule: ThrottleRule = {
	free: 3,
	baseDelayMs: 60_000,
	maxDelayMs: 3_600_000
};
export const resetClientRule: ThrottleRule = { free: 10, baseDelayMs: 10_000, maxDelayMs: 600_000 };

// Subjects are HMACs: without the key a stored value cannot be turned back into an address
// or an IP by trying them all. Set LOGIN_RATE_LIMIT_SECRET to keep counts across restarts;
// a random key per process is fine otherwise.
const subjectKey = process.env.LOGIN_RATE_LIMIT_SECRET || randomBytes(32).toString('hex');

function keyed(kind: string, value: string): string {
	return `${kind}:${createHmac('sha256', subjectKey).update(value).digest('hex')}`;
}

export function accountSubject(email: string, purpose = 'account'): string {
	return keyed(purpose, email.trim().toLowerCase());
}

export function clientSubject(address: string, purpose = 'client'): string {
	return keyed(purpose, address);
}

/** How long after the last failure the next attempt must wait, given the failures so far. */
export function delayAfter(failures: number, rule: ThrottleRule): number {
	if (failures < rule.free) return 0;
	return Math.min((rule.baseDelayMs ?? 1000) * 2 ** (failures - rule.free), rule.maxDelayMs);
}

export type ThrottledSubject = { subject: string; rule: ThrottleRule };

export type Reservation =
	{ ok: true; ids: number[]; subjects: string[] } | { ok: false; retryAfterMs: number };

/**
 * Reserves one attempt for every subject, or none when any of them must still wait.
 * Synchronous on purpose (see above); the reservation counts as a failure until
 * `forgiveAttempt` takes it back.
 */
export function reserveAttempt(subjects: ThrottledSubject[], now = Date.now()): Reservation {
	return inTransaction(db, (tx): Reservation => {
		const since = now - throttleWindowMs;
		let wait = 0;
		for (const { subject, rule } of subjects) {
			const row = tx
				.select({ n: count(), last: max(loginFailure.at) })
				.from(loginFailure)
				.where(and(eq(loginFailure.subject, subject), gte(loginFailure.at, since)))
				.get();
			const n = row?.n ?? 0;
			if (n === 0 || row?.last == null) continue;
			wait = Math.max(wait, row.last + delayAfter(n, rule) - now);
		}
		if (wait > 0) return { ok: false, retryAfterMs: wait };
		tx.delete(loginFailure).where(lt(loginFailure.at, since)).run();
		const ids = tx
			.insert(loginFailure)
			.values(subjects.map(({ subject }) => ({ subject, at: now })))
			.returning({ id: loginFailure.id })
			.all()
			.map((r) => r.id);
		return { ok: true, ids, subjects: subjects.map((s) => s.subject) };
	});
}

/**
 * After a right password: this attempt was no failure, and the account's earlier typos are
 * forgiven. The client's earlier failures stay (they may be guesses at other accounts).
 */
export function forgiveAttempt(reservation: { ids: number[] }, accountSubjectToClear?: string) {
	inTransaction(db, (tx) => {
		if (reservation.ids.length > 0)
			tx.delete(loginFailure).where(inArray(loginFailure.id, reservation.ids)).run();
		if (accountSubjectToClear)
			tx.delete(loginFailure).where(eq(loginFailure.subject, accountSubjectToClear)).run();
	});
}

/** The subjects one password attempt counts against. */
export function passwordSubjects(email: string, clientAddress: string) {
	const account = accountSubject(email);
	return {
		account,
		throttled: [
			{ subject: account, rule: accountRule },
			{ subject: clientSubject(clientAddress), rule: clientRule }
		]
	};
}
