import { request as playwrightRequest, type APIRequestContext, type Page } from '@playwright/test';
import { expect, seriousViolations, signedInCookiePaths, test } from './fixtures';

test.use({ cookiePaths: signedInCookiePaths });
// In order, in one worker: tests share the demo accounts, and a later test logs out
// everywhere the account an earlier one created.
test.describe.configure({ mode: 'default' });

const demo = {
	admin: ['admin@fjordvik.example', 'demo-admin-2025'],
	coordinator: ['koordinator@fjordvik.example', 'demo-koordinator-2025'],
	editor: ['redaktor@fjordvik.example', 'demo-redaktor-2025'],
	council: ['medlem1@fjordvik.example', 'demo-medlem-2025'],
	nordby: ['medlem@nordby.example', 'demo-nordby-2025']
} as const;

async function logIn(page: Page, email: string, password: string) {
	// Wait for hydration, or it may reset a field typed into before it.
	await page.goto('/logg-inn', { waitUntil: 'networkidle' });
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await expect(page).not.toHaveURL(/\/logg-inn/);
}

async function apiAs(baseURL: string, who: keyof typeof demo | null): Promise<APIRequestContext> {
	// SvelteKit refuses cross-site form posts; a browser sends Origin, so do we.
	const api = await playwrightRequest.newContext({
		baseURL,
		extraHTTPHeaders: { origin: baseURL }
	});
	if (who) {
		const [email, password] = demo[who];
		const response = await api.post('/logg-inn', {
			form: { email, password },
			headers: { accept: 'text/html' },
			maxRedirects: 0
		});
		expect(response.status(), `login as ${who}`).toBe(303);
	}
	return api;
}

async function firstIds(baseURL: string) {
	const api = await apiAs(baseURL, 'admin');
	const services = await (await api.get('/admin/tjenester')).text();
	const activities = await (await api.get('/admin/aktiviteter')).text();
	const organizations = await (await api.get('/admin/organisasjoner')).text();
	await api.dispose();
	return {
		services: [...services.matchAll(/href="\/admin\/tjenester\/(\d+)"/g)].map((m) => m[1]),
		service: /href="\/admin\/tjenester\/(\d+)"/.exec(services)![1],
		activity: /href="\/admin\/aktiviteter\/(\d+)"/.exec(activities)![1],
		organization: /href="\/admin\/organisasjoner\/(\d+)"/.exec(organizations)![1]
	};
}

