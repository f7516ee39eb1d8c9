import { vi, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
});

import { db } from '$lib/server/db';
import { seedDemo } from '../../../../db/seed';
import * as root from '../../../routes/api/hsds/+server';
import * as servicesRoute from '../../../routes/api/hsds/services/+server';
import * as serviceRoute from '../../../routes/api/hsds/services/[id]/+server';
import * as taxonomiesRoute from '../../../routes/api/hsds/taxonomies/+server';
import * as termsRoute from '../../../routes/api/hsds/taxonomy_terms/+server';
import * as organizationsRoute from '../../../routes/api/hsds/organizations/+server';
import * as salRoute from '../../../routes/api/hsds/service_at_locations/+server';
import { hsdsValidators } from '$fixtures/hsds-official';

type Handler = (event: RequestEvent) => Response | Promise<Response>;

async function get(
	handler: unknown,
	path: string,
	headers: Record<string, string> = {},
	params: Record<string, string> = {}
) {
	const url = new URL(path, 'http://localhost');
	const event = { request: new Request(url, { headers }), url, params } as unknown as RequestEvent;
	const response = await (handler as Handler)(event);
	const body = response.status === 304 ? null : await response.json();
	return { response, body };
}

/** The official HSDS 3.0 response schema of `path`, with additionalProperties: false. */
const official = hsdsValidators(true);
function expectValid(path: string, value: unknown) {
	const validate = official(path);
	const valid = validate(value);
	expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
	expect(valid).toBe(true);
}

beforeAll(async () => {
	await seedDemo(db);
});

