import { and, asc, eq, gte, sql } from 'drizzle-orm';
import { recordChange } from '$lib/server/audit/log';
import type { AuthUser } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import {
	consultationRound,
	focusArea,
	needsDailyCount,
	roundNeedsPicture
} from '$lib/server/db/schema';
import { currentPlan } from './measures';
import { addVisitCount, flushVisitCounts } from '$lib/server/visit-counts';
import { toCsv } from '$lib/server/opendata/csv';
import { addMonths, osloToday } from '$lib/server/time';
import type { NeedsPicture } from '$lib/types/needs';

/**
 * The needs picture (issue 17): anonymous counts of what young people look for in Finn hjelp,
 * for the people who plan. A counter is a day, a kind, a topic code and the page language:
 * never the words, the time of day or anything about the visitor. Groups under 10 are hidden
 * wherever the picture is shown or exported, so a rare topic in a rare language cannot point
 * at one young person.
 *
 * The finder's routes call `countNeeds` beside `countTopicUse`, through the page cache's
 * `countEveryVisit`: a cached copy of the page runs both again on every hit, so a visit served
 * from the cache counts like one that was rendered.
 */
export const hiddenBelow = 10;

export type NeedsKind = 'topic' | 'empty';

export function countNeeds(
	kind: NeedsKind,
	topics: readonly string[],
	lang: string,
	now = new Date()
): void {
	const day = osloToday(now);
	const list = topics.length ? [...new Set(topics)] : kind === 'empty' ? [''] : [];
	// Written within a second (visit-counts.ts); a read-only or full database skips the count.
	for (const topic of list) {
		addVisitCount(`needs:${day}:${kind}:${topic}:${lang}`, (tx, n) =>
			tx
				.insert(needsDailyCount)
				.values({ day, kind, topic, lang, count: n })
				.onConflictDoUpdate({
					target: [
						needsDailyCount.day,
						needsDailyCount.kind,
						needsDailyCount.topic,
						needsDailyCount.lang
					],
					set: { count: sql`${needsDailyCount.count} + ${n}` }
				})
				.run()
		);
	}
}

export type NeedsRow = {
	month: string;
	kind: NeedsKind;
	topic: string;
	lang: string;
	count: number;
};

const shown = (n: number) => (n >= hiddenBelow ? n : null);

/** Counts by month → the picture, with every group under the threshold hidden. */
export function buildNeedsPicture(
	rows: readonly NeedsRow[],
	months: readonly string[],
	builtOn: string
): NeedsPicture {
	const topicRows = rows.filter((r) => r.kind === 'topic');
	const topicCodes = [...new Set(topicRows.map((r) => r.topic))].sort();
	const topics = topicCodes
		.map((topic) => {
			const mine = topicRows.filter((r) => r.topic === topic);
			const total = mine.reduce((s, r) => s + r.count, 0);
			return {
				topic,
				byMonth: months.map((m) =>
					shown(mine.filter((r) => r.month === m).reduce((s, r) => s + r.count, 0))
				),
				total: shown(total),
				sortKey: total
			};
		})
		.sort((a, b) => b.sortKey - a.sortKey)
		.map(({ sortKey: _s, ...t }) => (void _s, t));
	const langs = [...new Set(topicRows.map((r) => r.lang))].sort();
	const languages = langs.map((lang) => ({
		lang,
		total: shown(topicRows.filter((r) => r.lang === lang).reduce((s, r) => s + r.count, 0))
	}));
	const emptyGroups = new Map<string, { lang: string; topic: string; count: number }>();
	for (const r of rows.filter((x) => x.kind === 'empty')) {
		const key = `${r.lang}\u0000${r.topic}`;
		const g = emptyGroups.get(key) ?? { lang: r.lang, topic: r.topic, count: 0 };
		g.count += r.count;
		emptyGroups.set(key, g);
	}
	const empty = [...emptyGroups.values()]
		.filter((g) => g.count >= hiddenBelow)
		.sort((a, b) => b.count - a.count);
	return {
		hiddenBelow,
		months: [...months],
		topics,
		languages,
		empty,
		emptyHidden: emptyGroups.size - empty.length,
		builtOn
	};
}