test('an invited editor sets a password, logs in and changes opening hours', async ({ page }) => {
	await logIn(page, ...demo.admin);
	await expect(page.getByRole('heading', { level: 1, name: 'Arbeidsflate' })).toBeVisible();
	await page.goto('/admin/brukere');
	await page.getByLabel('E-postadresse').fill('ny.redaktor@fjordvik.example');
	await page.getByRole('checkbox', { name: 'Redaktør' }).check();
	await page.getByRole('button', { name: 'Send invitasjon' }).click();
	await expect(page).toHaveURL(/\/admin\/brukere\?opprettet=1$/);
	await expect(page.getByRole('status')).toHaveText('Invitasjonen er sendt.');
	await expect(
		page.getByRole('listitem').filter({ hasText: 'ny.redaktor@fjordvik.example' })
	).toBeVisible();
	await expect(page.getByLabel('E-postadresse')).toHaveValue('');

	await page.goto('/admin/outbox');
	await expect(page.getByRole('note')).toContainText('bare for demo');
	const mail = page
		.getByRole('article')
		.filter({ hasText: 'ny.redaktor@fjordvik.example' })
		.first();
	const link = /https?:\/\/\S+\/konto\/\S+/.exec((await mail.textContent()) ?? '')![0];
	await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
	await expect(page).toHaveURL(/\/logg-inn$/);

	await page.goto(new URL(link).pathname);
	await page.getByLabel('Navn').fill('Nina Ny');
	await page.getByLabel('Nytt passord').fill('kort');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByText('Passordet må ha minst 10 tegn.')).toBeVisible();
	await expect(page.getByLabel('Navn')).toHaveValue('Nina Ny');
	await page.getByLabel('Nytt passord').fill('fjorden er blank i dag');
	await page.getByRole('button', { name: 'Lagre' }).click();
	await expect(page.getByRole('status')).toHaveText('Passordet er lagret. Nå kan du logge inn.');

	// The link is single use.
	await page.goto(new URL(link).pathname);
	await expect(page.getByRole('alert')).toContainText('allerede brukt');

	await logIn(page, 'ny.redaktor@fjordvik.example', 'fjorden er blank i dag');
	await page.getByRole('link', { name: 'Tjenester (Finn hjelp)' }).first().click();
	await page.getByRole('link', { name: 'Barnevernet' }).click();
	await page.getByLabel('Dager 1').fill('MO,TU,WE');
	await page.getByLabel('Åpner 1').fill('07:15');
	await page.getByLabel('Stenger 1').fill('15:45');
	await page.getByLabel('Åpner 2').fill('25:00');
	await page.getByLabel('Dager 2').fill('FR');
	await page.getByLabel('Stenger 2').fill('12:00');
	await page.getByRole('button', { name: 'Lagre', exact: true }).click();
	await expect(page.getByText('Skriv klokkeslett som TT:MM')).toBeVisible();
	await expect(page.getByLabel('Åpner 1')).toHaveValue('07:15');
	await page.getByLabel('Åpner 2').fill('09:00');
	await page.getByRole('button', { name: 'Lagre', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Lagret.');
	await page.reload();
	await expect(page.getByLabel('Åpner 1')).toHaveValue('07:15');
	await expect(page.getByLabel('Dager 2')).toHaveValue('FR');

	// The public page shows the new hours at once (the page cache was emptied), and the
	// browser sends it no session cookie.
	await page.getByRole('link', { name: 'Se den offentlige siden' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Barnevernet' })).toBeVisible();
	const hours = page.getByRole('table', { name: 'Åpningstider' });
	await expect(hours).toContainText('07:15');
	await expect(hours).toContainText('09:00');
});

test('the admin sees the change in the audit log', async ({ page, baseURL }) => {
	const ids = await firstIds(baseURL!);
	await logIn(page, ...demo.editor);
	// The editor's account is in English: the workspace switches even on client-side navigation.
	await expect(page.getByRole('heading', { level: 1, name: 'Workspace' })).toBeVisible();
	await page.goto(`/admin/tjenester/${ids.service}`);
	// The editor's workspace is in English (their account's language).
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByLabel('Short summary').fill('<b>Ikke fet</b> oppsummering');
	await page.getByRole('button', { name: 'Save', exact: true }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await expect(page.getByLabel('Short summary')).toHaveValue('<b>Ikke fet</b> oppsummering');

	await page.getByRole('button', { name: 'Log out', exact: true }).click();
	await logIn(page, ...demo.admin);
	await page.goto(`/admin/logg?entity=service`);
	await expect(
		page.getByRole('cell', { name: /summary: .*<b>Ikke fet<\/b> oppsummering/ })
	).toBeVisible();
});

test('a later save of the same service does not silently overwrite', async ({
	browser,
	baseURL
}) => {
	const ids = await firstIds(baseURL!);
	const context = await browser.newContext();
	const first = await context.newPage();
	await logIn(first, ...demo.admin);
	const second = await context.newPage();
	await first.goto(`/admin/tjenester/${ids.services[1]}`);
	await second.goto(`/admin/tjenester/${ids.services[1]}`);
	await first.getByLabel('Nettside').fill('https://example.org/en');
	await first.getByRole('button', { name: 'Lagre', exact: true }).click();
	await expect(first.getByRole('status')).toHaveText('Lagret.');
	await second.getByLabel('Nettside').fill('https://example.org/to');
	await second.getByRole('button', { name: 'Lagre', exact: true }).click();
	await expect(second.getByRole('alert')).toContainText('Noen andre har lagret');
	await expect(second.getByLabel('Nettside')).toHaveValue('https://example.org/to');
	await second.getByRole('button', { name: 'Lagre likevel' }).click();
	await expect(second.getByRole('status')).toHaveText('Lagret.');
	await context.close();
});

test('every staff route refuses the roles that do not belong there', async ({ baseURL }) => {
	const ids = await firstIds(baseURL!);
	const routes: [string, readonly string[]][] = [
		['/admin', ['admin', 'coordinator', 'editor']],
		['/admin/tjenester', ['admin', 'editor']],
		[`/admin/tjenester/${ids.service}`, ['admin', 'editor']],
		[`/admin/tjenester/${ids.service}/oversettelser`, ['admin', 'editor']],
		['/admin/tjenester/ny', ['admin', 'editor']],
		['/admin/organisasjoner', ['admin', 'editor']],
		['/admin/organisasjoner/ny', ['admin', 'editor']],
		[`/admin/organisasjoner/${ids.organization}`, ['admin', 'editor']],
		['/admin/aktiviteter', ['admin', 'editor']],
		[`/admin/aktiviteter/${ids.activity}`, ['admin', 'editor']],
		['/admin/aktiviteter/ny', ['admin', 'editor']],
		[`/admin/aktiviteter/${ids.activity}/oversettelser`, ['admin', 'editor']],
		['/admin/passord', ['admin', 'coordinator', 'editor']],
		['/rad/passord', ['council', 'nordby']],
		['/admin/sist-sjekket', ['admin', 'editor']],
		['/admin/oversettelser', ['admin', 'editor']],
		['/admin/brukere', ['admin', 'coordinator']],
		['/admin/outbox', ['admin']],
		['/admin/logg', ['admin']],
		['/admin/planer', ['admin', 'coordinator']],
		['/admin/planer/tiltak/ny', ['admin', 'coordinator']],
		['/admin/planer/tiltak/1', ['admin', 'coordinator']],
		['/admin/planer/innsatsomrader', ['admin', 'coordinator']]
	];
	for (const who of [null, 'admin', 'coordinator', 'editor', 'council', 'nordby'] as const) {
		const api = await apiAs(baseURL!, who);
		for (const [path, allowed] of routes) {
			const response = await api.get(path, { maxRedirects: 0 });
			const expected = who === null ? 303 : allowed.includes(who) ? 200 : 403;
			expect(response.status(), `${who ?? 'anonymous'} GET ${path}`).toBe(expected);
			if (who === null)
				expect(response.headers().location).toBe(`/logg-inn?neste=${encodeURIComponent(path)}`);
		}
		await api.dispose();
	}
});

test('actions check roles too, not only pages', async ({ baseURL }) => {
	const ids = await firstIds(baseURL!);
	const posts: [string, (keyof typeof demo)[]][] = [
		[`/admin/tjenester/${ids.service}?/save`, ['council', 'coordinator']],
		[`/admin/tjenester/${ids.service}?/delete`, ['council', 'coordinator']],
		[`/admin/tjenester/${ids.service}/oversettelser`, ['council', 'coordinator']],
		[`/admin/tjenester/${ids.service}?/addLocation`, ['council', 'coordinator']],
		[`/admin/tjenester/${ids.service}?/removeLocation`, ['council', 'coordinator']],
		[`/admin/tjenester/${ids.service}?/addPhone`, ['council', 'coordinator']],
		[`/admin/tjenester/${ids.service}?/savePhone`, ['council', 'coordinator']],
		['/admin/tjenester/ny', ['council', 'coordinator']],
		['/admin/organisasjoner/ny', ['council', 'coordinator']],
		[`/admin/organisasjoner/${ids.organization}?/save`, ['council', 'coordinator']],
		[`/admin/organisasjoner/${ids.organization}?/delete`, ['council', 'coordinator']],
		[`/admin/aktiviteter/${ids.activity}?/save`, ['council', 'coordinator']],
		[`/admin/aktiviteter/${ids.activity}?/cancel`, ['council', 'coordinator']],
		[`/admin/aktiviteter/${ids.activity}?/delete`, ['council', 'coordinator']],
		[`/admin/aktiviteter/${ids.activity}?/addSchedule`, ['council', 'coordinator']],
		[`/admin/aktiviteter/${ids.activity}?/updateSchedule`, ['council', 'coordinator']],
		[`/admin/aktiviteter/${ids.activity}?/removeSchedule`, ['council', 'coordinator']],
		[`/admin/aktiviteter/${ids.activity}/oversettelser`, ['council', 'coordinator']],
		['/admin/aktiviteter/ny', ['council', 'coordinator']],
		['/admin/passord', ['council']],
		['/rad/passord', ['admin', 'editor']],
		['/admin/brukere?/disable', ['council', 'editor', 'coordinator']],
		['/admin/brukere?/enable', ['council', 'editor', 'coordinator']],
		['/admin/brukere?/revoke', ['council', 'editor']],
		['/admin/sist-sjekket', ['council', 'coordinator']],
		['/admin/brukere?/invite', ['council', 'editor']],
		['/admin/planer/tiltak/ny', ['council', 'editor', 'nordby']],
		['/admin/planer/tiltak/1?/save', ['council', 'editor']],
		['/admin/planer/tiltak/1?/addIndicator', ['council', 'editor']],
		['/admin/planer/tiltak/1?/addValue', ['council', 'editor']],
		['/admin/planer/innsatsomrader?/create', ['council', 'editor']],
		['/admin/planer/innsatsomrader?/move', ['council', 'editor']]
	];
	for (const [path, refused] of posts) {
		for (const who of refused) {
			const api = await apiAs(baseURL!, who);
			const response = await api.post(path, {
				form: { confirm: 'yes', email: 'x@fjordvik.example', roles: 'admin' },
				headers: { accept: 'text/html' },
				maxRedirects: 0
			});
			expect(response.status(), `${who} POST ${path}`).toBe(403);
			await api.dispose();
		}
		const anonymous = await apiAs(baseURL!, null);
		const response = await anonymous.post(path, {
			form: {},
			headers: { accept: 'text/html' },
			maxRedirects: 0
		});
		expect([303, 403], `anonymous POST ${path}`).toContain(response.status());
		await anonymous.dispose();
	}
});

test('quick wrong passwords are slowed down with a 429 in the page language', async ({
	baseURL
}) => {
	const api = await apiAs(baseURL!, null);
	const statuses: number[] = [];
	for (let i = 0; i < 6; i++) {
		const response = await api.post('/logg-inn', {
			form: { email: 'medlem4@fjordvik.example', password: `feil passord ${i}` },
			headers: { accept: 'text/html' },
			maxRedirects: 0
		});
		statuses.push(response.status());
	}
	// Five free failures, then each attempt must wait (1 s, 2 s, … at most a minute).
	expect(statuses.slice(0, 5)).toEqual(Array(5).fill(400));
	expect(statuses[5]).toBe(429);
	const slowed = await api.post('/en/logg-inn', {
		form: { email: 'medlem4@fjordvik.example', password: 'demo-medlem-2025' },
		headers: { accept: 'text/html' },
		maxRedirects: 0
	});
	expect(slowed.status()).toBe(429);
	expect(await slowed.text()).toContain('Too many attempts');
	// After the wait the right password gets in: slowed, not locked out.
	await new Promise((r) => setTimeout(r, 1100));
	const inAgain = await api.post('/en/logg-inn', {
		form: { email: 'medlem4@fjordvik.example', password: 'demo-medlem-2025' },
		headers: { accept: 'text/html' },
		maxRedirects: 0
	});
	expect(inAgain.status()).toBe(303);
	await api.dispose();
});

test('public pages get no cookie and set none while someone is logged in', async ({ page }) => {
	await logIn(page, ...demo.admin);
	await expect(page).toHaveURL(/\/admin$/);
	const cookies = await page.context().cookies();
	expect(cookies.map((c) => c.path).sort()).toEqual(['/admin', '/rad']);
	expect(cookies.every((c) => c.httpOnly && c.sameSite === 'Lax')).toBe(true);
	for (const path of ['/', '/finn-hjelp', '/en/aktiviteter']) {
		const response = await page.goto(path);
		expect(await response!.request().headerValue('cookie'), path).toBeNull();
		expect(await response!.headerValue('set-cookie'), path).toBeNull();
	}
});

test('logging out ends the session, and logging out everywhere ends them all', async ({
	page,
	browser
}) => {
	// The editor invited above: logging a shared demo account out everywhere would end the
	// session of a test running beside this one in another worker (the plans test's coordinator).
	const invited = ['ny.redaktor@fjordvik.example', 'fjorden er blank i dag'] as const;
	await logIn(page, ...invited);
	await expect(page).toHaveURL(/\/admin$/);
	await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
	await expect(page).toHaveURL(/\/logg-inn$/);
	await page.goto('/admin');
	await expect(page).toHaveURL(/\/logg-inn\?neste=%2Fadmin$/);

	const other = await browser.newContext();
	const phone = await other.newPage();
	await logIn(phone, ...invited);
	await logIn(page, ...invited);
	await page.getByRole('button', { name: 'Logg ut overalt' }).click();
	await expect(page).toHaveURL(/\/logg-inn$/);
	await phone.goto('/admin/brukere');
	await expect(phone).toHaveURL(/\/logg-inn\?neste=/);
	await other.close();
});

test('staff pages pass the axe scan', async ({ page, baseURL }) => {
	test.setTimeout(120_000);
	const ids = await firstIds(baseURL!);
	await logIn(page, ...demo.admin);
	for (const path of [
		'/admin',
		'/admin/tjenester',
		`/admin/tjenester/${ids.service}`,
		`/admin/tjenester/${ids.service}/oversettelser`,
		'/admin/tjenester/ny',
		'/admin/organisasjoner',
		'/admin/organisasjoner/ny',
		`/admin/organisasjoner/${ids.organization}`,
		'/admin/aktiviteter',
		`/admin/aktiviteter/${ids.activity}`,
		'/admin/aktiviteter/ny',
		`/admin/aktiviteter/${ids.activity}/oversettelser`,
		'/admin/passord',
		'/admin/sist-sjekket',
		'/admin/brukere',
		'/admin/outbox',
		'/admin/logg',
		'/admin/planer',
		'/admin/planer/tiltak/ny',
		'/admin/planer/tiltak/1',
		'/admin/planer/innsatsomrader'
	]) {
		await page.goto(path);
		expect(await seriousViolations(page), path).toEqual([]);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('staff log in, save a form and log out', async ({ page, baseURL }) => {
		const ids = await firstIds(baseURL!);
		await logIn(page, ...demo.admin);
		await expect(page).toHaveURL(/\/admin$/);
		await page.goto(`/admin/tjenester/${ids.services[2]}`);
		await page.getByLabel('Laveste alder').fill('x1');
		await page.getByRole('button', { name: 'Lagre', exact: true }).click();
		await expect(page.getByText('Skriv en alder som et tall')).toBeVisible();
		await page.getByLabel('Laveste alder').fill('12');
		await page.getByRole('button', { name: 'Lagre', exact: true }).click();
		await expect(page.getByRole('status')).toHaveText('Lagret.');
		await page.getByRole('button', { name: 'Logg ut', exact: true }).click();
		await expect(page).toHaveURL(/\/logg-inn$/);
	});
});
