import { generalAnswersCsv, loadGeneralAnswers } from './general-answers';
import { responsesCsv } from './responses-csv';
import { roundResultsView } from './results-view';
import { getRound, type RoundSummary } from './rounds';
import { csvRows, statementFor } from './statement-store';
import { runJob } from '$lib/server/workers/run';

/**
 * The PDF is made on a worker thread: seconds of shaping and font subsetting. Its code
 * (pdf-lib, fontkit, bidi-js) is imported only when a PDF is made, so only the worker ever
 * loads it: a static import here put it in the main thread's chunk for every route that
 * exports a round, and loading it there froze every visitor for ~300 ms at the first PDF.
 */
export const pdfJob = {
	name: 'statementPdf',
	here: async (markdown: string, footer: string) =>
		(await import('./pdf')).statementPdf(markdown, footer)
};

export const exportFormats = [
	'uttalelse.md',
	'uttalelse.pdf',
	'svar.csv',
	'generelle-svar.csv'
] as const;
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
	if (format === 'generelle-svar.csv') {
		const view = await roundResultsView(round);
		return new Response(generalAnswersCsv(await loadGeneralAnswers(round.id), view.advice), {
			headers: headers('text/csv; charset=utf-8', 'generelle-svar.csv')
		});
	}
	const { markdown } = await statementFor(round);
	if (format === 'uttalelse.md') {
		return new Response(markdown, {
			headers: headers('text/markdown; charset=utf-8', 'uttalelse.md')
		});
	}
	const pdf = await runJob(pdfJob, markdown, `Uttalelse: ${round.title}`);
	return new Response(pdf as BodyInit, { headers: headers('application/pdf', 'uttalelse.pdf') });
}

/**
 * The adopted statement as a PDF for anyone (issue 17): only once adopted and the feedback
 * is published, and only the text the council adopted (no names: the statement has none
 * unless a member signed, which the council chose to put in a public statement).
 */
export async function publicStatementPdf(
	municipalityId: number,
	roundId: number
): Promise<Response | null> {
	const round = await getRound(municipalityId, roundId);
	if (!round?.statementAdoptedOn || !round.statementMarkdown || !round.feedbackPublishedAt)
		return null;
	const pdf = await runJob(pdfJob, round.statementMarkdown, `Uttalelse: ${round.title}`);
	return new Response(pdf as BodyInit, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `inline; filename="uttalelse-${round.id}.pdf"`,
			'cache-control': 'public, max-age=300'
		}
	});
}
