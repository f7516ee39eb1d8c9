import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';

export const load: PageServerLoad = ({ locals }) => ({
	translations: messagesJson(locals.lang, ['privacy'])
});
