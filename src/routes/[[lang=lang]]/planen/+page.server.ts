import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { publicPlanView } from '$lib/server/plans/public-plan';
import { listPublicPromises } from '$lib/server/consultations/public-council';

export const load: PageServerLoad = async ({ locals, url }) => {
	const municipality = await getCurrentMunicipality();
	const view = await publicPlanView(
		municipality?.id ?? null,
		locals.lang,
		url.searchParams.get('niva')
	);
	const promises = municipality ? await listPublicPromises(municipality.id, locals.lang) : [];
	return {
		...view,
		promises,
		isDemo: municipality?.isDemo ?? false,
		translations: messagesJson(locals.lang, ['plan', 'council'])
	};
};
