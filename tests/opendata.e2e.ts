import { readFile } from 'node:fs/promises';
import { test as staffTest, expect as staffExpect, type Page } from '@playwright/test';
import { test, expect, seriousViolations } from './fixtures';

/** Open data for machines: anonymous, cross-origin, cacheable. */
test.describe('open data APIs', () => {
	test('HSDS services answer with CORS, an ETag and a 304 for an unchanged copy', async ({
		request
	}) => {
		const first = await request.get('/api/hsds/services?per_page=50', {
			headers: { origin: 'https://other.example' }
		});
		expect(first.status()).toBe(200);
		expect(first.headers()['access-control-allow-origin']).toBe('*');
		expect(first.headers()['set-cookie']).toBeUndefined();
		const body = await first.json();
		expect(body.contents.length).toBeGreaterThan(0);
		const again = await request.get('/api/hsds/services?per_page=50', {
			headers: { 'if-none-match': first.headers()['etag'] }
		});
		expect(again.status()).toBe(304);
	});

	test('bad paging gives 400 with a JSON body', async ({ request }) => {
		const response = await request.get('/api/hsds/services?per_page=0');
		expect(response.status()).toBe(400);
		expect(await response.json()).toMatchObject({ error: 'bad_request', parameter: 'per_page' });
	});

	test('the API root points to its OpenAPI document', async ({ request }) => {
		const root = await (await request.get('/api/hsds/')).json();
		expect(root.version).toBe('3.0');
		const openapi = await (await request.get(new URL(root.openapi_url).pathname)).json();
		expect(openapi.paths['/hsds/services']).toBeDefined();
	});

	test('the activity feed pages with absolute next URLs until it is empty', async ({
		request,
		baseURL
	}) => {
		let url = '/api/feeds/activities';
		const ids = new Set<string>();
		for (let i = 0; i < 20; i++) {
			const page = await (await request.get(url)).json();
			expect(page.license).toMatch(/^https:/);
			if (page.items.length === 0) break;
			for (const item of page.items) ids.add(item.id);
			expect(page.next.startsWith(`${baseURL}/api/feeds/activities?afterTimestamp=`)).toBe(true);
			url = new URL(page.next).pathname + new URL(page.next).search;
		}
		expect(ids.size).toBeGreaterThan(10);
	});
});

