import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withLangAndDir } from './html-lang';

describe('withLangAndDir', () => {
	it("fills app.html's html tag and leaves the rest of the page as it was", () => {
		const template = readFileSync('src/app.html', 'utf8');
		const page = template.replace('%sveltekit.body%', '<p>%lang% is text here, %dir% too</p>');
		const filled = withLangAndDir(page, 'ar', 'rtl');
		expect(filled).toContain('<html lang="ar" dir="rtl">');
		expect(filled).toContain('<p>%lang% is text here, %dir% too</p>');
		expect(filled.length).toBe(page.length - '%lang%%dir%'.length + 'arrtl'.length);
	});

	it('gives a page without the tag back unchanged', () => {
		expect(withLangAndDir('<p>plain</p>', 'nb', 'ltr')).toBe('<p>plain</p>');
	});
});
