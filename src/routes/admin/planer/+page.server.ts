import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { listMeasuresForStaff } from '$lib/server/plans/measures';
import { listRounds } from '$lib/server/consultations/rounds';
import { dueFollowUps } from '$lib/server/consultations/follow-ups';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator');
	const [planData, rounds, due] = await Promise.all([
		listMeasuresForStaff(user.municipalityId),
		listRounds(user.municipalityId),
		dueFollowUps(user.municipalityId)
	]);
	return {
		plan: planData && { title: planData.plan.title, status: planData.plan.status },
		measures: (planData?.measures ?? []).map(({ m, v, area }) => ({
			id: m.id,
			title: v.title,
			level: v.level,
			version: v.version,
			area: area.title
		})),
		due: due.map((f) => ({
			roundId: f.roundId,
			roundTitle: f.roundTitle,
			responsible: f.responsible,
			dueOn: f.dueOn,
			overdue: f.overdue
		})),
		rounds: rounds.map((r) => ({
			id: r.id,
			title: r.title,
			phase: r.phase,
			enoughTime: r.enoughTime
		})),
		translations: messagesJson(event.locals.lang, ['admin', 'admin_plans', 'plan'])
	};
};
