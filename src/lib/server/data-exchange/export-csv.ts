import { measuresCsv } from '$lib/server/plans/csv';
import { consultationResultsCsv } from '$lib/server/consultations/results-csv';
import { activityImport } from '$lib/server/activities/csv';
import { exportCsv } from '$lib/server/opendata/import';
import { serviceImport } from '$lib/server/services/csv';
import type { ExportKind } from './exports';

/**
 * The CSV of one export kind for a municipality, and its number of rows. A worker thread
 * makes it (src/lib/server/workers): thousands of services took seconds to write out.
 */
export async function csvOf(
	kind: ExportKind,
	municipalityId: number
): Promise<{ csv: string; rows: number }> {
	const csv =
		kind === 'tjenester'
			? await exportCsv(serviceImport, municipalityId)
			: kind === 'aktiviteter'
				? await exportCsv(activityImport, municipalityId)
				: kind === 'tiltak'
					? await measuresCsv(municipalityId)
					: await consultationResultsCsv(municipalityId);
	return { csv, rows: csv.split('\r\n').length - 2 };
}
