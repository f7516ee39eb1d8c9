import { and, eq, isNull } from 'drizzle-orm';
import { createI18n } from '$lib/i18n';
import { localizedPath } from '$lib/i18n/languages';
import { messagesFor } from '$lib/i18n/messages.server';
import { db } from '$lib/server/db';
import { inTransaction, type Executor } from '$lib/server/db/client';
import {
	account,
	accountLink,
	accountRole,
	municipality,
	type AccountLink
} from '$lib/server/db/schema';
import { recordChange } from '$lib/server/audit/log';
import { sendEmail } from '$lib/server/email/send';
import type { AuthUser, Role } from './guard';
import { staffLocale } from './locale';
import { hashPassword } from './password';
import {
	accountSubject,
	clientSubject,
	reserveAttempt,
	resetAddressRule,
	resetClientRule
} from './rate-limit';
import { invalidateAccountSessions } from './session';
import { issueToken, parseToken, secretMatches } from './token';
import { getAccountByEmail, normalizeEmail } from './users';

/**
 * One-time links for invitations and password resets: valid 7 days, single use, and only
 * a hash of their secret is stored (the same token design as sessions).
 */
export const linkLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export type LinkLocale = 'nb' | 'en';

function emailTranslator(locale: LinkLocale) {
	const i18n = createI18n(locale, messagesFor(locale, ['admin']));
	return (key: string, options: Record<string, string>) => i18n.t(key, options) as string;
}

async function municipalityName(id: number): Promise<string> {
	const row = await db.select().from(municipality).where(eq(municipality.id, id)).get();
	return row?.name ?? '';
}

/** The roles a person may hand out: admins any, coordinators all but admin. */
export function grantableRoles(inviter: AuthUser): Role[] {
	if (inviter.roles.includes('admin'))
		return ['admin', 'coordinator', 'editor', 'council_member', 'council_leader'];
	if (inviter.roles.includes('coordinator'))
		return ['coordinator', 'editor', 'council_member', 'council_leader'];
	return [];
}

export type InvitationInput = {
	email: string;
	roles: Role[];
	councilTerm: string | null;
	locale: LinkLocale;
};

export async function inviteAccount(
	inviter: AuthUser,
	input: InvitationInput,
	origin: string,
	now = Date.now()
): Promise<{ ok: true } | { ok: false; reason: 'exists' | 'role_not_allowed' }> {
	const allowed = grantableRoles(inviter);
	if (input.roles.length === 0 || input.roles.some((r) => !allowed.includes(r)))
		return { ok: false, reason: 'role_not_allowed' };
	const email = normalizeEmail(input.email);
	if (await getAccountByEmail(email)) return { ok: false, reason: 'exists' };

	const { id, secretHash, token } = issueToken();
	inTransaction(db, (tx) => {
		tx.insert(accountLink)
			.values({
				id,
				secretHash,
				kind: 'invite',
				municipalityId: inviter.municipalityId,
				email,
				roles: input.roles,
				councilTerm: input.councilTerm,
				locale: input.locale,
				createdBy: inviter.id,
				expiresAt: now + linkLifetimeMs,
				createdAt: now
			})
			.run();
		recordChange(tx, {
			actorId: inviter.id,
			municipalityId: inviter.municipalityId,
			entity: 'invitation',
			entityId: id,
			action: 'create',
			changes: {
				email: { old: null, new: email },
				roles: { old: null, new: input.roles },
				councilTerm: { old: null, new: input.councilTerm }
			}
		});
	});
	const t = emailTranslator(input.locale);
	const vars = {
		municipality: await municipalityName(inviter.municipalityId),
		inviter: inviter.name,
		link: `${origin}/konto/${token}`
	};
	await sendEmail({
		to: email,
		subject: t('admin.email_invite_subject', vars),
		text: t('admin.email_invite_body', vars),
		municipalityId: inviter.municipalityId
	});
	return { ok: true };
}

/**
 * Asks for a reset link. The answer is the same, and comes as fast, for every address: the
 * request does only what is the same for everyone (the throttle, per address and per client,
 * both kept as HMACs) and the lookup, the link and the mail happen after the answer has
 * gone. A failing mail server is logged, never shown. Over the throttle nothing is sent,
 * and the answer still does not change (it says nothing about the address).
 */
