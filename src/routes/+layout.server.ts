import type { LayoutServerLoad } from './$types';
import { directionOf, isLanguage } from '$lib/i18n/languages';
import { messagesJson } from '$lib/i18n/messages.server';
import { getCurrentMunicipality } from '$lib/server/municipality';

export const load: LayoutServerLoad = async ({ params, locals }) => {
	// Reading params.lang makes SvelteKit re-run this load when the language changes on a
	// client-side navigation; pages that matched no route (404s) fall back to the hook's pick.
	const fromPath = (params as { lang?: string }).lang;
	const lang = isLanguage(fromPath) ? fromPath : locals.lang;
	const municipality = await getCurrentMunicipality();
	return {
		lang,
		dir: directionOf(lang),
		common: messagesJson(lang, ['common']),
		municipality: municipality
			? { name: municipality.name, isDemo: municipality.isDemo }
			: { name: '', isDemo: false }
	};
};
