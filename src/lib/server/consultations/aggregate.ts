import type { Stance } from '$lib/server/db/schema';
import { stances } from '$lib/server/db/schema';
import type {
	ParticipationCounts,
	ParticipationStatus,
	SignedText
} from '$lib/types/consultations';

/** One member's answer to one measure, as aggregation needs it (no user id). */
export type AnswerInput = {
	stance: Stance | null;
	importance: number | null;
	comment: string;
	suggestedChange: string;
	/** Present only when the member chose to sign. */
	signedName: string | null;
	answerId: number;
};

export type MeasureAggregate = {
	roundMeasureId: number;
	answered: number;
	stances: Record<Stance, number>;
	/** Mean of the 1–5 importance ratings given; null when nobody rated. */
	importanceMean: number | null;
	/** Population standard deviation of the ratings: how much members disagree. */
	importanceSpread: number | null;
	comments: SignedText[];
	suggestedChanges: (SignedText & { answerId: number })[];
};

const round1 = (n: number) => Math.round(n * 10) / 10;

export function aggregateMeasure(roundMeasureId: number, answers: AnswerInput[]): MeasureAggregate {
	const counts = Object.fromEntries(stances.map((s) => [s, 0])) as Record<Stance, number>;
	const ratings: number[] = [];
	let answered = 0;
	const comments: MeasureAggregate['comments'] = [];
	const suggestedChanges: MeasureAggregate['suggestedChanges'] = [];
	for (const a of answers) {
		const said =
			a.stance !== null || a.importance !== null || a.comment.trim() || a.suggestedChange.trim();
		if (!said) continue;
		answered++;
		if (a.stance) counts[a.stance]++;
		if (a.importance !== null && a.importance >= 1 && a.importance <= 5) ratings.push(a.importance);
		// Names appear only where the member signed; otherwise the text stands alone.
		if (a.comment.trim()) comments.push({ text: a.comment.trim(), name: a.signedName });
		if (a.suggestedChange.trim()) {
			suggestedChanges.push({
				text: a.suggestedChange.trim(),
				name: a.signedName,
				answerId: a.answerId
			});
		}
	}
	let importanceMean: number | null = null;
	let importanceSpread: number | null = null;
	if (ratings.length) {
		const mean = ratings.reduce((s, r) => s + r, 0) / ratings.length;
		const variance = ratings.reduce((s, r) => s + (r - mean) ** 2, 0) / ratings.length;
		importanceMean = round1(mean);
		importanceSpread = round1(Math.sqrt(variance));
	}
	return {
		roundMeasureId,
		answered,
		stances: counts,
		importanceMean,
		importanceSpread,
		comments,
		suggestedChanges
	};
}

/** Share of stances that back the measure (with or without changes), 0–1. */
export function supportShare(a: MeasureAggregate): number {
	const total = stances.reduce((s, k) => s + a.stances[k], 0);
	if (!total) return 0;
	return (a.stances.support + a.stances.support_with_changes) / total;
}

export type RankedMeasure = { roundMeasureId: number; rank: number; points: number };

/**
 * The council's priority order. Where members ranked the measures (a ranking question),
 * Borda points decide: first of n gets n points, last gets 1, unranked 0. Without
 * rankings, or on a tie, mean importance decides, then support share, then the order the
 * measures were sent in. Tied measures share a rank only when every criterion is equal.
 */
export function rankMeasures(
	aggregates: MeasureAggregate[],
	rankings: number[][] = []
): RankedMeasure[] {
	const points = new Map<number, number>(aggregates.map((a) => [a.roundMeasureId, 0]));
	for (const order of rankings) {
		const known = order.filter((id) => points.has(id));
		known.forEach((id, i) => points.set(id, (points.get(id) ?? 0) + known.length - i));
	}
	const keyed = aggregates.map((a, position) => ({
		id: a.roundMeasureId,
		points: points.get(a.roundMeasureId) ?? 0,
		importance: a.importanceMean ?? 0,
		support: supportShare(a),
		position
	}));
	keyed.sort(
		(x, y) =>
			y.points - x.points ||
			y.importance - x.importance ||
			y.support - x.support ||
			x.position - y.position
	);
	const ranked: RankedMeasure[] = [];
	keyed.forEach((k, i) => {
		const prev = keyed[i - 1];
		const tied =
			prev &&
			prev.points === k.points &&
			prev.importance === k.importance &&
			prev.support === k.support;
		ranked.push({
			roundMeasureId: k.id,
			rank: tied ? ranked[i - 1].rank : i + 1,
			points: k.points
		});
	});
	return ranked;
}

export type { ParticipationCounts, ParticipationStatus };

/**
 * How many council members submitted, started a draft without submitting, or have not
 * started. Counts only: the names stay on the coordinator's and leader's own list.
 */
export function countParticipation(
	participants: readonly { status: ParticipationStatus }[]
): ParticipationCounts {
	const counts: ParticipationCounts = { submitted: 0, draft: 0, none: 0, total: 0 };
	for (const p of participants) {
		counts[p.status]++;
		counts.total++;
	}
	return counts;
}
