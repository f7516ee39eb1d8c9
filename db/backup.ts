/**
 * `npm run db:backup [file]`: a consistent copy of the live database, safe while the server
 * runs. It uses SQLite's online backup API (through better-sqlite3), which copies what is
 * still in the write-ahead log too; a plain `cp` of the file misses every write not yet
 * checkpointed. The default file name has the time in it: db/backups/inngang-<UTC>.sqlite.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export async function backupDatabase(source: string, target: string): Promise<number> {
	mkdirSync(dirname(resolve(target)), { recursive: true });
	const db = new Database(source, { fileMustExist: true });
	try {
		db.pragma('busy_timeout = 5000');
		const { totalPages } = await db.backup(target);
		const copy = new Database(target, { readonly: true });
		try {
			const check = copy.pragma('quick_check', { simple: true });
			if (check !== 'ok') throw new Error(`The copy failed its check: ${String(check)}`);
		} finally {
			copy.close();
		}
		return totalPages;
	} finally {
		db.close();
	}
}

function defaultTarget(): string {
	const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
	return `db/backups/inngang-${stamp}.sqlite`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const source = process.env.DATABASE_URL || 'db/inngang.sqlite';
	const target = process.argv[2] || defaultTarget();
	backupDatabase(source, target).then(
		(pages) => console.log(`Backed up ${source} to ${target} (${pages} pages).`),
		(error: unknown) => {
			console.error(`Backup failed: ${(error as Error).message}`);
			process.exit(1);
		}
	);
}
