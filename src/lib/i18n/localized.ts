import { directionOf, isLanguage, sourceLanguage, type Language } from '$lib/i18n/languages';

/**
 * A text and the language it is really written in. Content is written in nb first; where
 * the visitor's language has no text yet, the nb text is shown, and `lang` says so, so the
 * page can mark it (screen readers switch voice) and tell the reader it is only in Norwegian.
 * Shared by server and components: it holds no server code.
 */
export type Localized = { text: string; lang: Language };

/**
 * The text in `wanted`, else in the source language, else null. `texts` maps a language to
 * its text; empty strings count as missing.
 */
export function pickLocalized(
	texts: Partial<Record<Language, string | null | undefined>>,
	wanted: Language
): Localized | null {
	const own = texts[wanted];
	if (own) return { text: own, lang: wanted };
	const source = texts[sourceLanguage];
	return source ? { text: source, lang: sourceLanguage } : null;
}

/**
 * Attributes for a text that may be in another language than the page: its `lang`, and
 * its `dir` when the direction differs, so a Bokmål sentence on an Arabic page reads left
 * to right with its full stop at the end. Nothing when the text is in the page's language.
 */
export function langAttrs(
	text: { lang: string },
	pageLang: Language
): { lang?: string; dir?: 'ltr' | 'rtl' } {
	if (text.lang === pageLang) return {};
	const dir = isLanguage(text.lang) ? directionOf(text.lang) : 'ltr';
	return dir === directionOf(pageLang) ? { lang: text.lang } : { lang: text.lang, dir };
}

/** Whether the text is a fallback the reader should be told about. */
export function isFallback(text: { lang: string }, pageLang: Language): boolean {
	return text.lang !== pageLang && !(pageLang === 'nn' && text.lang === 'nb');
}
