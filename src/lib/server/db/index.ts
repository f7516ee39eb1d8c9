import { inJobWorker, migrateDatabase, openDatabase, type InngangDatabase } from './client';

let instance: InngangDatabase | undefined;

/**
 * The one database connection of the running server (of this thread), migrated on first
 * use. A worker thread (src/lib/server/workers) opens its own to the file the main thread
 * has already migrated, and skips the migrations.
 */
export function database(): InngangDatabase {
	if (!instance) {
		instance = openDatabase();
		if (!inJobWorker()) migrateDatabase(instance);
	}
	return instance;
}

/**
 * `db` is the connection everything imports. It opens lazily so that `vite build`, which
 * imports server modules to analyse them, never creates a database file.
 */
export const db: InngangDatabase = new Proxy({} as InngangDatabase, {
	get(_, property) {
		const target = database();
		const value = Reflect.get(target, property, target);
		return typeof value === 'function' ? value.bind(target) : value;
	}
});

export * as schema from './schema';
