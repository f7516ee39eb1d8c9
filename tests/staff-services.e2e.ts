import type { Page } from '@playwright/test';
import { expect, seriousViolations, signedInCookiePaths, test } from './fixtures';

test.use({ cookiePaths: signedInCookiePaths });

const editor = ['redaktor@fjordvik.example', 'demo-redaktor-2025'] as const;
const admin = ['admin@fjordvik.example', 'demo-admin-2025'] as const;

async function logIn(page: Page, [email, password]: readonly [string, string]) {
	// Wait for hydration, or it may reset a field typed into before it.
	await page.goto('/logg-inn', { waitUntil: 'networkidle' });
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await expect(page).toHaveURL(/\/admin$/);
}

test('an editor creates an organisation and a service with a place and a phone, and publishes it', async ({
	page
}) => {
	// The demo editor works in English.
	await logIn(page, editor);
	const nav = page.getByRole('navigation', { name: 'Workspace' });
	await nav.getByRole('link', { name: 'Organisations' }).click();
	await page.getByRole('link', { name: 'New organisation' }).click();
	await page.getByLabel('Name').fill('Åsen ungdomslag');
	await page.getByLabel('Website').fill('http://asen.example');
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByText('Enter a full web address starting with https://.')).toBeVisible();
	await expect(page.getByLabel('Name')).toHaveValue('Åsen ungdomslag');
	await page.getByLabel('Website').fill('https://asen.example');
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('status')).toHaveText('Created.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Åsen ungdomslag');

	await nav.getByRole('link', { name: 'Services (Find help)' }).click();
	// Wait for the list: the organisation page has a "New service here" link (organisation
	// chosen) that a click racing the navigation would otherwise hit.
	await expect(page).toHaveURL(/\/admin\/tjenester$/);
	await page.getByRole('link', { name: 'New service', exact: true }).click();
	// The list's "Search the names" box also matches a loose 'Name': wait for the form.
	await expect(page).toHaveURL(/\/admin\/tjenester\/ny$/);
	await page.getByLabel('Name', { exact: true }).fill('Åsen leksehjelp');
	await page.getByRole('button', { name: 'Create as draft' }).click();
	await expect(page.getByText('Choose which organisation runs the service.')).toBeVisible();
	await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Åsen leksehjelp');
	await page.getByLabel('Organisation (who runs the service)').selectOption('Åsen ungdomslag');
	await page.getByRole('button', { name: 'Create as draft' }).click();
	await expect(page.getByRole('status')).toContainText('unpublished draft');
	const editUrl = page.url();
	expect(editUrl).toMatch(/\/admin\/tjenester\/\d+\?opprettet=1$/);
	// A draft is not public yet.
	expect((await page.request.get('/finn-hjelp/tjeneste/asen-leksehjelp')).status()).toBe(404);

	const newPlace = page.getByRole('group', { name: 'New place' });
	await newPlace.getByLabel('Name of the place').fill('Åsen grendehus');
	await newPlace.getByLabel('Street address').fill('Bakkevegen 4');
	await newPlace.getByLabel('Postal code').fill('999');
	await newPlace.getByLabel('Town').fill('Fjordvik');
	await newPlace.getByLabel('Latitude').fill('59,91');
	await newPlace.getByRole('button', { name: 'Add the place' }).click();
	await expect(newPlace.getByText('The postal code must be four digits')).toBeVisible();
	await expect(newPlace.getByText('Fill in both latitude and longitude, or neither.')).toBeHidden();
	await expect(newPlace.getByLabel('Street address')).toHaveValue('Bakkevegen 4');
	await newPlace.getByLabel('Postal code').fill('9990');
	await newPlace.getByRole('button', { name: 'Add the place' }).click();
	await expect(
		page.getByRole('group', { name: 'New place' }).getByText('Fill in both latitude')
	).toBeVisible();
	await page.getByRole('group', { name: 'New place' }).getByLabel('Longitude').fill('10,75');
	await page
		.getByRole('group', { name: 'New place' })
		.getByRole('button', { name: 'Add the place' })
		.click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	const place = page.getByRole('group', { name: 'Åsen grendehus' });
	await expect(place.getByLabel('Postal code')).toHaveValue('9990');
	await expect(
		page.getByRole('group', { name: 'New place' }).getByLabel('Name of the place')
	).toHaveValue('');

	const newPhone = page.getByRole('group', { name: 'New phone number' });
	await newPhone.getByLabel('Phone number').fill('ring oss');
	await newPhone.getByRole('button', { name: 'Add the number' }).click();
	await expect(newPhone.getByText('Write a phone number with 3 to 15 digits')).toBeVisible();
	await newPhone.getByLabel('Phone number').fill('22 33 44 55');
	await newPhone.getByLabel('Call or text').selectOption('text');
	await newPhone.getByLabel('What the number is for (optional)').fill('SMS om lekser');
	await newPhone.getByRole('button', { name: 'Add the number' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await expect(
		page.getByRole('group', { name: '22 33 44 55' }).getByLabel('Call or text')
	).toHaveValue('text');

	await page.getByLabel('Short summary').fill('Gratis hjelp med leksene.');
	await page.getByLabel('Description', { exact: true }).fill('Ta med leksene, vi har kakao.');
	await page.getByLabel('Status').selectOption('active');
	// The status already says "Saved." from the phone above: wait for this save's answer, or
	// the navigation below can leave before the service is published.
	const saved = page.waitForResponse(
		(response) =>
			response.request().method() === 'POST' && response.url().includes('/admin/tjenester/')
	);
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	expect((await saved).ok()).toBe(true);
	await expect(page.getByRole('status')).toHaveText('Saved.');

	// The public page shows it at once (the page cache was emptied).
	// Follow the link by its address: a click can race the re-render after the save, and the
	// admin page's own heading has the same name.
	const publicPage = await page
		.getByRole('link', { name: 'See the public page' })
		.getAttribute('href');
	await page.goto(publicPage!);
	await expect(page.getByRole('heading', { level: 1, name: 'Åsen leksehjelp' })).toBeVisible();
	await expect(page.getByText('Bakkevegen 4, 9990 Fjordvik')).toBeVisible();
	await expect(page.getByText('Åsen grendehus')).toBeVisible();
	await expect(page.getByRole('main')).toContainText('22 33 44 55');
	await expect(page.getByRole('main')).toContainText('Åsen ungdomslag');
});

