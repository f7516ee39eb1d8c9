import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { publicPlanView } from '$lib/server/plans/public-plan';

export const load: PageServerLoad = async ({ locals, url }) => {
	const municipality = await getCurrentMunicipality();
	const view = await publicPlanView(
		municipality?.id ?? null,
		locals.lang,
		url.searchParams.get('niva')
	);
	return {
		...view,
		isDemo: municipality?.isDemo ?? false,
		translations: messagesJson(locals.lang, ['plan'])
	};
};
