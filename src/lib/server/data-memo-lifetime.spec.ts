import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
	bumpContentGeneration,
	contentGeneration,
	dataVersion,
	migrateDatabase,
	openDatabase
} from './db/client';
import {
	changedSince,
	dataMemo,
	dataMemoMs,
	heardOf,
	invalidatePublicPages,
	publicDataGeneration,
	watchContentGeneration,
	watchDataVersion
} from './page-cache';

describe('data memos', () => {
	let version = 1;
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		version = 1;
		watchDataVersion(() => version);
	});
	afterEach(() => vi.useRealTimers());

	function filled() {
		const memo = dataMemo<string, string>();
		memo().set('index', 'built');
		return memo;
	}

	it('keeps its copy past its time while nothing else wrote to the database', () => {
		const memo = filled();
		vi.advanceTimersByTime(dataMemoMs * 3 + 1);
		expect(memo().get('index')).toBe('built');
	});

	it('refills after its time when another connection committed, and drops cached pages', () => {
		const memo = filled();
		const other = filled();
		version = 2;
		// Within its time it is trusted as it is (a write here would have invalidated it).
		expect(memo().get('index')).toBe('built');
		const generation = publicDataGeneration();
		vi.advanceTimersByTime(dataMemoMs + 1);
		expect(memo().get('index')).toBeUndefined();
		// As on an invalidation: the page cache's generation moves, so every memo refills.
		expect(publicDataGeneration()).toBe(generation + 1);
		expect(other().get('index')).toBeUndefined();
	});

	it('empties at once on an invalidation, and for another municipality', () => {
		const memo = filled();
		invalidatePublicPages();
		expect(memo().get('index')).toBeUndefined();
		memo(1).set('index', 'built');
		expect(memo(2).get('index')).toBeUndefined();
	});

	it('is never kept longer than ten minutes, changed or not', () => {
		const memo = filled();
		for (let t = 0; t < 10 * 60_000; t += dataMemoMs) {
			vi.advanceTimersByTime(dataMemoMs);
			memo();
		}
		vi.advanceTimersByTime(dataMemoMs + 1);
		expect(memo().get('index')).toBeUndefined();
	});

	it("does not let a save of one service hide another connection's earlier commit", () => {
		// A job thread or a script commits content; before any memo looks again, a save here.
		filled();
		const from = publicDataGeneration();
		version = 2;
		invalidatePublicPages({ services: [7], activities: [] });
		// Re-reading service 7 alone would miss what the other connection wrote.
		expect(changedSince('services', from)).toBeNull();
		// Once seen, the next save says only what it changed again.
		const next = publicDataGeneration();
		invalidatePublicPages({ services: [8], activities: [] });
		expect([...changedSince('services', next)!]).toEqual([8]);
	});

	it('expires after its time when the version cannot be read', () => {
		const memo = filled();
		watchDataVersion(() => {
			throw new Error('database closed');
		});
		vi.advanceTimersByTime(dataMemoMs + 1);
		expect(memo().get('index')).toBeUndefined();
	});
});

