import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import {
	getServiceTranslations,
	saveServiceTranslation,
	translatableLanguages
} from '$lib/server/staff/translations';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	const found = await getServiceTranslations(user.municipalityId, Number(event.params.id) || 0);
	if (!found) error(404, 'Not found');
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		serviceId: Number(event.params.id),
		...found
	};
};

const text = (max: number) =>
	v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.maxLength(max, 'too_long'));
const TranslationForm = v.object({
	lang: v.picklist(translatableLanguages),
	name: text(200),
	summary: text(500),
	description: text(5000)
});

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'editor');
		const form = await event.request.formData();
		const raw = Object.fromEntries(
			['lang', 'name', 'summary', 'description'].map((k) => [k, form.get(k) ?? ''])
		);
		const values = Object.fromEntries(
			Object.entries(raw).map(([k, val]) => [k, typeof val === 'string' ? val.slice(0, 5000) : ''])
		);
		const parsed = v.safeParse(TranslationForm, raw);
		if (!parsed.success) {
			const errors: Record<string, string> = {};
			for (const issue of parsed.issues) {
				const key = issue.path?.[0]?.key;
				if (typeof key === 'string' && !errors[key]) errors[key] = issue.message;
			}
			return fail(400, { lang: values.lang, errors, values });
		}
		const { lang, ...textFields } = parsed.output;
		const ok = await saveServiceTranslation(user, Number(event.params.id) || 0, lang, textFields);
		if (!ok) error(404, 'Not found');
		return { savedLang: lang };
	}
};
