import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { tileConfig } from '$lib/server/activities/map-tiles';
import { mapPage } from '$lib/server/activities/pages';
import { renderedOnServer } from '$lib/render-only';

export const load: PageServerLoad = async ({ url, locals }) => {
	const tiles = tileConfig();
	return renderedOnServer({
		translations: messagesJson(locals.lang, ['activities']),
		tiles: { url: tiles.url, attribution: tiles.attribution, host: tiles.host },
		...(await mapPage(url, locals.lang))
	});
};
