import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { expect, seriousViolations, signedInCookiePaths, test } from './fixtures';

/**
 * Issue 17, as people would meet it on a phone: a visitor finds the youth council from the
 * home page (nb and ar); a pupil answers with a class code without JavaScript, and the same
 * code is refused the second time; the general questions show up in the results, the
 * statement draft and the CSV; a written follow-up is shown and an overdue one is flagged.
 */
test.use({ cookiePaths: signedInCookiePaths });
test.describe.configure({ mode: 'serial' });

const openRound = 'Høring om tiltaksplanen 2027';
const pastRound = 'Høring om tiltaksplanen 2025';

async function phone(browser: Browser, baseURL: string, javaScriptEnabled = true) {
	return browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, javaScriptEnabled });
}

async function logIn(page: Page, email: string, password: string) {
	await page.goto('/logg-inn', { waitUntil: 'networkidle' });
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await page.waitForURL(/\/(admin|rad)/);
}

/** Other specs add rounds to the same database, so a round is found by its title. */
async function roundIdOf(page: Page, title: string, where = '/planen'): Promise<string> {
	await page.goto(where);
	const href = await page.getByRole('link', { name: title, exact: true }).getAttribute('href');
	return href!.split('/').at(-1)!;
}

test('a visitor finds the youth council from the home page, in nb and in ar', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('link', { name: /Ungdomsrådet: hva unge har sagt, og hva kommunen gjorde/ })
		.click();
	await expect(page.getByRole('heading', { level: 1, name: 'Ungdomsrådet' })).toBeVisible();
	// Some round is open (the seed's, or one another spec made), and a finished one is shown.
	await expect(
		page.getByRole('region', { name: 'Høring nå' }).getByRole('link').first()
	).toBeVisible();
	await expect(
		page
			.getByRole('region', { name: 'Siste høring: hva kommunen gjorde' })
			.getByRole('link', { name: /Høring om/ })
	).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);

	await page.goto('/ar');
	await page.getByRole('link', { name: /مجلس الشباب: ماذا قال الشباب/ }).click();
	await expect(page).toHaveURL(/\/ar\/ungdomsradet$/);
	await expect(page.getByRole('heading', { level: 1, name: 'مجلس الشباب' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
	// The rounds and promises below are in Norwegian, and the page says so in Arabic.
	await expect(
		page.getByText('الاستشارات والإجراءات ومتابعات البلدية مكتوبة باللغة النرويجية.')
	).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('a follow-up is shown, and an overdue one is flagged publicly', async ({ page }) => {
	await page.goto('/planen');
	const promises = page.getByRole('region', { name: 'Løfter kommunen følger opp' });
	await expect(promises.getByText(/Drop-in på mandager er i gang/)).toBeVisible();
	await expect(promises.getByText(/Forsinket: kommunen skulle følge opp innen/)).toBeVisible();

	const pastRoundId = await roundIdOf(page, pastRound);
	// In another language the page says plainly that the council's words stay in Norwegian.
	await page.goto(`/so/planen/horinger/${pastRoundId}`);
	await expect(page.getByText('Waxa golaha dhallinyaradu qoreen', { exact: false })).toBeVisible();
	await page.goto(`/planen/horinger/${pastRoundId}`);
	await expect(page.getByText(/Forsinket: kommunen skulle følge opp innen/)).toHaveCount(1);
	await expect(page.getByText('Ansvarlig for oppfølging:').first()).toBeVisible();
	// The adopted statement is on the public page, as text and as a PDF anyone can fetch.
	await page.getByText('Uttalelsen ungdomsrådet vedtok').click();
	await expect(page.getByRole('heading', { name: /Uttalelse fra Ungdomsrådet/ })).toBeVisible();
	const pdf = await page.request.get(
		(await page.getByRole('link', { name: 'Last ned uttalelsen (PDF)' }).getAttribute('href'))!
	);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	// The general questions, with what the municipality did.
	const questions = page.getByRole('region', { name: 'Generelle spørsmål' });
	await expect(
		questions.getByRole('heading', {
			name: 'Trenger dere gratis kveldsbuss fra sentrum på fredager?'
		})
	).toBeVisible();
	await expect(questions.getByText('Delvis tatt inn')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('a class code works once, without JavaScript, and the council sees the reaction', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	const staff = await phone(browser, baseURL!);
	const coordinator = await staff.newPage();
	await logIn(coordinator, 'koordinator@fjordvik.example', 'demo-koordinator-2025');
	const id = await roundIdOf(coordinator, openRound, '/admin/planer');
	await coordinator.goto(`/admin/horinger/${id}/klassekoder`);
	await coordinator.getByLabel('Antall koder').fill('2');
	await coordinator.getByRole('button', { name: 'Lag koder' }).click();
	const codes = await coordinator.locator('ol.codes code').allTextContents();
	expect(codes).toHaveLength(2);
	expect(codes[0]).toMatch(/^[A-HJ-KM-NP-Z2-9]{3}-[A-HJ-KM-NP-Z2-9]{4}$/);

	const pupil = await phone(browser, baseURL!, false);
	const page = await pupil.newPage();
	await page.goto(`/planen/horinger/${id}`);
	await page.getByLabel('Klassekode', { exact: true }).fill(codes[0].toLowerCase());
	const measure = page.getByRole('group', { name: 'Psykisk førstehjelp i 5. og 8. trinn' });
	await measure.getByLabel('Enig', { exact: true }).check();
	await measure.getByLabel(/Kommentar/).fill('Vi trenger dette på ungdomsskolen også.');
	await page.getByRole('button', { name: 'Send svaret' }).click();
	await expect(page.getByText('Takk! Svaret ditt er med. Koden er nå brukt.')).toBeVisible();
	expect(await pupil.cookies()).toEqual([]);

	await page.goto(`/planen/horinger/${id}`);
	await page.getByLabel('Klassekode', { exact: true }).fill(codes[0]);
	await measure.getByLabel('Uenig').check();
	await page.getByRole('button', { name: 'Send svaret' }).click();
	await expect(page.getByText('Denne koden er allerede brukt.', { exact: false })).toBeVisible();

	await page.getByLabel('Klassekode', { exact: true }).fill('ZZZ-ZZZZ');
	await page.getByRole('button', { name: 'Send svaret' }).click();
	await expect(page.getByText('Vi fant ikke den koden.', { exact: false })).toBeVisible();
	// axe needs scripts, so the same page is checked in a context with JavaScript.
	await coordinator.goto(`/ar/planen/horinger/${id}`);
	await expect(coordinator.getByText('الإجراءات مكتوبة باللغة النرويجية.')).toBeVisible();
	expect(await seriousViolations(coordinator)).toEqual([]);

	// The council sees it beside its own draft, with the small group not counted out.
	const council = await phone(browser, baseURL!);
	const member = await council.newPage();
	await logIn(member, 'medlem1@fjordvik.example', 'demo-medlem-2025');
	await member.goto(`/rad/horinger/${id}`);
	await expect(member.getByText('Unge som svarte med klassekode: 1')).toBeVisible();
	const group = member.getByRole('group', { name: 'Psykisk førstehjelp i 5. og 8. trinn' });
	await expect(group.getByText('Enig: færre enn 5', { exact: true })).toBeVisible();
	// Advice is asked only for focus areas the round has measures in.
	await expect(member.getByLabel('Barn og unge blir hørt')).toHaveCount(0);

	// The member answers the general questions and sends; the round then closes.
	await member.getByRole('radio', { name: 'Ja', exact: true }).check();
	await member.getByLabel('Hva mangler i fritiden der du bor?').fill('Et sted å være på søndager.');
	await member.getByRole('button', { name: 'Send svaret' }).click();
	await member.waitForURL(/lagret=sendt/);

	await coordinator.goto(`/admin/horinger/${id}`);
	await coordinator.getByRole('button', { name: 'Steng høringen nå' }).click();
	await coordinator.waitForURL(`**/admin/horinger/${id}`);
	const general = coordinator.getByRole('region', { name: 'Generelle spørsmål' });
	await expect(general.getByRole('cell', { name: '1' }).first()).toBeVisible();
	await expect(general.getByText('Et sted å være på søndager.')).toBeVisible();

	await coordinator.goto(`/admin/horinger/${id}/uttalelse`);
	const draft = coordinator.locator('textarea[name="markdown"]');
	await expect(draft).toHaveValue(/## Generelle spørsmål/);
	await expect(draft).toHaveValue(/Bør kveldsbussen på fredager fortsette etter prøveåret\?/);
	await expect(draft).toHaveValue(/- Ja: 1 svar/);
	await expect(draft).toHaveValue(/«Et sted å være på søndager\.»/);
	await expect(draft).toHaveValue(/I tillegg svarte 1 unge med klassekoder/);

	await coordinator.goto(`/admin/horinger/${id}`);
	const download = coordinator.waitForEvent('download');
	await coordinator.getByRole('link', { name: 'Last ned generelle svar og råd (CSV)' }).click();
	const csv = await readFile((await (await download).path())!, 'utf8');
	expect(csv).toContain('Bør kveldsbussen på fredager fortsette etter prøveåret?;single;Ja;1');
	expect(csv).toContain('Et sted å være på søndager.');
	await Promise.all([staff.close(), pupil.close(), council.close()]);
});
