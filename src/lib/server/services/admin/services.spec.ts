import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { and, desc, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { auditLog, service, serviceTaxonomy, serviceTranslation } from '$lib/server/db/schema';
import { seedServices } from '../../../../../db/seed/services';
import { testAccount, testMunicipality } from '$fixtures/test-database';
import { getUserById } from '$lib/server/auth/users';
import type { AuthUser } from '$lib/server/auth/guard';
import { confirmStillCorrect, listStaleContent } from '$lib/server/last-checked';
import { getServiceForEdit, saveService } from './services';

let editor: AuthUser;
let stranger: AuthUser;
let serviceId: number;

beforeAll(async () => {
	const municipalityId = await testMunicipality();
	seedServices(db, municipalityId);
	editor = (await getUserById(await testAccount(municipalityId, 'red@t.example', ['editor'])))!;
	const other = await testMunicipality('annenvik');
	stranger = (await getUserById(await testAccount(other, 'red@a.example', ['editor'])))!;
	serviceId = (await db
		.select()
		.from(service)
		.where(eq(service.municipalityId, municipalityId))
		.get())!.id;
});

describe('saving a service', () => {
	it('saves, bumps the version and records which fields changed', async () => {
		const before = (await getServiceForEdit(editor, serviceId))!;
		const edit = {
			...before.edit,
			hours: [{ kind: 'open' as const, byday: 'MO', opensAt: '07:15', closesAt: '15:00' }]
		};
		expect(await saveService(editor, serviceId, before.version, edit)).toEqual({ ok: true });
		const after = (await getServiceForEdit(editor, serviceId))!;
		expect(after.version).toBe(before.version + 1);
		expect(after.edit.hours).toEqual(edit.hours);
		const entry = (await db.select().from(auditLog).orderBy(desc(auditLog.id)).get())!;
		expect(entry.actorId).toBe(editor.id);
		expect(Object.keys(entry.changes ?? {})).toEqual(['hours']);
	});

	it('refuses a save based on an older version and keeps the newer one', async () => {
		const current = (await getServiceForEdit(editor, serviceId))!;
		const stale = { ...current.edit, name: 'Gammel versjon' };
		expect(await saveService(editor, serviceId, current.version - 1, stale)).toEqual({
			ok: false,
			reason: 'conflict'
		});
		expect((await getServiceForEdit(editor, serviceId))!.edit.name).toBe(current.edit.name);
	});

	it('saves the contact facts, times and notice dates the public page words', async () => {
		const before = (await getServiceForEdit(editor, serviceId))!;
		const edit = {
			...before.edit,
			replyMinutes: 90,
			waitDays: 3,
			timesConfirmedOn: '2026-11-30',
			alert: 'Stengt i romjula.',
			alertFrom: '2026-12-20',
			alertTo: '2027-01-02',
			whoAnswers: 'En helsesykepleier.',
			writtenDown: 'notes' as const,
			whoIsTold: 'health' as const,
			ownDecisionAge: 16,
			bringFriend: false,
			interpreter: null
		};
		expect(await saveService(editor, serviceId, before.version, edit)).toEqual({ ok: true });
		const after = (await getServiceForEdit(editor, serviceId))!;
		expect(after.edit).toEqual(edit);
		const entry = (await db.select().from(auditLog).orderBy(desc(auditLog.id)).get())!;
		expect(Object.keys(entry.changes ?? {})).toContain('bringFriend');
	});

	it('takes a notice down in every language when it is emptied in nb', async () => {
		await db
			.insert(serviceTranslation)
			.values({
				serviceId,
				lang: 'en',
				name: 'X',
				summary: 'X',
				description: 'X',
				alert: 'Closed.'
			})
			.onConflictDoUpdate({
				target: [serviceTranslation.serviceId, serviceTranslation.lang],
				set: { alert: 'Closed.' }
			})
			.run();
		const current = (await getServiceForEdit(editor, serviceId))!;
		expect(current.edit.alert).not.toBeNull();
		const edit = { ...current.edit, alert: null, alertFrom: null, alertTo: null };
		expect(await saveService(editor, serviceId, current.version, edit)).toEqual({ ok: true });
		const en = await db
			.select()
			.from(serviceTranslation)
			.where(and(eq(serviceTranslation.serviceId, serviceId), eq(serviceTranslation.lang, 'en')))
			.get();
		expect(en?.alert).toBeNull();
	});

	it('keeps which topics are primary when the topics are saved again', async () => {
		const current = (await getServiceForEdit(editor, serviceId))!;
		expect(current.edit.topics.length).toBeGreaterThan(0);
		await db
			.update(serviceTaxonomy)
			.set({ isPrimary: true })
			.where(eq(serviceTaxonomy.serviceId, serviceId))
			.run();
		expect(await saveService(editor, serviceId, current.version, current.edit)).toEqual({
			ok: true
		});
		const rows = await db
			.select()
			.from(serviceTaxonomy)
			.where(eq(serviceTaxonomy.serviceId, serviceId))
			.all();
		expect(rows.length).toBe(current.edit.topics.length);
		expect(rows.every((row) => row.isPrimary)).toBe(true);
	});

	it("does not let another municipality's staff see or change it", async () => {
		expect(await getServiceForEdit(stranger, serviceId)).toBeNull();
		expect(await confirmStillCorrect(stranger, 'service', serviceId)).toBe(false);
	});
});

describe('last checked', () => {
	it('lists content not checked for six months and clears it on "still correct"', async () => {
		await db
			.update(service)
			.set({ assuredDate: '2020-01-01' })
			.where(eq(service.id, serviceId))
			.run();
		const stale = await listStaleContent(editor.municipalityId, '2026-11-22');
		expect(stale[0]).toMatchObject({ entity: 'service', id: serviceId, checked: '2020-01-01' });
		expect(await confirmStillCorrect(editor, 'service', serviceId, '2026-11-22')).toBe(true);
		const after = await listStaleContent(editor.municipalityId, '2026-11-22');
		expect(after.some((item) => item.id === serviceId && item.entity === 'service')).toBe(false);
	});
});
