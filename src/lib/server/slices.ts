/**
 * Long work in short slices (issue 14, item 8). Node runs one request's JavaScript at a
 * time: a CSV import or a statement PDF that computes for seconds freezes every other
 * visitor for those seconds. Such loops call `await slice()` often; it returns at once
 * until the slice's time is used up, then lets waiting requests run before going on.
 *
 * Why slices rather than a worker thread: the database work must stay on the one
 * connection (better-sqlite3 is synchronous and a write transaction cannot span an
 * `await`), so only the computing around it can be moved; slicing that computing needs no
 * second bundle or connection and keeps errors in the request that caused them.
 * `SLICE_MS=Infinity` turns slicing off (for `tests/bench/stall.ts`, to compare).
 */
export function timeSlicer(budgetMs = Number(process.env.SLICE_MS) || 15): () => Promise<void> {
	let started = performance.now();
	return async () => {
		if (performance.now() - started < budgetMs) return;
		await new Promise<void>((resolve) => setImmediate(resolve));
		started = performance.now();
	};
}
