import { createHmac, randomBytes } from 'node:crypto';
import { and, count, eq, gte, lt } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { loginFailure } from '$lib/server/db/schema';

/**
 * Login throttling kept in the database, so it holds across restarts and processes.
 * Per account it stops password guessing against one person; per client it stops one
 * machine trying many accounts. Only failures count: staff who type their password right
 * are never slowed down.
 */
export const loginWindowMs = 15 * 60 * 1000;
export const accountFailureLimit = 10;
export const clientFailureLimit = 30;

// The client key is an HMAC of the address: without the key the stored value cannot be
// turned back into an IP by trying all 2^32 of them. Set LOGIN_RATE_LIMIT_SECRET to keep
// client counts across restarts; a random key per process is fine otherwise.
const clientKeySecret = process.env.LOGIN_RATE_LIMIT_SECRET || randomBytes(32).toString('hex');

export function accountSubject(email: string): string {
	return `account:${email.trim().toLowerCase()}`;
}

export function clientSubject(address: string): string {
	return `client:${createHmac('sha256', clientKeySecret).update(address).digest('hex')}`;
}

async function failuresSince(subject: string, since: number): Promise<number> {
	const row = await db
		.select({ n: count() })
		.from(loginFailure)
		.where(and(eq(loginFailure.subject, subject), gte(loginFailure.at, since)))
		.get();
	return row?.n ?? 0;
}

export type LoginSubjects = { account: string; client: string };

/** True when either the account or the client has used up its failures for now. */
export async function isLoginBlocked(subjects: LoginSubjects, now = Date.now()): Promise<boolean> {
	const since = now - loginWindowMs;
	return (
		(await failuresSince(subjects.account, since)) >= accountFailureLimit ||
		(await failuresSince(subjects.client, since)) >= clientFailureLimit
	);
}

/** Records a failed attempt; old rows are pruned as we go, so the table stays small. */
export async function recordLoginFailure(subjects: LoginSubjects, now = Date.now()): Promise<void> {
	await db
		.insert(loginFailure)
		.values([
			{ subject: subjects.account, at: now },
			{ subject: subjects.client, at: now }
		])
		.run();
	await db
		.delete(loginFailure)
		.where(lt(loginFailure.at, now - loginWindowMs))
		.run();
}

/** A successful login forgives the account's earlier typos (not the client's). */
export async function clearAccountFailures(subjects: LoginSubjects): Promise<void> {
	await db.delete(loginFailure).where(eq(loginFailure.subject, subjects.account)).run();
}
