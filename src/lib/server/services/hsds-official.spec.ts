import { vi, beforeAll, describe, expect, it } from 'vitest';
import type { RequestEvent } from '@sveltejs/kit';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
});

import { db } from '$lib/server/db';
import { languages } from '$lib/i18n/languages';
import { seedDemo } from '../../../../db/seed';
import { hsdsValidators } from '$fixtures/hsds-official';
import * as root from '../../../routes/api/hsds/+server';
import * as services from '../../../routes/api/hsds/services/+server';
import * as service from '../../../routes/api/hsds/services/[id]/+server';
import * as taxonomies from '../../../routes/api/hsds/taxonomies/+server';
import * as taxonomy from '../../../routes/api/hsds/taxonomies/[id]/+server';
import * as terms from '../../../routes/api/hsds/taxonomy_terms/+server';
import * as term from '../../../routes/api/hsds/taxonomy_terms/[id]/+server';
import * as organizations from '../../../routes/api/hsds/organizations/+server';
import * as organization from '../../../routes/api/hsds/organizations/[id]/+server';
import * as sals from '../../../routes/api/hsds/service_at_locations/+server';
import * as sal from '../../../routes/api/hsds/service_at_locations/[id]/+server';

type Handler = (event: RequestEvent) => Response | Promise<Response>;
async function get(handler: unknown, path: string, params: Record<string, string> = {}) {
	const url = new URL(path, 'http://localhost');
	const response = await (handler as Handler)({
		request: new Request(url),
		url,
		params
	} as unknown as RequestEvent);
	return { status: response.status, body: await response.json() };
}

const lists = [
	['/services', services, '/services/{id}', service],
	['/taxonomies', taxonomies, '/taxonomies/{id}', taxonomy],
	['/taxonomy_terms', terms, '/taxonomy_terms/{id}', term],
	['/organizations', organizations, '/organizations/{id}', organization],
	['/service_at_locations', sals, '/service_at_locations/{id}', sal]
] as const;

beforeAll(async () => {
	await seedDemo(db);
});

describe.each([
	['as published', false],
	['with additionalProperties: false', true]
])('HSDS 3.0 official response schemas, %s', (_mode, strict) => {
	const validator = hsdsValidators(strict);
	it.each(languages.map((l) => l.code))(
		'every endpoint, page and item passes in %s',
		async (lang) => {
			const errors: string[] = [];
			const check = (path: string, url: string, body: unknown) => {
				const validate = validator(path);
				if (!validate(body))
					for (const e of validate.errors ?? [])
						errors.push(`${url} ${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
			};
			check('/', '/', (await get(root.GET, '/api/hsds/')).body);
			let checked = 0;
			for (const [listPath, list, itemPath, item] of lists) {
				for (let page = 1; ; page++) {
					const url = `/api/hsds${listPath}?lang=${lang}&per_page=7&page=${page}`;
					const { status, body } = await get(list.GET, url);
					expect(status, url).toBe(200);
					check(listPath, url, body);
					for (const { id } of body.contents) {
						const itemUrl = `/api/hsds${listPath}/${id}${itemPath.startsWith('/taxonom') ? '' : `?lang=${lang}`}`;
						const one = await get(item.GET, itemUrl, { id });
						expect(one.status, itemUrl).toBe(200);
						check(itemPath, itemUrl, one.body);
						checked++;
					}
					if (body.last_page) break;
				}
			}
			const full = `/api/hsds/services?lang=${lang}&full=true&per_page=500`;
			check('/services', full, (await get(services.GET, full)).body);
			const minimal = `/api/hsds/services?lang=${lang}&minimal=true&per_page=500`;
			check('/services', minimal, (await get(services.GET, minimal)).body);
			expect(checked).toBeGreaterThan(50);
			expect(errors.slice(0, 10)).toEqual([]);
		},
		// Every record of the demo, one by one: about a second alone, more beside other files.
		60_000
	);
});

describe('HSDS 3.0 API parameters', () => {
	it('answers unknown parameters and unknown ids with JSON errors', async () => {
		const bad = await get(services.GET, '/api/hsds/services?colour=red');
		expect(bad.status).toBe(400);
		expect(bad.body).toMatchObject({ error: 'bad_request', parameter: 'colour' });
		const id = '00000000-0000-5000-8000-000000000000';
		for (const [listPath, , , item] of lists) {
			const { status, body } = await get(item.GET, `/api/hsds${listPath}/${id}`, { id });
			expect(status).toBe(404);
			expect(body.error).toBe('not_found');
		}
	});

	it('takes the UK profile age names and the old ones alike', async () => {
		const a = await get(services.GET, '/api/hsds/services?per_page=500&minimum_age=22');
		const b = await get(services.GET, '/api/hsds/services?per_page=500&min_age=22');
		expect(a.body.total_items).toBe(b.body.total_items);
		const all = await get(services.GET, '/api/hsds/services?per_page=500');
		expect(a.body.total_items).toBeLessThan(all.body.total_items);
	});

	it('counts modified_after as on or after', async () => {
		const all = (await get(services.GET, '/api/hsds/services?per_page=500&full=true')).body;
		const newest = all.contents
			.map((s: { last_modified: string }) => s.last_modified)
			.sort()
			.at(-1);
		const since = await get(services.GET, `/api/hsds/services?modified_after=${newest}`);
		expect(since.body.total_items).toBeGreaterThan(0);
	});

	it('filters services by taxonomy_id', async () => {
		const taxa = (await get(taxonomies.GET, '/api/hsds/taxonomies')).body.contents;
		const level = taxa.find((t: { name: string }) => t.name === 'Prevention level');
		const all = await get(services.GET, '/api/hsds/services?per_page=500');
		const byLevel = await get(
			services.GET,
			`/api/hsds/services?per_page=500&taxonomy_id=${level.id}`
		);
		// Every service has a prevention level.
		expect(byLevel.body.total_items).toBe(all.body.total_items);
		const topics = taxa.find((t: { name: string }) => t.name === 'Inngang threshold');
		const byThreshold = await get(
			services.GET,
			`/api/hsds/services?per_page=500&taxonomy_id=${topics.id}`
		);
		expect(byThreshold.body.total_items).toBeLessThanOrEqual(all.body.total_items);
	});
});
