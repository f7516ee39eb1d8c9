/**
 * The jobs that run on a worker thread (issue 14, item 8), and the worker's message loop.
 * This file is the worker's entry: `run.ts` starts it (bundled into build/workers/jobs.js
 * by `npm run build`, run from source through tsx under `vite dev` and Vitest).
 *
 * Each job (the PDF, a CSV check, an import, an export) is the same function the request would have called in the main thread, so what
 * the person gets (the PDF's bytes, the check report, the audit entry) is the same; only
 * where it computes changes. Database jobs open their own better-sqlite3 connection to the
 * same file (DATABASE_URL is inherited): in WAL mode the main thread's readers go on
 * reading while this connection writes, and an import is still one transaction.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { statementPdf } from '$lib/server/consultations/pdf';
import { activityImport } from '$lib/server/activities/csv';
import { dryRun, writeImport, type ImportKind } from '$lib/server/opendata/import';
import { serviceImport } from '$lib/server/services/csv';
import type { AuthUser } from '$lib/server/auth/guard';
import { csvOf } from '$lib/server/data-exchange/export-csv';
import type { ExportKind } from '$lib/server/data-exchange/exports';

type CsvKind = 'tjenester' | 'aktiviteter';

const csvKind = (name: CsvKind) =>
	(name === 'tjenester' ? serviceImport : activityImport) as ImportKind<unknown>;

export const jobs = {
	statementPdf: (markdown: string, footer: string) => statementPdf(markdown, footer),
	checkCsv: (kind: CsvKind, bytes: Uint8Array, municipalityId: number) =>
		dryRun(csvKind(kind), bytes, municipalityId),
	/** Writes without touching the page cache, which lives in the main thread (run.ts). */
	applyCsv: (kind: CsvKind, bytes: Uint8Array, user: AuthUser, fileName: string) =>
		writeImport(csvKind(kind), bytes, user, fileName),
	exportCsv: (kind: ExportKind, municipalityId: number) => csvOf(kind, municipalityId)
};

export type Jobs = typeof jobs;
export type JobName = keyof Jobs;

export type JobRequest = { id: number; name: JobName; args: unknown[] };
export type JobAnswer =
	| { id: number; result: unknown }
	| { id: number; error: { message: string; name: string; code?: string } };

// Only in the thread run.ts started (not, say, in a test runner's own worker thread).
if (parentPort && (workerData as { inngangJobs?: boolean } | null)?.inngangJobs) {
	const port = parentPort;
	port.on('message', async ({ id, name, args }: JobRequest) => {
		try {
			const job = jobs[name] as (...a: unknown[]) => Promise<unknown>;
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
