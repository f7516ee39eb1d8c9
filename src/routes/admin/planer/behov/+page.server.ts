import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { messagesJson } from '$lib/i18n/messages.server';
import { listFocusAreaTitles, loadNeedsPicture } from '$lib/server/plans/needs-picture';
import { parentsTopic, topics } from '$lib/server/services/topics';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'coordinator');
	const [picture, focusAreas] = await Promise.all([
		loadNeedsPicture(),
		listFocusAreaTitles(user.municipalityId)
	]);
	return {
		picture,
		focusAreas,
		topicKeys: Object.fromEntries([...topics, parentsTopic].map((t) => [t.code, t.key])),
		// The table's own words are in `council`: the council reads the same table in /rad.
		translations: messagesJson(event.locals.lang, ['admin', 'admin_plans', 'council', 'finder'])
	};
};
