import type { Page } from '@playwright/test';
import { expect, seriousViolations, signedInCookiePaths, test } from './fixtures';
import { forgetTranslation } from './fixtures/staff-added';

test.use({ cookiePaths: signedInCookiePaths });

async function logIn(page: Page, email: string, password: string) {
	// Wait for hydration (when there is JS), or it may reset a field typed into before it.
	await page.goto('/logg-inn', { waitUntil: 'networkidle' });
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await expect(page).not.toHaveURL(/\/logg-inn/);
}

test('an editor translates a service into Ukrainian side by side; the Ukrainian page shows it, and a later nb change marks it for review', async ({
	page
}) => {
	test.setTimeout(90_000);
	// The demo editor works in English. No other test touches the family team. Its Ukrainian
	// text is taken away first, as if staff had just added the service in nb.
	forgetTranslation('service', 'fjordvik-familieteamet', 'uk');
	await logIn(page, 'redaktor@fjordvik.example', 'demo-redaktor-2025');
	await page.goto('/admin/tjenester');
	await page.getByRole('link', { name: 'Familieteamet', exact: true }).click();
	await expect(page).toHaveURL(/\/admin\/tjenester\/\d+$/);
	const editUrl = page.url();
	await page.getByRole('link', { name: 'Translations side by side' }).click();

	// Ukrainian has no translation yet: listed as missing, the nb source is beside the box.
	await expect(page.getByText(/Missing translations?:.*Українська/)).toBeVisible();
	const ukrainian = page.getByRole('region', { name: /Українська/ });
	await expect(ukrainian.getByText('Missing', { exact: true })).toBeVisible();
	await expect(ukrainian.getByText('Familieteamet', { exact: true })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	await ukrainian.getByLabel('Name (Українська)').fill('Сімейна команда');
	await ukrainian
		.getByLabel('Short summary (Українська)')
		.fill('Допомога сім’ям, коли вдома багато сварок.');
	await ukrainian.getByRole('button', { name: 'Save (Українська)' }).click();

	// The description is required too: refused with a message at the field, typing kept.
	const description = ukrainian.getByLabel('Description (Українська)');
	await expect(description).toHaveAttribute('aria-invalid', 'true');
	await expect(ukrainian.getByText('This field is required.')).toBeVisible();
	await expect(ukrainian.getByLabel('Name (Українська)')).toHaveValue('Сімейна команда');
	await description.fill('Сімейна команда проводить розмови для сімей і курси для батьків.');
	await ukrainian.getByRole('button', { name: 'Save (Українська)' }).click();
	await expect(page.getByRole('status')).toContainText('Українська');
	await expect(ukrainian.getByText('Missing', { exact: true })).toHaveCount(0);

	// The public page in Ukrainian now names the service in Ukrainian, not in nb.
	const visitor = await page.context().browser()!.newPage();
	await visitor.goto('/uk/finn-hjelp/tjeneste/fjordvik-familieteamet');
	await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Сімейна команда');
	await expect(visitor.getByRole('heading', { level: 1 })).not.toHaveAttribute('lang', 'nb');
	await visitor.close();

	// The nb source changes after the translation was made: the translation needs review.
	await page.goto(editUrl, { waitUntil: 'networkidle' });
	const summary = page.getByLabel('Short summary');
	await summary.fill(`${await summary.inputValue()} Ring oss.`);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Saved');
	await page.getByRole('link', { name: 'Translations side by side' }).click();
	await expect(
		page.getByRole('region', { name: /Українська/ }).getByText('Needs review')
	).toBeVisible();
});

test('staff see, per language, what is translated and what is missing, and go from the list to the editor', async ({
	page
}) => {
	// No other test touches the climbing group; its Somali text goes, as if staff had added it in nb.
	forgetTranslation('activity', 'klatring-ungdom', 'so');
	await logIn(page, 'redaktor@fjordvik.example', 'demo-redaktor-2025');
	await page.goto('/admin');
	await page
		.getByRole('navigation', { name: 'Workspace' })
		.getByRole('link', { name: 'Translations' })
		.click();
	await expect(page).toHaveURL(/\/admin\/oversettelser$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Translations');

	const activities = page.getByRole('table', { name: 'Activities' });
	const somali = activities.getByRole('row', { name: /Somali/ });
	const [translated, missing] = await Promise.all([
		somali.getByRole('cell').nth(0).textContent(),
		somali.getByRole('cell').nth(1).textContent()
	]);
	expect(Number(missing)).toBeGreaterThanOrEqual(1);
	// The Somali column counts the municipality's published activities, each once.
	const total = Number(
		/(\d+) published activities/.exec((await page.textContent('main')) ?? '')![1]
	);
	const needsReview = Number(await somali.getByRole('cell').nth(2).textContent());
	expect(Number(translated) + Number(missing) + needsReview).toBe(total);
	expect(await seriousViolations(page)).toEqual([]);

	await somali.getByRole('link', { name: 'Show only Somali' }).click();
	await expect(page.getByRole('heading', { name: 'What is missing in Somali' })).toBeVisible();
	const item = page.getByRole('listitem').filter({ hasText: 'Klatregruppe' });
	await expect(item).toContainText('Missing: Somali');
	await item.getByRole('link', { name: 'Klatregruppe' }).click();
	await expect(page).toHaveURL(/\/admin\/aktiviteter\/\d+\/oversettelser$/);
	await expect(
		page.getByRole('region', { name: /Soomaali/ }).getByText('Missing', { exact: true })
	).toBeVisible();
});
