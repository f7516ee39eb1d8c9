import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { timeSlicer } from '$lib/server/slices';

/**
 * The one CSV reader and writer, on csv-parse and csv-stringify (see README.md).
 *
 * Out: RFC 4180 with `;` between cells (what a Norwegian spreadsheet program splits on when
 * it opens a file), UTF-8 with a byte-order mark so æ, ø and å show, CRLF line ends, and
 * formula-looking cells defused (OWASP): a text cell starting with `=`, `+`, `-`, `@`, tab or
 * CR (or their full-width forms) gets a leading `'`; a real number stays a number, so `-5`
 * is written as `-5`. `undefuse` takes the apostrophe off again on import.
 *
 * In: UTF-8 (with or without BOM) or Windows-1252/Latin-1 as older spreadsheet programs save
 * it; `;`, `,` or tab, whichever splits the header into the documented columns. Problems
 * name the line a record starts on, counted as a text editor counts them.
 */

export const maxImportBytes = 5 * 1024 * 1024;

/** `key`: a translation key the staff page shows instead of the English `message`. */
export type CsvProblem = { row: number; column: string | null; message: string; key?: string };

export type ParsedCsv = {
	header: string[];
	/** Data rows with their 1-based line number in the file (the header is row 1). */
	rows: { row: number; cells: Record<string, string> }[];
	delimiter: string;
	encoding: 'utf-8' | 'windows-1252';
};

type CellValue = string | number | boolean | null | undefined;

const writeOptions = {
	delimiter: ';',
	record_delimiter: 'windows',
	escape_formulas: true,
	// csv-stringify quotes a cell holding the record delimiter (CRLF) but not a lone LF or CR,
	// which a reader would take for the end of the row.
	quoted_match: /[\r\n]/,
	// A boolean is written as the word, as it always was (csv-stringify would write 1 or "").
	cast: { boolean: (value: boolean) => String(value) }
} as const;

/** One cell as it appears in a file: defused, and quoted when it holds `;`, `"` or a line break. */
export function csvCell(value: CellValue): string {
	return stringify([[value ?? null]], { ...writeOptions, eof: false });
}

export function toCsv(
	columns: readonly string[],
	rows: readonly Record<string, string | number | boolean | null>[]
): string {
	const records = [columns, ...rows.map((row) => columns.map((column) => row[column] ?? null))];
	return stringify(records, { ...writeOptions, bom: true });
}

/** A spreadsheet cell a formula-defusing export marked with an apostrophe; take it off. */
export function undefuse(value: string): string {
	return /^'[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(value) ? value.slice(1) : value;
}

/** Bytes to text: UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252. */
export function decodeCsvBytes(bytes: Uint8Array): {
	text: string;
	encoding: ParsedCsv['encoding'];
} {
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
		return { text, encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}

const quotingAdvice: Record<string, string> = {
	CSV_QUOTE_NOT_CLOSED: 'a quoted cell is never closed',
	INVALID_OPENING_QUOTE:
		'a quote in the middle of a cell; put the whole cell in quotes and double the quote',
	CSV_INVALID_CLOSING_QUOTE:
		'text after a closing quote; put the whole cell in quotes and double any quote inside it'
};

/**
 * Line numbers for byte offsets. csv-parse says in bytes where each record ends, but counts a
 * CRLF inside a quoted cell as two lines, so lines are counted here (CRLF, LF or a lone CR
 * ends one), and a record's line is that of its first byte after any empty lines. The line
 * ends are found with the native `indexOf`, so a 5 MB file takes a few milliseconds.
 */
function lineNumbers(bytes: Buffer) {
	const starts = [0];
	const lf: number[] = [];
	for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) lf.push(i + 1);
	const loneCr: number[] = [];
	for (let i = bytes.indexOf(0x0d); i >= 0; i = bytes.indexOf(0x0d, i + 1))
		if (bytes[i + 1] !== 0x0a) loneCr.push(i + 1);
	// Both lists are sorted: merge them.
	for (let a = 0, b = 0; a < lf.length || b < loneCr.length;)
		starts.push(b >= loneCr.length || (a < lf.length && lf[a] < loneCr[b]) ? lf[a++] : loneCr[b++]);
	return (from: number): number => {
		while (from < bytes.length && (bytes[from] === 0x0a || bytes[from] === 0x0d)) from++;
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (starts[middle] <= from) low = middle;
			else high = middle - 1;
		}
		return low + 1;
	};
}

/** How much of the file csv-parse reads at a time: a few milliseconds of parsing. */
const chunkBytes = 32 * 1024;

function* chunks(bytes: Buffer) {
	for (let at = 0; at < bytes.length; at += chunkBytes) yield bytes.subarray(at, at + chunkBytes);
}

