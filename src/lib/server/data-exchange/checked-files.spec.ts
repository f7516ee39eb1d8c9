import { describe, expect, it } from 'vitest';
import { utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuthUser } from '$lib/server/auth/guard';
import {
	checkedFile,
	forgetCheckedFile,
	keepCheckedFile,
	keepReport,
	keptReport
} from './checked-files';

const person = (id: number, municipalityId = 1): AuthUser => ({
	id,
	name: `p${id}`,
	email: `p${id}@fjordvik.example`,
	municipalityId,
	roles: ['editor'],
	councilTerm: null,
	locale: 'nb'
});

describe('the checked import file, kept until it is confirmed', () => {
	it('gives back exactly the checked file, only to the person who checked it, for the same kind', async () => {
		const bytes = new TextEncoder().encode('external_id;name\r\nx;Æøå\r\n');
		const token = await keepCheckedFile(person(1), 'tjenester', bytes, 'fil.csv');

		expect(await checkedFile(person(1), 'tjenester', token)).toEqual({
			bytes,
			fileName: 'fil.csv'
		});
		expect(await checkedFile(person(2), 'tjenester', token)).toBeNull();
		expect(await checkedFile(person(1, 2), 'tjenester', token)).toBeNull();
		expect(await checkedFile(person(1), 'aktiviteter', token)).toBeNull();
		expect(await checkedFile(person(1), 'tjenester', '../../etc/passwd')).toBeNull();

		await forgetCheckedFile(token);
		expect(await checkedFile(person(1), 'tjenester', token)).toBeNull();
	});
});

describe('the whole report of a check, kept for a download', () => {
	const report = { ok: false, rows: [], problems: [{ row: 2, column: 'name', message: 'x' }] };

	it('is given back only to the person who checked, in their municipality', async () => {
		const token = await keepReport(person(1), report, 'fil.csv');

		expect(await keptReport(person(1), token)).toEqual({ report, fileName: 'fil.csv' });
		expect(await keptReport(person(2), token)).toBeNull();
		expect(await keptReport(person(1, 2), token)).toBeNull();
		// A report's token never passes for a checked file to import, whatever the kind.
		expect(await checkedFile(person(1), 'tjenester', token)).toBeNull();
		expect(await checkedFile(person(1), 'report', token)).toBeNull();
	});

	it('is gone after an hour', async () => {
		const token = await keepReport(person(1), report, 'fil.csv');
		const hourAgo = new Date(Date.now() - 61 * 60 * 1000);
		await utimes(join(tmpdir(), 'inngang-checked-imports', `${token}.json`), hourAgo, hourAgo);

		expect(await keptReport(person(1), token)).toBeNull();
	});
});
