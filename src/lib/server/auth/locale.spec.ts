import { describe, expect, it } from 'vitest';
import { councilReturnPath, isCouncilPath, parseLanguageChoice, staffLocale } from './locale';

function form(entries: Record<string, string>): FormData {
	const data = new FormData();
	for (const [k, v] of Object.entries(entries)) data.set(k, v);
	return data;
}

describe('the person’s language on signed-in screens', () => {
	it('shows staff screens in nb or en only', () => {
		expect(staffLocale('en')).toBe('en');
		expect(staffLocale('nb')).toBe('nb');
		expect(staffLocale('ar')).toBe('nb');
		expect(staffLocale('uk')).toBe('nb');
	});

	it('knows the council area by its path', () => {
		expect(isCouncilPath('/rad')).toBe(true);
		expect(isCouncilPath('/rad/horinger/3')).toBe(true);
		expect(isCouncilPath('/radio')).toBe(false);
		expect(isCouncilPath('/admin')).toBe(false);
	});

	it('accepts the seven portal languages and nothing else', () => {
		expect(parseLanguageChoice(form({ lang: 'so', neste: '/rad' }))).toEqual({
			ok: true,
			lang: 'so',
			next: '/rad'
		});
		expect(parseLanguageChoice(form({ lang: 'de' })).ok).toBe(false);
		expect(parseLanguageChoice(form({})).ok).toBe(false);
	});

	it('goes back to a council page and never to another site', () => {
		expect(councilReturnPath('/rad/horinger/3?lagret=utkast')).toBe(
			'/rad/horinger/3?lagret=utkast'
		);
		expect(councilReturnPath('/rad?x=1')).toBe('/rad?x=1');
		for (const bad of [
			'https://evil.example',
			'//evil.example',
			'/rad//evil',
			'/admin',
			'/rad\\x',
			null
		]) {
			expect(councilReturnPath(bad)).toBe('/rad');
		}
	});
});
