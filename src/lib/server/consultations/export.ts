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

const header = ['svar_nr', 'tiltak', 'standpunkt', 'viktighet', 'kommentar', 'forslag_til_endring'];

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel opens æ, ø and å correctly.
 * Cells that a spreadsheet would run as a formula get a leading apostrophe.
 */
export function responsesCsv(rows: CsvAnswerRow[]): string {
	const lines = [header.join(',')];
	for (const r of rows) {
		lines.push(
			[r.respondent, r.measure, r.stance ?? '', r.importance ?? '', r.comment, r.suggestedChange]
				.map(csvCell)
				.join(',')
		);
	}
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

export function csvCell(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
