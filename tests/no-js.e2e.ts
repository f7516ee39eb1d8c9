import { expect, fakeNeutralSite, test } from './fixtures';
import { publicPages, resolvePublicPath } from './public-pages';

test.use({ javaScriptEnabled: false });

test('every public page works without JavaScript', async ({ page }) => {
	for (const { path } of publicPages) {
		await page.goto(await resolvePublicPath(page.request, path));
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		// Scoped to the crisis bar: finder pages also list 116 111 as a service.
		const crisisLines = page.getByRole('navigation', { name: 'Akutt hjelp' });
		await expect(crisisLines.getByRole('link', { name: /116 111/ })).toBeVisible();
	}
});

test('the language switch works without JavaScript', async ({ page }) => {
	await page.goto('/aktiviteter');
	await page.getByText('Språk').click();
	await page.getByRole('link', { name: 'Polski' }).click();
	await expect(page).toHaveURL(/\/pl\/aktiviteter$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});

test('quick exit is a plain link without JavaScript', async ({ page }) => {
	await fakeNeutralSite(page);
	await page.goto('/finn-hjelp');
	await page.getByRole('link', { name: 'Gå ut' }).click();
	await expect(page).toHaveURL('https://www.yr.no/');
});

test('the activity map page is its list without JavaScript, with no map button', async ({
	page
}) => {
	await page.goto('/aktiviteter/kart');
	await expect(page.getByRole('heading', { level: 2, name: 'Sentrum' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ungdomsklubben i sentrum' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Vis kart' })).toBeHidden();
	await expect(page.getByRole('region', { name: 'Kart med aktivitetene' })).toBeHidden();
});
