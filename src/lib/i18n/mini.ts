import type { Messages } from './index';

/**
 * The browser's translator: the part of i18next the portal's strings use (a `namespace.key`
 * lookup, `{{name}}` interpolation, `count` plurals by the language's CLDR rules), in a few
 * hundred bytes instead of i18next's 15 kB gzipped. The server renders with i18next itself;
 * `mini.spec.ts` holds this to give i18next's answer for every string in every language,
 * so hydration never sees a different word.
 */
export type MiniI18n = { t(key: string, options?: Record<string, unknown>): string };

export function miniI18n(lang: string, messages: Messages): MiniI18n {
	const plurals = new Intl.PluralRules(lang);
	const lookup = (key: string): string | undefined => {
		const dot = key.indexOf('.');
		return dot < 0 ? undefined : messages[key.slice(0, dot)]?.[key.slice(dot + 1)];
	};
	return {
		t(key, options = {}) {
			const count = options.count;
			let text: string | undefined;
			if (typeof count === 'number') {
				if (count === 0) text = lookup(`${key}_zero`);
				text ??= lookup(`${key}_${plurals.select(count)}`) ?? lookup(`${key}_other`);
			}
			text ??= lookup(key);
			if (text === undefined) return key.slice(key.indexOf('.') + 1);
			return text.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (whole, name: string) => {
				const value = options[name];
				return value === undefined || value === null ? whole : String(value);
			});
		}
	};
}
