import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { desc, isNull } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { auditLog, organization } from '$lib/server/db/schema';
import { seedServices } from '../../../../../db/seed/services';
import { testAccount, testMunicipality } from '$fixtures/test-database';
import { getUserById } from '$lib/server/auth/users';
import type { AuthUser } from '$lib/server/auth/guard';
import { getServiceBySlug } from '$lib/server/services/finder';
import { currentMunicipalitySlug } from '$lib/server/municipality';
import {
	createOrganization,
	deleteOrganization,
	getOrganizationForEdit,
	listOrganizationsForStaff,
	saveOrganization
} from './organizations';
import {
	createService,
	getServiceForEdit,
	listServicesForStaff,
	organizationAllowed,
	saveService
} from './services';

let editor: AuthUser;
let stranger: AuthUser;

beforeAll(async () => {
	// The portal's own municipality, so the public finder shows what these tests publish.
	const municipalityId = await testMunicipality(currentMunicipalitySlug);
	seedServices(db, municipalityId);
	editor = (await getUserById(await testAccount(municipalityId, 'red@t.example', ['editor'])))!;
	const other = await testMunicipality('annenvik');
	stranger = (await getUserById(await testAccount(other, 'red@a.example', ['editor'])))!;
});

const frivillig = {
	name: 'Frivilligsentralen',
	description: null,
	website: 'https://frivillig.example',
	email: null,
	status: 'active' as const
};

describe('organizations', () => {
	it('creates one with a slug from its name and records it in the audit log', async () => {
		const id = await createOrganization(editor, frivillig);
		const again = await createOrganization(editor, frivillig);
		const rows = await db.select().from(organization).all();
		expect(rows.find((r) => r.id === id)?.slug).toBe('frivilligsentralen');
		expect(rows.find((r) => r.id === again)?.slug).toBe('frivilligsentralen-2');
		const entry = (await db.select().from(auditLog).orderBy(desc(auditLog.id)).get())!;
		expect(entry).toMatchObject({ entity: 'organization', action: 'create', actorId: editor.id });
		// Only the fields that were filled in, not every empty one.
		expect(entry.changes).toEqual({
			name: { old: null, new: 'Frivilligsentralen' },
			website: { old: null, new: 'https://frivillig.example' },
			status: { old: null, new: 'active' },
			slug: { old: null, new: 'frivilligsentralen-2' }
		});
		expect(await deleteOrganization(editor, again)).toEqual({ ok: true });
	});

	it('lists national organizations too, marked, but does not let anyone edit them here', async () => {
		const list = await listOrganizationsForStaff(editor.municipalityId);
		const national = list.find((o) => o.national);
		expect(national).toBeDefined();
		expect(await getOrganizationForEdit(editor, national!.id)).toBeNull();
		expect(await deleteOrganization(editor, national!.id)).toEqual({
			ok: false,
			reason: 'not_found'
		});
		// …but a municipal service may still belong to one.
		expect(await organizationAllowed(editor, national!.id)).toBe(true);
	});

	it("hides another municipality's organizations", async () => {
		const own = (await listOrganizationsForStaff(editor.municipalityId)).find((o) => !o.national)!;
		expect(await getOrganizationForEdit(stranger, own.id)).toBeNull();
		expect(await organizationAllowed(stranger, own.id)).toBe(false);
		expect(
			(await listOrganizationsForStaff(stranger.municipalityId)).some((o) => o.id === own.id)
		).toBe(false);
	});

	it('refuses a save based on an older version', async () => {
		const id = await createOrganization(editor, { ...frivillig, name: 'Idrettsrådet' });
		expect(
			await saveOrganization(editor, id, 1, { ...frivillig, name: 'Idrettsrådet nytt' })
		).toEqual({ ok: true });
		expect(await saveOrganization(editor, id, 1, { ...frivillig, name: 'Gammelt' })).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect((await getOrganizationForEdit(editor, id))!).toMatchObject({
			version: 2,
			edit: { name: 'Idrettsrådet nytt' }
		});
	});

	it('refuses to delete one that still runs services, saying how many', async () => {
		const id = await createOrganization(editor, { ...frivillig, name: 'Leksehjelpa' });
		await createService(editor, { name: 'Leksehjelp', organizationId: id });
		await createService(editor, { name: 'Leksehjelp på nett', organizationId: id });
		expect(await deleteOrganization(editor, id)).toEqual({
			ok: false,
			reason: 'has_services',
			services: 2
		});
		expect(await getOrganizationForEdit(editor, id)).not.toBeNull();
		const row = (await listOrganizationsForStaff(editor.municipalityId)).find((o) => o.id === id);
		expect(row?.services).toBe(2);
	});

	it('unpublishing takes all its services off the public finder', async () => {
		const id = await createOrganization(editor, { ...frivillig, name: 'Ungdomsklubben' });
		const serviceId = await createService(editor, { name: 'Klubbkveld', organizationId: id });
		const draft = (await getServiceForEdit(editor, serviceId))!;
		expect(draft.edit.status).toBe('inactive');
		expect(await getServiceBySlug(draft.slug, 'nb')).toBeUndefined();
		await saveService(editor, serviceId, draft.version, {
			...draft.edit,
			summary: 'Åpent hus.',
			description: 'Spill, mat og prat.',
			status: 'active'
		});
		expect((await getServiceBySlug(draft.slug, 'nb'))?.organization?.text).toBe('Ungdomsklubben');
		const inStaffList = async () =>
			(
				await listServicesForStaff(editor.municipalityId, new URL('http://x/admin/tjenester'))
			).rows.find((r) => r.id === serviceId);
		expect((await inStaffList())?.organizationActive).toBe(true);

		const org = (await getOrganizationForEdit(editor, id))!;
		expect(
			await saveOrganization(editor, id, org.version, { ...org.edit, status: 'inactive' })
		).toEqual({ ok: true });
		expect(await getServiceBySlug(draft.slug, 'nb')).toBeUndefined();
		// Staff see why a published service is gone from the finder.
		expect(await inStaffList()).toMatchObject({ status: 'active', organizationActive: false });
		const entry = (await db.select().from(auditLog).orderBy(desc(auditLog.id)).get())!;
		expect(entry).toMatchObject({ entity: 'organization', action: 'unpublish' });
		expect(entry.changes).toEqual({ status: { old: 'active', new: 'inactive' } });
	});
});

it('keeps seeded organizations published (the new status column defaults to active)', async () => {
	const rows = await db
		.select()
		.from(organization)
		.where(isNull(organization.municipalityId))
		.all();
	expect(rows.length).toBeGreaterThan(0);
	expect(rows.every((r) => r.status === 'active' && r.version === 1)).toBe(true);
});
