import { vi, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
});

import { db } from '$lib/server/db';
import {
	classAnswer,
	classCode,
	classReaction,
	consultationRound,
	roundMeasure
} from '$lib/server/db/schema';
import type { AuthUser } from '$lib/server/auth/guard';
import { testAccount } from '$fixtures/test-database';
import { seedDemo } from '../../../../db/seed';
import {
	answerWithClassCode,
	classReactionSummary,
	codeAlphabet,
	createClassCodes,
	failedAttemptsPerMinute,
	hashCode,
	newCode,
	normalizeCode,
	suppressSmall
} from './class-codes';

let user: AuthUser;
let roundId: number;
let roundDeadline: string;
let measureIds: number[];

beforeAll(async () => {
	const { municipalityId } = await seedDemo(db);
	const id = await testAccount(municipalityId, 'codes-spec@fjordvik.example', ['coordinator']);
	user = {
		id,
		name: 'spec',
		email: 'codes-spec@fjordvik.example',
		municipalityId,
		roles: ['coordinator'],
		councilTerm: null,
		locale: 'nb'
	};
	const open = await db
		.select()
		.from(consultationRound)
		.where(eq(consultationRound.status, 'open'))
		.get();
	roundId = open!.id;
	roundDeadline = open!.deadline;
	measureIds = (
		await db.select().from(roundMeasure).where(eq(roundMeasure.roundId, roundId)).all()
	).map((m) => m.id);
});

describe('class code format', () => {
	it('makes codes like FJV-7K3M from letters that cannot be confused', () => {
		for (let i = 0; i < 50; i++) {
			const code = newCode();
			expect(code).toMatch(/^[A-Z2-9]{3}-[A-Z2-9]{4}$/);
			expect(code).not.toMatch(/[01OIL]/);
		}
		expect(codeAlphabet).not.toMatch(/[01OIL]/);
	});

	it('reads a code typed in lower case, with spaces or without the dash', () => {
		expect(normalizeCode(' fjv 7k3m ')).toBe('FJV-7K3M');
		expect(normalizeCode('FJV7K3M')).toBe('FJV-7K3M');
		expect(normalizeCode('FJV-7K3')).toBeNull();
		expect(normalizeCode('FJV-7K0M')).toBeNull();
	});

	it('hashes per round, so the same code is another hash in another round', () => {
		expect(hashCode(1, 'FJV-7K3M')).toMatch(/^[0-9a-f]{64}$/);
		expect(hashCode(1, 'FJV-7K3M')).not.toBe(hashCode(2, 'FJV-7K3M'));
	});
});

describe('answering with a class code', () => {
	it('stores only hashes, accepts a code once and keeps no link from answer to code', async () => {
		const codes = await createClassCodes(user, roundId, 3);
		expect(codes).toHaveLength(3);
		const stored = await db.select().from(classCode).where(eq(classCode.roundId, roundId)).all();
		expect(stored.map((c) => c.codeHash)).not.toContain(codes[0]);
		expect(stored.every((c) => !c.used)).toBe(true);

		const reactions = [
			{ roundMeasureId: measureIds[0], reaction: 'agree' as const, comment: 'Bra' }
		];
		expect(
			await answerWithClassCode(user.municipalityId, roundId, codes[0].toLowerCase(), reactions)
		).toEqual({
			ok: true
		});
		expect(await answerWithClassCode(user.municipalityId, roundId, codes[0], reactions)).toEqual({
			ok: false,
			reason: 'used_code'
		});
		expect(await answerWithClassCode(user.municipalityId, roundId, 'ZZZ-ZZZZ', reactions)).toEqual({
			ok: false,
			reason: 'bad_code'
		});
		const answers = await db
			.select()
			.from(classAnswer)
			.where(eq(classAnswer.roundId, roundId))
			.all();
		expect(answers).toHaveLength(1);
		expect(Object.keys(answers[0]).sort()).toEqual(['day', 'id', 'roundId']);
		expect(answers[0].day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const reactionColumns = Object.keys((await db.select().from(classReaction).get())!).sort();
		expect(reactionColumns).toEqual(['answerId', 'comment', 'id', 'reaction', 'roundMeasureId']);
	});

	it('closes the door for a minute after too many wrong codes, for everyone', async () => {
		// Half a minute into the round's last open hour: the demo round's dates follow the
		// calendar, so a fixed day would be before it opens or after it closes some day.
		const lastHour = Math.floor((Date.parse(roundDeadline) - 3_600_000) / 60_000) * 60_000;
		const at = new Date(lastHour + 30_000);
		const reactions = [{ roundMeasureId: measureIds[0], reaction: 'agree' as const, comment: '' }];
		const [good] = await createClassCodes(user, roundId, 1);
		for (let i = 0; i < failedAttemptsPerMinute; i++) {
			await answerWithClassCode(
				user.municipalityId,
				roundId,
				`AAA-AA${codeAlphabet[i % 20]}${codeAlphabet[(i + 3) % 20]}`,
				reactions,
				at
			);
		}
		expect(await answerWithClassCode(user.municipalityId, roundId, good, reactions, at)).toEqual({
			ok: false,
			reason: 'rate_limited'
		});
		const nextMinute = new Date(lastHour + 65_000);
		expect(
			await answerWithClassCode(user.municipalityId, roundId, good, reactions, nextMinute)
		).toEqual({
			ok: true
		});
	});
});

describe('small groups', () => {
	it('shows counts from 5 up and "fewer than 5" below, zero included', async () => {
		expect(suppressSmall(5)).toEqual({ count: 5 });
		expect(suppressSmall(4)).toEqual({ fewerThan: 5 });
		expect(suppressSmall(0)).toEqual({ fewerThan: 5 });
		const summary = await classReactionSummary(roundId);
		const first = summary.measures.find((m) => m.roundMeasureId === measureIds[0])!;
		expect(first.reactions.find((r) => r.reaction === 'agree')!.count).toEqual({ fewerThan: 5 });
		// Two answers: too few for their comments to be shown.
		expect(first.comments).toEqual([]);
	});
});
