import { db } from '$lib/server/db';
import { inTransaction, writeLockFree, type Transaction } from '$lib/server/db/client';
import { unlessStorageFails } from '$lib/server/db/faults';

/**
 * Visit counters (Finn hjelp's topic and needs counts) added up in memory and written at
 * most a second later, all in one transaction. They run on every visit, cached pages too
 * (page-cache.ts `countEveryVisit`): one write transaction per hit made a cached topic page
 * four times slower than any other cached page. What a counter holds does not change (a
 * day, a code, a number); a worker that stops writes what it has first, and readers of the
 * counts call `flushVisitCounts()` before they read.
 */
const flushAfterMs = 1000;

type Pending = { n: number; write: (tx: Transaction, n: number) => void };
const pending = new Map<string, Pending>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** Adds one to the counter `key`; `write` adds `n` to it in the database. */
export function addVisitCount(key: string, write: (tx: Transaction, n: number) => void): void {
	const counter = pending.get(key);
	if (counter) counter.n++;
	else pending.set(key, { n: 1, write });
	timer ??= setTimeout(flushVisitCounts, flushAfterMs).unref();
}

/**
 * Writes every pending count now. A read-only or full database skips them, as before. While
 * another connection holds the write lock the counts stay pending for the next second:
 * waiting the busy timeout here would hold every visitor up, and the counts would be lost.
 * At exit (`waitForLock`) it waits, as any save does.
 */
export function flushVisitCounts(waitForLock = false): void {
	if (timer) clearTimeout(timer);
	timer = undefined;
	if (pending.size === 0) return;
	if (!waitForLock && !writeLockFree(db)) {
		timer = setTimeout(flushVisitCounts, flushAfterMs).unref();
		return;
	}
	const counters = [...pending.values()];
	pending.clear();
	unlessStorageFails(() =>
		inTransaction(db, (tx) => {
			for (const { n, write } of counters) write(tx, n);
		})
	);
}

process.once('sveltekit:shutdown', () => flushVisitCounts(true));
process.once('exit', () => {
	try {
		flushVisitCounts(true);
	} catch (error) {
		console.error('visit counts not written at exit', error);
	}
});
