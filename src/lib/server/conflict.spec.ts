import { vi, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
	process.env.MUNICIPALITY = 'fjordvik';
});

import { db } from '$lib/server/db';
import { consultationRound, municipality, roundMeasure, service } from '$lib/server/db/schema';
import type { AuthUser, Role } from '$lib/server/auth/guard';
import { testAccount } from '$fixtures/test-database';
import { seedDemo } from '../../../db/seed';
import { closeRoundNow, getRound, updateRound } from '$lib/server/consultations/rounds';
import { adoptStatement, saveStatement } from '$lib/server/consultations/statement-store';
import { saveOutcomes } from '$lib/server/consultations/outcomes';
import { saveGeneralOutcomes } from '$lib/server/consultations/general-answers';
import {
	getServiceTranslations,
	saveServiceTranslation
} from '$lib/server/services/admin/translations';
import { formVersion, versionConflict } from './conflict';

/**
 * Issue 14, item 4: the statement (leader and coordinator), the round settings, the outcomes
 * and content translations refuse a save based on what someone else has since replaced.
 */

let leader: AuthUser;
let coordinator: AuthUser;
let roundId: number;
let municipalityId: number;

async function person(email: string, roles: Role[]): Promise<AuthUser> {
	const id = await testAccount(municipalityId, email, roles);
	return { id, name: email, email, municipalityId, roles, councilTerm: null, locale: 'nb' };
}

beforeAll(async () => {
	await seedDemo(db);
	municipalityId = db.select().from(municipality).where(eq(municipality.slug, 'fjordvik')).get()!
		.id;
	leader = await person('leder-konflikt@t.example', ['council_leader']);
	coordinator = await person('koord-konflikt@t.example', ['coordinator']);
	roundId = db
		.select()
		.from(consultationRound)
		.where(
			and(
				eq(consultationRound.status, 'open'),
				eq(consultationRound.municipalityId, municipalityId)
			)
		)
		.get()!.id;
});

const settings = (title: string, round: NonNullable<Awaited<ReturnType<typeof getRound>>>) => ({
	title,
	intro: round.intro,
	opensOn: round.opensOn,
	deadline: round.deadline,
	decisionDate: round.decisionDate
});

describe('round settings', () => {
	it('refuse the second of two saves from the same page, then take it on purpose', async () => {
		const round = (await getRound(municipalityId, roundId))!;
		const read = round.version;
		expect(await updateRound(coordinator, roundId, settings('Første', round), read)).toEqual({
			ok: true
		});
		const stale = await updateRound(coordinator, roundId, settings('Andre', round), read);
		expect(stale).toMatchObject({ ok: false, current: { title: 'Første' }, version: read + 1 });
		expect((await getRound(municipalityId, roundId))!.title).toBe('Første');
		if (stale.ok) return;
		expect(
			await updateRound(coordinator, roundId, settings('Andre', round), stale.version)
		).toEqual({ ok: true });
		expect((await getRound(municipalityId, roundId))!.title).toBe('Andre');
	});

	it('are stale after the round is closed early (the deadline moved)', async () => {
		const before = (await getRound(municipalityId, roundId))!;
		await closeRoundNow(coordinator, roundId);
		const after = (await getRound(municipalityId, roundId))!;
		expect(after.version).toBe(before.version + 1);
		const stale = await updateRound(
			coordinator,
			roundId,
			settings('Gammel', before),
			before.version
		);
		expect(stale.ok).toBe(false);
	});
});

describe('the council statement', () => {
	it('keeps the leader from overwriting the coordinator (and the other way round)', async () => {
		const read = (await getRound(municipalityId, roundId))!.statementVersion;
		expect(await saveStatement(coordinator, roundId, 'Koordinatorens tekst', read)).toEqual({
			ok: true
		});
		const stale = await saveStatement(leader, roundId, 'Lederens tekst', read);
		expect(stale).toEqual({ ok: false, markdown: 'Koordinatorens tekst', version: read + 1 });
		expect((await getRound(municipalityId, roundId))!.statementMarkdown).toBe(
			'Koordinatorens tekst'
		);
		// Adopting from a stale page is refused too: never an adopted text nobody saw.
		expect((await adoptStatement(leader, roundId, 'Lederens tekst', '2030-01-01', read)).ok).toBe(
			false
		);
		expect((await getRound(municipalityId, roundId))!.statementAdoptedOn).toBeNull();
	});
});