/** The last `monthCount` Oslo months, oldest first, as `YYYY-MM`. */
export function lastMonths(monthCount: number, now = new Date()): string[] {
	const first = `${osloToday(now).slice(0, 7)}-01`;
	return Array.from({ length: monthCount }, (_, i) =>
		addMonths(first, i - monthCount + 1).slice(0, 7)
	);
}

export async function loadNeedsPicture(now = new Date(), monthCount = 6): Promise<NeedsPicture> {
	flushVisitCounts();
	const months = lastMonths(monthCount, now);
	const month = sql<string>`substr(${needsDailyCount.day}, 1, 7)`;
	const rows = await db
		.select({
			month,
			kind: needsDailyCount.kind,
			topic: needsDailyCount.topic,
			lang: needsDailyCount.lang,
			count: sql<number>`sum(${needsDailyCount.count})`
		})
		.from(needsDailyCount)
		.where(gte(needsDailyCount.day, `${months[0]}-01`))
		.groupBy(month, needsDailyCount.kind, needsDailyCount.topic, needsDailyCount.lang)
		.all();
	return buildNeedsPicture(rows, months, osloToday(now));
}

/** The picture as CSV, hidden groups left out (never written as a small number). */
export function needsPictureCsv(picture: NeedsPicture): string {
	const columns = ['kind', 'topic', 'language', 'month', 'count'] as const;
	const rows: Record<string, string | number | null>[] = [];
	for (const t of picture.topics) {
		picture.months.forEach((month, i) => {
			const count = t.byMonth[i];
			if (count !== null) rows.push({ kind: 'topic', topic: t.topic, language: '', month, count });
		});
	}
	for (const l of picture.languages) {
		if (l.total !== null)
			rows.push({ kind: 'language', topic: '', language: l.lang, month: '', count: l.total });
	}
	for (const e of picture.empty) {
		rows.push({ kind: 'no_result', topic: e.topic, language: e.lang, month: '', count: e.count });
	}
	return toCsv(columns, rows);
}

/** Freezes the current picture onto a round, so the council sees what planners saw. */
export async function attachNeedsPicture(
	user: AuthUser,
	roundId: number,
	now = new Date()
): Promise<boolean> {
	const round = await db
		.select({ id: consultationRound.id })
		.from(consultationRound)
		.where(
			and(
				eq(consultationRound.id, roundId),
				eq(consultationRound.municipalityId, user.municipalityId)
			)
		)
		.get();
	if (!round) return false;
	const picture = await loadNeedsPicture(now);
	inTransaction(db, (tx) => {
		tx.insert(roundNeedsPicture)
			.values({ roundId, picture, attachedOn: picture.builtOn })
			.onConflictDoUpdate({
				target: roundNeedsPicture.roundId,
				set: { picture, attachedOn: picture.builtOn }
			})
			.run();
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: 'round_needs_picture',
			entityId: String(roundId),
			action: 'update'
		});
	});
	return true;
}

export async function roundNeedsPictureFor(roundId: number): Promise<NeedsPicture | null> {
	const row = await db
		.select()
		.from(roundNeedsPicture)
		.where(eq(roundNeedsPicture.roundId, roundId))
		.get();
	return (row?.picture as NeedsPicture | undefined) ?? null;
}

/** The current plan's focus areas, shown beside the picture so planners can read one by the other. */
export async function listFocusAreaTitles(municipalityId: number): Promise<string[]> {
	const p = await currentPlan(municipalityId);
	if (!p) return [];
	const rows = await db
		.select({ title: focusArea.title })
		.from(focusArea)
		.where(eq(focusArea.planId, p.id))
		.orderBy(asc(focusArea.position))
		.all();
	return rows.map((r) => r.title);
}
