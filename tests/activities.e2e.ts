import ical, { type VEvent } from 'node-ical';
import { readFile } from 'node:fs/promises';
import { activities as demoActivities } from '../db/seed/activities-data';
import { expect, seriousViolations, test, tileOrigin } from './fixtures';
import { forgetTranslation } from './fixtures/staff-added';

/** Today's date in Oslo, as the server sees it. */
function osloDate(offsetDays = 0): string {
	const date = new Date(Date.now() + offsetDays * 86_400_000);
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(date);
}

function events(text: string): VEvent[] {
	return Object.values(ical.sync.parseICS(text)).filter(
		(c): c is VEvent => c?.type === 'VEVENT' && !('recurrenceid' in c && c.recurrenceid)
	);
}

test('a parent reading Polish finds a free activity for a 10-year-old on Tuesdays and adds it to the calendar', async ({
	page
}) => {
	await page.goto('/pl/aktiviteter');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Znajdź coś do robienia');
	await page.getByText('Wybierz wiek, dzień i więcej').click();
	await page.getByLabel('Wiek').fill('10');
	await page.getByRole('checkbox', { name: 'wtorek' }).check();
	await page.getByRole('checkbox', { name: 'Bezpłatne' }).check();
	await page.getByRole('button', { name: 'Pokaż zajęcia' }).click();

	await expect(page).toHaveURL(/\/pl\/aktiviteter\?alder=10&gratis=1&dag=tirsdag$/);
	// The count is in a live region, so a screen reader hears how many fit.
	const count = page.locator('[aria-live="polite"]');
	await expect(count).toHaveText(/\d+ propozycj/);
	const football = page.getByRole('link', { name: 'Piłka nożna dla wszystkich' });
	await expect(football).toBeVisible();
	// Paid or wrong-day offers are not in the list.
	await expect(page.getByRole('link', { name: /Hiphop|Piłka ręczna|Håndball/ })).toHaveCount(0);

	await football.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piłka nożna dla wszystkich');
	await expect(page.getByText('Bezpłatne. Udział nic nie kosztuje.')).toBeVisible();
	// The time range is wrapped in Unicode isolates so it stays in order in Arabic.
	await expect(page.getByText(/Co tydzień: wtorek, \u206617:30–19:00\u2069/)).toBeVisible();

	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Dodaj do kalendarza' }).click();
	const file = await (await download).path();
	const [series] = events(await readFile(file!, 'utf8'));
	expect(series.summary).toBe('Piłka nożna dla wszystkich');
	expect(series.rrule?.toString()).toContain('BYDAY=TU');
	// 17:30 in Oslo is 16:30 or 15:30 UTC depending on the season.
	expect(['16:30', '15:30']).toContain(series.start.toISOString().slice(11, 16));
});

