import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '$lib/server/slug';

describe('slugify', () => {
	it('spells out æ, ø and å and joins words with hyphens', () => {
		expect(slugify('Ungdomskontakt på Sørvika – Bæråsen')).toBe(
			'ungdomskontakt-pa-sorvika-baerasen'
		);
	});

	it('falls back when nothing usable is left', () => {
		expect(slugify('!!!', 'tjeneste')).toBe('tjeneste');
	});
});

describe('uniqueSlug', () => {
	it('numbers the slug until it is free', async () => {
		const taken = new Set(['helsestasjon', 'helsestasjon-2']);
		expect(uniqueSlug('helsestasjon', taken)).toBe('helsestasjon-3');
		expect(uniqueSlug('helsestasjon', (s) => taken.has(s))).toBe('helsestasjon-3');
	});
});
