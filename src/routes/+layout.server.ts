import type { LayoutServerLoad } from './$types';
import { directionOf, isLanguage, languageOfPath } from '$lib/i18n/languages';
import { isSignedInArea } from '$lib/server/auth/handle';
import { messagesJson } from '$lib/i18n/messages.server';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { renderedOnServer } from '$lib/render-only';

export const load: LayoutServerLoad = async ({ params, locals, url, route }) => {
	// Reading params.lang makes SvelteKit re-run this load when the language changes on a
	// client-side navigation; pages that matched no route (404s) fall back to the hook's pick.
	const fromPath = (params as { lang?: string }).lang;
	// /admin and /rad speak the signed-in person's language (the session hook sets it), so
	// reading url.pathname here makes the layout re-run when a navigation crosses into them.
	const lang = isLanguage(fromPath)
		? fromPath
		: isSignedInArea(url.pathname)
			? locals.lang
			: languageOfPath(url.pathname);
	const municipality = await getCurrentMunicipality();
	const data = {
		lang,
		dir: directionOf(lang),
		common: messagesJson(lang, ['common']),
		municipality: municipality
			? { name: municipality.name, isDemo: municipality.isDemo }
			: { name: '', isDemo: false }
	};
	// This layout is shared with /admin, /rad and the error page of an unknown path, which
	// render in the browser too and need the data there. Public pages, their own errors
	// included ([[lang=lang]]/+error.svelte), render on the server only: no serialisation.
	return route.id?.startsWith('/[[lang=lang]]') ? renderedOnServer(data) : data;
};
