import { vi, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
});

import { db } from '$lib/server/db';
import {
	auditLog,
	consultationRound,
	indicator as indicatorTable,
	measure,
	measureVersion,
	roundMeasure,
	service
} from '$lib/server/db/schema';
import type { AuthUser } from '$lib/server/auth/guard';
import { testAccount } from '$fixtures/test-database';
import { seedDemo } from '../../../../db/seed';
import { addIndicator, recordIndicatorValue, removeIndicator, updateIndicator } from './indicators';
import { listServiceChoices } from './linked-services';
import type { MeasureEdit } from './measure-form';
import { createMeasure, currentPlan, getMeasureWithHistory, reviseMeasure } from './measures';
import { areaPageSize, publicPlanView } from './public-plan';

let user: AuthUser;
let choices: Awaited<ReturnType<typeof listServiceChoices>>;
let areaId: number;

beforeAll(async () => {
	const { municipalityId } = await seedDemo(db);
	const id = await testAccount(municipalityId, 'plan-spec@fjordvik.example', ['coordinator']);
	user = {
		id,
		name: 'spec',
		email: 'plan-spec@fjordvik.example',
		municipalityId,
		roles: ['coordinator'],
		councilTerm: null,
		locale: 'nb'
	};
	choices = await listServiceChoices(municipalityId);
	const p = await currentPlan(municipalityId);
	const found = await getMeasureWithHistory(
		municipalityId,
		(await db.select().from(measure).where(eq(measure.planId, p!.id)).get())!.id
	);
	areaId = found!.current.focusAreaId;
});

const bySlug = (slug: string) => choices.find((c) => c.slug === slug)!.id;

function edit(overrides: Partial<MeasureEdit> = {}): MeasureEdit {
	return {
		title: 'Samtaletilbud i friminuttene',
		titleEn: 'Someone to talk to at break time',
		description: 'En voksen er i skolegården i storefri.',
		descriptionEn: null,
		level: 'universal',
		focusAreaId: areaId,
		targetGroup: 'Elever i 5.–10. trinn',
		targetGroupEn: null,
		ageMin: 10,
		ageMax: 16,
		purpose: 'Ingen skal gå alene.',
		purposeEn: null,
		responsible: 'Skolene',
		participants: 'Miljøterapeuter',
		status: 'planned',
		periodStart: 2025,
		periodEnd: 2028,
		serviceIds: [bySlug('fjordvik-helsesykepleier-skole')],
		changeNote: '',
		roundId: null,
		...overrides
	};
}

/** Every measure /planen shows, read through the focus areas' own pages. */
async function allPublicMeasures(municipalityId: number, lang: 'nb' | 'en') {
	const whole = await publicPlanView(municipalityId, lang, { level: null, area: null, page: 1 });
	const measures = [];
	for (const area of whole.plan!.focusAreas) {
		for (let page = 1; ; page++) {
			const view = await publicPlanView(municipalityId, lang, {
				level: null,
				area: area.slug,
				page
			});
			measures.push(...view.area!.measures);
			if (page * areaPageSize >= view.area!.count) break;
		}
	}
	return measures;
}

