/**
 * The languages the portal ships. nb is the source language: every key exists there first,
 * and it is the language of `/` (no prefix). Adding a language means a folder in `locales/`
 * and one entry here.
 */
export const languages = [
	{ code: 'nb', name: 'Norsk bokmål', dir: 'ltr' },
	{ code: 'nn', name: 'Norsk nynorsk', dir: 'ltr' },
	{ code: 'en', name: 'English', dir: 'ltr' },
	{ code: 'uk', name: 'Українська', dir: 'ltr' },
	{ code: 'pl', name: 'Polski', dir: 'ltr' },
	{ code: 'ar', name: 'العربية', dir: 'rtl' },
	{ code: 'so', name: 'Soomaali', dir: 'ltr' }
] as const satisfies readonly { code: string; name: string; dir: 'ltr' | 'rtl' }[];

export type Language = (typeof languages)[number]['code'];
export type Direction = 'ltr' | 'rtl';

export const sourceLanguage: Language = 'nb';

const codes = new Set<string>(languages.map((l) => l.code));

export function isLanguage(value: unknown): value is Language {
	return typeof value === 'string' && codes.has(value);
}

export function directionOf(lang: Language): Direction {
	return languages.find((l) => l.code === lang)?.dir ?? 'ltr';
}

/** The language a path is in: its first segment when that is a non-source language. */
export function languageOfPath(pathname: string): Language {
	// The first segment without splitting the whole path (this runs for every link on a page).
	const end = pathname.indexOf('/', 1);
	const first = pathname.slice(1, end === -1 ? undefined : end);
	return first !== sourceLanguage && isLanguage(first) ? first : sourceLanguage;
}

/** The path without its language prefix, always starting with `/`. */
export function unlocalizedPath(pathname: string): string {
	const lang = languageOfPath(pathname);
	if (lang === sourceLanguage) return pathname || '/';
	const rest = pathname.slice(lang.length + 1);
	return rest === '' ? '/' : rest;
}

/** The same page in another language: `/finn-hjelp` → `/en/finn-hjelp`. */
export function localizedPath(pathname: string, lang: Language): string {
	const path = unlocalizedPath(pathname);
	if (lang === sourceLanguage) return path;
	return path === '/' ? `/${lang}` : `/${lang}${path}`;
}
