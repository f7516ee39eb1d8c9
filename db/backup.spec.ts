import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDatabase } from './backup';
import { databaseInUse, restoreDatabase } from './restore';

// Another process writes one row per transaction and prints each id once it is committed,
// as a running server acknowledges a save.
const writer = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 5000');
const insert = db.prepare('INSERT INTO note (body) VALUES (?)');
let n = 0;
const tick = () => {
	for (let i = 0; i < 20; i++) {
		const id = insert.run('note ' + n++).lastInsertRowid;
		process.stdout.write(id + '\\n');
	}
	setImmediate(tick);
};
tick();
process.on('SIGTERM', () => { db.close(); process.exit(0); });
`;

describe('db:backup and db:restore', () => {
	it('copy the live database during writes with every acknowledged write, and restore it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'inngang-backup-'));
		const live = join(dir, 'live.sqlite');
		const setup = new Database(live);
		setup.pragma('journal_mode = WAL');
		setup.exec('CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
		setup.close();

		const child = spawn(process.execPath, ['-e', writer, live], { cwd: process.cwd() });
		const acknowledged: number[] = [];
		let buffer = '';
		child.stdout.on('data', (chunk: Buffer) => {
			buffer += chunk.toString();
			const lines = buffer.split('\n');
			buffer = lines.pop()!;
			for (const line of lines) acknowledged.push(Number(line));
		});
		while (acknowledged.length < 2000) await new Promise((r) => setTimeout(r, 20));

		const ackedBefore = [...acknowledged];
		const backup = join(dir, 'backup.sqlite');
		await backupDatabase(live, backup);
		// A server still has the file open: restoring over it is refused.
		expect(databaseInUse(live)).toBe(true);
		expect(() => restoreDatabase(backup, live)).toThrow(/stop the server/);

		child.kill('SIGTERM');
		await new Promise((r) => child.once('exit', r));
		expect(acknowledged.length).toBeGreaterThan(ackedBefore.length);
		expect(databaseInUse(live)).toBe(false);

		restoreDatabase(backup, live);
		const restored = new Database(live, { readonly: true });
		const ids = new Set(
			(restored.prepare('SELECT id FROM note').all() as { id: number }[]).map((r) => r.id)
		);
		restored.close();
		const missing = ackedBefore.filter((id) => !ids.has(id));
		expect(missing).toEqual([]);
	}, 30_000);
});
