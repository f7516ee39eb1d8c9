import Database from 'better-sqlite3';
import type { Browser, Page } from '@playwright/test';
import { expect, signedInCookiePaths, test } from './fixtures';

test.use({ cookiePaths: signedInCookiePaths });

/**
 * Issue 14: no silent overwrites (item 4), and a database that is busy says "try again"
 * and gives back what was typed (items 8 and 10). The demo editor works in English.
 */

/** A Fjordvik service no other e2e file edits. */
function quietService(): number {
	const db = new Database('db/e2e.sqlite', { readonly: true });
	try {
		const row = db
			.prepare(
				`SELECT s.id FROM service s JOIN municipality m ON m.id = s.municipality_id
				 WHERE m.slug = 'fjordvik' AND s.slug NOT IN ('fjordvik-psykolog-uten-henvisning',
				 'fjordvik-ung-en-dor-inn', 'fjordvik-familieteamet', 'fjordvik-helsestasjon-for-ungdom')
				 ORDER BY s.id DESC LIMIT 1`
			)
			.get() as { id: number };
		return row.id;
	} finally {
		db.close();
	}
}

async function editor(browser: Browser): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/logg-inn', { waitUntil: 'networkidle' });
	await page.getByLabel('E-postadresse').fill('redaktor@fjordvik.example');
	await page.getByLabel('Passord').fill('demo-redaktor-2025');
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await expect(page).not.toHaveURL(/\/logg-inn/);
	return page;
}

test.describe.configure({ mode: 'serial' });

test('two editors translating the same language: the second sees the difference and saves anyway on purpose', async ({
	browser
}) => {
	const id = quietService();
	const [first, second] = [await editor(browser), await editor(browser)];
	for (const page of [first, second])
		await page.goto(`/admin/tjenester/${id}/oversettelser`, { waitUntil: 'networkidle' });
	const somaliOf = (page: Page) => page.getByRole('region', { name: /Soomaali/ });

	await somaliOf(first).getByLabel('Name (Soomaali)').fill('Adeegga dhalinyarada');
	await somaliOf(first).getByRole('button', { name: 'Save (Soomaali)' }).click();
	await expect(first.getByRole('status')).toContainText('Soomaali');

	// The second editor read the page before that save and now saves their own name.
	await somaliOf(second).getByLabel('Name (Soomaali)').fill('Adeegga dhallinyarada cusub');
	await somaliOf(second).getByRole('button', { name: 'Save (Soomaali)' }).click();
	const alert = second.getByRole('alert').filter({ hasText: 'Someone else saved' });
	await expect(alert).toBeVisible();
	await expect(alert.locator('dd del')).toContainText('cusub');
	await expect(somaliOf(second).getByLabel('Name (Soomaali)')).toHaveValue(
		'Adeegga dhallinyarada cusub'
	);
	await somaliOf(second).getByRole('button', { name: 'Save anyway (Soomaali)' }).click();
	await expect(second.getByRole('status')).toContainText('Soomaali');

	await first.reload();
	await expect(somaliOf(first).getByLabel('Name (Soomaali)')).toHaveValue(
		'Adeegga dhallinyarada cusub'
	);
});

test('a save while another program holds the write lock: a 503 "try again" page that keeps the text, and sending it again works', async ({
	browser
}) => {
	const id = quietService();
	const page = await editor(browser);
	await page.goto(`/admin/tjenester/${id}/oversettelser`, { waitUntil: 'networkidle' });
	const polish = page.getByRole('region', { name: /Polski/ });
	await polish.getByLabel('Name (Polski)').fill('Usługa dla młodzieży');

	const lock = new Database('db/e2e.sqlite');
	let answer;
	try {
		lock.exec('BEGIN IMMEDIATE');
		const posted = page.waitForResponse((r) => r.request().method() === 'POST');
		await polish.getByRole('button', { name: 'Save (Polski)' }).click();
		answer = await posted;
	} finally {
		lock.exec('ROLLBACK');
		lock.close();
	}
	expect(answer.status()).toBe(503);
	expect(answer.headers()['retry-after']).toBe('2');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Please try again in a moment');
	await expect(page.getByText('What you wrote')).toBeVisible();
	// Labelled for a person, not by the form's field name.
	await expect(page.getByLabel('name', { exact: true })).toHaveCount(0);
	await expect(page.getByLabel('Text 1', { exact: true })).toHaveValue('Usługa dla młodzieży');

	await page.getByRole('button', { name: 'Send again' }).click();
	await expect(page.getByRole('status')).toContainText('Polski');
	await expect(
		page.getByRole('region', { name: /Polski/ }).getByLabel('Name (Polski)')
	).toHaveValue('Usługa dla młodzieży');
});

test('a save that meets a short foreign write lock waits for it and goes through', async ({
	browser
}) => {
	const id = quietService();
	const page = await editor(browser);
	await page.goto(`/admin/tjenester/${id}/oversettelser`, { waitUntil: 'networkidle' });
	const polish = page.getByRole('region', { name: /Polski/ });
	await polish.getByLabel('Name (Polski)').fill('Poradnia dla młodzieży');

	// A backup script or another worker that holds the lock for 150 ms: shorter than a save
	// waits for it (SAVE_LOCK_WAIT_MS, 300 ms in playwright.config.ts), far longer than the
	// busy timeout a save would have waited before.
	const lock = new Database('db/e2e.sqlite');
	lock.exec('BEGIN IMMEDIATE');
	const released = new Promise<void>((resolve) =>
		setTimeout(() => {
			lock.exec('ROLLBACK');
			lock.close();
			resolve();
		}, 150)
	);
	const posted = page.waitForResponse((r) => r.request().method() === 'POST');
	await polish.getByRole('button', { name: 'Save (Polski)' }).click();
	const answer = await posted;
	await released;
	expect(answer.status()).toBeLessThan(500);
	await expect(page.getByRole('status')).toContainText('Polski');
	await page.reload();
	await expect(
		page.getByRole('region', { name: /Polski/ }).getByLabel('Name (Polski)')
	).toHaveValue('Poradnia dla młodzieży');
});
