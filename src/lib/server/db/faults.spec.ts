import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { storageFault, unlessStorageFails } from './faults';

/**
 * Issue 14, items 8 and 10: the errors SQLite really raises for a foreign write lock, a
 * read-only file and a full disk are told apart from bugs, so the person gets "try again"
 * or "cannot save right now" instead of a 500.
 */

const dir = mkdtempSync(join(tmpdir(), 'inngang-faults-'));
const path = join(dir, 'faults.sqlite');
const setup = new Database(path);
setup.pragma('journal_mode = WAL');
setup.exec('CREATE TABLE note (text TEXT NOT NULL)');
setup.close();

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errorOf(work: () => void): unknown {
	try {
		work();
	} catch (error) {
		return error;
	}
	throw new Error('expected the write to fail');
}

describe('storage faults', () => {
	it('calls a foreign write lock busy', () => {
		const holder = new Database(path);
		const other = new Database(path);
		other.pragma('busy_timeout = 0');
		holder.exec('BEGIN IMMEDIATE');
		const error = errorOf(() => other.prepare("INSERT INTO note VALUES ('x')").run());
		holder.exec('ROLLBACK');
		holder.close();
		other.close();
		expect(storageFault(error)).toBe('busy');
		// Wrapped the way Drizzle wraps driver errors.
		expect(storageFault(new Error('Failed query', { cause: error }))).toBe('busy');
	});

	it('calls a read-only file and a full disk a storage fault', () => {
		const readOnly = new Database(path, { readonly: true });
		expect(
			storageFault(errorOf(() => readOnly.prepare("INSERT INTO note VALUES ('x')").run()))
		).toBe('storage');
		readOnly.close();

		const full = new Database(path);
		const pages = full.pragma('page_count', { simple: true }) as number;
		full.pragma(`max_page_count = ${pages}`);
		const error = errorOf(() =>
			full.prepare('INSERT INTO note VALUES (?)').run('x'.repeat(100_000))
		);
		full.close();
		expect((error as { code?: string }).code).toBe('SQLITE_FULL');
		expect(storageFault(error)).toBe('storage');
	});

	it('leaves every other error alone', () => {
		const db = new Database(':memory:');
		expect(storageFault(errorOf(() => db.prepare('SELECT * FROM missing').run()))).toBeNull();
		expect(storageFault(new TypeError('bug'))).toBeNull();
		expect(() =>
			unlessStorageFails(() => {
				throw new TypeError('bug');
			})
		).toThrow(TypeError);
	});
});
