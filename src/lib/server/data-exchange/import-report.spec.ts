import { vi, describe, expect, it } from 'vitest';

// In this thread (workers/run.ts runs a job here on an in-memory database).
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));

import type { AuthUser } from '$lib/server/auth/guard';
import type { ImportReport } from '$lib/server/opendata/import';
import { importReportCsv, keepImportReport, reportCsv, shownReport } from './import-report';

const person = (id: number, municipalityId = 1): AuthUser => ({
	id,
	name: `p${id}`,
	email: `p${id}@fjordvik.example`,
	municipalityId,
	roles: ['editor'],
	councilTerm: null,
	locale: 'nb'
});

/** A check of a file with `rows` good rows, then `problems` rows with a problem each. */
function bigReport(rows: number, problems: number): ImportReport {
	return {
		ok: problems === 0,
		rows: Array.from({ length: rows }, (_, i) => ({
			row: i + 2,
			externalId: `tjeneste-${i}`,
			action: i % 2 ? 'update' : 'create',
			changed: i % 2 ? ['name', 'phone'] : []
		})),
		problems: Array.from({ length: problems }, (_, i) => ({
			row: rows + 2 + i,
			column: 'max_age',
			message: 'max_age must be a whole number'
		})),
		encoding: 'utf-8',
		counts: { create: Math.ceil(rows / 2), update: Math.floor(rows / 2), unchanged: 0 }
	};
}

describe('the import report', () => {
	it('lists the first 100 problems and rows on the page and says how many there are in all', () => {
		const shown = shownReport(bigReport(4000, 250));

		expect(shown.rows).toHaveLength(100);
		expect(shown.problems).toHaveLength(100);
		expect(shown.rows[0].externalId).toBe('tjeneste-0');
		expect(shown).toMatchObject({ rowCount: 4000, problemCount: 250 });
		expect(shown.counts).toEqual({ create: 2000, update: 2000, unchanged: 0 });
	});

	it('has every problem and row in the download, in file order, in the person’s language', () => {
		const report: ImportReport = {
			ok: false,
			rows: [
				{ row: 2, externalId: '=HYPERLINK("x")', action: 'create', changed: [] },
				{ row: 4, externalId: 'b', action: 'update', changed: ['name', 'phone'] }
			],
			problems: [
				{
					row: 3,
					column: 'free_of_charge',
					message: 'Write ja or nei',
					key: 'admin_opendata.csv_error_yes_no_unknown'
				},
				{ row: 4, column: 'max_age', message: 'max_age must be a whole number' }
			],
			encoding: 'utf-8',
			counts: { create: 1, update: 1, unchanged: 0 }
		};
		const nb = ['Rad', 'Ekstern id', 'Hva skjer', 'Endrede kolonner', 'Kolonne', 'Problem'];
		const csv = reportCsv(report, 'nb');

		expect(csv.split('\r\n')).toEqual([
			`\ufeff${nb.join(';')}`,
			// A cell a spreadsheet would run as a formula starts with an apostrophe.
			`2;"'=HYPERLINK(""x"")";Ny;;;`,
			'3;;;;free_of_charge;Skriv ja eller nei, eller la cellen stå tom (ikke kjent).',
			'4;;;;max_age;max_age must be a whole number',
			'4;b;Endres;name, phone;;',
			''
		]);
		expect(reportCsv(report, 'en').split('\r\n')[0]).toBe(
			'\ufeffRow;External id;What happens;Changed columns;Column;Problem'
		);
	});

	it('is downloaded whole by the person who checked, and by no one else', async () => {
		const token = await keepImportReport(person(1), 'tjenester', bigReport(4000, 150), 'f.csv');

		const download = await importReportCsv(person(1), token, 'nb');
		expect(download?.fileName).toMatch(/^importrapport-tjenester-\d{4}-\d{2}-\d{2}\.csv$/);
		const lines = download!.csv.trim().split('\r\n');
		expect(lines).toHaveLength(1 + 4000 + 150);
		expect(lines[1]).toBe('2;tjeneste-0;Ny;;;');
		expect(lines.at(-1)).toBe('4151;;;;max_age;max_age must be a whole number');

		expect(await importReportCsv(person(2), token, 'nb')).toBeNull();
		expect(await importReportCsv(person(1, 2), token, 'nb')).toBeNull();
		expect(await importReportCsv(person(1), 'A'.repeat(24), 'nb')).toBeNull();
	});
});
