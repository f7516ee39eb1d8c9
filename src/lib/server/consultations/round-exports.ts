import { responsesCsv } from './responses-csv';
import { statementPdf } from './pdf';
import type { RoundSummary } from './rounds';
import { csvRows, statementFor } from './statement-store';

export const exportFormats = ['uttalelse.md', 'uttalelse.pdf', 'svar.csv'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export function isExportFormat(value: string): value is ExportFormat {
	return (exportFormats as readonly string[]).includes(value);
}

/** A download of the statement or the answers; personal data, so never cached. */
export async function exportRound(round: RoundSummary, format: ExportFormat): Promise<Response> {
	const base = `horing-${round.id}`;
	const headers = (type: string, name: string) => ({
		'content-type': type,
		'content-disposition': `attachment; filename="${base}-${name}"`,
		'cache-control': 'private, no-store'
	});
	if (format === 'svar.csv') {
		return new Response(responsesCsv(await csvRows(round.id)), {
			headers: headers('text/csv; charset=utf-8', 'svar.csv')
		});
	}
	const { markdown } = await statementFor(round);
	if (format === 'uttalelse.md') {
		return new Response(markdown, {
			headers: headers('text/markdown; charset=utf-8', 'uttalelse.md')
		});
	}
	const pdf = await statementPdf(markdown, `Uttalelse: ${round.title}`);
	return new Response(pdf as BodyInit, { headers: headers('application/pdf', 'uttalelse.pdf') });
}