/** Logs in; `title` is the page heading in the person's own language (the editor reads English). */
async function logIn(page: Page, email: string, password: string, title: string) {
	await page.goto('/logg-inn?neste=/admin/apne-data', { waitUntil: 'networkidle' });
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await staffExpect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

staffTest.describe('open data in the staff workspace', () => {
	staffTest(
		'an editor checks a CSV, sees the bad row, and nothing is imported',
		async ({ page }) => {
			await logIn(page, 'redaktor@fjordvik.example', 'demo-redaktor-2025', 'Open data');
			staffExpect(await seriousViolations(page)).toEqual([]);
			// Every address says which official validator it is checked against.
			const feeds = page.locator('dl.feeds dd');
			staffExpect(await feeds.count()).toBeGreaterThanOrEqual(6);
			for (const note of await feeds.locator('.validates').allTextContents())
				staffExpect(note).toMatch(/^(Checked|Read back) (with|against) /);
			await staffExpect(
				page.getByText(/OpenActive's data-model validator \(every item\)/)
			).toBeVisible();
			await page.getByLabel('Services').check();
			await page.getByLabel('CSV file').setInputFiles({
				name: 'tjenester.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from(
					'external_id;name;summary;description;organization_id;organization_name;min_age;max_age;topics\r\n' +
						'ny-e2e-1;Ny tjeneste;Kort;Lang;e2e-org;E2E org;12;18;mobbing\r\n' +
						'ny-e2e-2;Annen;Kort;Lang;e2e-org;E2E org;12;300;drager\r\n'
				)
			});
			await page.getByRole('button', { name: 'Check the file' }).click();
			const problems = page.getByRole('table', { name: 'Problems' });
			await staffExpect(problems).toContainText('max_age');
			await staffExpect(problems).toContainText('drager');
			await staffExpect(page.getByRole('button', { name: /^Import \d/ })).toHaveCount(0);
			await page.screenshot({ path: 'test-results/opendata-problems.png', fullPage: true });
		}
	);

	staffTest(
		'an editor checks, then imports a template file; a second import changes nothing',
		async ({ page }) => {
			await logIn(page, 'redaktor@fjordvik.example', 'demo-redaktor-2025', 'Open data');
			const template = await page.request.get('/admin/apne-data/mal/aktiviteter.csv');
			staffExpect(template.headers()['content-type']).toContain('text/csv');
			const csv = await template.body();
			for (const expected of ['Import 1 change', null]) {
				await page.getByLabel('Activities').check();
				await page
					.getByLabel('CSV file')
					.setInputFiles({ name: 'aktiviteter.csv', mimeType: 'text/csv', buffer: csv });
				await page.getByRole('button', { name: 'Check the file' }).click();
				if (expected) {
					await staffExpect(page.getByRole('cell', { name: 'New', exact: true })).toBeVisible();
					await page.getByRole('button', { name: expected }).click();
					await staffExpect(page.getByRole('heading', { name: /Imported/ })).toBeVisible();
				} else {
					await staffExpect(
						page.getByRole('cell', { name: 'Unchanged', exact: true })
					).toBeVisible();
				}
			}
			const feed = await (
				await page.request.get('/api/feeds/activities?afterTimestamp=0&afterId=0')
			).json();
			staffExpect(JSON.stringify(feed)).toContain('eksempel-fotball');
		}
	);

	staffTest(
		'a long report lists its first 100 problems; the whole one downloads, for its checker only',
		async ({ page, browser }) => {
			await logIn(page, 'redaktor@fjordvik.example', 'demo-redaktor-2025', 'Open data');
			const header =
				'external_id;name;summary;description;organization_id;organization_name;min_age;max_age;topics';
			const bad = Array.from(
				{ length: 150 },
				(_, i) => `lang-e2e-${i};Tjeneste ${i};Kort;Lang;e2e-org;E2E org;12;300;mobbing`
			);
			await page.getByLabel('Services').check();
			await page.getByLabel('CSV file').setInputFiles({
				name: 'lang.csv',
				mimeType: 'text/csv',
				buffer: Buffer.from([header, ...bad].join('\r\n'))
			});
			await page.getByRole('button', { name: 'Check the file' }).click();
			await staffExpect(page.getByText('150 problems. Nothing has been saved.')).toBeVisible();
			const problems = page.getByRole('table', { name: 'Problems' });
			// A header row and the first 100 problems.
			await staffExpect(problems.getByRole('row')).toHaveCount(101);
			await staffExpect(page.getByText('Showing the first 100 of 150 problems.')).toBeVisible();
			staffExpect(await seriousViolations(page)).toEqual([]);

			const link = page.getByRole('link', { name: 'Download the whole report (CSV)' });
			const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
			const lines = (await readFile((await download.path())!, 'utf8'))
				.replace(/\r\n$/, '')
				.split('\r\n');
			staffExpect(lines[0]).toBe(
				'\ufeffRow;External id;What happens;Changed columns;Column;Problem'
			);
			staffExpect(lines.slice(1)).toHaveLength(150);
			staffExpect(lines.at(-1)).toMatch(/^151;;;;max_age;/);

			// Another editor of the same municipality, and one of another, are told it is gone.
			const reportPath = new URL((await link.getAttribute('href'))!, page.url()).pathname;
			for (const [email, password] of [
				['admin@fjordvik.example', 'demo-admin-2025'],
				['redaktor@nordby.example', 'demo-nordby-2025']
			]) {
				const context = await browser.newContext();
				const other = await context.newPage();
				await logIn(other, email, password, 'Åpne data');
				await other.goto(reportPath);
				await staffExpect(other.getByRole('alert')).toContainText(
					'Rapporten er ikke lenger lagret'
				);
				await context.close();
			}
		}
	);

	staffTest('a report no longer kept says so and what to do', async ({ page }) => {
		await logIn(page, 'redaktor@fjordvik.example', 'demo-redaktor-2025', 'Open data');
		await page.goto(`/admin/apne-data/rapport/${'A'.repeat(24)}.csv`);
		await staffExpect(page.getByRole('alert')).toHaveText(
			'The report is no longer kept (it is kept for an hour, and only for the person who checked the file). Check the file again to get a new report.'
		);
	});

	staffTest('exports are UTF-8 with a BOM', async ({ page }) => {
		await logIn(page, 'koordinator@fjordvik.example', 'demo-koordinator-2025', 'Åpne data');
		const response = await page.request.get('/admin/apne-data/eksport/tiltak.csv');
		staffExpect(response.status()).toBe(200);
		const bytes = await response.body();
		staffExpect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		// A coordinator does not edit services, so the service template is not theirs.
		staffExpect((await page.request.get('/admin/apne-data/mal/tjenester.csv')).status()).toBe(403);
	});
});
