import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type InngangDatabase = ReturnType<typeof openDatabase>;

export const defaultDatabasePath = 'db/inngang.sqlite';
export const migrationsFolder = resolve('db/migrations');

/**
 * Opens (and creates) the embedded database. This is the only file that knows the driver:
 * everything else goes through Drizzle, so a libSQL server can take its place later.
 */
export function openDatabase(path: string = process.env.DATABASE_URL || defaultDatabasePath) {
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const client = new Database(path);
	client.pragma('journal_mode = WAL');
	client.pragma('foreign_keys = ON');
	client.pragma('busy_timeout = 5000');
	client.pragma('synchronous = NORMAL');
	return drizzle(client, { schema });
}

/** Applies the committed drizzle-kit migrations; never `push` at run time. */
export function migrateDatabase(db: InngangDatabase): void {
	migrate(db, { migrationsFolder });
}

/**
 * Runs `work` in one transaction: all of it lands or none of it does.
 *
 * better-sqlite3 answers every query synchronously, so awaiting Drizzle queries inside
 * `work` only yields to the microtask queue and no other request can slip a statement into
 * the transaction. That holds only while `work` awaits nothing but database calls: hash
 * passwords, read files or send mail before or after, never inside. (A libSQL server would
 * swap this body for its own async `transaction`.)
 */
export async function inTransaction<T>(
	db: InngangDatabase,
	work: (tx: InngangDatabase) => Promise<T>
): Promise<T> {
	db.$client.exec('BEGIN IMMEDIATE');
	try {
		const result = await work(db);
		db.$client.exec('COMMIT');
		return result;
	} catch (error) {
		if (db.$client.inTransaction) db.$client.exec('ROLLBACK');
		throw error;
	}
}