describe('HSDS 3.0 API contract', () => {
	it('answers / with the version, profile and the OpenAPI address', async () => {
		const { response, body } = await get(root.GET, '/api/hsds/');
		expect(response.headers.get('access-control-allow-origin')).toBe('*');
		expect(body).toMatchObject({
			version: '3.0',
			openapi_url: 'http://localhost/api/hsds/openapi.json'
		});
		expect(typeof body.profile).toBe('string');
	});

	it('lists services in the HSDS list form inside the page wrapper', async () => {
		const { response, body } = await get(servicesRoute.GET, '/api/hsds/services?per_page=50');
		expect(response.status).toBe(200);
		expectValid('/services', body);
		expect(body.total_items).toBeGreaterThan(10);
		expect(body.contents.length).toBe(Math.min(50, body.total_items));
	});

	it('gives one service fully nested: organization, locations, phones, schedules, attributes', async () => {
		const list = await get(servicesRoute.GET, '/api/hsds/services?per_page=500');
		const details = [];
		for (const { id } of list.body.contents) {
			const detail = (await get(serviceRoute.GET, `/api/hsds/services/${id}`, {}, { id })).body;
			expectValid('/services/{id}', detail);
			details.push(detail);
		}
		const body = details.find((s) => s.service_at_locations.length > 0 && s.schedules.length > 0);
		expect(body).toBeDefined();
		expect(body.organization.name.length).toBeGreaterThan(0);
		expect(body.service_at_locations[0].location.location_type).toMatch(/physical|virtual/);
		expect(body.phones.length + body.schedules.length).toBeGreaterThan(0);
		expect(
			body.attributes.some(
				(a: { taxonomy_term: { taxonomy: string } }) =>
					a.taxonomy_term.taxonomy === 'Inngang topics'
			)
		).toBe(true);
	});

	it('validates taxonomies, terms, organizations and service_at_locations', async () => {
		expectValid('/taxonomies', (await get(taxonomiesRoute.GET, '/api/hsds/taxonomies')).body);
		expectValid(
			'/taxonomy_terms',
			(await get(termsRoute.GET, '/api/hsds/taxonomy_terms?per_page=100')).body
		);
		expectValid(
			'/organizations',
			(await get(organizationsRoute.GET, '/api/hsds/organizations')).body
		);
		const sal = await get(salRoute.GET, '/api/hsds/service_at_locations?per_page=100');
		expectValid('/service_at_locations', sal.body);
		expect(sal.body.total_items).toBeGreaterThan(0);
	});

	it.each([
		['services', servicesRoute],
		['organizations', organizationsRoute],
		['service_at_locations', salRoute]
	])(
		'pages /%s: small pages give every record once, the same as one big page',
		async (name, route) => {
			const whole = (await get(route.GET, `/api/hsds/${name}?per_page=500`)).body;
			const ids: string[] = [];
			for (let page = 1; page <= 100; page++) {
				const body = (await get(route.GET, `/api/hsds/${name}?per_page=3&page=${page}`)).body;
				expect(body.total_items).toBe(whole.total_items);
				expect(body.size).toBe(body.contents.length);
				ids.push(...body.contents.map((c: { id: string }) => c.id));
				if (body.last_page) break;
			}
			expect(ids).toEqual(whole.contents.map((c: { id: string }) => c.id));
			expect(new Set(ids).size).toBe(whole.total_items);
			const beyond = (await get(route.GET, `/api/hsds/${name}?per_page=3&page=999`)).body;
			expect(beyond).toMatchObject({ empty: true, contents: [], total_items: whole.total_items });
		}
	);

	it('orders services by name in the requested language', async () => {
		const names = (
			await get(servicesRoute.GET, '/api/hsds/services?per_page=500&lang=en')
		).body.contents.map((s: { name: string }) => s.name.toLowerCase());
		expect(names).toEqual([...names].sort());
	});

	it('finds organizations and service_at_locations by search words', async () => {
		const orgs = (await get(organizationsRoute.GET, '/api/hsds/organizations?per_page=500')).body;
		const first = orgs.contents[0].name.split(/\s+/)[0];
		const found = (
			await get(
				organizationsRoute.GET,
				`/api/hsds/organizations?search=${encodeURIComponent(first)}`
			)
		).body;
		expect(found.total_items).toBeGreaterThan(0);
		expect(found.total_items).toBeLessThanOrEqual(orgs.total_items);
		const none = (await get(salRoute.GET, '/api/hsds/service_at_locations?search=zzzqqqxx')).body;
		expect(none).toMatchObject({ total_items: 0, contents: [] });
	});

	it('filters by taxonomy term, organization, age and search words', async () => {
		const terms = (await get(termsRoute.GET, '/api/hsds/taxonomy_terms?per_page=100')).body
			.contents;
		const bullying = terms.find((t: { code: string }) => t.code === 'mobbing');
		const byTopic = (
			await get(
				servicesRoute.GET,
				`/api/hsds/services?per_page=500&taxonomy_term_id=${bullying.id}`
			)
		).body;
		expect(byTopic.total_items).toBeGreaterThan(0);
		const all = (await get(servicesRoute.GET, '/api/hsds/services?per_page=500')).body;
		expect(byTopic.total_items).toBeLessThan(all.total_items);
		for (const { id } of byTopic.contents) {
			const detail = (await get(serviceRoute.GET, `/api/hsds/services/${id}`, {}, { id })).body;
			expect(
				detail.attributes.map((a: { taxonomy_term_id: string }) => a.taxonomy_term_id)
			).toContain(bullying.id);
		}

		const org = byTopic.contents[0].organization_id;
		const byOrg = (
			await get(servicesRoute.GET, `/api/hsds/services?per_page=500&organization_id=${org}`)
		).body;
		expect(
			byOrg.contents.every((s: { organization_id: string }) => s.organization_id === org)
		).toBe(true);

		const young = (await get(servicesRoute.GET, '/api/hsds/services?per_page=500&max_age=12')).body;
		for (const s of young.contents) expect(s.minimum_age ?? 0).toBeLessThanOrEqual(12);
		const adults = (await get(servicesRoute.GET, '/api/hsds/services?per_page=500&min_age=22'))
			.body;
		for (const s of adults.contents) expect(s.maximum_age ?? 130).toBeGreaterThanOrEqual(22);

		const found = (await get(servicesRoute.GET, '/api/hsds/services?search=helsestasjon')).body;
		expect(found.total_items).toBeGreaterThan(0);
		const none = (await get(servicesRoute.GET, '/api/hsds/services?search=zzzqqqxx')).body;
		expect(none).toMatchObject({ total_items: 0, empty: true, contents: [] });
	});

	it('fills text fields from the requested language, nb where a translation is missing', async () => {
		const nb = (await get(servicesRoute.GET, '/api/hsds/services?per_page=500')).body.contents;
		const en = (await get(servicesRoute.GET, '/api/hsds/services?per_page=500&lang=en')).body
			.contents;
		const so = (await get(servicesRoute.GET, '/api/hsds/services?per_page=500&lang=so')).body
			.contents;
		const nbById = new Map(nb.map((s: { id: string; name: string }) => [s.id, s.name]));
		expect(en.some((s: { id: string; name: string }) => nbById.get(s.id) !== s.name)).toBe(true);
		// The demo is translated into Somali; names that are proper nouns stay the same.
		expect(so.some((s: { id: string; name: string }) => nbById.get(s.id) !== s.name)).toBe(true);
		expect(so).toHaveLength(nb.length);
	});

	it('answers 304 to a matching If-None-Match and If-Modified-Since', async () => {
		const first = await get(servicesRoute.GET, '/api/hsds/services');
		const etag = first.response.headers.get('etag')!;
		const lastModified = first.response.headers.get('last-modified')!;
		expect(etag).toMatch(/^".+"$/);
		expect(lastModified).toMatch(/GMT$/);
		expect(
			(await get(servicesRoute.GET, '/api/hsds/services', { 'if-none-match': etag })).response
				.status
		).toBe(304);
		expect(
			(await get(servicesRoute.GET, '/api/hsds/services', { 'if-modified-since': lastModified }))
				.response.status
		).toBe(304);
		expect(
			(await get(servicesRoute.GET, '/api/hsds/services', { 'if-none-match': '"old"' })).response
				.status
		).toBe(200);
	});

	it.each([
		['page=0', 'page'],
		['page=abc', 'page'],
		['per_page=100000', 'per_page'],
		['per_page=-1', 'per_page'],
		['min_age=10&max_age=5', 'min_age'],
		['modified_after=yesterday', 'modified_after'],
		['lang=xx', 'lang']
	])('rejects %s with a 400 and a JSON error body', async (query, parameter) => {
		const { response, body } = await get(servicesRoute.GET, `/api/hsds/services?${query}`);
		expect(response.status).toBe(400);
		expect(response.headers.get('content-type')).toContain('application/json');
		expect(body).toMatchObject({ error: 'bad_request', parameter });
	});

	it('404s an unknown service id with JSON', async () => {
		const id = '00000000-0000-5000-8000-000000000000';
		const { response, body } = await get(serviceRoute.GET, `/api/hsds/services/${id}`, {}, { id });
		expect(response.status).toBe(404);
		expect(body.error).toBe('not_found');
	});
});
