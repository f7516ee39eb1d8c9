import { vi, beforeAll, describe, expect, it } from 'vitest';
import { and, count, eq } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
});

import { db } from '$lib/server/db';
import { focusArea, measure, measureVersion, preventionLevels } from '$lib/server/db/schema';
import { pageNumber, pagerLinks } from '$lib/server/paging';
import { seedDemo } from '../../../../db/seed';
import { seedScale } from '../../../../db/seed/scale';
import { areaPageSize, overviewMeasures, publicPlanView } from './public-plan';
import { load } from '../../../routes/[[lang=lang]]/planen/+page.server';

let municipalityId: number;

beforeAll(async () => {
	({ municipalityId } = await seedDemo(db));
	// Eight times the demo plan: every focus area has more measures than the overview shows,
	// and some need more than one page.
	seedScale(db, municipalityId, 8);
});

const whole = (level: string | null = null) =>
	publicPlanView(municipalityId, 'nb', { level, area: null, page: 1 });
const areaPage = (area: string, page: number, level: string | null = null) =>
	publicPlanView(municipalityId, 'nb', { level, area, page });

/** Current measures of an area, counted straight from the tables. */
function measuresInArea(slug: string): number {
	return db
		.select({ n: count() })
		.from(measure)
		.innerJoin(
			measureVersion,
			and(
				eq(measureVersion.measureId, measure.id),
				eq(measureVersion.version, measure.currentVersion)
			)
		)
		.innerJoin(focusArea, eq(focusArea.id, measureVersion.focusAreaId))
		.where(and(eq(focusArea.slug, slug), eq(measure.municipalityId, municipalityId)))
		.get()!.n;
}

async function everyPage(area: string, level: string | null = null) {
	const slugs: string[] = [];
	for (let page = 1; ; page++) {
		const view = await areaPage(area, page, level);
		expect(view.notFound).toBe(false);
		expect(view.area!.measures.length).toBeLessThanOrEqual(areaPageSize);
		slugs.push(...view.area!.measures.map((m) => m.slug));
		if (page * areaPageSize >= view.area!.count) return { slugs, count: view.area!.count };
	}
}

describe('/planen for a large plan', () => {
	it('shows each focus area with its count and only its first 8 measures, universal first', async () => {
		const view = await whole();
		expect(view.plan!.focusAreas.length).toBeGreaterThan(1);
		for (const area of view.plan!.focusAreas) {
			expect(area.count).toBe(measuresInArea(area.slug));
			expect(area.count).toBeGreaterThan(overviewMeasures);
			expect(area.measures).toHaveLength(overviewMeasures);
			const ranks = area.measures.map((m) => preventionLevels.indexOf(m.level));
			expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		}
		// The level counts are of the whole plan.
		const total = view.plan!.focusAreas.reduce((sum, a) => sum + a.count, 0);
		expect(preventionLevels.reduce((sum, l) => sum + view.counts[l], 0)).toBe(total);
	});

	it("pages an area 20 at a time, every measure once, starting with the overview's 8", async () => {
		const overview = await whole();
		for (const area of overview.plan!.focusAreas) {
			const { slugs, count: n } = await everyPage(area.slug);
			expect(slugs).toHaveLength(n);
			expect(new Set(slugs).size).toBe(n);
			expect(slugs.slice(0, overviewMeasures)).toEqual(area.measures.map((m) => m.slug));
		}
		const largest = overview.plan!.focusAreas.reduce((a, b) => (a.count > b.count ? a : b));
		expect(largest.count).toBeGreaterThan(areaPageSize);
	});

	it('keeps the level filter on an area page, with its count', async () => {
		const overview = await whole('indicated');
		const area = overview.plan!.focusAreas.find((a) => a.count > 0)!;
		const { slugs, count: n } = await everyPage(area.slug, 'indicated');
		expect(n).toBe(area.count);
		expect(slugs).toHaveLength(n);
		const first = await areaPage(area.slug, 1, 'indicated');
		expect(first.area!.measures.every((m) => m.level === 'indicated')).toBe(true);
	});

	it('says "not found" for an unknown area or a page past the last one', async () => {
		expect((await areaPage('finnes-ikke', 1)).notFound).toBe(true);
		const area = (await whole()).plan!.focusAreas[0];
		const last = Math.ceil(area.count / areaPageSize);
		expect((await areaPage(area.slug, last)).notFound).toBe(false);
		expect((await areaPage(area.slug, last + 1)).notFound).toBe(true);
	});
});

describe('the /planen route', () => {
	const visit = (query: string) =>
		load({
			locals: { lang: 'nb' },
			url: new URL(`http://localhost/planen${query}`)
		} as unknown as Parameters<typeof load>[0]) as Promise<Record<string, unknown>>;

	it('answers 404 for an unknown area or a page past the last, not an error', async () => {
		await expect(visit('?omrade=finnes-ikke')).rejects.toMatchObject({ status: 404 });
		const area = (await whole()).plan!.focusAreas[0];
		await expect(visit(`?omrade=${area.slug}&side=999`)).rejects.toMatchObject({ status: 404 });
	});

	it('reads a side that is not a page number as the first page', async () => {
		const area = (await whole()).plan!.focusAreas[0];
		for (const side of ['abc', '0', '-2', '1.5', '']) {
			const data = await visit(`?omrade=${area.slug}&side=${side}`);
			expect(data.pager).toMatchObject({ page: 1, previousHref: null });
		}
		const second = await visit(`?omrade=${area.slug}&niva=&side=2`);
		expect(second.pager).toMatchObject({
			page: 2,
			previousHref: `/planen?omrade=${area.slug}&niva=`
		});
	});
});

describe('paging helper', () => {
	it('reads page numbers forgivingly', () => {
		const read = (q: string) => pageNumber(new URLSearchParams(q));
		expect(read('')).toBe(1);
		expect(read('side=3')).toBe(3);
		expect(read('side=0')).toBe(1);
		expect(read('side=x')).toBe(1);
		expect(read('side=99999999999')).toBe(1);
	});

	it('links the pages around one, keeping the other parameters, page 1 without side', () => {
		const params = new URLSearchParams('omrade=skole&niva=universal&side=2');
		expect(pagerLinks('/en/planen', params, 2, 20, 45)).toEqual({
			page: 2,
			pages: 3,
			total: 45,
			from: 21,
			to: 40,
			previousHref: '/en/planen?omrade=skole&niva=universal',
			nextHref: '/en/planen?omrade=skole&niva=universal&side=3'
		});
		expect(pagerLinks('/planen', new URLSearchParams(), 1, 20, 0)).toMatchObject({
			pages: 1,
			from: 0,
			to: 0,
			previousHref: null,
			nextHref: null
		});
	});
});
