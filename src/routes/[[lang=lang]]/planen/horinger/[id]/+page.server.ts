import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { getPublicRound } from '$lib/server/consultations/public-round';

export const load: PageServerLoad = async ({ locals, params }) => {
	const id = Number(params.id);
	const municipality = await getCurrentMunicipality();
	// Unpublished rounds and other municipalities' rounds look the same as missing ones.
	const round =
		municipality && Number.isSafeInteger(id) && id > 0
			? await getPublicRound(municipality.id, id, locals.lang)
			: null;
	if (!round) error(404, 'Not found');
	return { round, translations: messagesJson(locals.lang, ['plan']) };
};
