import type { Page } from '@playwright/test';
import { expect, seriousViolations, signedInCookiePaths, test } from './fixtures';

test.use({ cookiePaths: signedInCookiePaths });

async function logIn(page: Page, email: string, password: string) {
	// Wait for hydration (when there is JS), or it may reset a field typed into before it.
	await page.goto('/logg-inn', { waitUntil: 'networkidle' });
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await expect(page).not.toHaveURL(/\/logg-inn/);
}

/** The next Wednesday after today in Oslo (never today, so it is still to come). */
function nextWednesday(): string {
	const [y, m, d] = new Date()
		.toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' })
		.split('-')
		.map(Number);
	const today = new Date(Date.UTC(y, m - 1, d));
	const ahead = (3 - today.getUTCDay() + 7) % 7 || 7;
	return new Date(Date.UTC(y, m - 1, d + ahead)).toISOString().slice(0, 10);
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an editor creates an activity with a weekly time and publishes it; the public page shows the times', async ({
		page
	}) => {
		// The demo editor works in English.
		await logIn(page, 'redaktor@fjordvik.example', 'demo-redaktor-2025');
		await page.goto('/admin/aktiviteter');
		await page.getByRole('link', { name: 'New activity' }).click();

		// A refused form keeps what was typed.
		await page.getByLabel('Title (Norwegian Bokmål)').fill('Sjakk for nybegynnere');
		await page.getByLabel('Kind of offer').selectOption({ label: 'Regular activity' });
		await page.getByLabel('Activity (grouped by category)').selectOption({ label: 'Chess' });
		await page.getByLabel('Lowest age').fill('15');
		await page.getByLabel('Highest age').fill('12');
		await page.getByRole('button', { name: 'Create draft' }).click();
		await expect(page.getByText('Choose one of the options in the list.').first()).toBeVisible();
		await expect(page.getByText('The highest age cannot be lower than the lowest.')).toBeVisible();
		await expect(page.getByLabel('Title (Norwegian Bokmål)')).toHaveValue('Sjakk for nybegynnere');
		await page.getByLabel('Organiser').selectOption({ index: 1 });
		await page.getByLabel('Place').selectOption({ index: 1 });
		await page.getByLabel('Lowest age').fill('10');
		await page.getByRole('button', { name: 'Create draft' }).click();
		await expect(page).toHaveURL(/\/admin\/aktiviteter\/\d+\?opprettet=1$/);
		await expect(page.getByRole('status')).toContainText('The draft has been created');

		const weekly = page.getByRole('region', { name: 'Add a regular weekly time' });
		await weekly.getByRole('checkbox', { name: 'Wednesday' }).check();
		await weekly.getByLabel('Starts (HH:MM)').fill('16:30');
		await weekly.getByLabel('Ends (HH:MM)').fill('16:00');
		await weekly.getByLabel(/^Valid to/).fill('2020-02-30');
		await weekly.getByRole('button', { name: 'Add' }).click();
		const added = page.getByRole('region', { name: 'Add a regular weekly time' });
		await expect(added.getByText('The end time must be after the start time.')).toBeVisible();
		await expect(added.getByText('Write a date that exists')).toBeVisible();
		await expect(added.getByLabel('Starts (HH:MM)')).toHaveValue('16:30');
		await expect(added.getByRole('checkbox', { name: 'Wednesday' })).toBeChecked();
		await added.getByLabel('Ends (HH:MM)').fill('18:00');
		await added.getByLabel(/^Valid to/).fill('');
		await added.getByRole('button', { name: 'Add' }).click();
		await expect(page.getByRole('status')).toHaveText('The time has been added.');
		await expect(
			page.getByRole('heading', { name: 'Every week: Wednesday, 16:30–18:00' })
		).toBeVisible();

		// Cancelling one session of the new time works as before.
		const schedule = page.getByRole('region', { name: 'Every week: Wednesday, 16:30–18:00' });
		await schedule.getByLabel('Date', { exact: true }).fill(nextWednesday());
		await schedule.getByLabel('Reason (shown to young people)').fill('Treneren er på kurs');
		await schedule.getByRole('button', { name: 'Cancel this day' }).click();
		await expect(page.getByRole('status')).toHaveText(`${nextWednesday()} is cancelled.`);

		await page.getByLabel('Description').fill('Lær å spille sjakk. Vi har brett til alle.');
		await page.getByRole('checkbox', { name: 'Published (visible to everyone)' }).check();
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText('Saved.');

		await page.getByRole('link', { name: 'See the public page' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Sjakk for nybegynnere' })
		).toBeVisible();
		await expect(page.getByRole('main')).toContainText('16:30');
		await expect(page.getByRole('main')).toContainText('18:00');
		await expect(page.getByText('Avlyst: Treneren er på kurs')).toBeVisible();
		const publicUrl = page.url();

		// Deleting asks for a ticked confirmation first; then the public page is gone.
		await page.goBack();
		const remove = page.getByRole('region', { name: 'Delete the activity' });
		await remove.getByRole('button', { name: 'Delete' }).click();
		await expect(page.getByText('Tick the box to confirm you want to delete.')).toBeVisible();
		await page
			.getByRole('region', { name: 'Delete the activity' })
			.getByRole('checkbox', { name: 'Yes, delete this activity for good' })
			.check();
		await page
			.getByRole('region', { name: 'Delete the activity' })
			.getByRole('button', { name: 'Delete' })
			.click();
		await expect(page.getByRole('status')).toHaveText('The activity has been deleted.');
		await expect(page.getByRole('link', { name: 'Sjakk for nybegynnere' })).toHaveCount(0);
		const gone = await page.goto(publicUrl);
		expect(gone?.status()).toBe(404);
	});
});

test('the new activity pages pass the axe scan', async ({ page }) => {
	// Three long staff pages, each scanned in full: slow on a busy machine.
	test.setTimeout(90_000);
	await logIn(page, 'admin@fjordvik.example', 'demo-admin-2025');
	await page.goto('/admin/aktiviteter');
	const first = await page
		.getByRole('link')
		.filter({ hasText: 'Fotball for alle' })
		.first()
		.getAttribute('href');
	for (const path of ['/admin/aktiviteter/ny', first!, `${first}/oversettelser`]) {
		await page.goto(path);
		expect(await seriousViolations(page), path).toEqual([]);
	}
});
