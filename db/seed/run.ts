/**
 * `npm run db:seed` migrates the database and loads the demo data (safe to repeat);
 * `npm run db:reset` deletes the database file first. Both honour DATABASE_URL.
 */
import { rmSync } from 'node:fs';
import { defaultDatabasePath, migrateDatabase, openDatabase } from '../../src/lib/server/db/client';
import { seedDemo } from './index';

const path = process.env.DATABASE_URL || defaultDatabasePath;

if (process.argv.includes('--reset')) {
	for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
	console.log(`Deleted ${path}`);
}

const db = openDatabase(path);
migrateDatabase(db);
await seedDemo(db);
db.$client.close();
console.log(`Demo data for Fjordvik kommune is in ${path}`);
