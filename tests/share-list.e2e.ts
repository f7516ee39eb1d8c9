import type { Browser, Page } from '@playwright/test';
import { expect, seriousViolations, test } from './fixtures';

/**
 * Issue 12, item 7: a young person picks a few services and gets one link, a printable page
 * and a share button. The list lives only in the link (`?valgt=`): no cookie, no storage.
 */

const psychologist = 'Psykolog for unge – uten henvisning';
const oneDoor = 'Fjordvik UNG – én dør inn';
const topicPage = '/finn-hjelp/tema/trist-eller-redd';

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A card's checkbox: its name is the action and, for screen readers, the service. */
const checkbox = (page: Page, name: string) =>
	page.getByRole('checkbox', { name: new RegExp(`^Legg til i lista\\s?: ${escaped(name)}$`) });

const pick = (page: Page, name: string) => checkbox(page, name).check();

const listedNames = (page: Page) =>
	page.getByRole('main').getByRole('article').getByRole('heading', { level: 2 });

/** Nothing of the list may be kept by the browser: no cookie, no web storage. */
async function expectNothingStored(page: Page) {
	expect(await page.context().cookies()).toEqual([]);
	const stored = await page.evaluate(() => localStorage.length + sessionStorage.length);
	expect(stored).toBe(0);
}

/** The link opened by someone else: a new browser context, no history, no state. */
async function openElsewhere(browser: Browser, link: string, javaScriptEnabled = true) {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		javaScriptEnabled
	});
	const page = await context.newPage();
	const response = await page.goto(link);
	expect(response!.status()).toBe(200);
	return { context, page };
}

test('with JavaScript: pick two services, open the list, the link shows the same two elsewhere', async ({
	page,
	browser
}) => {
	await page.goto(topicPage);
	await pick(page, psychologist);
	await pick(page, oneDoor);
	const show = page.getByRole('button', { name: 'Vis lista (2)' });
	await expect(show).toBeVisible();
	// The address bar holds the list too, so a reload keeps the picks.
	await expect(page).toHaveURL(/valgt=fjordvik-psykolog-uten-henvisning,fjordvik-ung-en-dor-inn/);
	await show.click();

	await expect(page).toHaveURL(
		/\/finn-hjelp\/valgt\?valgt=fjordvik-psykolog-uten-henvisning,fjordvik-ung-en-dor-inn$/
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lista di');
	await expect(listedNames(page)).toHaveText([psychologist, oneDoor]);
	await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Del eller send til meg selv' })).toBeVisible();
	const link = await page.getByLabel('Lenke til lista').inputValue();
	expect(link).toMatch(/^http:\/\/localhost:\d+\/finn-hjelp\/valgt\?valgt=/);
	await expectNothingStored(page);

	const elsewhere = await openElsewhere(browser, link);
	await expect(listedNames(elsewhere.page)).toHaveText([psychologist, oneDoor]);
	await elsewhere.context.close();
});

test('the share button copies the link where the browser cannot share', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/finn-hjelp/valgt?valgt=fjordvik-ung-en-dor-inn');
	await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
	await page.getByRole('button', { name: 'Del eller send til meg selv' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Lenken er kopiert' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
		/\/finn-hjelp\/valgt\?valgt=fjordvik-ung-en-dor-inn$/
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('pick two services, keep them through a filter, open the list and the link', async ({
		page,
		browser
	}) => {
		await page.goto(topicPage);
		await pick(page, psychologist);
		// Changing the search keeps what was picked: the checkboxes belong to the search form,
		// folded into "Endre søk".
		await page.getByText('Endre søk').click();
		await page.getByLabel('Alder (valgfritt)').fill('15');
		await page.getByRole('button', { name: 'Vis treff' }).click();
		await expect(page).toHaveURL(/alder=15/);
		await expect(checkbox(page, psychologist)).toBeChecked();
		await pick(page, oneDoor);
		await page.getByRole('button', { name: /^Vis lista/ }).click();

		// The shared link carries the list and nothing else: not the age, not search words.
		await expect(page).toHaveURL(
			/\/finn-hjelp\/valgt\?valgt=fjordvik-psykolog-uten-henvisning,fjordvik-ung-en-dor-inn$/
		);
		await expect(listedNames(page)).toHaveText([psychologist, oneDoor]);
		// Without scripts the link is there to copy, and the page says how to print.
		await expect(page.getByText('skriv ut siden fra menyen i nettleseren')).toBeVisible();
		const link = await page.getByLabel('Lenke til lista').inputValue();
		expect(await page.context().cookies()).toEqual([]);

		const elsewhere = await openElsewhere(browser, link, false);
		await expect(listedNames(elsewhere.page)).toHaveText([psychologist, oneDoor]);
		// Removing one is a plain link to the list without it.
		await elsewhere.page
			.getByRole('link', { name: new RegExp(`^Fjern fra lista\\s?: ${escaped(psychologist)}$`) })
			.click();
		await expect(listedNames(elsewhere.page)).toHaveText([oneDoor]);
		await elsewhere.context.close();
	});
});

test('a broken, overlong or hostile list is a 200 with a helpful page and the crisis lines', async ({
	page
}) => {
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	const many = Array.from({ length: 300 }, (_, i) => `tjeneste-${i}`);
	const valgt = [
		'finnes-ikke',
		'<script>alert(1)</script>',
		'psykolog* OR "x"',
		'😢',
		'fjordvik-ung-en-dor-inn',
		...many
	].join(',');
	const response = await page.goto(`/finn-hjelp/valgt?valgt=${encodeURIComponent(valgt)}`);
	expect(response!.status()).toBe(200);
	await expect(listedNames(page)).toHaveText([oneDoor]);
	await expect(page.getByText('Noen av tjenestene i lenken fant vi ikke')).toBeVisible();
	await expect(page.getByText('Lenken hadde flere enn 20 tjenester')).toBeVisible();
	// The link to share is mended: only what was found.
	await expect(page.getByLabel('Lenke til lista')).toHaveValue(
		/\/finn-hjelp\/valgt\?valgt=fjordvik-ung-en-dor-inn$/
	);
	const crisis = page.getByRole('region', { name: 'Trenger du hjelp nå?' });
	await expect(crisis.getByRole('link', { name: /116 111/ })).toBeVisible();
	await expect(crisis.getByRole('link', { name: /116 123/ })).toBeVisible();
	expect(dialogs).toBe(0);

	for (const path of [
		'/finn-hjelp/valgt',
		'/finn-hjelp/valgt?valgt=',
		'/finn-hjelp/valgt?valgt=%3Cb%3E&q=%3Cscript%3E',
		'/en/finn-hjelp/valgt?valgt=%F0%9F%98%80'
	]) {
		const answer = await page.goto(path);
		expect(answer!.status(), path).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(
			page.getByRole('region', { name: /Trenger du hjelp nå\?|Do you need help now\?/ })
		).toContainText('113');
	}
});

for (const lang of ['nb', 'ar'] as const) {
	test(`the list page and a topic page with picks pass axe in ${lang}`, async ({ page }) => {
		const prefix = lang === 'nb' ? '' : `/${lang}`;
		await page.goto(
			`${prefix}/finn-hjelp/valgt?valgt=fjordvik-psykolog-uten-henvisning,alarmtelefonen-116111,finnes-ikke`
		);
		await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
		await expect(listedNames(page)).toHaveCount(2);
		expect(await seriousViolations(page)).toEqual([]);

		await page.goto(`${prefix}${topicPage}?valgt=fjordvik-ung-en-dor-inn`);
		await expect(page.getByRole('button', { name: /\(1\)/ })).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
	});
}
