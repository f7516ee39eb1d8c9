import { hasRole, type AuthUser } from '$lib/server/auth/guard';
import { maxImportBytes } from '$lib/server/opendata/csv';
import { activityColumns, activityImport, activityRequired } from '$lib/server/activities/csv';
import {
	dryRun,
	writeImport,
	type ImportKind,
	type ImportReport
} from '$lib/server/opendata/import';
import { invalidatePublicPages } from '$lib/server/page-cache';
import { serviceColumns, serviceImport, serviceRequired } from '$lib/server/services/csv';
import { runJob } from '$lib/server/workers/run';
import { checkedFile } from './checked-files';
import type { ExportKind } from '$lib/server/data-exchange/exports';

/** What the staff page offers; which exports a person sees depends on their role. */
export const importKinds = ['tjenester', 'aktiviteter'] as const;
export type ImportKindName = (typeof importKinds)[number];

export function isImportKind(value: unknown): value is ImportKindName {
	return typeof value === 'string' && (importKinds as readonly string[]).includes(value);
}

export function mayExport(user: AuthUser, kind: ExportKind): boolean {
	return kind === 'tjenester' || kind === 'aktiviteter'
		? hasRole(user, 'editor')
		: hasRole(user, 'coordinator');
}

export function columnDocs(): Record<ImportKindName, { columns: string[]; required: string[] }> {
	return {
		tjenester: { columns: [...serviceColumns], required: [...serviceRequired] },
		aktiviteter: { columns: [...activityColumns], required: [...activityRequired] }
	};
}

export type ImportInput =
	| { ok: true; kind: ImportKindName; bytes: Uint8Array; fileName: string; checked?: string }
	| { ok: false; reason: 'kind' | 'file' | 'too_large' | 'expired' };

/**
 * Reads the import form: the kind, and the file either uploaded (dry run) or, to apply it,
 * the token of the file the person checked (checked-files.ts), so they confirm exactly the
 * file they checked.
 */
export async function readImportForm(request: Request, user: AuthUser): Promise<ImportInput> {
	const length = Number(request.headers.get('content-length') ?? 0);
	// Refuse big bodies before reading them.
	if (length > maxImportBytes + 65_536) return { ok: false, reason: 'too_large' };
	let form: FormData;
	try {
		form = await request.formData();
	} catch {
		return { ok: false, reason: 'too_large' };
	}
	const kind = form.get('kind');
	if (!isImportKind(kind)) return { ok: false, reason: 'kind' };
	const file = form.get('file');
	const checked = form.get('checked');
	if (file instanceof File && file.size > 0) {
		if (file.size > maxImportBytes) return { ok: false, reason: 'too_large' };
		return {
			ok: true,
			kind,
			bytes: new Uint8Array(await file.arrayBuffer()),
			fileName: file.name.slice(0, 200)
		};
	}
	if (typeof checked === 'string' && checked.length > 0) {
		const kept = await checkedFile(user, kind, checked);
		if (!kept) return { ok: false, reason: 'expired' };
		return { ok: true, kind, ...kept, checked };
	}
	return { ok: false, reason: 'file' };
}

function kindOf(name: ImportKindName) {
	return (name === 'tjenester' ? serviceImport : activityImport) as ImportKind<unknown>;
}

/** On a worker thread (src/lib/server/job-thread/jobs.ts lists them). */
export const checkJob = {
	name: 'checkCsv',
	here: (kind: ImportKindName, bytes: Uint8Array, municipalityId: number) =>
		dryRun(kindOf(kind), bytes, municipalityId)
};
/** Writes without touching the page cache, which lives in the main thread. */
export const applyJob = {
	name: 'applyCsv',
	here: (kind: ImportKindName, bytes: Uint8Array, user: AuthUser, fileName: string) =>
		writeImport(kindOf(kind), bytes, user, fileName)
};

export async function checkImport(
	user: AuthUser,
	kind: ImportKindName,
	bytes: Uint8Array
): Promise<ImportReport> {
	// Parsing and checking a 5 MB file takes seconds: on a worker thread (workers/run.ts).
	return runJob(checkJob, kind, bytes, user.municipalityId);
}

export async function runImport(
	user: AuthUser,
	kind: ImportKindName,
	bytes: Uint8Array,
	fileName: string
): Promise<ImportReport> {
	// The check and the one write transaction on a worker thread with its own connection;
	// the public page cache lives here, so it is dropped here.
	const { report, wrote } = await runJob(applyJob, kind, bytes, user, fileName);
	if (wrote) invalidatePublicPages();
	return report;
}

export { maxImportBytes };
