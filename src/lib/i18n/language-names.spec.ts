import { describe, expect, it } from 'vitest';
import { languageName, languageNames } from './language-names';

describe('languageName', () => {
	it('names content languages in the page language, not in Norwegian', () => {
		expect(languageNames(['en', 'nb', 'pl'], 'so')).toBe('Ingiriisi, Nawrijii Bokmål, Boolish');
		expect(languageNames(['nb', 'en'], 'nb')).toBe('norsk bokmål, engelsk');
		expect(languageNames(['nb', 'en'], 'ar')).toBe('النرويجية بوكمال، الإنجليزية');
		expect(languageName('uk', 'pl')).toBe('ukraiński');
	});

	it('names other languages through Intl, and keeps a code it cannot name', () => {
		expect(languageName('ti', 'en')).toBe('Tigrinya');
		expect(languageName('not a code!', 'en')).toBe('not a code!');
	});
});
