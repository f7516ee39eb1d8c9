/**
 * Long work in short slices (issue 14, item 8). Node runs one request's JavaScript at a
 * time: a CSV import or a statement PDF that computes for seconds freezes every other
 * visitor for those seconds. Such loops call `await slice()` often; it returns at once
 * until the slice's time is used up, then lets waiting requests run before going on.
 *
 * The long jobs themselves now run on a worker thread (src/lib/server/workers: the write
 * transaction and pdf-lib's font subsetting are single blocks no slicing splits); slices
 * keep a worker's own event loop responsive and cut the work when it runs in this thread
 * (unit tests on an in-memory database).
 * `SLICE_MS=Infinity` turns slicing off.
 */
export function timeSlicer(budgetMs = Number(process.env.SLICE_MS) || 15): () => Promise<void> {
	let started = performance.now();
	return async () => {
		if (performance.now() - started < budgetMs) return;
		await letOthersRun();
		started = performance.now();
	};
}

/**
 * Resolves once the event loop has read and answered what was waiting (new requests, timers).
 * One `setImmediate` is not enough: work that began in a request (the poll phase) would go
 * on in the same turn's check phase with no I/O read in between, so two slices ran as one.
 * The second `setImmediate` always lands in the next turn, after its timers and I/O.
 */
export function letOthersRun(): Promise<void> {
	return new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));
}
