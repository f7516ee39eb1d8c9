import { eq } from 'drizzle-orm';
import { inTransaction, type InngangDatabase } from '../../src/lib/server/db/client';
import { account, accountRole, municipality } from '../../src/lib/server/db/schema';
import { hashPassword } from '../../src/lib/server/auth/password';
import type { Role } from '../../src/lib/server/auth/guard';

type DemoAccount = {
	email: string;
	name: string;
	roles: Role[];
	password: string;
	councilTerm?: string;
	locale?: 'nb' | 'en';
};

const councilTerm = '2025–2027';

/**
 * Demo logins, one per role. The passwords are public (README) and only for the demo:
 * a real deployment invites its people instead and never runs this seed.
 */
export const fjordvikAccounts: DemoAccount[] = [
	{
		email: 'admin@fjordvik.example',
		name: 'Ada Admin',
		roles: ['admin'],
		password: 'demo-admin-2025'
	},
	{
		email: 'koordinator@fjordvik.example',
		name: 'Kari Koordinator',
		roles: ['coordinator'],
		password: 'demo-koordinator-2025'
	},
	{
		email: 'redaktor@fjordvik.example',
		name: 'Reidar Redaktør',
		roles: ['editor'],
		password: 'demo-redaktor-2025',
		locale: 'en'
	},
	{
		email: 'leder@fjordvik.example',
		name: 'Lina Leder',
		roles: ['council_leader', 'council_member'],
		password: 'demo-leder-2025',
		councilTerm
	},
	...[1, 2, 3, 4].map((n) => ({
		email: `medlem${n}@fjordvik.example`,
		name: ['Amir', 'Sofie', 'Jonas', 'Maja'][n - 1] + ' Medlem',
		roles: ['council_member' as const],
		password: 'demo-medlem-2025',
		councilTerm
	}))
];

/** A second municipality, so refusals across municipalities can be shown and tested. */
export const nordby = {
	slug: 'nordby',
	name: 'Nordby kommune (demo)',
	kommunenummer: '9998',
	isDemo: true
};

export const nordbyAccounts: DemoAccount[] = [
	{
		email: 'redaktor@nordby.example',
		name: 'Nils Nordby',
		roles: ['editor'],
		password: 'demo-nordby-2025'
	},
	{
		email: 'koordinator@nordby.example',
		name: 'Nanna Nordby',
		roles: ['coordinator'],
		password: 'demo-nordby-2025'
	},
	{
		email: 'medlem@nordby.example',
		name: 'Nora Nordby',
		roles: ['council_member'],
		password: 'demo-nordby-2025',
		councilTerm
	}
];

async function seedMunicipalityAccounts(
	db: InngangDatabase,
	municipalityId: number,
	people: DemoAccount[]
): Promise<DemoAccount[]> {
	const missing: DemoAccount[] = [];
	for (const person of people) {
		const row = db.select().from(account).where(eq(account.email, person.email)).get();
		if (!row) missing.push(person);
	}
	// Hashing is slow and asynchronous, so it happens before the transaction opens.
	const hashes = await Promise.all(missing.map((p) => hashPassword(p.password)));
	inTransaction(db, (tx) => {
		for (const [i, person] of missing.entries()) {
			const created = tx
				.insert(account)
				.values({
					municipalityId,
					email: person.email,
					name: person.name,
					passwordHash: hashes[i],
					locale: person.locale ?? 'nb',
					councilTerm: person.councilTerm ?? null
				})
				.returning({ id: account.id })
				.get();
			tx.insert(accountRole)
				.values(person.roles.map((role) => ({ accountId: created.id, role })))
				.run();
		}
	});
	return missing;
}

/** Demo accounts for Fjordvik (and Nordby). Existing accounts are left as they are. */
export async function seedAccounts(db: InngangDatabase, municipalityId: number): Promise<void> {
	const nordbyRow = db
		.insert(municipality)
		.values(nordby)
		.onConflictDoUpdate({ target: municipality.slug, set: { name: nordby.name, isDemo: true } })
		.returning({ id: municipality.id })
		.get();
	const created = [
		...(await seedMunicipalityAccounts(db, municipalityId, fjordvikAccounts)),
		...(await seedMunicipalityAccounts(db, nordbyRow.id, nordbyAccounts))
	];
	if (created.length > 0) {
		console.log('Demo accounts created (demo only, passwords are public):');
		for (const p of created)
			console.log(`  ${p.email.padEnd(30)} ${p.password.padEnd(24)} ${p.roles.join(', ')}`);
	}
}
