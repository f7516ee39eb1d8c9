import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv, undefuse } from './csv';

const encode = (text: string) => new TextEncoder().encode(text);
const columns = ['external_id', 'name', 'note'] as const;

async function read(text: string) {
	const parsed = await parseCsv(encode(text), columns, ['external_id']);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed;
}

describe('CSV writer', () => {
	it.each([
		["-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0"],
		['=1+1', "'=1+1"],
		['+1', "'+1"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\t=1', "'\t=1"],
		['-1+1', "'-1+1"],
		['\r=1', '"\'\r=1"']
	])('defuses %j so a spreadsheet shows it as text', async (payload, written) => {
		expect(csvCell(payload)).toBe(written);
		expect(
			undefuse(
				(await read(toCsv(columns, [{ external_id: 'x', name: payload, note: '' }]))).csv.rows[0]
					.cells.name
			)
		).toBe(payload);
	});

	it('writes a real number as a number, negative or not', () => {
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(59.91)).toBe('59.91');
		expect(toCsv(['n'], [{ n: -5 }])).toBe('\uFEFFn\r\n-5\r\n');
	});

	it('separates with ; behind a BOM, quotes only what needs it, and keeps æøå', () => {
		const file = toCsv(columns, [
			{ external_id: 'a', name: 'Bærum; Øst', note: 'sa "hei"' },
			{ external_id: 'b', name: null, note: 'to\nlinjer' }
		]);
		expect(file).toBe(
			'\uFEFFexternal_id;name;note\r\na;"Bærum; Øst";"sa ""hei"""\r\nb;;"to\nlinjer"\r\n'
		);
		expect(csvCell(true)).toBe('true');
	});
});

describe('CSV reader', () => {
	it('reads back what the writer wrote', async () => {
		const rows = [{ external_id: 'a', name: 'Bærum; "Øst"', note: 'to\r\nlinjer' }];
		expect((await read(toCsv(columns, rows))).csv.rows).toEqual([{ row: 2, cells: rows[0] }]);
	});

	it.each([
		[';', 'external_id;name;note\r\nx;y;z\r\n'],
		[',', 'external_id,name,note\nx,y,z\n'],
		['\t', '\uFEFFexternal_id\tname\tnote\r\nx\ty\tz']
	])('finds the %j delimiter from the header', async (delimiter, text) => {
		const { csv } = await read(text);
		expect(csv.delimiter).toBe(delimiter);
		expect(csv.header).toEqual(['external_id', 'name', 'note']);
		expect(csv.rows).toEqual([{ row: 2, cells: { external_id: 'x', name: 'y', note: 'z' } }]);
	});

	it('numbers rows by the line they start on, past line breaks in cells and empty lines', async () => {
		const text = 'external_id;name;note\r\na;"to\r\nlinjer";x\r\n\r\nb;c;d\r\ne;f\r\n';
		const parsed = await read(text);
		expect(parsed.csv.rows.map((r) => [r.row, r.cells.external_id])).toEqual([
			[2, 'a'],
			[5, 'b']
		]);
		expect(parsed.problems).toEqual([
			{ row: 6, column: null, message: '2 cells where the header has 3' }
		]);
	});

	it.each([
		['external_id;name;note\nx;y;z\n"open;b;c\n', 3, 'never closed'],
		['external_id;name;note\nx;y;z\nx;Å"pen;c\n', 3, 'in the middle of a cell'],
		['external_id;name;note\r\nx;"a\r\nb";z\r\nx;"Å"pen;c\r\n', 4, 'after a closing quote']
	])('names the line of broken quoting in %j', async (text, row, message) => {
		const parsed = await parseCsv(encode(text), columns, ['external_id']);
		expect(parsed.ok).toBe(false);
		expect(parsed.problems).toEqual([
			{ row, column: null, message: expect.stringContaining(message) }
		]);
	});

	it("reads a file many times the parser's chunk exactly, across multi-byte letters and quoted line breaks", async () => {
		// About 400 kB: the streaming parser gets it in many chunks, and some of them end
		// inside an æ, an Arabic letter or a quoted cell.
		const rows = Array.from({ length: 6000 }, (_, i) => ({
			external_id: `x${i}`,
			name: `Ærlig ${'øå'.repeat(i % 7)} الشباب ${i}`,
			note: i % 3 ? `linje\r\nto; "sitat" ${i}` : ''
		}));
		const parsed = await read(toCsv(columns, rows));
		expect(parsed.csv.rows.map((r) => r.cells)).toEqual(rows);
		// Every third row holds no line break, the others one: row i starts on line 2 + i + breaks before it.
		const lines = parsed.csv.rows.map((r) => r.row);
		let expected = 2;
		rows.forEach((row, i) => {
			expect(lines[i]).toBe(expected);
			expected += row.note ? 2 : 1;
		});
	});

	it('names the line of broken quoting far into a big file', async () => {
		const body = Array.from({ length: 5000 }, (_, i) => `x${i};Åse ${i};merknad\n`).join('');
		const parsed = await parseCsv(encode(`external_id;name;note\n${body}y;z;"open\n`), columns, [
			'external_id'
		]);
		expect(parsed.problems).toEqual([
			{ row: 5002, column: null, message: expect.stringContaining('never closed') }
		]);
	});

	it('leaves a cell that only starts with an apostrophe alone', () => {
		expect(undefuse("'tis")).toBe("'tis");
		expect(undefuse("'-5")).toBe('-5');
	});
});
