import { hashPassword, verifyPassword } from './password';
import { forgiveAttempt, passwordSubjects, reserveAttempt } from './rate-limit';
import { createSession } from './session';
import { getAccountByEmail, getUserById } from './users';
import type { AuthUser } from './guard';

export type LoginResult =
	| { ok: true; user: AuthUser; token: string; expiresAt: number }
	| { ok: false; reason: 'invalid' | 'disabled' }
	| { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

// Verifying against a real hash when the address is unknown keeps the answer time the same,
// so timing does not tell which addresses have accounts.
let decoyHash: Promise<string> | undefined;

/**
 * Checks the password (within the throttle) and opens a session. The attempt is reserved
 * before argon2 runs, so parallel guesses are counted one by one (see rate-limit.ts).
 */
export async function logIn(
	email: string,
	password: string,
	clientAddress: string,
	now = Date.now()
): Promise<LoginResult> {
	const subjects = passwordSubjects(email, clientAddress);
	const reservation = reserveAttempt(subjects.throttled, now);
	if (!reservation.ok)
		return {
			ok: false,
			reason: 'rate_limited',
			retryAfterSeconds: Math.ceil(reservation.retryAfterMs / 1000)
		};

	const row = await getAccountByEmail(email);
	decoyHash ??= hashPassword('not a password anyone has');
	const valid = await verifyPassword(row?.passwordHash ?? (await decoyHash), password);
	// A wrong password gets the same answer whether the account exists, is disabled or not;
	// only the right password for a disabled account learns that it is disabled. The
	// reservation stays: it was a failure.
	if (!row || !row.passwordHash || !valid) return { ok: false, reason: 'invalid' };
	if (row.disabledAt !== null) return { ok: false, reason: 'disabled' };

	forgiveAttempt(reservation, subjects.account);
	const user = await getUserById(row.id);
	if (!user) return { ok: false, reason: 'invalid' };
	const { token, expiresAt } = await createSession(row.id, now);
	return { ok: true, user, token, expiresAt };
}

/**
 * Where to go after logging in: back where the person was, if that is a signed-in page.
 * Control characters (CR/LF could split the Location header) and backslashes are refused.
 */
export function afterLoginPath(next: unknown, user: AuthUser): string {
	if (
		typeof next === 'string' &&
		![...next].some((c) => c.charCodeAt(0) < 0x20 || c === '\x7f' || c === '\\') &&
		/^\/(admin|rad)(\/[^/\\]|\/?$|\?)/.test(next)
	)
		return next;
	const staff = user.roles.some((r) => r === 'admin' || r === 'coordinator' || r === 'editor');
	return staff ? '/admin' : '/rad';
}
