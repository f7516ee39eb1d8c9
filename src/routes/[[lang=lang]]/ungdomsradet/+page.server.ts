import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { councilOverview, promisesShown } from '$lib/server/consultations/public-council';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = async ({ locals }) => {
	const municipality = await getCurrentMunicipality();
	const overview = municipality
		? await councilOverview(municipality.id, locals.lang)
		: { open: null, latest: null, promises: [], today: '' };
	return renderedOnServer({
		overview: { ...overview, promises: overview.promises.slice(0, promisesShown) },
		promisesTotal: overview.promises.length,
		translations: messagesJson(locals.lang, ['plan', 'council'])
	});
};
