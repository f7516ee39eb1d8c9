import { expect, test } from './fixtures';
import { languages } from '../src/lib/i18n/languages';
import { publicPages, resolvePublicPath } from './public-pages';

function pathIn(code: string, path: string) {
	if (code === 'nb') return path;
	return path === '/' ? `/${code}` : `/${code}${path}`;
}

/** The one `<meta name="description">` of a page's head, HTML entities left as they are. */
function descriptions(html: string): string[] {
	const head = html.slice(0, html.indexOf('</head>'));
	return [...head.matchAll(/<meta name="description" content="([^"]*)"/g)].map((m) => m[1]);
}

// A search engine's snippet and a shared link's preview: every public page says in a sentence
// what it is, in the page's language.
test('every public page has one meta description in its language', async ({ request }) => {
	const nb = new Map<string, string>();
	for (const { code } of languages) {
		for (const { path, name } of publicPages) {
			const html = await (
				await request.get(pathIn(code, await resolvePublicPath(request, path)))
			).text();
			const found = descriptions(html);
			expect(found, `${code} ${name}`).toHaveLength(1);
			expect(found[0].length, `${code} ${name}`).toBeGreaterThan(30);
			expect(html, `${code} ${name}`).toMatch(new RegExp(`<html[^>]* lang="${code}"`));
			if (code === 'nb') nb.set(path, found[0]);
			// Pages whose description comes from the locale files say it in the visitor's language.
			else if (!/tjeneste|fotball/.test(path))
				expect(found[0], `${code} ${name}`).not.toBe(nb.get(path));
		}
	}
});
