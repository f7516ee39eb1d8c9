import { describe, expect, it } from 'vitest';
import {
	directionOf,
	languageOfPath,
	languages,
	localizedPath,
	unlocalizedPath
} from './languages';

describe('language in the URL path', () => {
	it('reads nb from an unprefixed path and other languages from their prefix', () => {
		expect(languageOfPath('/')).toBe('nb');
		expect(languageOfPath('/finn-hjelp')).toBe('nb');
		expect(languageOfPath('/en')).toBe('en');
		expect(languageOfPath('/ar/finn-hjelp/tema')).toBe('ar');
	});

	it('treats an unknown or nb prefix as part of an nb path', () => {
		expect(languageOfPath('/xx/finn-hjelp')).toBe('nb');
		expect(languageOfPath('/nb/finn-hjelp')).toBe('nb');
		expect(languageOfPath('/english')).toBe('nb');
	});

	it('keeps the page when switching language', () => {
		expect(localizedPath('/finn-hjelp', 'en')).toBe('/en/finn-hjelp');
		expect(localizedPath('/en/finn-hjelp', 'ar')).toBe('/ar/finn-hjelp');
		expect(localizedPath('/pl/aktiviteter/1', 'nb')).toBe('/aktiviteter/1');
		expect(localizedPath('/', 'so')).toBe('/so');
		expect(localizedPath('/uk', 'nb')).toBe('/');
		expect(unlocalizedPath('/en')).toBe('/');
	});

	it('writes Arabic right to left and the rest left to right', () => {
		expect(directionOf('ar')).toBe('rtl');
		for (const { code } of languages.filter((l) => l.code !== 'ar')) {
			expect(directionOf(code)).toBe('ltr');
		}
	});
});
