import type { ParamMatcher } from '@sveltejs/kit';
import { isLanguage, sourceLanguage } from '$lib/i18n/languages';

// nb has no prefix: `/nb/...` is not a second address for the same page.
export const match = ((param: string) =>
	param !== sourceLanguage && isLanguage(param)) satisfies ParamMatcher;
