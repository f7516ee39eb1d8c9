import * as v from 'valibot';
import { parseFields, requiredText, type Parsed } from '$lib/server/forms';
import { translatableLanguages, type TranslatableLanguage } from '$lib/server/translations';
import type { ServiceText } from './translations';

const Fields = v.object({
	lang: v.picklist(translatableLanguages, 'required'),
	name: requiredText(200),
	summary: requiredText(500),
	description: requiredText(5000),
	whoAnswers: v.pipe(v.string(), v.trim(), v.maxLength(300, 'too_long')),
	alert: v.pipe(v.string(), v.trim(), v.maxLength(500, 'too_long'))
});

/** One language of a service's texts from the side-by-side editor; name, summary and description are required. */
export function parseServiceTranslationForm(
	form: FormData
): Parsed<ServiceText & { lang: TranslatableLanguage }> {
	return parseFields(Fields, form, [
		'lang',
		'name',
		'summary',
		'description',
		'whoAnswers',
		'alert'
	]);
}
