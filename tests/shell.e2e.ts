import { expect, fakeNeutralSite, test } from './fixtures';
import { languages } from '../src/lib/i18n/languages';
import { publicPages } from './public-pages';

test('the home page is in Bokmål and marks the demo municipality', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hva trenger du?');
	await expect(page.getByText('Fjordvik kommune').first()).toBeVisible();
	await expect(page.getByText('Demo', { exact: true })).toBeVisible();
	const doors = page.getByRole('navigation', { name: 'Hovedmeny' });
	await expect(doors.getByRole('link', { name: 'Finn hjelp' })).toBeVisible();
	await expect(doors.getByRole('link', { name: 'Finn noe å gjøre' })).toBeVisible();
});

test('the language switch keeps the visitor on the same page', async ({ page }) => {
	await page.goto('/personvern');
	await page.getByText('Språk').click();
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/en\/personvern$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Privacy');

	await page.getByText('Language', { exact: true }).click();
	await page.getByRole('link', { name: 'العربية' }).click();
	await expect(page).toHaveURL(/\/ar\/personvern$/);
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

	await page.locator('.language-switcher summary').click();
	await page.getByRole('link', { name: 'Norsk bokmål' }).click();
	await expect(page).toHaveURL(/\/personvern$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});

test('Arabic pages are right to left and mirrored', async ({ page }) => {
	await page.goto('/ar');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	// The quick exit sits at the end of the crisis bar: on the left in a right-to-left page.
	const exit = await page.locator('.quick-exit').boundingBox();
	const firstLine = await page.getByRole('link', { name: /113/ }).boundingBox();
	expect(exit!.x).toBeLessThan(firstLine!.x);
});

test('every page names its translations for search engines', async ({ page }) => {
	await page.goto('/en/finn-hjelp');
	for (const { code } of languages) {
		const expected = code === 'nb' ? '/finn-hjelp' : `/${code}/finn-hjelp`;
		await expect(page.locator(`link[rel=alternate][hreflang=${code}]`)).toHaveAttribute(
			'href',
			new RegExp(`${expected}$`)
		);
	}
	await expect(page.locator('link[rel=alternate][hreflang=x-default]')).toHaveAttribute(
		'href',
		/\/finn-hjelp$/
	);
});

test('quick exit by click leaves at once and Back does not return to the page', async ({
	page
}) => {
	await fakeNeutralSite(page);
	await page.goto('/');
	await page.goto('/finn-hjelp');
	await page.getByRole('link', { name: 'Gå ut' }).click();
	await expect(page).toHaveURL('https://www.yr.no/');
	await page.goBack();
	await expect(page).not.toHaveURL(/finn-hjelp/);
});

test('quick exit by pressing Shift three times', async ({ page }) => {
	await fakeNeutralSite(page);
	await page.goto('/');
	await page.goto('/personvern');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// Wait until the page is interactive (hydrated) before using the shortcut.
	await page.waitForFunction(() => document.querySelector('.quick-exit') !== null);
	await page.waitForLoadState('networkidle');
	await page.keyboard.press('Shift');
	await page.keyboard.press('Shift');
	await expect(page).toHaveURL(/\/personvern$/);
	await page.keyboard.press('Shift');
	await expect(page).toHaveURL('https://www.yr.no/');
	await page.goBack();
	await expect(page).not.toHaveURL(/personvern/);
});

test('the skip link is the first stop for the keyboard and jumps to the content', async ({
	page
}) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Hopp til innholdet' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
	await expect(page.locator('main')).toBeFocused();
});

test('the crisis lines stay on screen when the page scrolls', async ({ page }) => {
	await page.goto('/personvern');
	await page.locator('footer').scrollIntoViewIfNeeded();
	await expect(page.getByRole('link', { name: /116 111/ })).toBeInViewport();
	await expect(page.getByRole('link', { name: 'Gå ut' })).toBeInViewport();
});

for (const { code } of languages) {
	test(`no sideways scrolling at 360 px and big tap targets (${code})`, async ({ page }) => {
		// Every public page, with a box measured per header target: more than the default
		// 30 s on a busy 2-core machine.
		test.slow();
		for (const { path } of publicPages) {
			await page.goto(code === 'nb' ? path : `/${code}${path === '/' ? '' : path}`);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `${code} ${path}`).toBeLessThanOrEqual(0);
			for (const target of await page
				.locator('.crisis-bar a, .doors-nav a, .language-switcher summary')
				.all()) {
				const box = await target.boundingBox();
				expect(box!.height, `${code} ${path}`).toBeGreaterThanOrEqual(44);
				expect(box!.width, `${code} ${path}`).toBeGreaterThanOrEqual(44);
			}
		}
	});
}

test('text can be zoomed to 200 % without sideways scrolling', async ({ page }) => {
	// A 720 px wide window zoomed to 200 % lays out like 360 CSS px with doubled text.
	await page.setViewportSize({ width: 720, height: 1480 });
	await page.goto('/');
	await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});
