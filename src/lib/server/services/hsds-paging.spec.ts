import { vi, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
	// The memos on, as in production: what they hold must be what a fresh read gives.
	process.env.DATA_MEMO_SECONDS = '60';
});

import { db } from '$lib/server/db';
import { invalidatePublicPages } from '$lib/server/page-cache';
import { seedDemo } from '../../../../db/seed';
import { seedScale } from '../../../../db/seed/scale';
import * as servicesRoute from '../../../routes/api/hsds/services/+server';
import * as serviceRoute from '../../../routes/api/hsds/services/[id]/+server';
import * as salRoute from '../../../routes/api/hsds/service_at_locations/[id]/+server';

type Handler = (event: RequestEvent) => Response | Promise<Response>;

async function get(handler: unknown, path: string, params: Record<string, string> = {}) {
	const url = new URL(path, 'http://localhost');
	const event = { request: new Request(url), url, params } as unknown as RequestEvent;
	const response = await (handler as Handler)(event);
	expect(response.status).toBe(200);
	return response.json();
}

type ServiceBody = {
	id: string;
	name: string;
	service_at_locations: { id: string }[];
};

beforeAll(async () => {
	const { municipalityId } = await seedDemo(db);
	// Several hundred services: a per_page=500 page is shaped in more than one slice.
	seedScale(db, municipalityId, 8);
});

describe('HSDS /services paging over the memoised order', () => {
	it('pages cover every published service exactly once, in the same order as one large page', async () => {
		const first = await get(servicesRoute.GET, '/api/hsds/services?per_page=50');
		expect(first.total_items).toBeGreaterThan(200);
		const ids: string[] = [];
		for (let page = 1; page <= first.total_pages; page++) {
			const body = await get(servicesRoute.GET, `/api/hsds/services?per_page=50&page=${page}`);
			expect(body.total_items).toBe(first.total_items);
			ids.push(...body.contents.map((s: ServiceBody) => s.id));
		}
		expect(ids).toHaveLength(first.total_items);
		expect(new Set(ids).size).toBe(first.total_items);
		const large = await get(servicesRoute.GET, '/api/hsds/services?per_page=500');
		expect(large.contents.map((s: ServiceBody) => s.id)).toEqual(ids);
	});

	it('a filter has its own order and count, not the unfiltered one', async () => {
		const all = await get(servicesRoute.GET, '/api/hsds/services?per_page=1');
		const searched = await get(servicesRoute.GET, '/api/hsds/services?per_page=500&search=ung');
		expect(searched.total_items).toBeGreaterThan(0);
		expect(searched.total_items).toBeLessThan(all.total_items);
		expect(searched.contents).toHaveLength(searched.total_items);
	});

	it('a memoised record is the record a fresh read shapes, in the list and by id', async () => {
		const memoised = await get(servicesRoute.GET, '/api/hsds/services?per_page=500&full=true');
		const sample: ServiceBody[] = [memoised.contents[0], memoised.contents.at(-1)];
		const byIdMemoised = await Promise.all(
			sample.map((s) => get(serviceRoute.GET, `/api/hsds/services/${s.id}`, { id: s.id }))
		);
		invalidatePublicPages();
		const fresh = await Promise.all(
			sample.map((s) => get(serviceRoute.GET, `/api/hsds/services/${s.id}`, { id: s.id }))
		);
		expect(fresh).toEqual(sample);
		expect(byIdMemoised).toEqual(sample);
	});

	it('finds one service_at_location by id, with only that location in it', async () => {
		const list = await get(servicesRoute.GET, '/api/hsds/services?per_page=500&full=true');
		const withPlace = (list.contents as ServiceBody[]).find(
			(s) => s.service_at_locations.length > 0
		)!;
		const sal = withPlace.service_at_locations[0];
		const body = await get(salRoute.GET, `/api/hsds/service_at_locations/${sal.id}`, {
			id: sal.id
		});
		expect(body).toEqual({ ...withPlace, service_at_locations: [sal] });
	});
});
