import { inTransaction, type InngangDatabase } from '../../src/lib/server/db/client';
import { municipality } from '../../src/lib/server/db/schema';
import { seedActivities } from './activities';
import { fjordvik } from './fjordvik';
import { seedAccounts } from './accounts';
import { seedNordby } from './nordby';
import { seedPlans } from './plans';
import { seedServices } from './services';

/**
 * Loads the demo municipality (and Nordby, the second one: db/seed/nordby.ts). Idempotent: rows are matched on stable keys (the slug here),
 * so running it twice changes nothing and never duplicates content.
 *
 * Each feature's loader is synchronous, writes through the transaction it is given and runs
 * in one of its own here (`seedX(tx, municipalityId)`), in dependency order: plans link to
 * services and are answered by demo accounts. Accounts are the exception: their passwords
 * are hashed (slow, asynchronous) before their transaction opens.
 */
export async function seedDemo(db: InngangDatabase): Promise<{ municipalityId: number }> {
	const municipalityId = inTransaction(
		db,
		(tx) =>
			tx
				.insert(municipality)
				.values(fjordvik)
				.onConflictDoUpdate({
					target: municipality.slug,
					set: { name: fjordvik.name, kommunenummer: fjordvik.kommunenummer, isDemo: true }
				})
				.returning({ id: municipality.id })
				.get().id
	);
	inTransaction(db, (tx) => seedServices(tx, municipalityId));
	seedActivities(db, municipalityId);
	await seedAccounts(db, municipalityId);
	inTransaction(db, (tx) => seedPlans(tx, municipalityId));
	// The second demo municipality, so isolation between municipalities can be seen and tested.
	seedNordby(db);
	return { municipalityId };
}