test('the subscription URL gives the same filtered selection, only on the days asked for', async ({
	request
}) => {
	const response = await request.get('/pl/aktiviteter/kalender.ics?alder=10&gratis=1&dag=tirsdag');
	expect(response.headers()['content-type']).toContain('text/calendar');
	const all = events(await response.text());
	expect(all.map((e) => e.summary)).toContain('Piłka nożna dla wszystkich');
	expect(all.map((e) => e.summary)).not.toContain('Hip-hop dance');
	for (const event of all.filter((e) => e.rrule)) {
		expect(event.rrule!.toString(), String(event.summary)).toMatch(/BYDAY=TU(;|$|\n)/);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the list filters work as a plain form', async ({ page }) => {
		await page.goto('/aktiviteter');
		await page.getByText('Velg alder, dag og mer').click();
		await page.getByLabel('Alder', { exact: true }).fill('10');
		await page.getByRole('checkbox', { name: 'tirsdag' }).check();
		await page.getByRole('checkbox', { name: 'Gratis' }).check();
		await page.getByRole('button', { name: 'Vis aktiviteter' }).click();
		await expect(page).toHaveURL(/alder=10&gratis=1&dag=tirsdag/);
		await expect(page.getByRole('link', { name: 'Fotball for alle' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Håndball 12–14 år' })).toHaveCount(0);
		await expect(page).toHaveTitle(/^\d+ aktivitet/);
	});

	test('the map page is the list grouped by area', async ({ page }) => {
		await page.goto('/aktiviteter/kart');
		await expect(page.getByRole('region', { name: 'Kart med aktivitetene' })).toBeHidden();
		for (const area of ['Sentrum', 'Nordbygda', 'Sørvika', 'Fjellheim']) {
			await expect(page.getByRole('heading', { level: 2, name: area })).toBeVisible();
		}
		await expect(page.getByRole('link', { name: 'Ungdomsklubben i sentrum' })).toBeVisible();
	});
});

test('the map falls back gracefully when the tile server gives nothing', async ({ page }) => {
	const tileRequests: string[] = [];
	page.on('request', (r) => {
		if (r.url().startsWith(tileOrigin)) tileRequests.push(r.url());
	});
	const response = await page.goto('/aktiviteter/kart');
	// Only the map page lets images come from the tile server.
	expect(response!.headers()['content-security-policy']).toMatch(
		new RegExp(`img-src [^;]*${tileOrigin.replace(/[.:/]/g, '\\$&')}`)
	);
	const map = page.getByRole('region', { name: 'Kart med aktivitetene' });
	// The list comes first; Leaflet and the tiles only when the visitor asks for the map.
	await page.waitForLoadState('networkidle');
	await expect(map).toBeHidden();
	expect(tileRequests).toEqual([]);
	const leaflet = page.waitForResponse((r) => /leaflet.*\.js$/.test(r.url()));
	// By keyboard: the button is reached with Tab and pressed with Enter.
	const show = page.getByRole('button', { name: 'Vis kart' });
	await show.focus();
	await page.keyboard.press('Enter');
	await leaflet;
	await expect(map).toBeVisible();
	await expect(map).toBeFocused();
	await expect(show).toBeHidden();
	await expect(map.locator('.leaflet-interactive').first()).toBeVisible();
	await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
	// The tiles are missing, but the places are still listed by area and say where tiles come from.
	await expect(page.getByRole('heading', { level: 2, name: 'Sentrum' })).toBeVisible();
	await expect(page.getByText(/Kartbildene hentes fra tiles\.inngang\.invalid/)).toBeVisible();
});

test('no other page allows images from the tile server', async ({ request }) => {
	const list = await request.get('/aktiviteter');
	expect(list.headers()['content-security-policy']).toMatch(/img-src 'self' data:;/);
});

test('the list page does not load the map code', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', async (r) => {
		if (r.request().resourceType() === 'script') scripts.push(await r.text());
	});
	await page.goto('/aktiviteter');
	await page.waitForLoadState('networkidle');
	expect(scripts.length).toBeGreaterThan(0);
	expect(scripts.some((s) => s.includes('leaflet-container'))).toBe(false);
});

test('cancelled and skipped sessions are shown with the reason, not left out', async ({ page }) => {
	await page.goto('/aktiviteter/ungdomsklubben-sentrum');
	await expect(
		page.getByText('Avlyst: Vannlekkasje i kjelleren, huset er stengt').first()
	).toBeVisible();
	// Four weeks are more than one page of the calendar: the cancelled evening (with its
	// reason) and an empty day are each on one of its pages, reached by "Neste side". The
	// demo skips its first sessions three weeks after this week's Monday, so on a Monday
	// three weeks from today would end the day before them.
	await page.goto(`/aktiviteter/kalender?fra=${osloDate()}&til=${osloDate(27)}`);
	const seen = { cancelled: 0, emptyDay: 0, pages: 0 };
	for (;;) {
		seen.pages++;
		seen.cancelled += await page
			.getByText('Avlyst: Vannlekkasje i kjelleren, huset er stengt')
			.count();
		seen.emptyDay += await page.getByText('Ingen aktivitet denne dagen').count();
		const next = page.getByRole('link', { name: 'Neste side' });
		if (!(await next.count())) break;
		// A whole page load each time, so every count reads a page that has fully arrived.
		await page.goto((await next.getAttribute('href'))!);
		await expect(page.locator('h1')).toBeVisible();
	}
	expect(seen.pages).toBeGreaterThan(1);
	expect(seen.cancelled).toBe(1);
	expect(seen.emptyDay).toBeGreaterThan(0);
});

