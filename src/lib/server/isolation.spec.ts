import { vi, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
	process.env.MUNICIPALITY = 'fjordvik';
});

import { db } from '$lib/server/db';
import {
	focusArea,
	location,
	locationTranslation,
	municipality,
	organization,
	service,
	serviceAtLocation,
	serviceTranslation
} from '$lib/server/db/schema';
import type { AuthUser, Role } from '$lib/server/auth/guard';
import { testAccount } from '$fixtures/test-database';
import { seedDemo } from '../../../db/seed';
import { toCsv } from '$lib/server/opendata/csv';
import { applyImport, exportCsv } from '$lib/server/opendata/import';
import { serviceColumns, serviceImport } from '$lib/server/services/csv';
import { findServices, getServiceBySlug, parseFinderQuery } from '$lib/server/services/finder';
import { listServices, parseServiceQuery } from '$lib/server/services/hsds';
import { activityFeedPage } from '$lib/server/activities/feed';
import { saveLocation, removeLocation } from '$lib/server/services/admin/service-parts';
import { saveOrganization } from '$lib/server/services/admin/organizations';
import { saveServiceTranslation } from '$lib/server/services/admin/translations';
import { moveFocusArea } from '$lib/server/plans/focus-areas';

/**
 * Issue 14, item 3: a Nordby editor never reads or changes Fjordvik's rows, by id or by slug,
 * and the Fjordvik portal never shows Nordby's services (national ones are shared).
 */

let fjordvikId: number;
let nordbyId: number;
let nordbyEditor: AuthUser;
let fjordvikCoordinator: AuthUser;

async function person(municipalityId: number, email: string, roles: Role[]): Promise<AuthUser> {
	const id = await testAccount(municipalityId, email, roles);
	return { id, name: email, email, municipalityId, roles, councilTerm: null, locale: 'nb' };
}

const encode = (text: string) => new TextEncoder().encode(text);
const serviceOf = (municipalityId: number, slug: string) =>
	db
		.select()
		.from(service)
		.where(and(eq(service.municipalityId, municipalityId), eq(service.slug, slug)))
		.get()!;

beforeAll(async () => {
	fjordvikId = (await seedDemo(db)).municipalityId;
	nordbyId = db.select().from(municipality).where(eq(municipality.slug, 'nordby')).get()!.id;
	nordbyEditor = await person(nordbyId, 'iso-editor@nordby.example', ['editor']);
	fjordvikCoordinator = await person(fjordvikId, 'iso-coord@fjordvik.example', ['coordinator']);
});

describe('the seed', () => {
	it('gives Nordby its own services, one with the same slug as a Fjordvik service', () => {
		const ours = serviceOf(fjordvikId, 'nordvik-ungdomsklubb');
		const theirs = serviceOf(nordbyId, 'nordvik-ungdomsklubb');
		expect(ours.id).not.toBe(theirs.id);
	});
});

describe('the public portal of Fjordvik', () => {
	it('never lists, finds or publishes a Nordby service; national ones are shared', async () => {
		const nordbyIds = new Set(
			db
				.select({ id: service.id })
				.from(service)
				.where(eq(service.municipalityId, nordbyId))
				.all()
				.map((s) => s.id)
		);
		expect(nordbyIds.size).toBeGreaterThan(0);
		const browse = await findServices(parseFinderQuery(new URLSearchParams()), 'nb');
		const names = browse.services.map((s) => s.name.text);
		expect(names).not.toContain('Nordby helsestasjon for ungdom');
		expect(names).not.toContain('Nordby-klubben i Nordvik');
		expect(browse.services.some((s) => s.isNational)).toBe(true);
		const search = await findServices(parseFinderQuery(new URLSearchParams('q=nordby')), 'nb');
		expect(search.services.map((s) => s.name.text)).not.toContain('Nordby helsestasjon for ungdom');
		expect(await getServiceBySlug('nordby-helsestasjon-for-ungdom', 'nb')).toBeUndefined();
		// The shared slug opens Fjordvik's own service, not Nordby's.
		const shared = await getServiceBySlug('nordvik-ungdomsklubb', 'nb');
		expect(shared?.name.text).not.toBe('Nordby-klubben i Nordvik');

		const { page } = await listServices(
			parseServiceQuery(new URL('http://x/api/hsds/services?per_page=500'))
		);
		expect(JSON.stringify(page.contents)).not.toContain('Nordby');

		const feed = await activityFeedPage(null, 'http://x');
		expect(JSON.stringify(feed.items)).not.toContain('Brettspillkveld i Nordby');
		expect(feed.items.length).toBeGreaterThan(0);
	});

	it('exports only the municipality’s own services', async () => {
		const csv = await exportCsv(serviceImport, fjordvikId);
		expect(csv).not.toContain('Nordby');
		expect(await exportCsv(serviceImport, nordbyId)).not.toContain('fjordvik-helsehuset');
	});
});

