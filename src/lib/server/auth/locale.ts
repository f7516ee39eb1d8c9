import { isLanguage, type Language } from '$lib/i18n/languages';

/** The languages staff screens (/admin) and the staff-written account emails exist in. */
export type StaffLocale = 'nb' | 'en';

/**
 * A person's language on staff screens: their own when it is nb or en, otherwise Bokmål
 * (a council member who reads /rad in Arabic sees /admin, if they have a staff role, in nb).
 */
export function staffLocale(locale: Language): StaffLocale {
	return locale === 'en' ? 'en' : 'nb';
}

/** Whether a path belongs to the youth council's area, which speaks all portal languages. */
export function isCouncilPath(pathname: string): boolean {
	return /^\/rad(\/|$)/.test(pathname);
}

/**
 * Where to go after choosing a language: back to the council page the person came from,
 * never anywhere else (a form field must not become an open redirect).
 */
export function councilReturnPath(value: unknown): string {
	if (typeof value !== 'string' || !/^\/rad([/?#]|$)/.test(value) || /[\\\s]|\/\//.test(value))
		return '/rad';
	return value;
}

export type LanguageChoice =
	{ ok: true; lang: Language; next: string } | { ok: false; next: string };

/** The language form on /rad: `lang` must be one of the portal's languages. */
export function parseLanguageChoice(form: FormData): LanguageChoice {
	const next = councilReturnPath(form.get('neste'));
	const lang = form.get('lang');
	return isLanguage(lang) ? { ok: true, lang, next } : { ok: false, next };
}
