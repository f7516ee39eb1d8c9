import type { Messages } from './index';
import { sourceLanguage, type Language } from './languages';

// Bundled at build time: no file reads per request, and a missing file fails the build.
const files = import.meta.glob<Record<string, string>>('/locales/*/*.json', {
	eager: true,
	import: 'default'
});

const byLanguage = new Map<string, Messages>();
for (const [file, messages] of Object.entries(files)) {
	const [, , lang, name] = file.split('/');
	const ns = name.replace(/\.json$/, '');
	const catalog = byLanguage.get(lang) ?? {};
	catalog[ns] = messages;
	byLanguage.set(lang, catalog);
}

const cache = new Map<string, Messages>();

/**
 * The UI strings a page needs, in its language. A key a translation lacks falls back to
 * the nb text (the parity test keeps that from happening in a release).
 */
export function messagesFor(lang: Language, namespaces: readonly string[]): Messages {
	const cacheKey = `${lang}:${namespaces.join(',')}`;
	const hit = cache.get(cacheKey);
	if (hit) return hit;
	const source = byLanguage.get(sourceLanguage) ?? {};
	const target = byLanguage.get(lang) ?? {};
	const result: Messages = {};
	for (const ns of namespaces) {
		if (!source[ns]) throw new Error(`Unknown message namespace: ${ns}`);
		result[ns] = lang === sourceLanguage ? source[ns] : { ...source[ns], ...target[ns] };
	}
	cache.set(cacheKey, result);
	return result;
}

const jsonCache = new Map<string, string>();

/**
 * The same, as JSON text. Pages hand their strings to the browser this way: serialising one
 * string per request is far cheaper than walking an object of a few hundred keys.
 */
export function messagesJson(lang: Language, namespaces: readonly string[]): string {
	const cacheKey = `${lang}:${namespaces.join(',')}`;
	let json = jsonCache.get(cacheKey);
	if (json === undefined)
		jsonCache.set(cacheKey, (json = JSON.stringify(messagesFor(lang, namespaces))));
	return json;
}