export function requestPasswordReset(
	email: string,
	clientAddress: string,
	origin: string,
	now = Date.now()
): void {
	const reservation = reserveAttempt(
		[
			{ subject: accountSubject(email, 'reset-account'), rule: resetAddressRule },
			{ subject: clientSubject(clientAddress, 'reset-client'), rule: resetClientRule }
		],
		now
	);
	if (!reservation.ok) return;
	const work = new Promise<void>((resolve) => setImmediate(resolve))
		.then(() => sendResetLink(email, origin, now))
		.catch((error: unknown) => {
			// No address in the log: it would say who asked.
			console.error('Password reset email could not be sent:', (error as Error)?.message ?? error);
		})
		.finally(() => pendingResets.delete(work));
	pendingResets.add(work);
}

const pendingResets = new Set<Promise<void>>();

/** Resolves when every reset asked for so far has been handled (for tests and shutdown). */
export async function resetsSettled(): Promise<void> {
	while (pendingResets.size > 0) await Promise.all([...pendingResets]);
}

async function sendResetLink(email: string, origin: string, now: number): Promise<void> {
	const row = await getAccountByEmail(email);
	if (!row || !row.passwordHash || row.disabledAt !== null) return;
	const { id, secretHash, token } = issueToken();
	await db
		.insert(accountLink)
		.values({
			id,
			secretHash,
			kind: 'reset',
			municipalityId: row.municipalityId,
			email: row.email,
			roles: [],
			// The reset email's words are staff strings (nb/en); a council member's own
			// language is kept on the account, not on the link.
			locale: staffLocale(row.locale),
			accountId: row.id,
			expiresAt: now + linkLifetimeMs,
			createdAt: now
		})
		.run();
	// In the person's own language (a council member may have chosen any of the portal's),
	// and the link opens the new-password page in that language too.
	const i18n = createI18n(row.locale, messagesFor(row.locale, ['account']));
	const t = (key: string, options: Record<string, string>) => i18n.t(key, options) as string;
	const vars = {
		municipality: await municipalityName(row.municipalityId),
		link: origin + localizedPath(`/konto/${token}`, row.locale)
	};
	await sendEmail({
		to: row.email,
		subject: t('account.email_reset_subject', vars),
		text: t('account.email_reset_body', vars),
		municipalityId: row.municipalityId
	});
}

/** Ends every open reset link of an account (after one is used, or when it is disabled). */
export function revokeOpenResetLinks(tx: Executor, accountId: number, now: number): void {
	tx.update(accountLink)
		.set({ revokedAt: now })
		.where(
			and(
				eq(accountLink.accountId, accountId),
				eq(accountLink.kind, 'reset'),
				isNull(accountLink.usedAt),
				isNull(accountLink.revokedAt)
			)
		)
		.run();
}

export type LinkCheck =
	{ status: 'ok'; link: AccountLink } | { status: 'invalid' | 'expired' | 'used' | 'revoked' };

export async function checkLink(token: string, now = Date.now()): Promise<LinkCheck> {
	const parsed = parseToken(token);
	if (!parsed) return { status: 'invalid' };
	const link = await db.select().from(accountLink).where(eq(accountLink.id, parsed.id)).get();
	if (!link || !secretMatches(parsed.secret, link.secretHash)) return { status: 'invalid' };
	if (link.revokedAt !== null) return { status: 'revoked' };
	if (link.usedAt !== null) return { status: 'used' };
	if (now >= link.expiresAt) return { status: 'expired' };
	return { status: 'ok', link };
}

/**
 * Uses a link: an invitation creates the account, a reset replaces the password and logs
 * the person out everywhere. Marking the link used and the change happen in one
 * transaction, and the `usedAt IS NULL` condition makes a second, simultaneous use fail.
 */
