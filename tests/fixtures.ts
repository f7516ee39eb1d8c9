import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

type Fixtures = {
	/** Fails the test if an anonymous page received a cookie or asked another host for anything. */
	privacyGuard: void;
};

type Options = {
	/**
	 * Staff and council tests log in, so they get a session cookie by design:
	 * `test.use({ signedIn: true })` keeps the foreign-request check and drops the cookie one.
	 */
	signedIn: boolean;
};

export const test = base.extend<Fixtures & Options>({
	signedIn: [false, { option: true }],
	privacyGuard: [
		async ({ page, baseURL, signedIn }, use) => {
			const foreign: string[] = [];
			const cookies: string[] = [];
			const origin = new URL(baseURL!).origin;
			page.on('request', (request) => {
				// A navigation the visitor chose (the quick exit) is not the page fetching things.
				if (request.isNavigationRequest() && request.frame() === page.mainFrame()) return;
				if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) {
					foreign.push(request.url());
				}
			});
			page.on('response', async (response) => {
				if (!response.url().startsWith(origin)) return;
				const setCookie = await response.headerValue('set-cookie');
				if (setCookie) cookies.push(`${response.url()}: ${setCookie}`);
			});
			await use();
			expect(foreign, 'requests to other hosts').toEqual([]);
			if (!signedIn) expect(cookies, 'cookies set on anonymous pages').toEqual([]);
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

/** The neutral site the quick exit goes to, answered locally so tests stay offline. */
export async function fakeNeutralSite(page: Page) {
	await page.route('https://www.yr.no/**', (route) =>
		route.fulfill({ contentType: 'text/html', body: '<title>Været</title><h1>Været</h1>' })
	);
}

/** Logs in through the real form; the session cookie then rides along on /admin and /rad. */
export async function logIn(page: Page, email: string, password: string) {
	await page.goto('/logg-inn');
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await page.waitForURL(/\/(admin|rad)/);
}
