import { describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import { municipality } from '$lib/server/db/schema';

const row = (slug: string) => ({ slug, name: slug, kommunenummer: '9999', isDemo: true });
const exists = (slug: string) =>
	Boolean(db.select().from(municipality).where(eq(municipality.slug, slug)).get());

/** The helper this replaced: BEGIN IMMEDIATE on the shared connection, then await. */
async function awaitingTransaction<T>(work: () => Promise<T>): Promise<T> {
	db.$client.exec('BEGIN IMMEDIATE');
	try {
		const result = await work();
		db.$client.exec('COMMIT');
		return result;
	} catch (error) {
		if (db.$client.inTransaction) db.$client.exec('ROLLBACK');
		throw error;
	}
}

const plainWrite = (slug: string) => db.insert(municipality).values(row(slug)).run();

describe('inTransaction', () => {
	it('reproduces the data loss of the awaiting helper', async () => {
		// Request A opens a transaction and awaits; request B's plain write lands inside it,
		// reports success, and is rolled back with A. A second transaction is refused.
		let secondTransaction: unknown = null;
		const requestA = awaitingTransaction(async () => {
			plainWrite('old-a');
			await new Promise((resolve) => setImmediate(resolve));
			throw new Error('A fails');
		});
		plainWrite('old-b');
		try {
			db.$client.exec('BEGIN IMMEDIATE');
		} catch (error) {
			secondTransaction = error;
		}
		await expect(requestA).rejects.toThrow('A fails');
		expect(exists('old-b')).toBe(false);
		expect(String(secondTransaction)).toMatch(/within a transaction/);
	});

	it("never rolls back another request's acknowledged write", async () => {
		// The same race with the helper in use: A's work is synchronous, so B's write is
		// queued behind A's rollback and survives it.
		const requestA = Promise.resolve().then(() =>
			inTransaction(db, (tx) => {
				tx.insert(municipality).values(row('a-in-transaction')).run();
				setImmediate(() => plainWrite('b-plain-write'));
				throw new Error('A fails');
			})
		);
		await expect(requestA).rejects.toThrow('A fails');
		await new Promise((resolve) => setImmediate(resolve));
		expect(exists('b-plain-write')).toBe(true);
		expect(exists('a-in-transaction')).toBe(false);
	});
	it('lets two requests run transactions at the same time', async () => {
		const results = await Promise.all(
			['t1', 't2', 't3'].map((slug) =>
				Promise.resolve().then(() =>
					inTransaction(db, (tx) => {
						tx.insert(municipality).values(row(slug)).run();
						return slug;
					})
				)
			)
		);
		expect(results).toEqual(['t1', 't2', 't3']);
		expect(['t1', 't2', 't3'].every(exists)).toBe(true);
	});

	it('refuses work that awaits, and keeps none of it', () => {
		expect(() =>
			inTransaction(db, (async (tx: Parameters<Parameters<typeof inTransaction>[1]>[0]) => {
				tx.insert(municipality).values(row('async-work')).run();
			}) as never)
		).toThrow(/synchronous/);
		expect(exists('async-work')).toBe(false);
	});
});

describe('openDatabase', () => {
	it('waits at most two seconds for a foreign write lock, so nobody is frozen for long', () => {
		expect(db.$client.pragma('busy_timeout', { simple: true })).toBeLessThanOrEqual(2000);
	});
});
