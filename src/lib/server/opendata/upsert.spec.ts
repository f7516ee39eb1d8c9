import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import {
	organization,
	service,
	serviceTranslation,
	translationRevision
} from '$lib/server/db/schema';
import { testMunicipality } from '$fixtures/test-database';
import { insertOrBumpVersion, touchedBy, writeSourceTexts } from './upsert';

let municipalityId: number;
let organizationId: number;

beforeAll(async () => {
	municipalityId = await testMunicipality();
	organizationId = (await db
		.insert(organization)
		.values({ slug: 'org', municipalityId })
		.returning({ id: organization.id })
		.get())!.id;
});

describe('touchedBy', () => {
	it('touches everything of a new row and only the changed columns of an existing one', () => {
		expect(touchedBy(null, new Set())('phones')).toBe(true);
		const touched = touchedBy(4, new Set(['name']));
		expect(touched('phones')).toBe(false);
		expect(touched('summary', 'name')).toBe(true);
	});
});

describe('insertOrBumpVersion and writeSourceTexts', () => {
	it('inserts, then updates with a version bump, and keeps one nb text row', () => {
		const values = { organizationId, status: 'active' as const };
		const texts = {
			table: serviceTranslation,
			owner: serviceTranslation.serviceId,
			ownerKey: 'serviceId'
		} as const;
		const id = inTransaction(db, (tx) => {
			const created = insertOrBumpVersion(
				tx,
				service,
				null,
				{ slug: 'leksehjelp', municipalityId, ...values },
				values
			);
			writeSourceTexts(tx, 'service', created, texts, {
				name: 'Leksehjelp',
				summary: 'a',
				description: 'b'
			});
			return created;
		});
		inTransaction(db, (tx) => {
			expect(
				insertOrBumpVersion(tx, service, id, { slug: 'x', ...values }, { status: 'inactive' })
			).toBe(id);
			writeSourceTexts(tx, 'service', id, texts, {
				name: 'Leksehjelpa',
				summary: 'a',
				description: 'b'
			});
		});

		const row = db.select().from(service).where(eq(service.id, id)).get()!;
		expect(row).toMatchObject({ slug: 'leksehjelp', status: 'inactive', version: 2 });
		const nb = db
			.select()
			.from(serviceTranslation)
			.where(eq(serviceTranslation.serviceId, id))
			.all();
		expect(nb.map((t) => [t.lang, t.name])).toEqual([['nb', 'Leksehjelpa']]);
		const revision = db
			.select()
			.from(translationRevision)
			.where(and(eq(translationRevision.entity, 'service'), eq(translationRevision.entityId, id)))
			.get();
		expect(revision?.lang).toBe('nb');
	});
});
