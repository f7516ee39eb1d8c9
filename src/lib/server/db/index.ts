import { migrateDatabase, openDatabase, type InngangDatabase } from './client';

let instance: InngangDatabase | undefined;

/** The one database connection of the running server, migrated on first use. */
export function database(): InngangDatabase {
	if (!instance) {
		instance = openDatabase();
		migrateDatabase(instance);
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
