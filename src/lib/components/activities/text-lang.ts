import { directionOf, isLanguage, type Language } from '$lib/i18n/languages';

/**
 * Attributes for a text that may be in another language than the page (content that falls
 * back to nb): its `lang`, and its `dir` when that differs, so a Bokmål sentence on an
 * Arabic page reads left to right with its full stop at the end.
 */
export function textLang(
	text: { lang: string },
	pageLang: Language
): { lang?: string; dir?: 'ltr' | 'rtl' } {
	if (text.lang === pageLang) return {};
	const dir = isLanguage(text.lang) ? directionOf(text.lang) : 'ltr';
	return dir === directionOf(pageLang) ? { lang: text.lang } : { lang: text.lang, dir };
}

/** A time range that stays "17:30–19:00" inside right-to-left text (Unicode isolates). */
export function timeRange(start: string, end: string): string {
	return `\u2066${start}–${end}\u2069`;
}
