import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { tileConfig } from '$lib/server/activities/map-tiles';
import { sessionCookieName } from '$lib/server/auth/session';
import { renderedOnServer } from '$lib/render-only';

// The page names the real cookie and the real tile server, so it stays true when either
// changes (MAP_TILE_URL points the map at another server).
export const load: PageServerLoad = ({ locals }) =>
	renderedOnServer({
		translations: messagesJson(locals.lang, ['privacy']),
		sessionCookie: sessionCookieName,
		mapTileHost: tileConfig().host
	});
