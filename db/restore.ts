/**
 * `npm run db:restore <file>`: puts a backup in place of the database. Only with the server
 * stopped: a running server keeps the file open, and this refuses then (below). The backup
 * is checked first, copied next to the database and renamed over it, so a failure halfway
 * leaves the old database as it was; the old write-ahead log goes with the old file.
 */
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';

/**
 * True when another process has the database open. In WAL mode every open connection holds
 * a shared lock on the shared-memory file, so leaving WAL mode (which needs the database to
 * itself) fails while a server runs. It is switched back at once.
 */
export function databaseInUse(path: string): boolean {
	if (!existsSync(path)) return false;
	const db = new Database(path, { fileMustExist: true });
	try {
		db.pragma('busy_timeout = 0');
		if (db.pragma('journal_mode', { simple: true }) !== 'wal') return false;
		try {
			const mode = db.pragma('journal_mode = DELETE', { simple: true });
			if (mode !== 'delete') return true;
		} catch {
			return true;
		}
		db.pragma('journal_mode = WAL');
		return false;
	} finally {
		db.close();
	}
}

export function restoreDatabase(backup: string, target: string): void {
	const copy = new Database(backup, { readonly: true, fileMustExist: true });
	try {
		const check = copy.pragma('integrity_check', { simple: true });
		if (check !== 'ok') throw new Error(`${backup} failed its integrity check: ${String(check)}`);
	} finally {
		copy.close();
	}
	if (databaseInUse(target))
		throw new Error(`${target} is in use: stop the server first, then restore.`);
	const staging = `${target}.restoring`;
	copyFileSync(backup, staging);
	for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
	renameSync(staging, target);
	// The restored file starts in WAL mode like every database the server opens.
	const db = new Database(target);
	db.pragma('journal_mode = WAL');
	db.close();
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const target = process.env.DATABASE_URL || 'db/inngang.sqlite';
	const backup = process.argv[2];
	if (!backup) {
		console.error('Usage: npm run db:restore <backup file>');
		process.exit(2);
	}
	try {
		restoreDatabase(backup, target);
		console.log(`Restored ${target} from ${backup}.`);
	} catch (error) {
		console.error(`Restore failed: ${(error as Error).message}`);
		process.exit(1);
	}
}
