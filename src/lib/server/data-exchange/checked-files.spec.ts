import { describe, expect, it } from 'vitest';
import type { AuthUser } from '$lib/server/auth/guard';
import { checkedFile, forgetCheckedFile, keepCheckedFile } from './checked-files';

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
