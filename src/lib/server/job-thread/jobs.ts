/**
 * The jobs that run on a worker thread (issue 14, item 8), and the worker's message loop.
 * This file is the worker's entry: `$lib/server/workers/run.ts` starts it (bundled into build/workers/jobs.js
 * by `npm run build`, run from source through tsx under `vite dev` and Vitest).
 *
 * Each job (the PDF, a CSV check, an import, an export, an import report) is the same function the request would have called in the main thread, so what
 * the person gets (the PDF's bytes, the check report, the audit entry) is the same; only
 * where it computes changes. Database jobs open their own better-sqlite3 connection to the
 * same file (DATABASE_URL is inherited): in WAL mode the main thread's readers go on
 * reading while this connection writes, and an import is still one transaction.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { pdfJob } from '$lib/server/consultations/round-exports';
import { applyJob, checkJob } from '$lib/server/data-exchange/imports';
import { exportJob } from '$lib/server/data-exchange/exports';
import { reportCsvJob } from '$lib/server/data-exchange/import-report';
import type { JobAnswer, JobRequest } from '$lib/server/workers/run';

/** Every job by name: the same functions the main thread would run itself. */
const jobs = new Map<string, (...args: never[]) => unknown>(
	[pdfJob, checkJob, applyJob, exportJob, reportCsvJob].map((job) => [job.name, job.here])
);

// Only in the thread run.ts started (not, say, in a test runner's own worker thread).
if (parentPort && (workerData as { inngangJobs?: boolean } | null)?.inngangJobs) {
	const port = parentPort;
	yieldToVisitors();
	port.on('message', async ({ id, name, args }: JobRequest) => {
		try {
			const job = jobs.get(name) as ((...a: unknown[]) => Promise<unknown>) | undefined;
			if (!job) throw new Error(`no job named ${name}`);
			const result = await job(...args);
			// A PDF's buffer moves to the main thread instead of being copied.
			port.postMessage({ id, result } satisfies JobAnswer, transferable(result));
		} catch (e) {
			const error = e as { message?: string; name?: string; code?: unknown; cause?: unknown };
			// SQLite's code (SQLITE_BUSY, SQLITE_FULL…) travels along, so the main thread shows
			// the same "try again" page it would for its own connection (db/faults.ts).
			port.postMessage({
				id,
				error: {
					message: String(error?.message ?? e),
					name: String(error?.name ?? 'Error'),
					code: sqliteCode(e)
				}
			} satisfies JobAnswer);
		}
	});
}

/**
 * Puts this thread below the main thread (nice 10): on a machine with a core or two, a job
 * and the visitors' pages want the same cores, and the pages should win; the job only takes
 * longer. Linux keeps a nice value per thread, and /proc/thread-self names this one; on
 * another system (where a pid means the whole process) the job runs at normal priority.
 */
function yieldToVisitors(): void {
	if (process.platform !== 'linux') return;
	try {
		const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
		if (Number.isSafeInteger(threadId) && threadId > 0) setPriority(threadId, 10);
	} catch {
		// no /proc (a sandbox), or not allowed: normal priority
	}
}

function transferable(result: unknown): ArrayBuffer[] {
	return result instanceof Uint8Array && result.buffer instanceof ArrayBuffer
		? [result.buffer]
		: [];
}

function sqliteCode(error: unknown): string | undefined {
	for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string') return code;
		e = (e as { cause?: unknown }).cause;
	}
	return undefined;
}
