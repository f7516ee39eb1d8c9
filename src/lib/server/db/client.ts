import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { workerData } from 'node:worker_threads';
import type { RunResult } from 'better-sqlite3';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import * as schema from './schema';

export type InngangDatabase = ReturnType<typeof openDatabase>;

export const defaultDatabasePath = 'db/inngang.sqlite';
export const migrationsFolder = resolve('db/migrations');

/**
 * Opens (and creates) the embedded database. This is the only file that knows the driver:
 * everything else goes through Drizzle. Scaling out is done at the file level (Litestream,
 * LiteFS), so nothing outside `src/lib/server/db/` needs to know it either.
 */
export function openDatabase(
	path: string = process.env.DATABASE_URL || defaultDatabasePath,
	readonly = isReadOnly()
) {
	if (readonly) {
		// A read-only file (a full disk being fixed, a copy for maintenance): public pages still
		// render, every save answers with the "cannot save right now" page (issue 14).
		const client = new Database(path, { readonly: true, fileMustExist: true });
		client.pragma(`busy_timeout = ${busyTimeoutMs()}`);
		return drizzle(client, { schema });
	}
	if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
	const client = new Database(path);
	client.pragma('journal_mode = WAL');
	client.pragma('foreign_keys = ON');
	client.pragma(`busy_timeout = ${busyTimeoutMs()}`);
	client.pragma('synchronous = NORMAL');
	return drizzle(client, { schema });
}

/**
 * How long a write waits for another connection's write lock (issue 14, item 8).
 * better-sqlite3 waits synchronously, so in the main thread every visitor waits too: 20 ms
 * at most (our own writes hold the lock for a few ms), then SQLITE_BUSY becomes the
 * "try again" page. A form post has already waited for the lock without blocking anyone
 * (`whenWriteLockFree`, fault-pages.ts), so this only covers the rare lock taken in between.
 * A worker thread (src/lib/server/workers) blocks no one by waiting, so an import waits up
 * to 5 s for the lock rather than fail.
 */
export const mainThreadBusyTimeoutMs = 20;

function busyTimeoutMs(): number {
	return inJobWorker() ? 5000 : mainThreadBusyTimeoutMs;
}

/**
 * Whether this connection could take the write lock right now, asked without waiting:
 * `BEGIN IMMEDIATE` with no busy timeout, rolled back at once. Inside an open transaction,
 * or on a read-only file, there is nothing to wait for and the answer is yes.
 */
export function writeLockFree(db: InngangDatabase): boolean {
	const client = db.$client;
	if (client.readonly || client.inTransaction) return true;
	const timeout = client.pragma('busy_timeout', { simple: true }) as number;
	client.pragma('busy_timeout = 0');
	try {
		client.exec('BEGIN IMMEDIATE');
		client.exec('ROLLBACK');
		return true;
	} catch (error) {
		const code = (error as { code?: unknown }).code;
		if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return false;
		throw error;
	} finally {
		client.pragma(`busy_timeout = ${timeout}`);
	}
}

/**
 * Waits, with the event loop free, until no other connection holds the write lock: at most
 * `maxMs`, then false. A save that finds the lock taken (a backup script, another worker,
 * an import in the job thread) would otherwise wait the whole busy timeout synchronously,
 * and every visitor with it; this way it waits in the background and the save usually goes
 * through. The lock can still be taken between this answer and the save's own
 * `BEGIN IMMEDIATE`, which then waits its (short) busy timeout as before.
 */
export async function whenWriteLockFree(db: InngangDatabase, maxMs: number): Promise<boolean> {
	const deadline = performance.now() + maxMs;
	for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
		if (writeLockFree(db)) return true;
		const left = deadline - performance.now();
		if (left <= 0) return false;
		await new Promise((resolve) => setTimeout(resolve, Math.min(pause, left)));
	}
}

/** In the worker thread src/lib/server/workers/run.ts starts (it marks its workerData). */
export function inJobWorker(): boolean {
	return (workerData as { inngangJobs?: boolean } | null)?.inngangJobs === true;
}

/** `DATABASE_READONLY=1`: open the file read-only (it must exist and be migrated). */
export function isReadOnly(): boolean {
	return process.env.DATABASE_READONLY === '1';
}

/**
 * SQLite's `PRAGMA data_version` for this connection: it changes whenever another
 * connection (a job thread, another worker, a script) commits to the file, and not for this
 * connection's own writes. The data memos use it to tell "nothing changed" from "refill".
 */
export function dataVersion(db: InngangDatabase): number {
	return db.$client.pragma('data_version', { simple: true }) as number;
}

/**
 * The content generation (schema `content_generation`): moved by every write that changes
 * public content, read by the data memos of every worker. 0 before the first such write.
 */
export function contentGeneration(db: InngangDatabase): number {
	const row = db.$client.prepare('SELECT n FROM content_generation WHERE id = 1').get() as
		{ n: number } | undefined;
	return row?.n ?? 0;
}

/** Moves the content generation on by one; the generation it moved to. */
export function bumpContentGeneration(db: InngangDatabase): number {
	const row = db.$client
		.prepare(
			'INSERT INTO content_generation (id, n) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET n = n + 1 RETURNING n'
		)
		.get() as { n: number };
	return row.n;
}

/** Applies the committed drizzle-kit migrations; never `push` at run time. */
export function migrateDatabase(db: InngangDatabase): void {
	if (db.$client.readonly) return;
	migrate(db, { migrationsFolder });
}

/**
 * Where a query runs: the connection itself or an open transaction. Helpers that write as
 * part of a larger change (audit entries, RPDE tombstones, translation marks) take one of
 * these, so they land in the caller's transaction.
 */
export type Executor = BaseSQLiteDatabase<'sync', RunResult, typeof schema>;
export type Transaction = Parameters<Parameters<InngangDatabase['transaction']>[0]>[0];

/**
 * Runs `work` in one `BEGIN IMMEDIATE` transaction: all of it lands or none of it does.
 *
 * This is better-sqlite3's own transaction, and it is synchronous: `work` runs to the end
 * before any other JavaScript can, so no other request can slip a write into it or have
 * its acknowledged write rolled back by this one's failure. `work` must therefore be
 * synchronous and use `tx` with Drizzle's `.run()`, `.all()` and `.get()`; a callback that
 * returns a promise is refused (better-sqlite3 throws). Hash passwords, send mail, read
 * files and render PDFs before or after, never inside.
 */
export function inTransaction<T>(db: InngangDatabase, work: (tx: Transaction) => T): T {
	return db.transaction(
		(tx) => {
			const result = work(tx);
			if (result instanceof Promise)
				throw new TypeError('inTransaction: the work must be synchronous (use tx.….run())');
			return result;
		},
		{ behavior: 'immediate' }
	);
}
