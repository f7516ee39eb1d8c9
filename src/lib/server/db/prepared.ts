import { database } from './index';

/**
 * Queries built and compiled once per connection (drizzle's `.prepare()` with
 * `sql.placeholder`), for the fixed-shape queries public pages ask on every request:
 * building a query's SQL in drizzle and compiling it in SQLite cost more than running it
 * (the service page's CPU halved). `build` runs on first use, against `db`, which is then
 * `database()`; a new connection (a test's fresh database) prepares them again.
 */
export function preparedOnce<T extends object>(build: () => T): () => T {
	const byConnection = new WeakMap<object, T>();
	return () => {
		const connection = database();
		let prepared = byConnection.get(connection);
		if (!prepared) byConnection.set(connection, (prepared = build()));
		return prepared;
	};
}
