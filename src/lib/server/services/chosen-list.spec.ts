import { beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.MUNICIPALITY = 'fjordvik';
});

import { db } from '$lib/server/db';
import { seedDemo } from '../../../../db/seed';
import { maxChosen, parseChosenList } from './chosen-list';
import { getChosenServices, parseFinderQuery } from './finder';

const list = (query: string) => parseChosenList(new URLSearchParams(query));

describe('parseChosenList', () => {
	it('reads a comma list and repeated valgt= alike, in link order, each slug once', () => {
		expect(list('valgt=b-tjeneste,a-tjeneste').slugs).toEqual(['b-tjeneste', 'a-tjeneste']);
		expect(list('valgt=b-tjeneste&valgt=a-tjeneste&valgt=b-tjeneste').slugs).toEqual([
			'b-tjeneste',
			'a-tjeneste'
		]);
		expect(list('valgt=%20A-Tjeneste%20,,').slugs).toEqual(['a-tjeneste']);
		expect(list('').slugs).toEqual([]);
	});

	it('counts HTML, FTS syntax and emoji as malformed instead of failing', () => {
		const parsed = list(
			'valgt=' +
				encodeURIComponent('<script>alert(1)</script>,psykolog* OR 1,"x" NEAR y,😢,-a,a-,ok')
		);
		expect(parsed.slugs).toEqual(['ok']);
		expect(parsed.malformed).toBe(6);
		expect(parsed.capped).toBe(false);
	});

	it(`keeps the first ${maxChosen} of hundreds and says the rest were left out`, () => {
		const many = Array.from({ length: 300 }, (_, i) => `tjeneste-${i}`);
		const parsed = list(`valgt=${many.join(',')}`);
		expect(parsed.slugs).toEqual(many.slice(0, maxChosen));
		expect(parsed.capped).toBe(true);
		expect(list(`valgt=${many.slice(0, maxChosen).join(',')}`).capped).toBe(false);
	});

	it('is part of the finder query, so result pages carry the picks along', () => {
		expect(parseFinderQuery(new URLSearchParams('q=lei+meg&valgt=a,b')).chosen).toEqual(['a', 'b']);
	});
});

describe('getChosenServices', () => {
	beforeAll(async () => {
		await seedDemo(db);
	});

	const chosen = (query: string) => getChosenServices(new URLSearchParams(query), 'nb');

	it('gives the named services in link order, with their contacts and places', async () => {
		const result = await chosen('valgt=fjordvik-psykolog-uten-henvisning,fjordvik-ung-en-dor-inn');
		expect(result.services.map((s) => s.slug)).toEqual([
			'fjordvik-psykolog-uten-henvisning',
			'fjordvik-ung-en-dor-inn'
		]);
		expect(result.unknown).toBe(0);
		const psychologist = result.services[0];
		expect(psychologist.phones.length).toBeGreaterThan(0);
		expect(psychologist.places.some((p) => p.address)).toBe(true);
	});

	it('leaves out unknown slugs and another municipality’s services, and counts them', async () => {
		const result = await chosen(
			'valgt=finnes-ikke,nordby-helsestasjon-for-ungdom,<b>,fjordvik-ung-en-dor-inn'
		);
		expect(result.services.map((s) => s.slug)).toEqual(['fjordvik-ung-en-dor-inn']);
		expect(result.unknown).toBe(3);
	});

	it('opens this portal’s own service where another municipality uses the same slug', async () => {
		const result = await chosen('valgt=nordvik-ungdomsklubb');
		expect(result.services).toHaveLength(1);
		expect(result.services[0].name.text).not.toBe('Nordby-klubben i Nordvik');
	});

	it('an empty or absurd list is an empty page, not an error', async () => {
		expect((await chosen('')).services).toEqual([]);
		const huge = await chosen(`valgt=${'x,'.repeat(5000)}`);
		expect(huge.services).toEqual([]);
		expect(huge.capped).toBe(true);
	});
});
