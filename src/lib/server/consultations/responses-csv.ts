import { toCsv } from '$lib/server/opendata/csv';
import type { Stance } from '$lib/server/db/schema';

/** One row of the CSV export: one member's answer to one measure, without any name. */
export type CsvAnswerRow = {
	/** A running number per response in this export, not the user id. */
	respondent: number;
	measure: string;
	stance: Stance | null;
	importance: number | null;
	comment: string;
	suggestedChange: string;
};

const columns = [
	'svar_nr',
	'tiltak',
	'standpunkt',
	'viktighet',
	'kommentar',
	'forslag_til_endring'
] as const;

/**
 * The answers as CSV through the portal's one CSV writer (BOM, `;`, CRLF, formula-looking
 * cells defused), so a spreadsheet opens æ, ø and å and never runs a member's text.
 */
export function responsesCsv(rows: readonly CsvAnswerRow[]): string {
	return toCsv(
		columns,
		rows.map((r) => ({
			svar_nr: r.respondent,
			tiltak: r.measure,
			standpunkt: r.stance,
			viktighet: r.importance,
			kommentar: r.comment,
			forslag_til_endring: r.suggestedChange
		}))
	);
}
