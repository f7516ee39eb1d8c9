import { error, fail } from '@sveltejs/kit';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import {
	activityTextFields,
	getActivityTranslations,
	saveActivityTranslation,
	translatableLanguages
} from '$lib/server/staff/translations';

const activityId = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : 0);

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	const id = activityId(event.params.id);
	const found = await getActivityTranslations(user.municipalityId, id);
	if (!found) error(404, 'Not found');
	return {
		translations: messagesJson(event.locals.lang, ['admin', 'admin_activities']),
		activityId: id,
		// Only fields the nb source has are offered for translation.
		fields: activityTextFields.filter(
			(f) => f === 'name' || f === 'description' || found.source[f] !== ''
		),
		...found
	};
};

const required = (max: number) =>
	v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.maxLength(max, 'too_long'));
const optional = (max: number) =>
	v.pipe(v.optional(v.string(), ''), v.trim(), v.maxLength(max, 'too_long'));
const TranslationForm = v.object({
	lang: v.picklist(translatableLanguages),
	name: required(200),
	description: required(5000),
	howToJoin: optional(1000),
	bring: optional(1000),
	priceText: optional(500),
	accessibilityNote: optional(1000)
});

export const actions: Actions = {
	default: async (event) => {
		const user = requireRole(event, 'editor');
		const form = await event.request.formData();
		const raw: Record<string, string | undefined> = {};
		for (const key of ['lang', ...activityTextFields]) {
			const value = form.get(key);
			raw[key] = typeof value === 'string' ? value.slice(0, 5001) : undefined;
		}
		const values = Object.fromEntries(Object.entries(raw).map(([k, val]) => [k, val ?? '']));
		const parsed = v.safeParse(TranslationForm, {
			...raw,
			name: raw.name ?? '',
			description: raw.description ?? ''
		});
		if (!parsed.success) {
			const errors: Record<string, string> = {};
			for (const issue of parsed.issues) {
				const key = issue.path?.[0]?.key;
				if (typeof key === 'string' && !errors[key]) errors[key] = issue.message;
			}
			return fail(400, { lang: values.lang, errors, values });
		}
		const { lang, ...text } = parsed.output;
		if (!(await saveActivityTranslation(user, activityId(event.params.id), lang, text)))
			error(404, 'Not found');
		return { savedLang: lang };
	}
};
