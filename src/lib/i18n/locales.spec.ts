import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { directionOf, languages, sourceLanguage } from './languages';

/**
 * The translation contract: every language has every key nb has, with all the plural
 * forms its grammar needs (CLDR), the same placeholders, and words of its own.
 */
const root = join(process.cwd(), 'locales');

/** Staff screens (namespaces `admin*`) are shipped in Bokmål and English only. */
const staffLanguages = new Set(['nb', 'en']);
const isStaffKey = (key: string) => key.startsWith('admin');
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function catalog(lang: string): Map<string, string> {
	const entries = new Map<string, string>();
	for (const file of readdirSync(join(root, lang)).filter((f) => f.endsWith('.json'))) {
		const ns = file.replace(/\.json$/, '');
		const messages = JSON.parse(readFileSync(join(root, lang, file), 'utf8'));
		for (const [key, value] of Object.entries(messages)) {
			expect(typeof value, `${lang}/${file}: ${key} must be a string`).toBe('string');
			entries.set(`${ns}.${key}`, value as string);
		}
	}
	return entries;
}

const source = catalog(sourceLanguage);
const sourceBases = new Set([...source.keys()].map((k) => k.replace(pluralSuffix, '')));
const pluralBases = new Set(
	[...source.keys()].filter((k) => pluralSuffix.test(k)).map((k) => k.replace(pluralSuffix, ''))
);
const placeholders = (text: string) =>
	[...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locales', () => {
	it('has a folder for every shipped language and no stray folder', () => {
		const folders = readdirSync(root).sort();
		expect(folders).toEqual(languages.map((l) => l.code).sort());
	});

	for (const { code } of languages) {
		describe(code, () => {
			const messages = catalog(code);
			const expectsKey = (key: string) => staffLanguages.has(code) || !isStaffKey(key);

			it('has every key the nb source has', () => {
				const bases = new Set([...messages.keys()].map((k) => k.replace(pluralSuffix, '')));
				const missing = [...sourceBases].filter((k) => expectsKey(k) && !bases.has(k));
				expect(missing).toEqual([]);
			});

			it('has no key the nb source lacks', () => {
				const extra = [...messages.keys()]
					.map((k) => k.replace(pluralSuffix, ''))
					.filter((k) => !sourceBases.has(k));
				expect(extra).toEqual([]);
			});

			it('has exactly the plural forms its grammar uses', () => {
				const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
				for (const base of [...pluralBases].filter(expectsKey)) {
					const forms = [...messages.keys()]
						.filter((k) => k.replace(pluralSuffix, '') === base && pluralSuffix.test(k))
						.map((k) => k.match(pluralSuffix)![1])
						.sort();
					expect(forms, base).toEqual([...categories].sort());
				}
			});

			it('keeps the placeholders and leaves no string empty', () => {
				for (const [key, text] of messages) {
					expect(text.trim(), key).not.toBe('');
					const base = key.replace(pluralSuffix, '');
					if (pluralBases.has(base)) {
						// "نتيجة واحدة" (one result) needs no number; a plural form may drop {{count}}.
						const allowed = placeholders(source.get(`${base}_other`)!);
						for (const name of placeholders(text)) expect(allowed, key).toContain(name);
					} else {
						expect(placeholders(text), key).toEqual(placeholders(source.get(key)!));
					}
				}
			});

			if (directionOf(code) === 'rtl') {
				it('keeps phone numbers in one piece inside right-to-left text', () => {
					// "116 111" in Arabic text would show as "111 116" unless isolated (U+2066…U+2069).
					for (const [key, text] of messages) {
						const loose = text.replace(/\u2066[^\u2069]*\u2069/g, '');
						expect(loose, key).not.toMatch(/\d+ \d+/);
					}
				});
			}

			if (code !== sourceLanguage) {
				it('is really translated, not nb copied', () => {
					// Names and numbers ("Inngang", "113") may stay as they are; sentences may not.
					const sentences = [...source].filter(([, text]) => text.split(' ').length >= 5);
					const copied = sentences.filter(([key, text]) => messages.get(key) === text);
					expect(copied.map(([key]) => key)).toEqual([]);
				});
			}
		});
	}
});
