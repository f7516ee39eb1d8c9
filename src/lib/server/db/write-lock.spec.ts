import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The module-level `db`, which visit-counts.ts writes through, opens this file.
const shared = vi.hoisted(() => {
	const file = `${process.env.TMPDIR ?? '/tmp'}/inngang-write-lock-${process.pid}.sqlite`;
	process.env.DATABASE_URL = file;
	return file;
});
import Database from 'better-sqlite3';
import { db } from '$lib/server/db';
import {
	mainThreadBusyTimeoutMs,
	migrateDatabase,
	openDatabase,
	whenWriteLockFree,
	writeLockFree
} from './client';
import { addVisitCount, flushVisitCounts } from '../visit-counts';
import { municipality } from './schema';

/** Another program (a backup script, `sqlite3`, another worker) holding the write lock. */
function foreignLock(path: string) {
	const other = new Database(path);
	other.exec('BEGIN IMMEDIATE');
	return {
		release: () => {
			if (other.open) {
				other.exec('ROLLBACK');
				other.close();
			}
		}
	};
}

describe('writeLockFree and whenWriteLockFree', () => {
	let path: string;
	let own: ReturnType<typeof openDatabase>;
	let work: string;

	beforeEach(() => {
		work = mkdtempSync(join(tmpdir(), 'inngang-lock-'));
		path = join(work, 'lock.sqlite');
		own = openDatabase(path);
		migrateDatabase(own);
	});
	afterEach(() => {
		own.$client.close();
		rmSync(work, { recursive: true, force: true });
	});

	it('tells a free lock from a held one without waiting, and keeps the busy timeout', () => {
		expect(writeLockFree(own)).toBe(true);
		const lock = foreignLock(path);
		try {
			expect(writeLockFree(own)).toBe(false);
		} finally {
			lock.release();
		}
		expect(writeLockFree(own)).toBe(true);
		expect(own.$client.pragma('busy_timeout', { simple: true })).toBe(mainThreadBusyTimeoutMs);
		expect(own.$client.inTransaction).toBe(false);
	});

	it('waits with the event loop free and answers true once the other program lets go', async () => {
		const lock = foreignLock(path);
		let othersRan = 0;
		const ticker = setInterval(() => othersRan++, 1);
		setTimeout(() => lock.release(), 120);
		try {
			expect(await whenWriteLockFree(own, 5000)).toBe(true);
		} finally {
			clearInterval(ticker);
			lock.release();
		}
		// Other callbacks ran while it waited: a synchronous busy wait would have let none.
		expect(othersRan).toBeGreaterThan(3);
		// And the save that follows goes through.
		own
			.insert(municipality)
			.values({ slug: 'etter-laas', name: 'Etter', kommunenummer: '9998' })
			.run();
	});

	it('gives up after its limit while the lock stays held, so the save answers "try again"', async () => {
		const lock = foreignLock(path);
		try {
			expect(await whenWriteLockFree(own, 60)).toBe(false);
			expect(() =>
				own
					.insert(municipality)
					.values({ slug: 'laast', name: 'Låst', kommunenummer: '9997' })
					.run()
			).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
		} finally {
			lock.release();
		}
	});
});

describe('visit counts while another program holds the write lock', () => {
	afterEach(() => {
		db.$client.close();
		for (const suffix of ['', '-wal', '-shm']) rmSync(shared + suffix, { force: true });
	});

	it('keeps the counts pending instead of waiting or losing them, and writes them later', () => {
		db.$client.exec('CREATE TABLE IF NOT EXISTS tally (key TEXT PRIMARY KEY, n INTEGER)');
		const tally = () =>
			(
				db.$client.prepare('SELECT n FROM tally WHERE key = ?').get('topic') as
					{ n: number } | undefined
			)?.n ?? 0;
		const count = () =>
			addVisitCount('topic', (_tx, n) =>
				db.$client
					.prepare(
						'INSERT INTO tally (key, n) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET n = n + excluded.n'
					)
					.run('topic', n)
			);
		count();
		count();
		const lock = foreignLock(shared);
		try {
			flushVisitCounts();
			expect(tally()).toBe(0);
		} finally {
			lock.release();
		}
		count();
		flushVisitCounts();
		expect(tally()).toBe(3);
	});
});
