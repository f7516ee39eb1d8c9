import type { Page } from '@playwright/test';
import { expect, seriousViolations, signedInCookiePaths, test } from './fixtures';

// Issue 12: "Hva skjer når jeg tar kontakt?" on a service page, answered from the facts
// staff keep, in the visitor's language and for their age. 360×740 is the config's viewport.

const clinic = '/finn-hjelp/tjeneste/fjordvik-helsestasjon-for-ungdom';

/** The answer under one question of the section (a dt and its dd in one group). */
function answerTo(page: Page, question: string) {
	return page
		.locator('#hva-skjer dl > div')
		.filter({ has: page.locator('dt', { hasText: question }) })
		.locator('dd');
}

test('the clinic page answers what happens when a 14-year-old gets in touch, then a 17-year-old', async ({
	page
}) => {
	await page.goto(`${clinic}?alder=14`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	const section = page.getByRole('region', { name: 'Hva skjer når jeg tar kontakt?' });
	await expect(section).toBeVisible();
	await expect(section.getByText('Svarene gjelder for deg som er 14 år.')).toBeVisible();
	await expect(answerTo(page, 'Hvem svarer?')).toHaveText(/helsesykepleier, jordmor eller lege/);
	await expect(answerTo(page, 'Kan jeg være anonym?')).toHaveText(/Ja/);
	await expect(answerTo(page, 'Blir noe skrevet ned?')).toContainText('journal');
	const told = answerTo(page, 'Får foreldrene mine, skolen eller andre vite det?');
	await expect(told).toContainText('taushetsplikt');
	await expect(told).toContainText('Du er under 16 år.');
	await expect(answerTo(page, 'Kan jeg ta med en venn?')).toContainText('Ja');
	await expect(answerTo(page, 'Koster det noe?')).toContainText(/gratis/i);
	await expect(answerTo(page, 'Kan jeg få tolk?')).toContainText('tolk');
	expect(await seriousViolations(page)).toEqual([]);

	// The age form works without the finder: a 17-year-old hears they decide themselves.
	await section.getByLabel('Hvor gammel er du?').fill('17');
	await section.getByRole('button', { name: 'Vis svar for min alder' }).click();
	await expect(page).toHaveURL(/alder=17/);
	await expect(told).toContainText('Du er 16 år eller eldre, så du bestemmer selv');
	await expect(told).not.toContainText('under 16');
});

test('in Arabic the same answers read right to left, with nothing in Norwegian', async ({
	page
}) => {
	await page.goto(`/ar${clinic}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	const section = page.getByRole('region', { name: 'ماذا يحدث عندما أتواصل معهم؟' });
	await expect(section).toBeVisible();
	const who = answerTo(page, 'من يرد؟');
	await expect(who).toHaveText('ممرضة صحية أو قابلة أو طبيب.');
	// The seed has the Arabic text, so it is not marked as Norwegian.
	await expect(who.locator('[lang="nb"]')).toHaveCount(0);
	// No age given: it says from what age you decide yourself.
	await expect(answerTo(page, 'هل سيعرف والداي أو المدرسة أو غيرهم؟')).toContainText(
		'من سن 16 تقرر بنفسك'
	);
	await expect(section.getByLabel('كم عمرك؟')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test.describe('staff', () => {
	test.use({ cookiePaths: signedInCookiePaths });

	test('an editor changes a contact fact, a wrong value is explained and nothing typed is lost, and the public page shows it', async ({
		page,
		browser
	}) => {
		await page.goto('/logg-inn', { waitUntil: 'networkidle' });
		await page.getByLabel('E-postadresse').fill('redaktor@fjordvik.example');
		await page.getByLabel('Passord').fill('demo-redaktor-2025');
		await page.getByRole('button', { name: 'Logg inn' }).click();
		await expect(page).toHaveURL(/\/admin$/);
		await page.goto('/admin/tjenester', { waitUntil: 'networkidle' });
		await page.getByRole('link', { name: 'Ungdomskontaktene (utekontakt)' }).click();
		await expect(page).toHaveURL(/\/admin\/tjenester\/\d+$/);

		// The demo editor works in English.
		const facts = page.getByRole('group', { name: 'What happens when someone gets in touch' });
		await facts.getByLabel('Who answers (in Norwegian Bokmål)').fill('En ungdomskontakt.');
		await facts.getByLabel('Can they bring a friend?').selectOption('No');
		const times = page.getByRole('group', { name: 'Reply time and wait' });
		const reply = times.getByLabel('Usually replies to SMS/chat within (minutes)');
		const before = await reply.inputValue();
		await reply.fill('three hours');
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByText('Enter a number of minutes from 0 to 20160')).toBeVisible();
		await expect(reply).toHaveAttribute('aria-invalid', 'true');
		await expect(facts.getByLabel('Who answers (in Norwegian Bokmål)')).toHaveValue(
			'En ungdomskontakt.'
		);
		await expect(facts.getByLabel('Can they bring a friend?')).toHaveValue('no');
		expect(await seriousViolations(page)).toEqual([]);

		await reply.fill(before);
		await page.getByRole('button', { name: 'Save', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText('Saved.');
		await expect(facts.getByLabel('Can they bring a friend?')).toHaveValue('no');

		// A visitor (no session) sees the change at once.
		const visitor = await browser.newPage({ viewport: { width: 360, height: 740 } });
		await visitor.goto('/finn-hjelp/tjeneste/fjordvik-ungdomskontakter');
		await expect(answerTo(visitor, 'Hvem svarer?')).toHaveText('En ungdomskontakt.');
		await expect(answerTo(visitor, 'Kan jeg ta med en venn?')).toHaveText(
			'Nei. Her snakker du med dem alene.'
		);
		await visitor.close();
	});
});