describe('data memos with more than one worker (a content generation to compare)', () => {
	let version = 1;
	let generation = 0;
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		version = 1;
		generation = 0;
		watchDataVersion(() => version);
		watchContentGeneration({ read: () => generation, bump: () => ++generation });
	});
	afterEach(() => {
		vi.useRealTimers();
		watchContentGeneration(null);
	});

	function filled() {
		const memo = dataMemo<string, string>();
		memo().set('index', 'built');
		return memo;
	}

	it('keeps its copy when another worker only counted visits, again and again', () => {
		const memo = filled();
		const pages = publicDataGeneration();
		for (let i = 0; i < 5; i++) {
			version++;
			vi.advanceTimersByTime(dataMemoMs + 1);
			expect(memo().get('index')).toBe('built');
		}
		expect(publicDataGeneration()).toBe(pages);
	});

	it('refills, and drops cached pages, when another worker changed content', () => {
		const memo = filled();
		const pages = publicDataGeneration();
		// Another worker's save: its commit, then its invalidation's bump.
		version++;
		generation++;
		vi.advanceTimersByTime(dataMemoMs + 1);
		expect(memo().get('index')).toBeUndefined();
		expect(publicDataGeneration()).toBe(pages + 1);
	});

	it('notices a content change that came after a counted visit it had already let pass', () => {
		const memo = filled();
		version++;
		vi.advanceTimersByTime(dataMemoMs + 1);
		expect(memo().get('index')).toBe('built');
		version++;
		generation++;
		vi.advanceTimersByTime(dataMemoMs + 1);
		expect(memo().get('index')).toBeUndefined();
	});

	it('moves the generation on every invalidation, and a busy file does not fail the save', () => {
		invalidatePublicPages();
		expect(generation).toBe(1);
		watchContentGeneration({
			read: () => generation,
			bump: () => {
				throw Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
			}
		});
		expect(() => invalidatePublicPages()).not.toThrow();
	});

	it("takes another worker's counted visits for what they are when this worker saves", () => {
		filled();
		const from = publicDataGeneration();
		version++;
		invalidatePublicPages({ services: [7], activities: [] });
		expect([...changedSince('services', from)!]).toEqual([7]);
		expect(generation).toBe(1);
	});

	it('reads everything after a save when a script changed content just before', () => {
		filled();
		const from = publicDataGeneration();
		// A script on the file: its commit and its bump, which no worker's message tells of.
		version++;
		generation++;
		invalidatePublicPages({ services: [7], activities: [] });
		expect(changedSince('services', from)).toBeNull();
	});

	it('reads everything when a bump came between its look and its own', () => {
		filled();
		const from = publicDataGeneration();
		watchContentGeneration({ read: () => generation, bump: () => (generation += 2) });
		filled();
		invalidatePublicPages({ services: [7], activities: [] });
		expect(changedSince('services', from)).toBeNull();
	});

	it("refreshes another worker's rows when its message accounts for every content write", () => {
		filled();
		let from = publicDataGeneration();
		// Worker A saves service 3: commit, bump, message.
		version++;
		generation++;
		heardOf({ change: { services: [3], activities: [] }, content: generation });
		expect([...changedSince('services', from)!]).toEqual([3]);
		// Its commit is accounted for: the memo is kept when its time is up.
		const memo = filled();
		vi.advanceTimersByTime(dataMemoMs + 1);
		expect(memo().get('index')).toBe('built');
		// A script's bump, then worker A's next save: the message is two past what was seen.
		from = publicDataGeneration();
		version++;
		generation += 2;
		heardOf({ change: { services: [4], activities: [] }, content: generation });
		expect(changedSince('services', from)).toBeNull();
	});

	it('still goes after ten minutes', () => {
		const memo = filled();
		for (let t = 0; t < 10 * 60_000; t += dataMemoMs) {
			version++;
			vi.advanceTimersByTime(dataMemoMs);
			memo();
		}
		vi.advanceTimersByTime(dataMemoMs + 1);
		expect(memo().get('index')).toBeUndefined();
	});
});

describe('contentGeneration', () => {
	it('moves for a content write on any connection, and is what every other connection reads', () => {
		const dir = mkdtempSync(join(tmpdir(), 'inngang-generation-'));
		try {
			const one = openDatabase(join(dir, 'db.sqlite'));
			migrateDatabase(one);
			const other = openDatabase(join(dir, 'db.sqlite'));
			expect(contentGeneration(other)).toBe(0);
			const before = dataVersion(other);
			expect(bumpContentGeneration(one)).toBe(1);
			expect(bumpContentGeneration(one)).toBe(2);
			expect(contentGeneration(other)).toBe(2);
			expect(dataVersion(other)).not.toBe(before);
			one.$client.close();
			other.$client.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('dataVersion', () => {
	it("changes for another connection's commit and not for the connection's own", () => {
		const dir = mkdtempSync(join(tmpdir(), 'inngang-version-'));
		try {
			const reader = openDatabase(join(dir, 'db.sqlite'));
			const writer = openDatabase(join(dir, 'db.sqlite'));
			reader.$client.exec('create table t (x)');
			const before = dataVersion(reader);
			reader.$client.exec('insert into t values (1)');
			expect(dataVersion(reader)).toBe(before);
			writer.$client.exec('insert into t values (2)');
			expect(dataVersion(reader)).not.toBe(before);
			reader.$client.close();
			writer.$client.close();
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