test('bad filter values give a clear message and the rest of the filters still apply', async ({
	page
}) => {
	// Tuesday too, so the match is on the list's first page.
	await page.goto('/aktiviteter?alder=200&gratis=1&dag=tirsdag&farge=bla');
	await expect(page.getByRole('alert')).toContainText('Alder må være et helt tall fra 0 til 25');
	await expect(page.getByRole('checkbox', { name: 'Gratis' })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'tirsdag' })).toBeChecked();
	await expect(page.getByRole('link', { name: 'Håndball 12–14 år' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Fotball for alle' })).toBeVisible();

	await page.goto('/en/aktiviteter/kalender?fra=2026-12-10&til=2026-12-01');
	await expect(page.getByRole('alert')).toContainText('The end date is before the start date');
});

test('an unknown activity is a 404 in the visitor’s language', async ({ page }) => {
	const response = await page.goto('/pl/aktiviteter/finnes-ikke');
	expect(response!.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Vi fant ikke siden');
	expect((await page.request.get('/pl/aktiviteter/finnes-ikke/kalender.ics')).status()).toBe(404);
});

test('an activity page describes itself in schema.org JSON-LD without a CSP complaint', async ({
	page
}) => {
	const problems: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(m.text());
	});
	await page.goto('/uk/aktiviteter/bua-utlan');
	await page.waitForLoadState('networkidle');
	const json = JSON.parse(
		(await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}'
	);
	expect(json['@type']).toBe('Event');
	// The structured data names the activity as the page does, in Ukrainian.
	expect(json.name).toBe(await page.getByRole('heading', { level: 1 }).textContent());
	expect(json.name).toMatch(/BUA: .*[а-яі]/);
	expect(json.isAccessibleForFree).toBe(true);
	expect(json.typicalAgeRange).toBe('0-25');
	expect(json.eventSchedule[0].scheduleTimezone).toBe('Europe/Oslo');
	expect(json.location.geo.latitude).toBeGreaterThan(59);
	expect(problems).toEqual([]);
});

test('text the visitor’s language lacks falls back to Bokmål, marked as Bokmål', async ({
	page
}) => {
	// Every demo text is translated; take one away, as if staff had added it in nb only.
	forgetTranslation('activity', 'handball-12-14', 'ar');
	// The server sees another connection's commit when a data memo's 10 s are up, and the page
	// cached before it may live 10 s more: up to ~21 s.
	test.setTimeout(60_000);
	await expect(async () => {
		await page.goto('/ar/aktiviteter/handball-12-14');
		await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'nb', {
			timeout: 1000
		});
	}).toPass({ timeout: 30_000 });
	await expect(page.getByText('هذا النص متوفر باللغة النرويجية فقط.').first()).toBeVisible();
	// The page's own words are Arabic; only the missing content is Bokmål.
	await expect(page.getByText('السعر', { exact: true })).toBeVisible();
});

// Every activity the demo has in nb, in chunks so a slow machine does not hit one test's
// timeout; in pl and ar (the same template, other words and direction) every third one, each
// language a different third, so every activity is scanned in a second language too.
const slugs = demoActivities.map((a) => a.slug);
const chunk = 8;
for (const lang of ['nb', 'pl', 'ar'] as const) {
	const offset = { nb: 0, pl: 0, ar: 1 }[lang];
	const scanned = lang === 'nb' ? slugs : slugs.filter((_, i) => i % 3 === offset);
	for (let start = 0; start < scanned.length; start += chunk) {
		const some = scanned.slice(start, start + chunk);
		test(`activity pages ${start + 1}–${start + some.length} of ${scanned.length} have no serious accessibility problems (${lang})`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			for (const slug of some) {
				const path = `/aktiviteter/${slug}`;
				await page.goto(lang === 'nb' ? path : `/${lang}${path}`);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				expect(await seriousViolations(page), `${lang} ${path}`).toEqual([]);
			}
		});
	}
}
