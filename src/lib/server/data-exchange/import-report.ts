import { createI18n } from '$lib/i18n';
import type { Language } from '$lib/i18n/languages';
import { messagesFor } from '$lib/i18n/messages.server';
import type { AuthUser } from '$lib/server/auth/guard';
import { toCsv } from '$lib/server/opendata/csv';
import type { ImportReport } from '$lib/server/opendata/import';
import { runJob } from '$lib/server/workers/run';
import { keepReport, keptReport } from './checked-files';

/**
 * The report of a check or an import on the staff page, and the whole of it as a download
 * (issue 14, item 8). A 4.5 MB file has some 4,000 rows: listed in full, the page was 0.8 MB
 * and rendering it froze every visitor for over 100 ms. The page lists the first
 * `shownReportRows` problems and rows and says how many there are in all; the report behind
 * a token (checked-files.ts: this person, this municipality, an hour) has every one.
 */
export const shownReportRows = 100;

export type ShownReport = ImportReport & { problemCount: number; rowCount: number };

/** For the page: the first problems and rows, and how many there are in all. */
export function shownReport(report: ImportReport): ShownReport {
	return {
		...report,
		problems: report.problems.slice(0, shownReportRows),
		rows: report.rows.slice(0, shownReportRows),
		problemCount: report.problems.length,
		rowCount: report.rows.length
	};
}

/** Whether the page leaves anything out, so the whole report is kept for a download. */
export function isCut(report: ImportReport): boolean {
	return report.problems.length > shownReportRows || report.rows.length > shownReportRows;
}

type KeptReport = { kind: string; report: ImportReport };

/** Keeps the whole report for `importReportCsv`; the token names it. */
export function keepImportReport(
	user: AuthUser,
	kind: string,
	report: ImportReport,
	fileName: string
): Promise<string> {
	return keepReport(user, { kind, report } satisfies KeptReport, fileName);
}

/**
 * The whole report as CSV, with the page's column names in the person's language: every
 * problem and every row in the order of the file, a problem before the row's plan. Written
 * by the one CSV writer (`;`, BOM, formula-looking cells defused: an external id or a file's
 * column name is the uploader's text).
 */
export function reportCsv(report: ImportReport, lang: Language): string {
	const t = createI18n(lang, messagesFor(lang, ['admin', 'admin_opendata'])).t;
	const column = {
		row: t('admin_opendata.col_row'),
		externalId: t('admin_opendata.col_external_id'),
		action: t('admin_opendata.col_action'),
		changed: t('admin_opendata.col_changed'),
		column: t('admin_opendata.col_column'),
		problem: t('admin_opendata.col_problem')
	};
	const lines = [
		...report.problems.map((p) => ({
			row: p.row,
			cells: {
				[column.row]: p.row,
				[column.column]: p.column,
				[column.problem]: p.key ? t(p.key) : p.message
			}
		})),
		...report.rows.map((r) => ({
			row: r.row,
			cells: {
				[column.row]: r.row,
				[column.externalId]: r.externalId,
				[column.action]: t(`admin_opendata.action_${r.action}`),
				[column.changed]: r.changed.join(', ')
			}
		}))
	].sort((a, b) => a.row - b.row);
	return toCsv(
		Object.values(column),
		lines.map((line) => line.cells)
	);
}

/** Writing 4,000 rows out takes the better part of 100 ms: on a worker thread. */
export const reportCsvJob = {
	name: 'importReportCsv',
	here: async (user: AuthUser, token: string, lang: Language) => {
		const found = await keptReport(user, token);
		if (!found) return null;
		const { kind, report } = found.report as KeptReport;
		return { csv: reportCsv(report, lang), kind };
	}
};

/**
 * The report behind `token` as a CSV download's text and file name, or null when it is not
 * this person's or no longer kept.
 */
export async function importReportCsv(
	user: AuthUser,
	token: string,
	lang: Language
): Promise<{ csv: string; fileName: string } | null> {
	const found = await runJob(reportCsvJob, user, token, lang);
	if (!found) return null;
	const date = new Date().toISOString().slice(0, 10);
	return { csv: found.csv, fileName: `importrapport-${found.kind}-${date}.csv` };
}
