import { describe, expect, it } from 'vitest';
import ar from './content/ar.json';

describe('Arabic demo content', () => {
	it('keeps phone numbers in one piece inside right-to-left text', () => {
		// "116 111" in an Arabic service name would show as "111 116" unless isolated
		// (U+2066…U+2069), as the UI strings are (src/lib/i18n/locales.spec.ts).
		for (const [key, text] of Object.entries(ar as Record<string, string>)) {
			const loose = text.replace(/\u2066[^\u2069]*\u2069/g, '');
			expect(loose, key).not.toMatch(/\d+ \d+/);
		}
	});

	it('keeps a Norwegian name with a dash in one piece inside right-to-left text', () => {
		// "(Oppfølgingstjenesten – OT)" wrapped at 360 px as "Oppfølgingstjenesten)" and
		// "(– OT": the dash and the brackets take the Arabic direction unless the name, with its
		// brackets, is isolated.
		for (const [key, text] of Object.entries(ar as Record<string, string>)) {
			const loose = text.replace(/\u2066[^\u2069]*\u2069/g, '');
			expect(loose, key).not.toMatch(/\p{Script=Latin}+ – \p{Script=Latin}+/u);
		}
	});
});
