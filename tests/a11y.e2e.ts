import { expect, seriousViolations, test } from './fixtures';
import { publicPages, resolvePublicPath } from './public-pages';

for (const lang of ['nb', 'ar'] as const) {
	for (const { path, name } of publicPages) {
		test(`${name} has no serious accessibility problems (${lang})`, async ({ page }) => {
			const nbPath = await resolvePublicPath(page.request, path);
			await page.goto(lang === 'nb' ? nbPath : `/${lang}${nbPath === '/' ? '' : nbPath}`);
			expect(await seriousViolations(page)).toEqual([]);
		});
	}
}

test('the language menu, open, has no serious accessibility problems', async ({ page }) => {
	await page.goto('/');
	await page.getByText('Språk').click();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the not-found page has no serious accessibility problems', async ({ page }) => {
	await page.goto('/finnes-ikke');
	expect(await seriousViolations(page)).toEqual([]);
});

test('the activity map, shown, has no serious accessibility problems', async ({ page }) => {
	await page.goto('/ar/aktiviteter/kart');
	await page.getByRole('button', { name: 'اعرض الخريطة' }).click();
	await expect(page.locator('.leaflet-interactive').first()).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});
