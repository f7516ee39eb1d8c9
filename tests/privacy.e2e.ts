import { expect, test } from './fixtures';
import { languages } from '../src/lib/i18n/languages';
import { publicPages, resolvePublicPath } from './public-pages';

function pathIn(code: string, path: string) {
	if (code === 'nb') return path;
	return path === '/' ? `/${code}` : `/${code}${path}`;
}

test('no public page in any language sets a cookie', async ({ request }) => {
	for (const { code } of languages) {
		for (const { path } of [...publicPages, { path: '/finnes-ikke' }]) {
			const response = await request.get(pathIn(code, await resolvePublicPath(request, path)));
			expect(response.headers()['set-cookie'], `${code} ${path}`).toBeUndefined();
		}
	}
});

test('pages send the security headers', async ({ request }) => {
	const response = await request.get('/');
	const headers = response.headers();
	const csp = headers['content-security-policy'];
	expect(csp).toContain("frame-ancestors 'none'");
	expect(csp).toContain("default-src 'self'");
	expect(csp).not.toContain("'unsafe-inline'");
	expect(csp).not.toContain("'unsafe-eval'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('no-referrer');
	expect(headers['permissions-policy']).toContain('geolocation=()');
	expect(headers['permissions-policy']).toContain('camera=()');
});

test('a page loads nothing from other hosts and no web fonts', async ({ page }) => {
	const fonts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'font') fonts.push(r.url());
	});
	for (const { path } of publicPages) await page.goto(await resolvePublicPath(page.request, path));
	// The privacy guard fixture fails the test on any request to another host.
	expect(fonts).toEqual([]);
});
