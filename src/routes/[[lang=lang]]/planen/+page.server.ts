import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { pageNumber, pagerLinks } from '$lib/server/paging';
import { publicPlanView } from '$lib/server/plans/public-plan';
import { listPublicPromises, promisesShown } from '$lib/server/consultations/public-council';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = async ({ locals, url }) => {
	const municipality = await getCurrentMunicipality();
	const params = url.searchParams;
	const view = await publicPlanView(municipality?.id ?? null, locals.lang, {
		level: params.get('niva'),
		area: params.get('omrade'),
		page: pageNumber(params)
	});
	// An unknown focus area, or a page past its last, is a clear "not found", not an empty page.
	if (view.notFound) error(404, 'Not found');
	const promises =
		municipality && !view.area ? await listPublicPromises(municipality.id, locals.lang) : [];
	return renderedOnServer({
		...view,
		pager: view.area
			? pagerLinks(url.pathname, params, view.area.page, view.area.pageSize, view.area.count)
			: null,
		promises: promises.slice(0, promisesShown),
		promisesTotal: promises.length,
		isDemo: municipality?.isDemo ?? false,
		translations: messagesJson(locals.lang, ['plan', 'council'])
	});
};