export async function redeemLink(
	token: string,
	input: { name: string | null; password: string },
	now = Date.now()
): Promise<LinkCheck['status']> {
	const check = await checkLink(token, now);
	if (check.status !== 'ok') return check.status;
	const { link } = check;
	const passwordHash = await hashPassword(input.password);
	return inTransaction(db, (tx): LinkCheck['status'] => {
		const claimed = tx
			.update(accountLink)
			.set({ usedAt: now })
			.where(
				and(eq(accountLink.id, link.id), isNull(accountLink.usedAt), isNull(accountLink.revokedAt))
			)
			.run();
		// Used or withdrawn between the check above and now: say which.
		if (claimed.changes !== 1) {
			const now = tx.select().from(accountLink).where(eq(accountLink.id, link.id)).get();
			return now?.revokedAt != null ? 'revoked' : 'used';
		}
		if (link.kind === 'invite') {
			const existing = tx.select().from(account).where(eq(account.email, link.email)).get();
			if (existing) return 'used';
			const created = tx
				.insert(account)
				.values({
					municipalityId: link.municipalityId,
					email: link.email,
					name: input.name ?? link.email,
					passwordHash,
					locale: link.locale,
					councilTerm: link.councilTerm
				})
				.returning({ id: account.id })
				.get();
			tx.insert(accountRole)
				.values((link.roles as Role[]).map((role) => ({ accountId: created.id, role })))
				.run();
			recordChange(tx, {
				actorId: created.id,
				municipalityId: link.municipalityId,
				entity: 'account',
				entityId: String(created.id),
				action: 'create',
				changes: { email: { old: null, new: link.email }, roles: { old: null, new: link.roles } }
			});
		} else if (link.accountId !== null) {
			const owner = tx.select().from(account).where(eq(account.id, link.accountId)).get();
			// Disabled since the link was sent: the link ends with the account's access.
			if (!owner || owner.disabledAt !== null) return 'revoked';
			tx.update(account).set({ passwordHash }).where(eq(account.id, link.accountId)).run();
			invalidateAccountSessions(link.accountId, tx);
			// One reset is enough: the other links that were sent stop working.
			revokeOpenResetLinks(tx, link.accountId, now);
			recordChange(tx, {
				actorId: link.accountId,
				municipalityId: link.municipalityId,
				entity: 'account',
				entityId: String(link.accountId),
				action: 'password_reset'
			});
		}
		return 'ok';
	});
}

export async function listPendingInvitations(municipalityId: number, now = Date.now()) {
	const rows = await db
		.select()
		.from(accountLink)
		.where(
			and(
				eq(accountLink.municipalityId, municipalityId),
				eq(accountLink.kind, 'invite'),
				isNull(accountLink.usedAt),
				isNull(accountLink.revokedAt)
			)
		)
		.all();
	return rows
		.filter((r) => r.expiresAt > now)
		.map((r) => ({ id: r.id, email: r.email, roles: r.roles as Role[], expiresAt: r.expiresAt }));
}

/**
 * Withdraws an unused invitation: its link then says so instead of creating an account.
 * Admins may withdraw any; coordinators those whose roles they could have handed out.
 */
export async function revokeInvitation(
	user: AuthUser,
	linkId: string,
	now = Date.now()
): Promise<{ ok: true; email: string } | { ok: false; reason: 'not_found' | 'not_allowed' }> {
	const link = await db
		.select()
		.from(accountLink)
		.where(
			and(
				eq(accountLink.id, linkId),
				eq(accountLink.kind, 'invite'),
				eq(accountLink.municipalityId, user.municipalityId)
			)
		)
		.get();
	if (!link || link.usedAt !== null || link.revokedAt !== null)
		return { ok: false, reason: 'not_found' };
	const allowed = grantableRoles(user);
	if ((link.roles as Role[]).some((r) => !allowed.includes(r)))
		return { ok: false, reason: 'not_allowed' };
	return inTransaction(db, (tx) => {
		const done = tx
			.update(accountLink)
			.set({ revokedAt: now })
			.where(
				and(eq(accountLink.id, linkId), isNull(accountLink.usedAt), isNull(accountLink.revokedAt))
			)
			.run();
		if (done.changes !== 1) return { ok: false as const, reason: 'not_found' as const };
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'invitation',
			entityId: linkId,
			action: 'revoke',
			changes: { revoked: { old: null, new: link.email } }
		});
		return { ok: true as const, email: link.email };
	});
}
