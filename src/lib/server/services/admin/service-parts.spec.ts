import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { desc, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { auditLog, location, service, serviceAtLocation } from '$lib/server/db/schema';
import { seedServices } from '../../../../../db/seed/services';
import { testAccount, testMunicipality } from '$fixtures/test-database';
import { getUserById } from '$lib/server/auth/users';
import type { AuthUser } from '$lib/server/auth/guard';
import { currentMunicipalitySlug } from '$lib/server/municipality';
import { getServiceBySlug } from '$lib/server/services/finder';
import {
	addLocation,
	addPhone,
	listServiceLocations,
	listServicePhones,
	removeLocation,
	removePhone,
	saveLocation,
	savePhone,
	type LocationEdit
} from './service-parts';
import { getServiceForEdit } from './services';

let editor: AuthUser;
let stranger: AuthUser;
let serviceId: number;
let slug: string;

beforeAll(async () => {
	const municipalityId = await testMunicipality(currentMunicipalitySlug);
	seedServices(db, municipalityId);
	editor = (await getUserById(await testAccount(municipalityId, 'red@t.example', ['editor'])))!;
	const other = await testMunicipality('annenvik');
	stranger = (await getUserById(await testAccount(other, 'red@a.example', ['editor'])))!;
	const row = (await db
		.select()
		.from(service)
		.where(eq(service.municipalityId, municipalityId))
		.all())!.find((s) => s.status === 'active')!;
	serviceId = row.id;
	slug = row.slug;
});

const version = async () => (await getServiceForEdit(editor, serviceId))!.version;

const kafe: LocationEdit = {
	name: 'Ungdomskafeen',
	address: 'Torget 2',
	postalCode: '9990',
	city: 'Fjordvik',
	latitude: 59.9,
	longitude: 10.7,
	accessibility: 'Trinnfri inngang.',
	directions: null
};

describe('locations of a service', () => {
	it('adds a place, shows it on the public page and logs it under the service', async () => {
		const before = await version();
		expect(await addLocation(editor, serviceId, before, kafe)).toEqual({ ok: true });
		expect(await version()).toBe(before + 1);
		const added = (await listServiceLocations(serviceId)).find(
			(l) => l.edit.name === 'Ungdomskafeen'
		)!;
		expect(added.edit).toEqual(kafe);
		const page = (await getServiceBySlug(slug, 'nb'))!;
		expect(page.locations.map((l) => l.name?.text)).toContain('Ungdomskafeen');
		const entry = (await db.select().from(auditLog).orderBy(desc(auditLog.id)).get())!;
		expect(entry).toMatchObject({ entity: 'service', entityId: String(serviceId) });
		expect(entry.changes?.[`location.${added.id}.address`]).toEqual({ old: null, new: 'Torget 2' });
	});

	it('edits a place and refuses an edit based on an older version', async () => {
		const place = (await listServiceLocations(serviceId)).find(
			(l) => l.edit.name === 'Ungdomskafeen'
		)!;
		const current = await version();
		expect(
			await saveLocation(editor, serviceId, place.id, current, { ...kafe, postalCode: '9991' })
		).toEqual({ ok: true });
		expect(
			await saveLocation(editor, serviceId, place.id, current, { ...kafe, city: 'Gammelby' })
		).toEqual({ ok: false, reason: 'conflict' });
		const after = (await listServiceLocations(serviceId)).find((l) => l.id === place.id)!;
		expect(after.edit).toMatchObject({ postalCode: '9991', city: 'Fjordvik' });
	});

	it("does not touch another service's place or another municipality's service", async () => {
		const current = await version();
		const mine = new Set((await listServiceLocations(serviceId)).map((l) => l.id));
		const foreign = (await db.select().from(serviceAtLocation).all()).find(
			(r) => !mine.has(r.locationId)
		)!;
		expect(
			await saveLocation(editor, serviceId, foreign.locationId, current, { ...kafe, name: 'X' })
		).toEqual({ ok: false, reason: 'not_found' });
		// The refused change left the version as it was.
		expect(await version()).toBe(current);
		expect(await addLocation(stranger, serviceId, current, kafe)).toEqual({
			ok: false,
			reason: 'not_found'
		});
	});

	it('removing a shared place only unlinks it; removing an unshared one deletes it', async () => {
		const mine = (await listServiceLocations(serviceId)).find(
			(l) => l.edit.name === 'Ungdomskafeen'
		)!;
		const otherService = (await db.select().from(service).all()).find((s) => s.id !== serviceId)!;
		await db.insert(serviceAtLocation).values({ serviceId: otherService.id, locationId: mine.id });
		expect(
			(await listServiceLocations(serviceId)).find((l) => l.id === mine.id)?.otherServices
		).toBe(1);
		expect(await removeLocation(editor, serviceId, mine.id, await version())).toEqual({ ok: true });
		expect((await listServiceLocations(serviceId)).some((l) => l.id === mine.id)).toBe(false);
		expect(await db.select().from(location).where(eq(location.id, mine.id)).get()).toBeDefined();

		expect(await addLocation(editor, serviceId, await version(), { ...kafe, name: 'Bua' })).toEqual(
			{
				ok: true
			}
		);
		const bua = (await listServiceLocations(serviceId)).find((l) => l.edit.name === 'Bua')!;
		expect(await removeLocation(editor, serviceId, bua.id, await version())).toEqual({ ok: true });
		expect(await db.select().from(location).where(eq(location.id, bua.id)).get()).toBeUndefined();
	});
});

describe('phones of a service', () => {
	it('adds, edits and removes a number, and the public page follows', async () => {
		expect(
			await addPhone(editor, serviceId, await version(), {
				number: '22 33 44 55',
				type: 'text',
				description: 'SMS oss'
			})
		).toEqual({ ok: true });
		const added = (await listServicePhones(serviceId)).find(
			(p) => p.edit.number === '22 33 44 55'
		)!;
		expect(added.edit).toEqual({ number: '22 33 44 55', type: 'text', description: 'SMS oss' });
		expect((await getServiceBySlug(slug, 'nb'))!.phones.map((p) => p.number)).toContain(
			'22 33 44 55'
		);

		expect(
			await savePhone(editor, serviceId, added.id, await version(), {
				number: '22 33 44 56',
				type: 'voice',
				description: null
			})
		).toEqual({ ok: true });
		expect((await listServicePhones(serviceId)).find((p) => p.id === added.id)!.edit).toEqual({
			number: '22 33 44 56',
			type: 'voice',
			description: null
		});

		expect(await removePhone(editor, serviceId, added.id, (await version()) - 1)).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect(await removePhone(editor, serviceId, added.id, await version())).toEqual({ ok: true });
		expect((await listServicePhones(serviceId)).some((p) => p.id === added.id)).toBe(false);
	});
});
