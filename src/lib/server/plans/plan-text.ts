import { sourceLanguage, type Language } from '$lib/i18n/languages';
import { pickLocalized, type Localized } from '$lib/i18n/localized';

/**
 * Plan content (plan, focus areas, measures, indicators, outcome rationales) is stored as an
 * nb column with an optional en column. In any other language, or where en is empty, the
 * visitor reads the nb text, marked as nb by its `lang`. An empty nb text (an optional
 * description) stays an empty nb text rather than null, so pages need no extra branch.
 */
export function planText(nb: string, en: string | null | undefined, lang: Language): Localized {
	return pickLocalized({ nb, en }, lang) ?? { text: nb, lang: sourceLanguage };
}
