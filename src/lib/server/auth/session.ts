import type { Cookies } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import { session } from '$lib/server/db/schema';
import { issueToken, parseToken, secretMatches } from './token';

export const sessionCookieName = 'inngang_session';

/** The cookie goes only to the two signed-in areas, never with a public page request. */
export const sessionCookiePaths = ['/admin', '/rad'] as const;

const day = 24 * 60 * 60 * 1000;
/**
 * A session lives 14 days from its last use (renewed once half of that has passed), and never
 * longer than 30 days after the login, however often it is used: a stolen cookie does not
 * live for ever, and everyone types their password at least once a month.
 */
export const sessionLifetimeMs = 14 * day;
export const sessionAbsoluteLifetimeMs = 30 * day;
const renewAfterMs = 7 * day;

export type ValidSession = { id: string; accountId: number; expiresAt: number; renewed: boolean };

export async function createSession(
	accountId: number,
	now = Date.now()
): Promise<{ token: string; expiresAt: number }> {
	const { id, secretHash, token } = issueToken();
	const expiresAt = now + sessionLifetimeMs;
	await db.insert(session).values({ id, accountId, secretHash, expiresAt, createdAt: now }).run();
	return { token, expiresAt };
}

/** The session a cookie token names, or null when it is malformed, unknown, wrong or expired. */
export async function validateSessionToken(
	token: string,
	now = Date.now()
): Promise<ValidSession | null> {
	const parsed = parseToken(token);
	if (!parsed) return null;
	const row = await db.select().from(session).where(eq(session.id, parsed.id)).get();
	if (!row || !secretMatches(parsed.secret, row.secretHash)) return null;
	if (now >= row.expiresAt) {
		await db.delete(session).where(eq(session.id, row.id)).run();
		return null;
	}
	const endOfLife = row.createdAt + sessionAbsoluteLifetimeMs;
	if (now >= endOfLife) {
		await db.delete(session).where(eq(session.id, row.id)).run();
		return null;
	}
	if (row.expiresAt - now < renewAfterMs && row.expiresAt < endOfLife) {
		const expiresAt = Math.min(now + sessionLifetimeMs, endOfLife);
		await db.update(session).set({ expiresAt }).where(eq(session.id, row.id)).run();
		return { id: row.id, accountId: row.accountId, expiresAt, renewed: true };
	}
	return { id: row.id, accountId: row.accountId, expiresAt: row.expiresAt, renewed: false };
}

export async function invalidateSession(sessionId: string): Promise<void> {
	await db.delete(session).where(eq(session.id, sessionId)).run();
}

/**
 * Logs a person out everywhere: on "log out everywhere" and whenever the password changes or
 * the account is disabled. Pass the transaction of that change, so both land together.
 */
export function invalidateAccountSessions(accountId: number, on: Executor = db): void {
	on.delete(session).where(eq(session.accountId, accountId)).run();
}

function secureCookies(url: URL): boolean {
	return url.protocol === 'https:' && url.hostname !== 'localhost';
}

export function setSessionCookies(
	cookies: Cookies,
	url: URL,
	token: string,
	expiresAt: number
): void {
	for (const path of sessionCookiePaths) {
		cookies.set(sessionCookieName, token, {
			path,
			httpOnly: true,
			sameSite: 'lax',
			secure: secureCookies(url),
			expires: new Date(expiresAt)
		});
	}
}

export function deleteSessionCookies(cookies: Cookies, url: URL): void {
	for (const path of sessionCookiePaths) {
		cookies.delete(sessionCookieName, {
			path,
			httpOnly: true,
			sameSite: 'lax',
			secure: secureCookies(url)
		});
	}
}
