import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Language } from '$lib/i18n/languages';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import { recordChange } from '$lib/server/audit/log';
import { account, accountRole, type Account } from '$lib/server/db/schema';
import type { AuthUser, Role } from './guard';

async function rolesOf(accountIds: number[]): Promise<Map<number, Role[]>> {
	const byAccount = new Map<number, Role[]>();
	if (accountIds.length === 0) return byAccount;
	const rows = await db
		.select()
		.from(accountRole)
		.where(inArray(accountRole.accountId, accountIds))
		.all();
	for (const row of rows) {
		const list = byAccount.get(row.accountId) ?? [];
		list.push(row.role);
		byAccount.set(row.accountId, list);
	}
	for (const list of byAccount.values()) list.sort();
	return byAccount;
}

function toAuthUser(row: Account, roles: Role[]): AuthUser {
	return {
		id: row.id,
		name: row.name,
		email: row.email,
		municipalityId: row.municipalityId,
		roles,
		councilTerm: row.councilTerm,
		locale: row.locale
	};
}

export function normalizeEmail(email: string): string {
	return email.trim().toLowerCase();
}

/** The person behind a session; null when the account is gone or has been disabled. */
export async function getUserById(id: number): Promise<AuthUser | null> {
	const row = await db.select().from(account).where(eq(account.id, id)).get();
	if (!row || row.disabledAt !== null) return null;
	return toAuthUser(row, (await rolesOf([row.id])).get(row.id) ?? []);
}

/** The account behind an email address, with its password hash (login only). */
export async function getAccountByEmail(email: string): Promise<Account | undefined> {
	return db
		.select()
		.from(account)
		.where(eq(account.email, normalizeEmail(email)))
		.get();
}

/** Active (not disabled) people with a role: whom to notify, whose answers to expect. */
export async function listUsersWithRole(municipalityId: number, role: Role): Promise<AuthUser[]> {
	const rows = await db
		.select({ account })
		.from(account)
		.innerJoin(accountRole, eq(accountRole.accountId, account.id))
		.where(
			and(
				eq(account.municipalityId, municipalityId),
				eq(accountRole.role, role),
				isNull(account.disabledAt)
			)
		)
		.orderBy(asc(account.name))
		.all();
	const roles = await rolesOf(rows.map((r) => r.account.id));
	return rows.map((r) => toAuthUser(r.account, roles.get(r.account.id) ?? []));
}

export type ListedUser = AuthUser & { disabled: boolean };

/** Everyone with an account in the municipality, disabled accounts included (and marked). */
export async function listUsers(municipalityId: number): Promise<ListedUser[]> {
	const rows = await db
		.select()
		.from(account)
		.where(eq(account.municipalityId, municipalityId))
		.orderBy(asc(account.name))
		.all();
	const roles = await rolesOf(rows.map((r) => r.id));
	return rows.map((r) => ({
		...toAuthUser(r, roles.get(r.id) ?? []),
		disabled: r.disabledAt !== null
	}));
}

/**
 * The person's own choice of language for /rad and their emails. Written to the audit log
 * with the change, like every other change to an account.
 */
export async function setUserLocale(user: AuthUser, locale: Language): Promise<void> {
	if (user.locale === locale) return;
	inTransaction(db, (tx) => {
		tx.update(account).set({ locale }).where(eq(account.id, user.id)).run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'account',
			entityId: String(user.id),
			action: 'update',
			changes: { locale: { old: user.locale, new: locale } }
		});
	});
}