test('an organisation that still runs services cannot be deleted; an empty one can', async ({
	page
}) => {
	await logIn(page, admin);
	await page.goto('/admin/organisasjoner');
	await page.getByRole('link', { name: 'Fjordvik frivilligsentral' }).click();
	await page.getByRole('button', { name: 'Slett' }).click();
	await expect(page.getByText('Kryss av for å bekrefte at du vil slette.')).toBeVisible();
	await page.getByRole('checkbox', { name: 'Ja, slett denne organisasjonen for godt' }).check();
	await page.getByRole('button', { name: 'Slett' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		/kan ikke slettes fordi den har 2 tjenester\. Flytt tjenestene/
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fjordvik frivilligsentral');

	await page.goto('/admin/organisasjoner/ny');
	await page.getByLabel('Navn').fill('Midlertidig forening');
	await page.getByRole('button', { name: 'Opprett' }).click();
	await expect(page.getByRole('status')).toHaveText('Opprettet.');
	await page.getByRole('checkbox', { name: 'Ja, slett denne organisasjonen for godt' }).check();
	await page.getByRole('button', { name: 'Slett' }).click();
	await expect(page.getByRole('status')).toHaveText('Organisasjonen er slettet.');
	await expect(page.getByRole('link', { name: 'Midlertidig forening' })).toHaveCount(0);
});

test('the new staff pages pass the axe scan', async ({ page }) => {
	await logIn(page, admin);
	await page.goto('/admin/organisasjoner');
	expect(await seriousViolations(page), 'list').toEqual([]);
	await page.getByRole('link', { name: 'Fjordvik frivilligsentral' }).click();
	// With messages showing: field errors and the refusal.
	await page.getByLabel('Nettside').fill('nettside');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Skriv en hel nettadresse')).toBeVisible();
	expect(await seriousViolations(page), 'edit').toEqual([]);
	await page.goto('/admin/organisasjoner/ny');
	expect(await seriousViolations(page), 'new organisation').toEqual([]);
	await page.goto('/admin/tjenester/ny');
	expect(await seriousViolations(page), 'new service').toEqual([]);
});

test('the service list finds a service by a word of its name, typed in capitals, and passes axe', async ({
	page
}) => {
	await logIn(page, admin);
	await page.goto('/admin/tjenester', { waitUntil: 'networkidle' });
	const list = page
		.getByRole('list')
		.filter({ has: page.getByRole('link', { name: /Helsestasjon/ }) });
	const everything = await list.getByRole('link').count();
	await page.getByLabel('Søk i navnene').fill('HELSESTASJON');
	await page.getByRole('button', { name: 'Søk', exact: true }).click();
	await expect(page).toHaveURL(/\/admin\/tjenester\?q=HELSESTASJON$/);
	await expect(list.getByRole('link').first()).toContainText('Helsestasjon');
	const found = await list.getByRole('link').allTextContents();
	expect(found.length).toBeLessThan(everything);
	for (const name of found) expect(name.toLowerCase()).toContain('helsestasjon');
	expect(await seriousViolations(page), 'search').toEqual([]);

	await page.getByLabel('Søk i navnene').fill('skolehelsetjenesten zzq');
	await page.getByRole('button', { name: 'Søk', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText(
		'Ingen navn inneholder «skolehelsetjenesten zzq».'
	);
	await page.getByRole('link', { name: 'Vis alle' }).click();
	await expect(page).toHaveURL(/\/admin\/tjenester$/);
	await expect(page.getByLabel('Søk i navnene')).toHaveValue('');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('places and phones are edited and removed one row at a time', async ({ page }) => {
		await logIn(page, admin);
		await page.goto('/admin/tjenester/ny');
		await page.getByLabel('Navn').fill('Åpen linje uten JS');
		await page.getByLabel('Organisasjon (hvem driver tjenesten)').selectOption({ index: 1 });
		await page.getByRole('button', { name: 'Opprett som utkast' }).click();
		await expect(page).toHaveURL(/\/admin\/tjenester\/\d+\?opprettet=1$/);

		const newPhone = page.getByRole('group', { name: 'Nytt telefonnummer' });
		await newPhone.getByLabel('Telefonnummer').fill('116 111');
		await newPhone.getByRole('button', { name: 'Legg til nummeret' }).click();
		const phone = page.getByRole('group', { name: '116 111' });
		await phone.getByLabel('Telefonnummer').fill('116 11');
		await phone.getByLabel('Hva nummeret er for (valgfritt)').fill('Døgnåpent');
		await phone.getByRole('button', { name: 'Lagre nummeret' }).click();
		await expect(
			page.getByRole('group', { name: '116 11', exact: true }).getByLabel('Telefonnummer')
		).toHaveValue('116 11');
		await expect(page.getByRole('status')).toHaveText('Lagret.');
		await page
			.getByRole('group', { name: '116 11', exact: true })
			.getByRole('button', { name: 'Fjern nummeret' })
			.click();
		await expect(page.getByRole('status')).toHaveText('Lagret.');
		await expect(page.getByRole('group', { name: '116 11', exact: true })).toHaveCount(0);

		const newPlace = page.getByRole('group', { name: 'Nytt sted' });
		await newPlace.getByLabel('Navn på stedet').fill('Biblioteket, 2. etasje');
		await newPlace.getByRole('button', { name: 'Legg til stedet' }).click();
		const place = page.getByRole('group', { name: 'Biblioteket, 2. etasje' });
		await place.getByLabel('Postnummer').fill('12a4');
		await place.getByRole('button', { name: 'Lagre stedet' }).click();
		await expect(place.getByText('Postnummeret må være fire sifre')).toBeVisible();
		await expect(place.getByLabel('Postnummer')).toHaveValue('12a4');
		await place.getByRole('button', { name: 'Fjern stedet fra tjenesten' }).click();
		await expect(page.getByRole('group', { name: 'Biblioteket, 2. etasje' })).toHaveCount(0);
	});
});
