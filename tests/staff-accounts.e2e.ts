import type { Browser, Page } from '@playwright/test';
import { expect, seriousViolations, signedInCookiePaths, test } from './fixtures';
import { demoMemberPassword, ownCouncilMember } from './fixtures/own-member';

test.use({ cookiePaths: signedInCookiePaths });
// One account of its own (no other spec logs in with it) goes through a password change and
// then being disabled, in this order.
test.describe.configure({ mode: 'serial', timeout: 60_000 });

const member = 'passord.medlem@fjordvik.example';
test.beforeAll(() => {
	ownCouncilMember(member, 'Pål Passord');
});
const newPassword = 'tre blå båter i fjorden';

async function logIn(page: Page, email: string, password: string) {
	await page.goto('/logg-inn', { waitUntil: 'networkidle' });
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
}

async function signedIn(browser: Browser, email: string, password: string) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await logIn(page, email, password);
	await expect(page).not.toHaveURL(/\/logg-inn/);
	return { context, page };
}

test('a council member changes their password; their other sessions end', async ({ browser }) => {
	const here = await signedIn(browser, member, demoMemberPassword);
	const phone = await signedIn(browser, member, demoMemberPassword);

	await here.page.getByRole('link', { name: 'Bytt passord' }).click();
	await expect(here.page).toHaveURL(/\/rad\/passord$/);
	expect(await seriousViolations(here.page)).toEqual([]);
	await here.page.getByLabel('Passordet du har nå').fill('ikke riktig passord');
	await here.page.getByLabel('Nytt passord').fill(newPassword);
	await here.page.getByRole('button', { name: 'Bytt passord' }).click();
	await expect(here.page.getByText('Passordet er feil.')).toBeVisible();
	await here.page.getByLabel('Passordet du har nå').fill(demoMemberPassword);
	await here.page.getByLabel('Nytt passord').fill('passord123');
	await here.page.getByRole('button', { name: 'Bytt passord' }).click();
	await expect(here.page.getByText('for vanlig')).toBeVisible();
	await here.page.getByLabel('Passordet du har nå').fill(demoMemberPassword);
	await here.page.getByLabel('Nytt passord').fill(newPassword);
	await here.page.getByRole('button', { name: 'Bytt passord' }).click();
	await expect(here.page.getByRole('status')).toContainText('Passordet er byttet');

	// This session goes on; the other one is over.
	await here.page.goto('/rad');
	await expect(here.page).toHaveURL(/\/rad$/);
	await phone.page.goto('/rad');
	await expect(phone.page).toHaveURL(/\/logg-inn\?neste=/);
	await logIn(phone.page, member, demoMemberPassword);
	await expect(phone.page.getByRole('alert')).toHaveText('E-postadressen eller passordet er feil.');
	await here.context.close();
	await phone.context.close();
});

test('an admin disables an account: its session ends, a wrong password hears what any wrong password hears, the right one that it is disabled', async ({
	browser
}) => {
	const victim = await signedIn(browser, member, newPassword);
	const admin = await signedIn(browser, 'admin@fjordvik.example', 'demo-admin-2025');
	await admin.page.goto('/admin/brukere');
	expect(await seriousViolations(admin.page)).toEqual([]);
	// No button to disable yourself.
	await expect(admin.page.getByRole('button', { name: /Steng kontoen til Ada/ })).toHaveCount(0);
	const row = admin.page.getByRole('listitem').filter({ hasText: member });
	await row.getByRole('button', { name: /^Steng kontoen til/ }).click();
	await expect(admin.page).toHaveURL(/\/admin\/brukere\?lagret=1$/);
	await expect(admin.page.getByRole('status')).toContainText('Kontoen er lagret');
	await expect(row).toContainText('Status: Stengt');

	await victim.page.goto('/rad');
	await expect(victim.page).toHaveURL(/\/logg-inn\?neste=/);
	await logIn(victim.page, member, 'feil passord helt klart');
	await expect(victim.page.getByRole('alert')).toHaveText(
		'E-postadressen eller passordet er feil.'
	);
	await logIn(victim.page, member, newPassword);
	await expect(victim.page.getByRole('alert')).toHaveText(
		'Du kan ikke logge inn med denne kontoen nå. Kontakt en administrator i kommunen.'
	);

	await row.getByRole('button', { name: /^Åpne kontoen til/ }).click();
	await expect(row).toContainText('Status: Aktiv');
	await logIn(victim.page, member, newPassword);
	await expect(victim.page).toHaveURL(/\/rad$/);
	await victim.context.close();
	await admin.context.close();
});

test('a withdrawn invitation link says so', async ({ browser }) => {
	const admin = await signedIn(browser, 'admin@fjordvik.example', 'demo-admin-2025');
	const page = admin.page;
	await page.goto('/admin/brukere');
	await page.getByLabel('E-postadresse').fill('angret@fjordvik.example');
	await page.getByRole('checkbox', { name: 'Redaktør' }).check();
	await page.getByRole('button', { name: 'Send invitasjon' }).click();
	await expect(page).toHaveURL(/\?opprettet=1$/);
	await expect(page.getByRole('status')).toHaveText('Invitasjonen er sendt.');
	await page.goto('/admin/outbox');
	const mail = page.getByRole('article').filter({ hasText: 'angret@fjordvik.example' }).first();
	const link = /https?:\/\/\S+\/konto\/\S+/.exec((await mail.textContent()) ?? '')![0];

	await page.goto('/admin/brukere');
	await page
		.getByRole('button', { name: 'Trekk tilbake invitasjonen til angret@fjordvik.example' })
		.click();
	await expect(page).toHaveURL(/\?slettet=1$/);
	await expect(page.getByRole('status')).toContainText('er trukket tilbake');
	await expect(
		page.getByRole('button', { name: 'Trekk tilbake invitasjonen til angret@fjordvik.example' })
	).toHaveCount(0);
	await page.goto(new URL(link).pathname);
	await expect(page.getByRole('alert')).toContainText('trukket tilbake');
	await admin.context.close();
});
