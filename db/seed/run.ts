/**
 * `npm run db:seed` migrates the database and loads the demo data (safe to repeat);
 * `npm run db:reset` deletes the database file first. Both honour DATABASE_URL.
 * `--scale N` adds N-1 copies of the demo content, for measuring (db/seed/scale.ts).
 */
import { rmSync } from 'node:fs';
import { defaultDatabasePath, migrateDatabase, openDatabase } from '../../src/lib/server/db/client';
import { seedDemo } from './index';
import { seedScale } from './scale';

const path = process.env.DATABASE_URL || defaultDatabasePath;

if (process.argv.includes('--reset')) {
	for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
	console.log(`Deleted ${path}`);
}

const db = openDatabase(path);
migrateDatabase(db);
const { municipalityId } = await seedDemo(db);
const scaleAt = process.argv.indexOf('--scale');
const scale = scaleAt >= 0 ? Number(process.argv[scaleAt + 1]) : 1;
if (scale > 1) {
	const started = performance.now();
	seedScale(db, municipalityId, scale);
	console.log(`Scaled to ${scale}× in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
db.$client.close();
console.log(`Demo data for Fjordvik kommune is in ${path}`);