describe('linked services', () => {
	it('the demo measures link to services the finder really has', async () => {
		const linked = (await allPublicMeasures(user.municipalityId, 'en')).filter(
			(m) => m.services.length
		);
		expect(linked.length).toBeGreaterThanOrEqual(10);
		const psychologist = linked.find((m) => m.slug === 'hfu-psykolog')!;
		expect(psychologist.services.map((s) => s.slug)).toEqual([
			'fjordvik-psykolog-uten-henvisning',
			'fjordvik-helsestasjon-for-ungdom'
		]);
		// Named in the visitor's language when the finder has it.
		expect(psychologist.services.every((s) => s.lang === 'en')).toBe(true);
	});

	it('belong to a version: a change makes new links and the old version keeps its own', async () => {
		const created = await createMeasure(user, edit());
		expect(created).toMatchObject({ ok: true, version: 1 });
		if (!created.ok) return;
		const revised = await reviseMeasure(
			user,
			created.measureId,
			1,
			edit({ serviceIds: [bySlug('fjordvik-ung-en-dor-inn'), bySlug('alarmtelefonen-116111')] })
		);
		expect(revised).toMatchObject({ ok: true, version: 2 });
		const found = (await getMeasureWithHistory(user.municipalityId, created.measureId))!;
		expect(found.currentServices.map((s) => s.slug)).toEqual([
			'fjordvik-ung-en-dor-inn',
			'alarmtelefonen-116111'
		]);
		const [v2, v1] = found.history;
		expect(v1.version.version).toBe(1);
		const change = v2.changes.find((c) => c.field === 'services')!;
		expect(change.before).toBe('Helsesykepleier på skolen');
		expect(change.after).toContain('Fjordvik UNG – én dør inn');
		expect(v2.changes.map((c) => c.field)).toEqual(['services']);
	});

	it('a service deleted from the finder stays in the history by name, and leaves /planen', async () => {
		const created = await createMeasure(
			user,
			edit({ title: 'Tiltak med en tjeneste som forsvinner', serviceIds: [bySlug('fjordvik-slt')] })
		);
		if (!created.ok) throw new Error('not created');
		await db.delete(service).where(eq(service.slug, 'fjordvik-slt')).run();
		const found = (await getMeasureWithHistory(user.municipalityId, created.measureId))!;
		expect(found.currentServices).toEqual([
			{ serviceId: null, slug: null, name: 'SLT – forebygging av rus og kriminalitet' }
		]);
		const shown = (await allPublicMeasures(user.municipalityId, 'nb')).find(
			(m) => m.version === 1 && m.title.text === 'Tiltak med en tjeneste som forsvinner'
		)!;
		expect(shown.services).toEqual([]);
	});
});

