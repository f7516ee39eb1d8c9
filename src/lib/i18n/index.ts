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

const remembered = new WeakMap<i18n, Map<string, string>>();
/** Per instance; a page's texts repeat ("open until 16:00"), so this stays small. */
const maxRemembered = 5000;

/**
 * A translate function that always asks the instance `current` returns now. A string is
 * looked up once per instance and then remembered: without options by its key, with
 * options when they are all plain values (a time, a count, a name), by key and values. A
 * topic page at a real municipality's size asked i18next some two hundred times per render
 * for the same few dozen texts (issue 15).
 */
export function translator(current: () => i18n): Translate {
	return (k, options) => {
		const instance = current();
		const id = options ? rememberKey(k, options) : k;
		if (id === null) return instance.t(k, options!) as string;
		let memo = remembered.get(instance);
		if (!memo) remembered.set(instance, (memo = new Map()));
		let text = memo.get(id);
		if (text === undefined) {
			text = instance.t(k, options ?? {}) as string;
			if (memo.size >= maxRemembered) memo.clear();
			memo.set(id, text);
		}
		return text;
	};
}

/** The key and option values as one string, or null when an option is not a plain value. */
function rememberKey(k: string, options: TOptions): string | null {
	let id = k;
	for (const name in options) {
		const value = (options as Record<string, unknown>)[name];
		const type = typeof value;
		if (type !== 'string' && type !== 'number' && type !== 'boolean' && value !== undefined)
			return null;
		id += `\u0000${name}\u0001${type[0]}${String(value)}`;
	}
	return id;
}

/** The translate function for the page being shown, in its language. */
export function useT(): Translate {
	return translator(getContext<() => i18n>(key));
}

/** The context a component needs to translate, for mounting components outside the app. */
export function i18nContext(instance: i18n): Map<symbol, () => i18n> {
	return new Map([[key, () => instance]]);
}
