import { listUsersWithRole } from '$lib/server/auth/users';
import { stances } from '$lib/server/db/schema';
import type { RoundResultsView } from '$lib/types/consultations';
import { countParticipation } from './aggregate';
import { classReactionSummary } from './class-codes';
import { loadGeneralAnswers } from './general-answers';
import { loadRoundResults } from './results';
import { getRoundContent, listParticipation, type RoundSummary } from './rounds';

/**
 * The aggregated answers and who has answered, for the coordinator and the council leader.
 * Names appear only beside comments the member chose to sign.
 */
export async function roundResultsView(round: RoundSummary): Promise<RoundResultsView> {
	const [results, content, members, leaders, general, classReactions] = await Promise.all([
		loadRoundResults(round.id),
		getRoundContent(round),
		listUsersWithRole(round.municipalityId, 'council_member'),
		listUsersWithRole(round.municipalityId, 'council_leader'),
		loadGeneralAnswers(round.id),
		classReactionSummary(round.id)
	]);
	const council = [...new Map([...members, ...leaders].map((u) => [u.id, u])).values()];
	const rank = new Map(results.ranking.map((r) => [r.roundMeasureId, r.rank]));
	const participation = await listParticipation(round.id, council);
	return {
		submitted: results.submitted,
		participation,
		participationCounts: countParticipation(participation),
		measures: results.roundMeasures
			.map((rm) => {
				const a = results.aggregates.get(rm.id)!;
				return {
					id: rm.id,
					title: rm.frozen.title,
					level: rm.frozen.level,
					rank: rank.get(rm.id) ?? 0,
					answered: a.answered,
					stances: stances.map((s) => ({ stance: s, count: a.stances[s] })),
					importanceMean: a.importanceMean,
					importanceSpread: a.importanceSpread,
					comments: a.comments,
					suggestedChanges: a.suggestedChanges
				};
			})
			.sort((x, y) => x.rank - y.rank),
		advice: content.focusAreas
			.map((f) => ({
				focusAreaId: f.id,
				focusArea: f.title,
				items: results.advice.get(f.id) ?? []
			}))
			.filter((f) => f.items.length),
		general,
		classReactions
	};
}

export type { RoundResultsView };
