import { inTransaction, type InngangDatabase } from '../../src/lib/server/db/client';
import { municipality } from '../../src/lib/server/db/schema';
import { seedActivities } from './activities';
import { fjordvik } from './fjordvik';
import { seedAccounts } from './accounts';
import { seedPlans } from './plans';
import { seedServices } from './services';

/**
 * Loads the demo municipality. Idempotent: rows are matched on stable keys (the slug here),
 * so running it twice changes nothing and never duplicates content. Later features add
 * their own loaders and call them from here, in dependency order.
 */
export async function seedDemo(db: InngangDatabase): Promise<{ municipalityId: number }> {
	const { municipalityId } = inTransaction(db, (tx) => {
		const row = tx
			.insert(municipality)
			.values(fjordvik)
			.onConflictDoUpdate({
				target: municipality.slug,
				set: { name: fjordvik.name, kommunenummer: fjordvik.kommunenummer, isDemo: true }
			})
			.returning({ id: municipality.id })
			.get();
		return { municipalityId: row.id };
	});
	inTransaction(db, (tx) => seedServices(tx, municipalityId));
	await seedActivities(db, municipalityId);
	await seedAccounts(db, municipalityId);
	await inTransaction(db, (tx) => seedPlans(tx, municipalityId));
	return { municipalityId };
}
