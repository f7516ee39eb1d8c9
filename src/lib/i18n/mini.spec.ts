import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { readdirSync, readFileSync } from 'node:fs';
import { i18nextInstance, type Messages } from './index';
import { languages } from './languages';
import { miniI18n } from './mini';

/**
 * The browser translates with mini.ts, the server with i18next: if they ever gave different
 * words, hydration would change the page under the reader's eyes. Every key of every
 * namespace in every language, with the counts that pick each plural form.
 */
const counts = [0, 1, 2, 3, 4, 5, 11, 12, 14, 21, 22, 25, 100, 101, 102, 111];

function localeMessages(lang: string): Messages {
	const messages: Messages = {};
	for (const file of readdirSync(`locales/${lang}`)) {
		if (file.endsWith('.json'))
			messages[file.replace(/\.json$/, '')] = JSON.parse(
				readFileSync(`locales/${lang}/${file}`, 'utf8')
			);
	}
	return messages;
}

describe('the browser translator', () => {
	for (const { code } of languages) {
		it(`gives i18next's string for every key in ${code}`, () => {
			const messages = localeMessages(code);
			const server = i18nextInstance(i18next, code, messages);
			const browser = miniI18n(code, messages);
			let compared = 0;
			for (const [ns, bundle] of Object.entries(messages)) {
				const keys = new Set(
					Object.keys(bundle).map((k) => k.replace(/_(zero|one|two|few|many|other)$/, ''))
				);
				for (const k of keys) {
					const key = `${ns}.${k}`;
					const names = new Set<string>();
					for (const [full, text] of Object.entries(bundle))
						if (full === k || full.startsWith(`${k}_`))
							for (const m of text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)) names.add(m[1]);
					const values = Object.fromEntries([...names].map((n) => [n, `«${n}»`]));
					expect(browser.t(key), key).toBe(server.t(key));
					expect(browser.t(key, values), key).toBe(server.t(key, values));
					for (const count of counts) {
						expect(browser.t(key, { ...values, count }), `${key} ${count}`).toBe(
							server.t(key, { ...values, count })
						);
					}
					compared++;
				}
			}
			expect(compared).toBeGreaterThan(300);
			expect(browser.t('common.no_such_key')).toBe(server.t('common.no_such_key'));
		});
	}
});