describe('outcomes', () => {
	it('share one counter for the measures and the general questions of a round', async () => {
		const read = (await getRound(municipalityId, roundId))!.outcomesVersion;
		const rm = db.select().from(roundMeasure).where(eq(roundMeasure.roundId, roundId)).get()!;
		const outcome = {
			roundMeasureId: rm.id,
			measureAnswerId: null,
			decision: 'taken_in' as const,
			rationale: 'Vi gjør det',
			rationaleEn: null,
			newMeasureVersion: null
		};
		expect(await saveOutcomes(coordinator, roundId, [outcome], read)).toEqual({ ok: true });
		expect(
			await saveOutcomes(coordinator, roundId, [{ ...outcome, rationale: 'Nei' }], read)
		).toEqual({ ok: false, version: read + 1 });
		expect(await saveGeneralOutcomes(coordinator, roundId, [], new Set(), read)).toEqual({
			ok: false,
			version: read + 1
		});
		expect(await saveGeneralOutcomes(coordinator, roundId, [], new Set(), read + 1)).toEqual({
			ok: true
		});
	});
});

describe('content translations', () => {
	it('refuse a translation saved over one made after the form was read', () => {
		const target = db
			.select()
			.from(service)
			.where(eq(service.municipalityId, municipalityId))
			.get()!;
		const read = getServiceTranslations(municipalityId, target.id)!.languages.find(
			(l) => l.lang === 'pl'
		)!.version;
		const text = {
			name: 'Pierwszy',
			summary: 'Krótko',
			description: 'Opis',
			whoAnswers: '',
			alert: ''
		};
		expect(saveServiceTranslation(coordinator, target.id, 'pl', text, read)).toEqual({ ok: true });
		const stale = saveServiceTranslation(
			coordinator,
			target.id,
			'pl',
			{ ...text, name: 'Drugi' },
			read
		);
		expect(stale).toMatchObject({ ok: false, reason: 'conflict', current: { name: 'Pierwszy' } });
		const now = getServiceTranslations(municipalityId, target.id)!.languages.find(
			(l) => l.lang === 'pl'
		)!;
		expect(now.text?.name).toBe('Pierwszy');
		if (stale.ok || stale.reason !== 'conflict') return;
		expect(now.version).toBe(stale.version);
		expect(
			saveServiceTranslation(coordinator, target.id, 'pl', { ...text, name: 'Drugi' }, now.version)
		).toEqual({ ok: true });
	});
});

describe('the conflict answer', () => {
	it('keeps what was typed, carries the newer version and says where the texts differ', async () => {
		const answer = versionConflict(
			{ title: 'Møte i mars', intro: 'Samme' },
			{ title: 'Møte i april', intro: 'Samme' },
			['title', 'intro'],
			7
		);
		expect(answer.status).toBe(409);
		expect(answer.data.values.title).toBe('Møte i mars');
		expect(answer.data.version).toBe(7);
		expect(answer.data.changes).toHaveLength(1);
		expect(answer.data.changes[0].parts).toEqual([
			{ kind: 'same', text: 'Møte i ' },
			{ kind: 'removed', text: 'mars' },
			{ kind: 'added', text: 'april' }
		]);
	});

	it('treats a missing or garbled version field as stale', () => {
		const form = new FormData();
		expect(formVersion(form)).toBe(-1);
		form.set('version', 'x');
		expect(formVersion(form)).toBe(-1);
		form.set('version', '3');
		expect(formVersion(form)).toBe(3);
	});
});
