import i18next, { type i18n, type TOptions } from 'i18next';
import { getContext, setContext } from 'svelte';
import type { Language } from './languages';

/** Namespace → flat, snake_case key → string. */
export type Messages = Record<string, Record<string, string>>;

const parsed = new Map<string, Messages>();

/** Messages from the JSON a load returned; the same text always gives the same object. */
export function parseMessages(json: string | undefined): Messages {
	if (!json) return {};
	let messages = parsed.get(json);
	if (!messages) parsed.set(json, (messages = JSON.parse(json) as Messages));
	return messages;
}

const instances = new Map<string, i18n>();

/**
 * One i18next instance per language and set of namespaces. Keys are written
 * `namespace.key` (`common.skip_link`), so the namespace separator is `.` and keys are flat.
 * Svelte escapes text itself, so i18next must not escape a second time.
 *
 * Instances are kept and shared: a language's strings never change while the process runs
 * and nothing ever calls `changeLanguage`, so two visitors can safely use the same one.
 */
export function createI18n(lang: Language, messages: Messages): i18n {
	const cacheKey = `${lang}|${Object.keys(messages).sort().join(',')}`;
	const cached = instances.get(cacheKey);
	if (cached && sameMessages(cached, lang, messages)) return cached;
	const instance = i18next.createInstance();
	void instance.init({
		lng: lang,
		resources: { [lang]: messages },
		ns: Object.keys(messages),
		fallbackLng: false,
		nsSeparator: '.',
		keySeparator: false,
		interpolation: { escapeValue: false },
		returnNull: false,
		initAsync: false
	});
	instances.set(cacheKey, instance);
	return instance;
}

function sameMessages(instance: i18n, lang: Language, messages: Messages): boolean {
	for (const [ns, bundle] of Object.entries(messages)) {
		if (instance.getResourceBundle(lang, ns) !== bundle) return false;
	}
	return true;
}

export type Translate = (key: string, options?: TOptions) => string;

const key = Symbol('i18n');

/** Called once by the root layout; `current` is re-read so navigation swaps the words. */
export function setI18n(current: () => i18n): void {
	setContext(key, current);
}

const plainStrings = new WeakMap<i18n, Map<string, string>>();

/**
 * A translate function that always asks the instance `current` returns now. Strings
 * without options (most of them) are looked up once per instance and then remembered.
 */
export function translator(current: () => i18n): Translate {
	return (k, options) => {
		const instance = current();
		if (options) return instance.t(k, options) as string;
		let memo = plainStrings.get(instance);
		if (!memo) plainStrings.set(instance, (memo = new Map()));
		let text = memo.get(k);
		if (text === undefined) memo.set(k, (text = instance.t(k, {}) as string));
		return text;
	};
}

/** The translate function for the page being shown, in its language. */
export function useT(): Translate {
	return translator(getContext<() => i18n>(key));
}

/** The context a component needs to translate, for mounting components outside the app. */
export function i18nContext(instance: i18n): Map<symbol, () => i18n> {
	return new Map([[key, () => instance]]);
}
