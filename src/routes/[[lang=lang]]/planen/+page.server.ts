import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { chartGeometry } from '$lib/server/plans/chart';
import { getPublicPlan } from '$lib/server/plans/public-plan';
import { preventionLevels, type PreventionLevel } from '$lib/server/db/schema';

export const load: PageServerLoad = async ({ locals, url }) => {
	const municipality = await getCurrentMunicipality();
	const plan = municipality ? await getPublicPlan(municipality.id, locals.lang) : null;
	const wanted = url.searchParams.get('niva');
	const level = preventionLevels.find((l) => l === wanted) ?? null;
	const focusAreas = (plan?.focusAreas ?? []).map((area) => ({
		...area,
		measures: area.measures
			.filter((m) => !level || m.level === level)
			.sort((a, b) => preventionLevels.indexOf(a.level) - preventionLevels.indexOf(b.level))
			.map((m) => ({
				...m,
				indicators: m.indicators.map((i) => ({
					...i,
					latest: i.values.at(-1) ?? null,
					chart: i.values.length ? chartGeometry(i) : null
				}))
			}))
	}));
	const counts = Object.fromEntries(
		preventionLevels.map((l) => [
			l,
			(plan?.focusAreas ?? []).flatMap((a) => a.measures).filter((m) => m.level === l).length
		])
	) as Record<PreventionLevel, number>;
	return {
		plan: plan && { ...plan, focusAreas },
		level,
		counts,
		isDemo: municipality?.isDemo ?? false,
		translations: messagesJson(locals.lang, ['plan'])
	};
};
