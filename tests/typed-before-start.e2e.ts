import { expect, signedInCookiePaths, test } from './fixtures';

/**
 * Someone who starts typing before the page's script has loaded (a slow phone, a busy
 * network) keeps what they typed: Svelte's hydration writes the server's values into the
 * fields once more, and without `$lib/typed-before-start` the round's title came back empty
 * and `required` quietly stopped the send.
 */
test.use({ cookiePaths: signedInCookiePaths });

test('a form typed into before its script starts keeps every word and choice', async ({ page }) => {
	await page.goto('/logg-inn', { waitUntil: 'networkidle' });
	await page.getByLabel('E-postadresse').fill('koordinator@fjordvik.example');
	await page.getByLabel('Passord').fill('demo-koordinator-2025');
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await page.waitForURL(/\/admin/);

	// The script arrives two seconds late, so everything below is typed before it runs.
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 2000));
		await route.continue();
	});
	await page.goto('/admin/horinger/ny', { waitUntil: 'domcontentloaded' });
	const title = page.getByLabel('Tittel');
	const intro = page.getByLabel('Innledning i klart språk');
	const measure = page.getByRole('checkbox', { name: /^Foreldrekurs/ });
	await title.fill('Skrevet før skriptet');
	await intro.fill('Også dette, før siden var klar.');
	await measure.check();

	// Hydrated: Svelte takes the server's value attributes off the fields once it has run.
	await page.waitForLoadState('networkidle');
	await expect(title).not.toHaveAttribute('value');
	await expect(title).toHaveValue('Skrevet før skriptet');
	await expect(intro).toHaveValue('Også dette, før siden var klar.');
	await expect(measure).toBeChecked();
	// Typing goes on as usual afterwards.
	await title.press('End');
	await title.pressSequentially(' – og etter');
	await expect(title).toHaveValue('Skrevet før skriptet – og etter');
});
