import type { Language } from '$lib/i18n/languages';

/**
 * Plan content is written in Bokmål, with English for the demo. A text shown in another
 * language than the page says so with `lang`, so screen readers pronounce it right.
 */
export type LocalizedText = { text: string; lang: Language };

export function localized(
	nb: string,
	en: string | null | undefined,
	lang: Language
): LocalizedText {
	if (lang === 'en' && en) return { text: en, lang: 'en' };
	if (lang === 'nn') return { text: nb, lang: 'nb' };
	return { text: nb, lang: 'nb' };
}
