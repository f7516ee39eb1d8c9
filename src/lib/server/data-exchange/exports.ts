import { db } from '$lib/server/db';
import { recordChange } from '$lib/server/audit/log';
import type { AuthUser } from '$lib/server/auth/guard';
import { activityColumns, activityTemplateExample } from '$lib/server/activities/csv';
import { templateCsv } from '$lib/server/opendata/import';
import { serviceColumns, serviceTemplateExample } from '$lib/server/services/csv';
import { runJob } from '$lib/server/workers/run';
import { csvOf } from './export-csv';

export const exportJob = { name: 'exportCsv', here: csvOf };

export const exportKinds = ['tjenester', 'aktiviteter', 'tiltak', 'horingsresultater'] as const;
export type ExportKind = (typeof exportKinds)[number];

export function isExportKind(value: string): value is ExportKind {
	return (exportKinds as readonly string[]).includes(value);
}

/** The CSV for a download, recorded in the audit log as an export. */
export async function exportFor(user: AuthUser, kind: ExportKind): Promise<string> {
	// Made on a worker thread (export-csv.ts); the audit entry is written here.
	const { csv, rows } = await runJob(exportJob, kind, user.municipalityId);
	recordChange(db, {
		actorId: user.id,
		municipalityId: user.municipalityId,
		entity: kind,
		entityId: 'csv',
		action: 'export',
		changes: { rows: { old: null, new: rows } }
	});
	return csv;
}

export function templateFor(kind: 'tjenester' | 'aktiviteter'): string {
	return kind === 'tjenester'
		? templateCsv(serviceColumns, serviceTemplateExample)
		: templateCsv(activityColumns, activityTemplateExample);
}

/** A CSV download: never cached (staff data), named so a spreadsheet program opens it. */
export function csvResponse(csv: string, fileName: string): Response {
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName}"`,
			'cache-control': 'private, no-store'
		}
	});
}
