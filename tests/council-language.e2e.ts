import type { Browser, Page } from '@playwright/test';
import { expect, seriousViolations, signedInCookiePaths, test } from './fixtures';
import { ownCouncilMember } from './fixtures/own-member';

/**
 * The youth council's area in a member's own language: the choice is saved on the account,
 * /rad is then Arabic and right to left, answers still save, and the council's emails go out
 * in that language. The member is this spec's own, so the other council tests keep their nb.
 */
test.use({ cookiePaths: signedInCookiePaths });

const admin = ['admin@fjordvik.example', 'demo-admin-2025'] as const;
const coordinator = ['koordinator@fjordvik.example', 'demo-koordinator-2025'] as const;
const title = 'Høring på alle språk';
const measure = 'Psykolog på helsestasjon for ungdom';

async function signedIn(browser: Browser, baseURL: string, [email, password]: readonly string[]) {
	const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto('/logg-inn', { waitUntil: 'networkidle' });
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await page.waitForURL(/\/(admin|rad)/);
	return page;
}

function osloDate(offsetDays: number): string {
	const d = new Date(Date.now() + offsetDays * 86_400_000);
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(d);
}

async function noSeriousViolations(page: Page) {
	expect(await seriousViolations(page)).toEqual([]);
}

test('a council member switches /rad to Arabic, answers a measure, and gets email in Arabic', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	const member = ownCouncilMember('sprak.medlem@fjordvik.example', 'Sara Språk');
	const page = await signedIn(browser, baseURL!, member);

	await test.step('the language menu on /rad saves Arabic on the account', async () => {
		await page.goto('/rad');
		await page.locator('summary', { hasText: 'Språk' }).click();
		await page.getByRole('button', { name: 'العربية' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByRole('heading', { level: 1, name: 'مجلس الشباب' })).toBeVisible();
		// Saved on the account, not only in this page: a fresh load is still Arabic.
		await page.reload();
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
		await noSeriousViolations(page);
		// Staff pages stay nb/en: this member has no staff role, and a public page keeps its URL's language.
		await page.goto('/finn-hjelp');
		await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
	});

	await test.step('the coordinator opens a round; the member is told in Arabic', async () => {
		const coord = await signedIn(browser, baseURL!, coordinator);
		await coord.goto('/admin/horinger/ny');
		await expect(coord.locator('html')).toHaveAttribute('lang', 'nb');
		await coord.getByLabel('Tittel').fill(title);
		await coord.getByLabel('Innledning i klart språk').fill('Ett tiltak, svar på ditt språk.');
		await coord.getByLabel('Åpner').fill(osloDate(0));
		await coord.getByLabel('Svarfrist (dato og klokkeslett)').fill(`${osloDate(10)}T23:59`);
		await coord.getByLabel('Dato for politisk behandling').fill(osloDate(30));
		await coord.getByRole('checkbox', { name: new RegExp(`^${measure}`) }).check();
		await coord.getByRole('button', { name: 'Opprett og send til rådet' }).click();
		await expect(coord.getByText('Høringen er opprettet')).toBeVisible();
		await coord.context().close();

		const outbox = await signedIn(browser, baseURL!, admin);
		await outbox.goto('/admin/outbox');
		const email = outbox.locator('article').filter({ hasText: member[0] }).filter({
			hasText: title
		});
		await expect(email.first()).toContainText('استشارة جديدة');
		await outbox.context().close();
	});

	await test.step('the member answers in Arabic and the answer is saved', async () => {
		await page.goto('/rad');
		await page.getByRole('link', { name: title }).click();
		await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
		await expect(page.getByText('الإجراءات مكتوبة بالنرويجية')).toBeVisible();
		// The frozen measure text stays Bokmål, marked so a screen reader says it in Norwegian.
		await expect(page.getByText(measure, { exact: true }).first()).toHaveAttribute('lang', 'nb');
		await noSeriousViolations(page);
		const group = page.getByRole('group', { name: measure, exact: true });
		await group
			.getByRole('group', { name: 'ما رأيك في هذا الإجراء؟' })
			.getByLabel('أؤيد', { exact: true })
			.check();
		await group
			.getByRole('group', { name: 'ما مدى أهمية هذا الإجراء؟' })
			.getByLabel('4', { exact: true })
			.check();
		await group.getByLabel('تعليق').fill('فكرة جيدة جدًا');
		await page.getByRole('button', { name: 'حفظ المسودة' }).click();
		await expect(page.getByText('تم الحفظ. يمكنك المتابعة لاحقًا.')).toBeVisible();
		await page.reload();
		await expect(group.getByLabel('أؤيد', { exact: true })).toBeChecked();
		await expect(group.getByLabel('تعليق')).toHaveValue('فكرة جيدة جدًا');
		await expect(page.getByText('أجبت على 1 من إجراء واحد')).toBeVisible();
	});

	await test.step('the language page works on its own and refuses a made-up language', async () => {
		await page.goto('/rad/sprak');
		await expect(page.getByRole('radio', { name: 'العربية' })).toBeChecked();
		await noSeriousViolations(page);
		const refused = await page.request.post('/rad/sprak', {
			form: { lang: 'xx', neste: '/rad' },
			headers: { origin: new URL(baseURL!).origin, accept: 'application/json' }
		});
		expect(JSON.parse(await refused.text())).toMatchObject({ type: 'failure', status: 400 });
		await page.goto('/rad');
		await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
	});

	await page.context().close();

	await test.step('without JavaScript the same menu is a plain form', async () => {
		const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
		const noJs = await context.newPage();
		await noJs.goto('/logg-inn');
		await noJs.getByLabel('E-postadresse').fill(member[0]);
		await noJs.getByLabel('Passord').fill(member[1]);
		await noJs.getByRole('button', { name: 'Logg inn' }).click();
		await noJs.waitForURL(/\/rad/);
		await expect(noJs.locator('html')).toHaveAttribute('dir', 'rtl');
		await noJs.locator('summary', { hasText: 'اللغة' }).click();
		await noJs.getByRole('button', { name: 'Norsk bokmål' }).click();
		await expect(noJs.locator('html')).toHaveAttribute('lang', 'nb');
		await expect(noJs.locator('html')).toHaveAttribute('dir', 'ltr');
		await expect(noJs.getByRole('heading', { level: 1, name: 'Ungdomsrådet' })).toBeVisible();
		await context.close();
	});
});