/**
 * Splits text into records of cells with the line each starts on; throws a CsvProblem.
 * csv-parse's streaming parser reads the file in small chunks and other requests run
 * between them (issue 14, item 8): the synchronous parser froze everyone for the whole
 * file (about 300 ms for 4 MB).
 */
async function records(
	text: string,
	delimiter: string
): Promise<{ line: number; cells: string[] }[]> {
	const bytes = Buffer.from(text, 'utf8');
	const lineOf = lineNumbers(bytes);
	const firstLines: number[] = [];
	let recordStart = 0;
	const parser = Readable.from(chunks(bytes)).pipe(
		parse({
			delimiter,
			bom: true,
			relax_column_count: true,
			skip_empty_lines: true,
			on_record: (record: string[], { bytes: end }: { bytes: number }) => {
				firstLines.push(lineOf(recordStart));
				recordStart = end;
				return record;
			}
		})
	);
	const out: { line: number; cells: string[] }[] = [];
	const slice = timeSlicer();
	try {
		for await (const record of parser as AsyncIterable<string[]>) {
			out.push({ line: firstLines[out.length], cells: record });
			await slice();
		}
		return out;
	} catch (error) {
		if (!(error instanceof CsvError)) throw error;
		throw {
			row: lineOf(recordStart),
			column: null,
			message: quotingAdvice[error.code] ?? error.message
		} satisfies CsvProblem;
	}
}

/**
 * Reads a CSV file against the columns an import knows. Fails (one problem, nothing read)
 * when the header is missing required columns under every delimiter, has unknown or
 * duplicate columns, or the quoting is broken. Rows with the wrong number of cells are
 * reported per row.
 */
export async function parseCsv(
	bytes: Uint8Array,
	known: readonly string[],
	required: readonly string[]
): Promise<
	{ ok: true; csv: ParsedCsv; problems: CsvProblem[] } | { ok: false; problems: CsvProblem[] }
> {
	if (bytes.byteLength > maxImportBytes)
		return {
			ok: false,
			problems: [
				{
					row: 0,
					column: null,
					message: `the file is larger than ${maxImportBytes / 1024 / 1024} MB`
				}
			]
		};
	const { text: raw, encoding } = decodeCsvBytes(bytes);
	const text = raw.replace(/^\uFEFF/, '');
	const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
	const delimiter =
		[';', ',', '\t'].find((d) =>
			required.every((c) => firstLine.split(d).map(clean).includes(c))
		) ?? null;
	if (!delimiter) {
		const missing = required.filter(
			(c) => !new RegExp(`(^|[;,\\t"])${c}($|[;,\\t"])`).test(firstLine)
		);
		return {
			ok: false,
			problems: [
				{
					row: 1,
					column: missing[0] ?? null,
					message: missing.length
						? `missing column(s): ${missing.join(', ')}`
						: 'the columns are not separated by semicolons, commas or tabs'
				}
			]
		};
	}
	let parsed: { line: number; cells: string[] }[];
	try {
		parsed = await records(text, delimiter);
	} catch (problem) {
		return { ok: false, problems: [problem as CsvProblem] };
	}
	const header = parsed[0].cells.map(clean);
	const problems: CsvProblem[] = [];
	header.forEach((name, i) => {
		if (!known.includes(name))
			problems.push({ row: 1, column: name || `#${i + 1}`, message: 'unknown column' });
		else if (header.indexOf(name) !== i)
			problems.push({ row: 1, column: name, message: 'the column appears twice' });
	});
	if (problems.length) return { ok: false, problems };
	const rows: ParsedCsv['rows'] = [];
	const slice = timeSlicer();
	for (const record of parsed.slice(1)) {
		await slice();
		if (record.cells.length !== header.length) {
			problems.push({
				row: record.line,
				column: null,
				message: `${record.cells.length} cells where the header has ${header.length}`
			});
			continue;
		}
		const cells: Record<string, string> = {};
		header.forEach((name, i) => (cells[name] = record.cells[i].trim()));
		rows.push({ row: record.line, cells });
	}
	return { ok: true, csv: { header, rows, delimiter, encoding }, problems };
}

function clean(name: string): string {
	return name.replace(/^"|"$/g, '').trim().toLowerCase();
}

/** `ja/nei`, `yes/no`, `true/false`, `1/0`; empty gives the default. */
export function parseBoolean(value: string, fallback: boolean): boolean | null {
	const v = value.trim().toLowerCase();
	if (v === '') return fallback;
	if (['ja', 'yes', 'true', '1', 'x'].includes(v)) return true;
	if (['nei', 'no', 'false', '0'].includes(v)) return false;
	return null;
}

export function booleanCell(value: boolean): string {
	return value ? 'ja' : 'nei';
}
