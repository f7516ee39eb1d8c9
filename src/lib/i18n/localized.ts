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
	if (own) return { text: directionOf(wanted) === 'rtl' ? isolateNumbers(own) : own, lang: wanted };
	const source = texts[sourceLanguage];
	return source ? { text: source, lang: sourceLanguage } : null;
}

/** A number written in groups ("116 111", "22 33 44 55"), not already isolated. */
const groupedNumber = /(?<![\u2066\d])\d+(?:[ \u00a0]\d+)+(?![\d\u2069])/g;

/**
 * Wraps grouped numbers in a left-to-right isolate (U+2066…U+2069). Inside right-to-left
 * text the bidi algorithm puts the groups of "116 111" in reverse order ("111 116"); staff
 * type Arabic names and summaries with phone numbers in them, so this is done on reading.
 */
export function isolateNumbers(text: string): string {
	return text.replace(groupedNumber, (number) => `\u2066${number}\u2069`);
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
