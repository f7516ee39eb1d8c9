import { hashPassword, verifyPassword } from './password';
import {
	accountSubject,
	clearAccountFailures,
	clientSubject,
	isLoginBlocked,
	recordLoginFailure
} from './rate-limit';
import { createSession } from './session';
import { getAccountByEmail, getUserById } from './users';
import type { AuthUser } from './guard';

export type LoginResult =
	| { ok: true; user: AuthUser; token: string; expiresAt: number }
	| { ok: false; reason: 'invalid' | 'rate_limited' | 'disabled' };

// Verifying against a real hash when the address is unknown keeps the answer time the same,
// so timing does not tell which addresses have accounts.
let decoyHash: Promise<string> | undefined;

/** Checks the password (within the rate limits) and opens a session. */
export async function logIn(
	email: string,
	password: string,
	clientAddress: string
): Promise<LoginResult> {
	const subjects = { account: accountSubject(email), client: clientSubject(clientAddress) };
	if (await isLoginBlocked(subjects)) return { ok: false, reason: 'rate_limited' };

	const row = await getAccountByEmail(email);
	decoyHash ??= hashPassword('not a password anyone has');
	const valid = await verifyPassword(row?.passwordHash ?? (await decoyHash), password);
	if (row && row.disabledAt !== null) {
		// The same answer and the same counting whether or not the password was right, so a
		// disabled account cannot be used to test guesses.
		await recordLoginFailure(subjects);
		const blocked = await isLoginBlocked(subjects);
		return { ok: false, reason: blocked ? 'rate_limited' : 'disabled' };
	}
	if (!row || !row.passwordHash || !valid) {
		await recordLoginFailure(subjects);
		const blocked = await isLoginBlocked(subjects);
		return { ok: false, reason: blocked ? 'rate_limited' : 'invalid' };
	}
	await clearAccountFailures(subjects);
	const user = await getUserById(row.id);
	if (!user) return { ok: false, reason: 'invalid' };
	const { token, expiresAt } = await createSession(row.id);
	return { ok: true, user, token, expiresAt };
}

/** Where to go after logging in: back where the person was, if that is a signed-in page. */
export function afterLoginPath(next: unknown, user: AuthUser): string {
	if (typeof next === 'string' && /^\/(admin|rad)(\/[^/\\]|\/?$|\?)/.test(next)) return next;
	const staff = user.roles.some((r) => r === 'admin' || r === 'coordinator' || r === 'editor');
	return staff ? '/admin' : '/rad';
}
