/**
 * CSV in and out for staff. Out: RFC 4180 with `;` between cells (what a Norwegian
 * spreadsheet program splits on when it opens a file), UTF-8 with a byte-order mark so æ, ø
 * and å show, CRLF line ends, and formula-looking cells defused. In: UTF-8 (with or without
 * BOM) or Windows-1252/Latin-1 as older spreadsheet programs save it; `;`, `,` or tab,
 * whichever splits the header into the documented columns.
 */

export const maxImportBytes = 5 * 1024 * 1024;

export type CsvProblem = { row: number; column: string | null; message: string };

export type ParsedCsv = {
	header: string[];
	/** Data rows with their 1-based line number in the file (the header is row 1). */
	rows: { row: number; cells: Record<string, string> }[];
	delimiter: string;
	encoding: 'utf-8' | 'windows-1252';
};

/** A cell a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: string | number | boolean | null | undefined): string {
	if (value === null || value === undefined) return '';
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text))
		text = `'${text}`;
	return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
	columns: readonly string[],
	rows: readonly Record<string, string | number | boolean | null>[]
): string {
	const lines = [
		columns.join(';'),
		...rows.map((r) => columns.map((c) => csvCell(r[c])).join(';'))
	];
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
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

/** Splits text into records of cells; throws a CsvProblem for quoting it cannot read. */
function records(text: string, delimiter: string): { line: number; cells: string[] }[] {
	const out: { line: number; cells: string[] }[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let afterQuote = false;
	let line = 1;
	let recordLine = 1;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"') {
				if (text[i + 1] === '"') {
					cell += '"';
					i++;
				} else {
					quoted = false;
					afterQuote = true;
				}
			} else {
				if (c === '\n') line++;
				cell += c;
			}
			continue;
		}
		if (c === delimiter) {
			cells.push(cell);
			cell = '';
			afterQuote = false;
		} else if (c === '\r' || c === '\n') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			cells.push(cell);
			if (cells.length > 1 || cells[0] !== '') out.push({ line: recordLine, cells });
			cells = [];
			cell = '';
			afterQuote = false;
			line++;
			recordLine = line;
		} else if (c === '"' && cell === '' && !afterQuote) {
			quoted = true;
		} else if (afterQuote) {
			throw {
				row: line,
				column: null,
				message:
					'text after a closing quote; put the whole cell in quotes and double any quote inside it'
			} satisfies CsvProblem;
		} else if (c === '"') {
			throw {
				row: line,
				column: null,
				message:
					'a quote in the middle of a cell; put the whole cell in quotes and double the quote'
			} satisfies CsvProblem;
		} else {
			cell += c;
		}
	}
	if (quoted)
		throw {
			row: recordLine,
			column: null,
			message: 'a quoted cell is never closed'
		} satisfies CsvProblem;
	cells.push(cell);
	if (cells.length > 1 || cells[0] !== '') out.push({ line: recordLine, cells });
	return out;
}

/**
 * Reads a CSV file against the columns an import knows. Fails (one problem, nothing read)
 * when the header is missing required columns under every delimiter, has unknown or
 * duplicate columns, or the quoting is broken. Rows with the wrong number of cells are
 * reported per row.
 */
export function parseCsv(
	bytes: Uint8Array,
	known: readonly string[],
	required: readonly string[]
): { ok: true; csv: ParsedCsv; problems: CsvProblem[] } | { ok: false; problems: CsvProblem[] } {
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
		parsed = records(text, delimiter);
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
	for (const record of parsed.slice(1)) {
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

/** A spreadsheet may have defused a formula-looking cell with an apostrophe; take it off. */
export function undefuse(value: string): string {
	return /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}
