import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

type Fixtures = {
	/**
	 * Paths (prefixes) that may set a cookie: only staff tests set it, to the login form and
	 * the signed-in areas (`test.use({ cookiePaths: signedInCookiePaths })`). Every other
	 * response must still set none.
	 */
	cookiePaths: string[];
	/** Fails the test if an anonymous page received a cookie or asked another host for anything. */
	privacyGuard: void;
};

/**
 * The tile server the e2e app is configured with (MAP_TILE_URL in playwright.config.ts): a
 * host of its own, as OpenStreetMap is in production, so the map page's CSP exception is
 * tested for real. It never reaches the network: every page answers it with "no tile" here,
 * and a test that wants tiles routes it again (`stubMapTiles`).
 */
export const tileOrigin = 'https://tiles.inngang.invalid';
const isMapPage = (url: string) =>
	/^\/([a-z]{2}\/)?aktiviteter\/kart\/?$/.test(new URL(url).pathname);

/** Where the session cookie is legitimately set: the login form and the signed-in areas. */
export const signedInCookiePaths = ['/logg-inn', '/en/logg-inn', '/admin', '/rad'];

export const test = base.extend<Fixtures>({
	cookiePaths: [[], { option: true }],
	privacyGuard: [
		async ({ page, baseURL, cookiePaths }, use) => {
			const foreign: string[] = [];
			const cookies: string[] = [];
			const origin = new URL(baseURL!).origin;
			await page.route(`${tileOrigin}/**`, (route) => route.fulfill({ status: 404 }));
			page.on('request', (request) => {
				// The map page, and only it, may fetch tiles, once the visitor has opened it.
				if (request.url().startsWith(`${tileOrigin}/`) && isMapPage(page.url())) return;
				// A navigation the visitor chose (the quick exit) is not the page fetching things.
				if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return;
				if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) {
					foreign.push(request.url());
				}
			});
			page.on('response', async (response) => {
				if (!response.url().startsWith(origin)) return;
				const path = new URL(response.url()).pathname;
				if (cookiePaths.some((p) => path === p || path.startsWith(p + '/'))) return;
				// A test that closes its page while a response is still arriving has nothing more
				// to read from it; a closed target is not a cookie.
				const setCookie = await response.headerValue('set-cookie').catch((error: Error) => {
					if (/has been closed/.test(error.message)) return null;
					throw error;
				});
				if (setCookie) cookies.push(`${response.url()}: ${setCookie}`);
			});
			await use();
			expect(foreign, 'requests to other hosts').toEqual([]);
			expect(cookies, 'cookies set on anonymous pages').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Serious and critical WCAG 2.1 A/AA violations axe finds on the page as it is now. */
export async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A 1×1 PNG for every tile, and the tile addresses the page asked for. */
export async function stubMapTiles(page: Page): Promise<string[]> {
	const requested: string[] = [];
	const png = Buffer.from(
		'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
		'base64'
	);
	await page.route(`${tileOrigin}/**`, (route) => {
		requested.push(route.request().url());
		return route.fulfill({ status: 200, contentType: 'image/png', body: png });
	});
	return requested;
}

/** The neutral site the quick exit goes to, answered locally so tests stay offline. */
export async function fakeNeutralSite(page: Page) {
	await page.route('https://www.yr.no/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Været</title><h1>Været</h1>' })
	);
}
