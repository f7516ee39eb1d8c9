import { and, asc, eq, ne } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { consultationRound } from '$lib/server/db/schema';
import { loadRoundResults } from '$lib/server/consultations/results';
import { toCsv } from '$lib/server/opendata/csv';

const resultColumns = [
	'round_id',
	'round_title',
	'round_status',
	'deadline',
	'measure',
	'submitted_responses',
	'answered',
	'support',
	'support_with_changes',
	'do_not_support',
	'not_sure',
	'importance_mean',
	'importance_spread',
	'rank',
	'comments',
	'suggested_changes'
] as const;

/**
 * Aggregated answers per round and measure. Never a name: not the members', and not the
 * name a member chose to sign a comment with.
 */
export async function consultationResultsCsv(municipalityId: number): Promise<string> {
	const rounds = await db
		.select()
		.from(consultationRound)
		.where(
			and(
				eq(consultationRound.municipalityId, municipalityId),
				ne(consultationRound.status, 'draft')
			)
		)
		.orderBy(asc(consultationRound.opensOn))
		.all();
	const rows: Record<string, string | number | null>[] = [];
	for (const round of rounds) {
		const results = await loadRoundResults(round.id);
		for (const rm of results.roundMeasures) {
			const a = results.aggregates.get(rm.id);
			rows.push({
				round_id: round.id,
				round_title: round.title,
				round_status: round.status,
				deadline: round.deadline,
				measure: rm.frozen.title,
				submitted_responses: results.submitted,
				answered: a?.answered ?? 0,
				support: a?.stances.support ?? 0,
				support_with_changes: a?.stances.support_with_changes ?? 0,
				do_not_support: a?.stances.do_not_support ?? 0,
				not_sure: a?.stances.not_sure ?? 0,
				importance_mean: a?.importanceMean ?? null,
				importance_spread: a?.importanceSpread ?? null,
				rank: results.ranking.find((r) => r.roundMeasureId === rm.id)?.rank ?? null,
				comments: (a?.comments ?? []).map((c) => c.text).join(' | '),
				suggested_changes: (a?.suggestedChanges ?? []).map((c) => c.text).join(' | ')
			});
		}
	}
	return toCsv(resultColumns, rows);
}
