import { rename } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Runs long work on a worker thread (issue 14, item 8): a statement PDF, a CSV check, a
 * CSV import. Node answers one request's JavaScript at a time, so a 4 MB import computed
 * in the main thread froze every visitor for seconds; on a worker the main thread keeps
 * answering pages meanwhile (`npm run bench` measures the longest stall).
 *
 * Why worker threads rather than slicing alone: the write transaction (better-sqlite3 is
 * synchronous; a transaction cannot span an `await`) and pdf-lib's font subsetting are
 * single blocks that no slicing can split. A worker has its own event loop and its own
 * database connection, so both run whole, atomic as before, beside the main thread.
 *
 * Where the worker's code comes from: src/lib/server/job-thread/jobs.ts bundled by esbuild (./bundle.mjs; Vite
 * has no bundling for Node workers of its own): `build/workers/jobs.js`, made by `npm run
 * build`, in production; bundled afresh from the source when a worker starts under
 * `vite dev` and Vitest. Both are resolved from the project root, the directory the server
 * runs in (as the migrations are).
 *
 * A database job on an in-memory database (the unit tests) runs in this thread: a worker's
 * connection would open a different, empty database.
 */
export async function runJob<A extends unknown[], R>(
	job: Job<A, R>,
	...args: A
): Promise<Awaited<R>> {
	if (job.name !== 'statementPdf' && inMemory()) return await job.here(...args);
	const worker = idle.pop() ?? (await startWorker());
	worker.ref();
	try {
		const answer = await ask(worker, { id: ++lastId, name: job.name, args });
		if ('error' in answer)
			throw Object.assign(new Error(answer.error.message), {
				name: answer.error.name,
				code: answer.error.code
			});
		keep(worker);
		return answer.result as Awaited<R>;
	} catch (error) {
		// A job that failed may leave its worker in any state: start afresh next time.
		if (!(error instanceof WorkerGone)) keep(worker);
		throw error;
	}
}

/**
 * A job: its name in the worker's list (src/lib/server/job-thread/jobs.ts) and the same
 * function here, for an in-memory database. The list is apart from this runner so that a
 * feature calling the runner is not imported by it.
 */
export type Job<A extends unknown[], R> = { name: string; here: (...args: A) => R };

export type JobRequest = { id: number; name: string; args: unknown[] };
export type JobAnswer =
	| { id: number; result: unknown }
	| { id: number; error: { message: string; name: string; code?: string } };

/**
 * Starts a worker ahead of a job that is likely to come (the import page calls this when
 * it loads), so the check does not wait for one to start (a second on a busy machine).
 */
export function prepareWorker(): void {
	if (idle.length > 0 || starting || inMemory()) return;
	starting = startWorker()
		.then((worker) => keep(worker))
		.catch(() => {
			// the job itself will start one, and say why if it cannot
		})
		.finally(() => (starting = undefined));
}

let starting: Promise<void> | undefined;

/** Workers kept for the next job (starting one and loading pdf-lib costs ~100 ms). */
const idle: Worker[] = [];
const keptWorkers = 2;
let lastId = 0;

class WorkerGone extends Error {}

function inMemory(): boolean {
	return (process.env.DATABASE_URL ?? '').startsWith(':memory:');
}

async function startWorker(): Promise<Worker> {
	const file = import.meta.env.PROD ? resolve('build/workers/jobs.js') : await devBundle();
	const worker = new Worker(file, { workerData: { inngangJobs: true } });
	worker.on('error', () => drop(worker));
	worker.on('exit', () => drop(worker));
	return worker;
}

let bundling: Promise<string> | undefined;

/** Under `vite dev` and Vitest: the current source, bundled as the build bundles it. */
function devBundle(): Promise<string> {
	bundling ??= (async () => {
		const { bundleJobs } = await import('./bundle.mjs');
		const file = resolve('.svelte-kit/workers/jobs.js');
		// Test files run in parallel processes: each bundles apart, then swaps its file in whole.
		const own = `${file}.${process.pid}.js`;
		await bundleJobs(own);
		await rename(own, file);
		return file;
	})().finally(() => (bundling = undefined));
	return bundling;
}

function ask(worker: Worker, request: JobRequest): Promise<JobAnswer> {
	return new Promise((resolvePromise, reject) => {
		const onMessage = (answer: JobAnswer) => {
			if (answer.id !== request.id) return;
			done();
			resolvePromise(answer);
		};
		const onError = (error: Error) => {
			done();
			reject(Object.assign(new WorkerGone(error.message), { cause: error }));
		};
		const onExit = (code: number) => {
			done();
			reject(new WorkerGone(`the job's worker stopped (exit code ${code})`));
		};
		const done = () => {
			worker.off('message', onMessage);
			worker.off('error', onError);
			worker.off('exit', onExit);
		};
		worker.on('message', onMessage);
		worker.on('error', onError);
		worker.on('exit', onExit);
		worker.postMessage(request);
	});
}

function keep(worker: Worker) {
	// An idle worker never keeps the process alive.
	worker.unref();
	if (idle.length < keptWorkers && !idle.includes(worker)) idle.push(worker);
	else void worker.terminate();
}

function drop(worker: Worker) {
	const at = idle.indexOf(worker);
	if (at >= 0) idle.splice(at, 1);
}