describe('a Nordby editor', () => {
	it('importing Fjordvik’s organisation and location slugs gets Nordby’s own rows', async () => {
		const fjordvikPlace = db
			.select()
			.from(location)
			.where(and(eq(location.slug, 'fjordvik-helsehuset'), eq(location.municipalityId, fjordvikId)))
			.get()!;
		const csv = toCsv(serviceColumns, [
			{
				external_id: 'fjordvik-bup',
				name: 'Nordby BUP',
				summary: 'Kort',
				description: 'Lengre',
				organization_id: 'fjordvik-helse',
				organization_name: 'Nordby helse',
				location_id: 'fjordvik-helsehuset',
				location_name: 'Nordby sitt helsehus',
				address: 'Et annet sted 1'
			}
		]);
		const report = await applyImport(serviceImport, encode(csv), nordbyEditor, 'x.csv');
		expect(report.problems).toEqual([]);
		const created = serviceOf(nordbyId, 'fjordvik-bup');
		const org = db
			.select()
			.from(organization)
			.where(eq(organization.id, created.organizationId))
			.get()!;
		expect(org.municipalityId).toBe(nordbyId);
		const link = db
			.select()
			.from(serviceAtLocation)
			.where(eq(serviceAtLocation.serviceId, created.id))
			.get()!;
		expect(link.locationId).not.toBe(fjordvikPlace.id);
		// Fjordvik's place is as it was.
		const after = db.select().from(location).where(eq(location.id, fjordvikPlace.id)).get()!;
		expect(after).toEqual(fjordvikPlace);
		const fjordvikName = db
			.select()
			.from(locationTranslation)
			.where(
				and(
					eq(locationTranslation.locationId, fjordvikPlace.id),
					eq(locationTranslation.lang, 'nb')
				)
			)
			.get()!;
		expect(fjordvikName.name).toBe('Helsehuset');
	});

	it('cannot edit or delete a Fjordvik place, organisation or translation by id', async () => {
		const fjordvikService = serviceOf(fjordvikId, 'fjordvik-helsestasjon-for-ungdom');
		const place = db
			.select()
			.from(serviceAtLocation)
			.where(eq(serviceAtLocation.serviceId, fjordvikService.id))
			.get()!;
		const edit = {
			name: 'Overtatt',
			address: null,
			postalCode: null,
			city: null,
			latitude: null,
			longitude: null,
			accessibility: null,
			directions: null
		};
		expect(
			saveLocation(
				nordbyEditor,
				fjordvikService.id,
				place.locationId,
				fjordvikService.version,
				edit
			)
		).toEqual({ ok: false, reason: 'not_found' });
		// Nor through one of Nordby's own services.
		const own = serviceOf(nordbyId, 'nordby-helsestasjon-for-ungdom');
		expect(saveLocation(nordbyEditor, own.id, place.locationId, own.version, edit)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(removeLocation(nordbyEditor, own.id, place.locationId, own.version)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		expect(
			await saveOrganization(nordbyEditor, fjordvikService.organizationId, 1, {
				name: 'Overtatt',
				description: null,
				website: null,
				email: null,
				status: 'inactive'
			})
		).toEqual({ ok: false, reason: 'not_found' });
		expect(
			saveServiceTranslation(
				nordbyEditor,
				fjordvikService.id,
				'en',
				{
					name: 'Taken',
					summary: 'x',
					description: 'y',
					whoAnswers: '',
					alert: ''
				},
				0
			)
		).toEqual({ ok: false, reason: 'not_found' });
		const still = db
			.select()
			.from(serviceTranslation)
			.where(
				and(eq(serviceTranslation.serviceId, fjordvikService.id), eq(serviceTranslation.lang, 'en'))
			)
			.get();
		expect(still?.name).not.toBe('Taken');
		expect(serviceOf(fjordvikId, 'fjordvik-helsestasjon-for-ungdom').version).toBe(
			fjordvikService.version
		);
	});
});

describe('focus areas (item 13)', () => {
	it('a move that changes nothing says why instead of "saved"', async () => {
		const nordbyArea = db
			.select()
			.from(focusArea)
			.where(eq(focusArea.municipalityId, nordbyId))
			.get()!;
		expect(await moveFocusArea(fjordvikCoordinator, nordbyArea.id, 1)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		const first = db
			.select()
			.from(focusArea)
			.where(eq(focusArea.municipalityId, fjordvikId))
			.orderBy(focusArea.position)
			.get()!;
		expect(await moveFocusArea(fjordvikCoordinator, first.id, -1)).toEqual({
			ok: false,
			reason: 'at_edge'
		});
		expect(await moveFocusArea(fjordvikCoordinator, first.id, 1)).toEqual({ ok: true });
	});
});