describe('versions and concurrency', () => {
	it('refuses a save based on an older version and writes nothing', async () => {
		const created = await createMeasure(user, edit({ title: 'Konflikt' }));
		if (!created.ok) throw new Error('not created');
		expect(await reviseMeasure(user, created.measureId, 1, edit({ title: 'Først' }))).toMatchObject(
			{ ok: true, version: 2 }
		);
		expect(await reviseMeasure(user, created.measureId, 1, edit({ title: 'Utdatert' }))).toEqual({
			ok: false,
			reason: 'conflict'
		});
		const found = (await getMeasureWithHistory(user.municipalityId, created.measureId))!;
		expect(found.history.map((h) => h.version.title)).toEqual(['Først', 'Konflikt']);
	});

	it('refuses another municipality’s measure as not found', async () => {
		const created = await createMeasure(user, edit({ title: 'Bare vår' }));
		if (!created.ok) throw new Error('not created');
		const stranger = { ...user, municipalityId: user.municipalityId + 100 };
		expect(await reviseMeasure(stranger, created.measureId, 1, edit())).toEqual({
			ok: false,
			reason: 'not_found'
		});
	});

	it('indicator changes are versions; measured values are not, and all are audited', async () => {
		const created = await createMeasure(user, edit({ title: 'Med indikator' }));
		if (!created.ok) throw new Error('not created');
		const indicator = {
			name: 'Elever som har en voksen å snakke med',
			nameEn: null,
			source: 'elevundersokelsen' as const,
			unit: '%',
			baseline: 70,
			baselineYear: 2024,
			target: 85,
			targetYear: 2028
		};
		expect(await addIndicator(user, created.measureId, 1, indicator)).toMatchObject({
			ok: true,
			version: 2
		});
		// A stale form cannot add a second one on top.
		expect(await addIndicator(user, created.measureId, 1, { ...indicator, name: 'Stale' })).toEqual(
			{ ok: false, reason: 'conflict' }
		);
		const withIndicator = (await getMeasureWithHistory(user.municipalityId, created.measureId))!;
		expect(withIndicator.current.indicators.map((i) => i.name)).toEqual([indicator.name]);
		const row = (await db
			.select()
			.from(indicatorTable)
			.where(eq(indicatorTable.measureId, created.measureId))
			.get())!;
		expect(
			await recordIndicatorValue(user, created.measureId, row.id, {
				measuredOn: '2026-06-01',
				value: 74
			})
		).toBe(true);
		expect(
			(await getMeasureWithHistory(user.municipalityId, created.measureId))!.current.version
		).toBe(2);

		expect(await removeIndicator(user, created.measureId, row.id, 2)).toMatchObject({
			ok: true,
			version: 3
		});
		const after = (await getMeasureWithHistory(user.municipalityId, created.measureId))!;
		expect(after.current.indicators).toEqual([]);
		// The earlier version still says what was measured.
		expect(after.history.find((h) => h.version.version === 2)!.version.indicators[0].name).toBe(
			indicator.name
		);
		expect(after.history[0].changes.map((c) => c.field)).toEqual(['indicators']);
		// Links carried over to the indicator versions untouched.
		expect(after.currentServices.map((s) => s.slug)).toEqual(['fjordvik-helsesykepleier-skole']);
		const audited = await db
			.select({ entity: auditLog.entity, action: auditLog.action })
			.from(auditLog)
			.where(eq(auditLog.actorId, user.id))
			.all();
		expect(audited).toEqual(
			expect.arrayContaining([
				{ entity: 'indicator', action: 'create' },
				{ entity: 'indicator_value', action: 'create' },
				{ entity: 'indicator', action: 'delete' },
				{ entity: 'measure', action: 'indicator_add' },
				{ entity: 'measure', action: 'indicator_delete' }
			])
		);
	});

	it('editing a measure in an open round leaves the frozen text members answer untouched', async () => {
		const created = await createMeasure(user, edit({ title: 'Sendt på høring' }));
		if (!created.ok) throw new Error('not created');
		const p = (await currentPlan(user.municipalityId))!;
		const round = await db
			.insert(consultationRound)
			.values({
				municipalityId: user.municipalityId,
				planId: p.id,
				title: 'Åpen høring',
				intro: 'Si hva du mener.',
				opensOn: '2026-11-01',
				deadline: '2026-12-01T22:59:00.000Z',
				decisionDate: '2026-12-20',
				status: 'open'
			})
			.returning()
			.get();
		const v1 = (await db
			.select()
			.from(measureVersion)
			.where(and(eq(measureVersion.measureId, created.measureId), eq(measureVersion.version, 1)))
			.get())!;
		const frozen = {
			title: v1.title,
			titleEn: v1.titleEn,
			description: v1.description,
			descriptionEn: v1.descriptionEn,
			level: v1.level,
			focusAreaId: v1.focusAreaId,
			targetGroup: v1.targetGroup,
			purpose: v1.purpose,
			responsible: v1.responsible
		};
		await db
			.insert(roundMeasure)
			.values({
				roundId: round.id,
				measureId: created.measureId,
				measureVersion: 1,
				position: 0,
				frozen
			})
			.run();
		await reviseMeasure(
			user,
			created.measureId,
			1,
			edit({ title: 'Nytt navn midt i høringen', description: 'Ny tekst.', serviceIds: [] })
		);
		const rm = (await db
			.select()
			.from(roundMeasure)
			.where(eq(roundMeasure.roundId, round.id))
			.get())!;
		expect(rm.frozen).toEqual(frozen);
		expect(rm.measureVersion).toBe(1);
	});
});

describe('indicator edits', () => {
	it('a changed target is a new version; saving it unchanged is not', async () => {
		const created = await createMeasure(user, edit({ title: 'Indikator som endres' }));
		if (!created.ok) throw new Error('not created');
		const definition = {
			name: 'Unge som vet hvor de får hjelp',
			nameEn: null,
			source: 'ungdata' as const,
			unit: '%',
			baseline: 60,
			baselineYear: 2024,
			target: 75,
			targetYear: 2028
		};
		await addIndicator(user, created.measureId, 1, definition);
		const row = (await db
			.select()
			.from(indicatorTable)
			.where(eq(indicatorTable.measureId, created.measureId))
			.get())!;
		expect(await updateIndicator(user, created.measureId, row.id, 2, definition)).toMatchObject({
			ok: true,
			version: 2
		});
		expect(
			await updateIndicator(user, created.measureId, row.id, 2, { ...definition, target: 80 })
		).toMatchObject({ ok: true, version: 3 });
		const found = (await getMeasureWithHistory(user.municipalityId, created.measureId))!;
		const change = found.history[0].changes.find((c) => c.field === 'indicators')!;
		expect(change.before).toContain('→ 75 %');
		expect(change.after).toContain('→ 80 %');
	});
});
