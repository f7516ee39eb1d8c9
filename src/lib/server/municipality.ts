import { eq } from 'drizzle-orm';
import { db } from './db';
import { municipality, type Municipality } from './db/schema';

/** The municipality this portal serves (`MUNICIPALITY`, default the demo's `fjordvik`). */
export const currentMunicipalitySlug = process.env.MUNICIPALITY || 'fjordvik';

export async function getMunicipalityBySlug(slug: string): Promise<Municipality | undefined> {
	return db.select().from(municipality).where(eq(municipality.slug, slug)).get();
}

let cached: Municipality | undefined;

/**
 * Read once per process: the municipality's name and demo flag change only through a
 * deploy or a reset, and every page shows them.
 */
export async function getCurrentMunicipality(): Promise<Municipality | undefined> {
	cached ??= await getMunicipalityBySlug(currentMunicipalitySlug);
	return cached;
}
