import { vi, beforeAll, describe, expect, it } from 'vitest';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
	process.env.MUNICIPALITY = 'fjordvik';
});

import { db } from '$lib/server/db';
import { seedDemo } from '../../../../db/seed';
import { seedScale } from '../../../../db/seed/scale';
import { finderPage, finderPageSize, findServices, parseFinderQuery } from './finder';

/**
 * Issue 15: at a municipality's real size a topic holds hundreds of services. Every one is
 * ranked, but a page shows `finderPageSize` of them; paging through gives each exactly once,
 * in the order of the whole ranking.
 */
beforeAll(async () => {
	const { municipalityId } = await seedDemo(db);
	seedScale(db, municipalityId, 5);
});

// Wednesday 25 November 2026, 15:00 in Oslo.
const now = new Date('2026-11-25T14:00:00Z');

describe('Finn hjelp results in pages', () => {
	it('a topic at 5× the demo: every service once across the pages, none beyond the count', async () => {
		const query = parseFinderQuery(new URLSearchParams(), 'trist-eller-redd');
		const first = await findServices(query, 'nb', now, 1);
		expect(first.total).toBeGreaterThan(finderPageSize);
		expect(first.services).toHaveLength(finderPageSize);
		expect(first.pages).toBe(Math.ceil(first.total / finderPageSize));
		const seen: string[] = [];
		for (let page = 1; page <= first.pages; page++) {
			const result = await findServices(query, 'nb', now, page);
			expect(result.page).toBe(page);
			expect(result.total).toBe(first.total);
			seen.push(...result.services.map((s) => s.slug));
		}
		expect(seen).toHaveLength(first.total);
		expect(new Set(seen).size).toBe(first.total);
		// Asking past the end shows the last page, not an empty one.
		const past = await findServices(query, 'nb', now, first.pages + 5);
		expect(past.page).toBe(first.pages);
		expect(past.services.map((s) => s.slug)).toEqual(
			seen.slice((first.pages - 1) * finderPageSize)
		);
	});

	it('a search pages the same way, and the help-now card stays on every page', async () => {
		const query = parseFinderQuery(new URLSearchParams('q=trist'));
		const first = await findServices(query, 'nb', now, 1);
		const second = await findServices(query, 'nb', now, 2);
		expect(first.services.length).toBe(finderPageSize);
		const both = [...first.services, ...second.services].map((s) => s.slug);
		expect(new Set(both).size).toBe(both.length);
		expect(second.acute?.needs ?? null).toEqual(first.acute?.needs ?? null);
	});

	it('reads the page number leniently', () => {
		expect(finderPage(new URLSearchParams('side=3'))).toBe(3);
		expect(finderPage(new URLSearchParams('side=0'))).toBe(1);
		expect(finderPage(new URLSearchParams('side=-2'))).toBe(1);
		expect(finderPage(new URLSearchParams('side=abc'))).toBe(1);
		expect(finderPage(new URLSearchParams())).toBe(1);
	});
});
