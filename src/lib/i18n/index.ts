import type { TOptions } from 'i18next';
import { getContext, setContext } from 'svelte';
import { browser } from '$app/environment';
import type { Language } from './languages';
import { miniI18n } from './mini';

// i18next renders on the server; the browser gets the small translator in mini.ts that gives
// the same strings (mini.spec.ts), so i18next's 15 kB gzipped stay out of every page's JS.
const i18next = browser ? undefined : (await import('i18next')).default;

/** What translating needs: the server's i18next instance, or the browser's mini translator. */
export type I18n = { t(key: string, options?: TOptions): string };

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

const instances = new Map<string, { instance: I18n; messages: Messages }>();

/**
 * One i18next instance per language and set of namespaces. Keys are written
 * `namespace.key` (`common.skip_link`), so the namespace separator is `.` and keys are flat.
 * Svelte escapes text itself, so i18next must not escape a second time.
 *
 * Instances are kept and shared: a language's strings never change while the process runs
 * and nothing ever calls `changeLanguage`, so two visitors can safely use the same one.
 */
export function createI18n(lang: Language, messages: Messages): I18n {
	const cacheKey = `${lang}|${Object.keys(messages).sort().join(',')}`;
	const cached = instances.get(cacheKey);
	if (cached && sameMessages(cached.messages, messages)) return cached.instance;
	const instance = i18next ? i18nextInstance(i18next, lang, messages) : miniI18n(lang, messages);
	instances.set(cacheKey, { instance, messages });
	return instance;
}

export function i18nextInstance(
	engine: typeof import('i18next').default,
	lang: Language,
	messages: Messages
): I18n {
	const instance = engine.createInstance();
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
	return { t: (key, options) => instance.t(key, options ?? {}) as string };
}

function sameMessages(held: Messages, messages: Messages): boolean {
	for (const [ns, bundle] of Object.entries(messages)) {
		if (held[ns] !== bundle) return false;
	}
	return true;
}

export type Translate = (key: string, options?: TOptions) => string;

const key = Symbol('i18n');

/** Called once by the root layout; `current` is re-read so navigation swaps the words. */
export function setI18n(current: () => I18n): void {
	setContext(key, current);
}

const plainStrings = new WeakMap<I18n, Map<string, string>>();

/**
 * A translate function that always asks the instance `current` returns now. Strings
 * without options (most of them) are looked up once per instance and then remembered.
 */
export function translator(current: () => I18n): Translate {
	return (k, options) => {
		const instance = current();
		if (options) return instance.t(k, options);
		let memo = plainStrings.get(instance);
		if (!memo) plainStrings.set(instance, (memo = new Map()));
		let text = memo.get(k);
		if (text === undefined) memo.set(k, (text = instance.t(k, {})));
		return text;
	};
}

/** The translate function for the page being shown, in its language. */
export function useT(): Translate {
	return translator(getContext<() => I18n>(key));
}

/** The context a component needs to translate, for mounting components outside the app. */
export function i18nContext(instance: I18n): Map<symbol, () => I18n> {
	return new Map([[key, () => instance]]);
}
