import { db } from '$lib/server/db';
import { account, accountRole, municipality } from '$lib/server/db/schema';
import type { Role } from './guard';

/**
 * For specs: call `vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'))` first, then
 * this gives a migrated in-memory database with one municipality and helpers to add people.
 */
export async function testMunicipality(slug = 'testvik'): Promise<number> {
	const row = await db
		.insert(municipality)
		.values({ slug, name: `${slug} kommune`, kommunenummer: '9990', isDemo: true })
		.returning({ id: municipality.id })
		.get();
	return row.id;
}

export async function testAccount(
	municipalityId: number,
	email: string,
	roles: Role[],
	passwordHash: string | null = null
): Promise<number> {
	const row = await db
		.insert(account)
		.values({ municipalityId, email, name: email.split('@')[0], passwordHash })
		.returning({ id: account.id })
		.get();
	if (roles.length > 0)
		await db
			.insert(accountRole)
			.values(roles.map((role) => ({ accountId: row.id, role })))
			.run();
	return row.id;
}
