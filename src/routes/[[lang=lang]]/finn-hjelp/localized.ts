import { directionOf, type Language } from '$lib/i18n/languages';

/**
 * Attributes for a text that may be a fallback: when it is not in the page's language,
 * say which language it is in (screen readers switch voice) and its direction, so nb text
 * on an Arabic page reads left to right with its full stop at the end.
 */
export function langAttrs(
	text: { lang: Language },
	pageLang: Language
): { lang?: Language; dir?: 'ltr' | 'rtl' } {
	return text.lang === pageLang ? {} : { lang: text.lang, dir: directionOf(text.lang) };
}
