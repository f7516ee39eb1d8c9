import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { account, accountRole, outboxEmail, type OutboxEmail } from '$lib/server/db/schema';

/** An account link (invitation or reset) in a message: `/konto/<id>.<secret>`, any language prefix. */
const accountLink = /https?:\/\/\S*\/konto\/\S+/g;

export type OutboxEntry = OutboxEmail & { redacted: boolean };

/**
 * The demo outbox as `viewer` (an admin) may see it (issue 14, item 12). Only messages of
 * the viewer's own municipality. A link that lets someone set the password of another admin
 * who can already sign in is blanked: reading it would let one admin take over another's
 * account, and an admin who can sign in does not need it handed over. Links to staff and
 * council members, to the viewer, and invitations of admins not yet set up stay readable:
 * in a demo without SMTP an admin is the only one who can hand those over.
 */
export async function listOutbox(
	viewer: { municipalityId: number; email: string },
	limit = 100
): Promise<OutboxEntry[]> {
	const rows = await db
		.select()
		.from(outboxEmail)
		.where(eq(outboxEmail.municipalityId, viewer.municipalityId))
		.orderBy(desc(outboxEmail.id))
		.limit(limit)
		.all();
	const protectedAdmins = new Set(
		db
			.select({ email: account.email })
			.from(account)
			.innerJoin(accountRole, eq(accountRole.accountId, account.id))
			.where(
				and(
					eq(account.municipalityId, viewer.municipalityId),
					eq(accountRole.role, 'admin'),
					isNotNull(account.passwordHash)
				)
			)
			.all()
			.map((a) => a.email.toLowerCase())
	);
	protectedAdmins.delete(viewer.email.toLowerCase());
	return rows.map((row) => {
		const hidden = protectedAdmins.has(row.recipient.toLowerCase()) && accountLink.test(row.body);
		accountLink.lastIndex = 0;
		return {
			...row,
			body: hidden ? row.body.replace(accountLink, '[…]') : row.body,
			redacted: hidden
		};
	});
}
