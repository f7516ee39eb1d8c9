import { and, eq, ne } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import { account, session } from '$lib/server/db/schema';
import { recordChange } from '$lib/server/audit/log';
import type { AuthUser } from './guard';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { forgiveAttempt, passwordSubjects, reserveAttempt } from './rate-limit';
import { revokeOpenResetLinks } from './links';
import { invalidateAccountSessions } from './session';

export type PasswordChangeErrors = {
	current?: 'wrong' | 'rate_limited';
	next?: 'too_short' | 'too_long' | 'too_common' | 'same';
};

/**
 * Changes the signed-in person's own password. The current password must be right (wrong
 * guesses count against the same limits as logins, so a borrowed session cannot be used to
 * guess it); the new one follows the same rules as everywhere else. Every other session of
 * the account ends; the one in use stays, so the person is not thrown out mid-task.
 */
export async function changeOwnPassword(
	user: AuthUser,
	currentSessionId: string | null,
	input: { current: string; next: string },
	clientAddress: string
): Promise<{ ok: true } | { ok: false; errors: PasswordChangeErrors }> {
	const subjects = passwordSubjects(user.email, clientAddress);
	const reservation = reserveAttempt(subjects.throttled);
	if (!reservation.ok) return { ok: false, errors: { current: 'rate_limited' } };
	const row = await db.select().from(account).where(eq(account.id, user.id)).get();
	if (!row || !row.passwordHash || !(await verifyPassword(row.passwordHash, input.current)))
		return { ok: false, errors: { current: 'wrong' } };
	forgiveAttempt(reservation, subjects.account);
	const problem = passwordProblem(input.next);
	if (problem) return { ok: false, errors: { next: problem } };
	if (input.next === input.current) return { ok: false, errors: { next: 'same' } };

	const passwordHash = await hashPassword(input.next);
	inTransaction(db, (tx) => {
		tx.update(account).set({ passwordHash }).where(eq(account.id, user.id)).run();
		tx.delete(session)
			.where(
				currentSessionId
					? and(eq(session.accountId, user.id), ne(session.id, currentSessionId))
					: eq(session.accountId, user.id)
			)
			.run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'account',
			entityId: String(user.id),
			action: 'password_change'
		});
	});
	return { ok: true };
}

export type DisableResult =
	{ ok: true; name: string } | { ok: false; reason: 'not_found' | 'self' | 'unchanged' };

/**
 * Disables (or enables again) an account of the admin's municipality. A disabled account
 * loses every session at once and cannot log in or ask for a password reset; its name stays
 * in the audit log. Nobody can disable their own account (and so lock out the last admin).
 */
export async function setAccountDisabled(
	admin: AuthUser,
	accountId: number,
	disabled: boolean,
	now = Date.now()
): Promise<DisableResult> {
	if (accountId === admin.id) return { ok: false, reason: 'self' };
	return inTransaction(db, (tx): DisableResult => {
		const row = tx
			.select()
			.from(account)
			.where(and(eq(account.id, accountId), eq(account.municipalityId, admin.municipalityId)))
			.get();
		if (!row) return { ok: false, reason: 'not_found' };
		if ((row.disabledAt !== null) === disabled) return { ok: false, reason: 'unchanged' };
		tx.update(account)
			.set({ disabledAt: disabled ? now : null })
			.where(eq(account.id, accountId))
			.run();
		if (disabled) {
			invalidateAccountSessions(accountId, tx);
			revokeOpenResetLinks(tx, accountId, now);
		}
		recordChange(tx, {
			actorId: admin.id,
			municipalityId: admin.municipalityId,
			entity: 'account',
			entityId: String(accountId),
			action: disabled ? 'disable' : 'enable',
			changes: { disabled: { old: !disabled, new: disabled } }
		});
		return { ok: true, name: row.name };
	});
}
