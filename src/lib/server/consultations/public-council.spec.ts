import { beforeAll, describe, expect, it, vi } from 'vitest';
import { and, eq, isNotNull } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
});

import { db } from '$lib/server/db';
import {
	classAnswer,
	classReaction,
	consultationOutcome,
	consultationRound,
	followUp,
	roundMeasure
} from '$lib/server/db/schema';
import { seedDemo } from '../../../../db/seed';
import { parseGeneralOutcomeForm } from './follow-up-form';
import { councilOverview, inputLabels, listPublicPromises } from './public-council';
import { getPublicRound } from './public-round';

let municipalityId: number;
let pastRoundId: number;

beforeAll(async () => {
	({ municipalityId } = await seedDemo(db));
	const past = await db
		.select()
		.from(consultationRound)
		.where(
			and(
				eq(consultationRound.municipalityId, municipalityId),
				isNotNull(consultationRound.feedbackPublishedAt)
			)
		)
		.get();
	pastRoundId = past!.id;
});

describe('outcomes of the advice on a focus area', () => {
	it('reads advice fields (f_<id>) like a general question, with the rationale required', () => {
		const form = new FormData();
		form.set('f_7_decision', 'taken_in');
		form.set('f_7_rationale', 'Én kartlegging for alle.');
		form.set('f_7_rationale_en', '');
		const parsed = parseGeneralOutcomeForm(form, ['q:1', 'f:7']);
		expect(parsed).toEqual({
			ok: true,
			value: [
				{
					inputKey: 'f:7',
					decision: 'taken_in',
					rationale: 'Én kartlegging for alle.',
					rationaleEn: null
				}
			]
		});
		form.set('f_7_rationale', '');
		expect(parseGeneralOutcomeForm(form, ['f:7'])).toEqual({
			ok: false,
			errors: { f_7_rationale: 'required' }
		});
	});

	it('shows on the public round page with the decision, rationale and follow-up', async () => {
		const round = await getPublicRound(municipalityId, pastRoundId, 'en');
		const early = round!.advice.find(
			(a) => a.focusArea.text === 'Early help and joined-up services'
		);
		expect(early).toBeDefined();
		expect(early!.outcome?.decision).toBe('taken_in');
		expect(early!.outcome?.rationale).toEqual({
			text: 'The school health service and PPT now share one assessment, so the pupil tells it only once.',
			lang: 'en'
		});
		expect(round!.followUps[early!.key]?.responsible).toBe('Oppvekstsjefen');
		// Advice nobody decided on yet says so (no outcome), rather than vanishing.
		expect(round!.advice.some((a) => a.outcome === null)).toBe(true);
	});
});

describe('labels of the promises on /planen and /ungdomsradet', () => {
	it('names a general question and a focus area, each with its kind', async () => {
		const promises = await listPublicPromises(municipalityId, 'nb');
		const question = promises.find((p) => p.kind === 'question');
		expect(question?.input).toEqual({
			text: 'Trenger dere gratis kveldsbuss fra sentrum på fredager?',
			lang: 'nb'
		});
		expect(question?.decision).toBe('partly_taken_in');
		expect(question?.followUp.responsible).toBe('Samferdselsavdelingen');
		const advice = promises.find((p) => p.kind === 'advice');
		expect(advice?.followUp.responsible).toBe('Oppvekstsjefen');
		expect(advice?.input.lang).toBe('nb');
		expect(promises.filter((p) => p.kind === 'measure').length).toBeGreaterThan(0);
	});

	it('names a suggested change that was promised, in the words it was written in', async () => {
		const suggestion = await db
			.select()
			.from(consultationOutcome)
			.where(isNotNull(consultationOutcome.measureAnswerId))
			.get();
		expect(suggestion).toBeDefined();
		const labels = await inputLabels(pastRoundId, 'en');
		const label = labels.get(`s:${suggestion!.measureAnswerId}`);
		expect(label?.kind).toBe('suggestion');
		expect(label?.title.text.length).toBeGreaterThan(0);
		await db.insert(followUp).values({
			roundId: pastRoundId,
			inputKey: `s:${suggestion!.measureAnswerId}`,
			responsible: 'Ungdomskontakten',
			dueOn: null
		});
		const promises = await listPublicPromises(municipalityId, 'en');
		expect(promises.find((p) => p.followUp.responsible === 'Ungdomskontakten')?.kind).toBe(
			'suggestion'
		);
	});

	it('names the round open on a day, and none once its deadline has passed', async () => {
		const [open] = await db
			.select()
			.from(consultationRound)
			.where(
				and(
					eq(consultationRound.municipalityId, municipalityId),
					eq(consultationRound.status, 'open')
				)
			)
			.all();
		expect(open).toBeDefined();
		const during = new Date(new Date(open.deadline).getTime() - 86_400_000);
		expect((await councilOverview(municipalityId, 'nb', during)).open?.id).toBe(open.id);
		const after = new Date(new Date(open.deadline).getTime() + 2 * 86_400_000);
		expect((await councilOverview(municipalityId, 'nb', after)).open).toBeNull();
	});

	it('lists the advice outcome among the latest round’s outcomes, not the suggestions', async () => {
		const overview = await councilOverview(municipalityId, 'nb');
		const kinds = new Set(overview.latest!.outcomes.map((o) => o.kind));
		expect(kinds.has('advice')).toBe(true);
		expect(kinds.has('question')).toBe(true);
		expect(kinds.has('suggestion')).toBe(false);
	});
});

describe('class-code reactions on the public round page', () => {
	it('shows none while nobody used a code', async () => {
		const round = await getPublicRound(municipalityId, pastRoundId, 'nb');
		expect(round!.classAnswers).toBe(0);
		expect(round!.measures.every((m) => m.classReactions === null)).toBe(true);
	});

	it('counts per measure, groups under 5 as "fewer than 5", and no comments', async () => {
		const [first] = await db
			.select()
			.from(roundMeasure)
			.where(eq(roundMeasure.roundId, pastRoundId))
			.orderBy(roundMeasure.position)
			.all();
		for (let i = 0; i < 6; i++) {
			const answer = await db
				.insert(classAnswer)
				.values({ roundId: pastRoundId, day: '2025-03-10' })
				.returning()
				.get();
			await db.insert(classReaction).values({
				answerId: answer.id,
				roundMeasureId: first.id,
				reaction: i < 5 ? 'agree' : 'not_sure',
				comment: 'Bra for oss'
			});
		}
		const round = await getPublicRound(municipalityId, pastRoundId, 'nb');
		expect(round!.classAnswers).toBe(6);
		const shown = round!.measures.find((m) => m.key === `m:${first.id}`)!;
		expect(shown.classReactions).toEqual([
			{ reaction: 'agree', count: { count: 5 } },
			{ reaction: 'disagree', count: { fewerThan: 5 } },
			{ reaction: 'not_sure', count: { fewerThan: 5 } }
		]);
		expect(JSON.stringify(round)).not.toContain('Bra for oss');
	});
});
