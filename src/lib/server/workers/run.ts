import { rename } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { JobAnswer, JobName, JobRequest, Jobs } from './jobs';

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
 * Where the worker's code comes from: ./jobs.ts bundled by esbuild (./bundle.mjs; Vite
 * has no bundling for Node workers of its own): `build/workers/jobs.js`, made by `npm run
 * build`, in production; bundled afresh from the source when a worker starts under
 * `vite dev` and Vitest. Both are resolved from the project root, the directory the server
 * runs in (as the migrations are).
 *
 * A database job on an in-memory database (the unit tests) runs in this thread: a worker's
 * connection would open a different, empty database.
 */
export async function runJob<N extends JobName>(
	name: N,
	...args: Parameters<Jobs[N]>
): Promise<Awaited<ReturnType<Jobs[N]>>> {
	if (name !== 'statementPdf' && inMemory()) {
		const { jobs } = await import('./jobs');
		return (jobs[name] as (...a: unknown[]) => Promise<Awaited<ReturnType<Jobs[N]>>>)(...args);
	}
	const worker = idle.pop() ?? (await startWorker());
	worker.ref();
	try {
		const answer = await ask(worker, { id: ++lastId, name, args });
		if ('error' in answer)
			throw Object.assign(new Error(answer.error.message), {
				name: answer.error.name,
				code: answer.error.code
			});
		keep(worker);
		return answer.result as Awaited<ReturnType<Jobs[N]>>;
	} catch (error) {
		// A job that failed may leave its worker in any state: start afresh next time.
		if (!(error instanceof WorkerGone)) keep(worker);
		throw error;
	}
}

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
