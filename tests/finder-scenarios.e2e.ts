import type { Page } from '@playwright/test';
import { expect, fakeNeutralSite, seriousViolations, test } from './fixtures';

/**
 * What a young person types on a 360×740 phone, in five languages, the way they type it
 * (slang, no capitals, missing letters and apostrophes). For each: the right kind of help comes
 * first, and it is on the first screen without scrolling.
 */
type Scenario = 'hurt_at_home' | 'dont_want_to_live' | 'pregnant' | 'sad_cant_sleep' | 'need_help';

const queries: Record<string, Record<Scenario, string>> = {
	nb: {
		hurt_at_home: 'pappa slår meg når han er full',
		dont_want_to_live: 'vil ikke leve lenger',
		pregnant: 'tror jeg er gravid hva gjør jeg',
		sad_cant_sleep: 'er så lei meg og får ikke sove',
		need_help: 'trenger hjelp'
	},
	en: {
		hurt_at_home: 'my stepdad hits me at home',
		dont_want_to_live: 'i dont want to live anymore',
		pregnant: 'i think im pregnant',
		sad_cant_sleep: 'im sad all the time and cant sleep',
		need_help: 'i need help'
	},
	ar: {
		hurt_at_home: 'ابوي يضربني في البيت',
		dont_want_to_live: 'ما بدي عيش',
		pregnant: 'اعتقد اني حامل',
		sad_cant_sleep: 'انا حزين وما اقدر انام',
		need_help: 'احتاج مساعدة'
	},
	so: {
		hurt_at_home: 'aabahay ayaa i garaacaa guriga',
		dont_want_to_live: 'ma rabo inaan noolaado',
		pregnant: 'waxaan u maleynayaa inaan uur leeyahay',
		sad_cant_sleep: 'waan murugaysanahay mana seexan karo',
		need_help: 'caawimaad ayaan u baahanahay'
	},
	uk: {
		hurt_at_home: 'тато бʼє мене вдома',
		dont_want_to_live: 'не хочу жити',
		pregnant: 'здається я вагітна',
		sad_cant_sleep: 'мені сумно і не можу спати',
		need_help: 'мені потрібна допомога'
	}
};

/** Services (by slug) that are the right kind of first answer; anything else first fails. */
const rightFirst: Record<Scenario, string[]> = {
	hurt_at_home: ['nodnummer-112-politi', 'alarmtelefonen-116111', 'fjordvik-barnevernvakt'],
	dont_want_to_live: [
		'nodnummer-113-ambulanse',
		'mental-helse-116123',
		'kirkens-sos',
		'alarmtelefonen-116111'
	],
	pregnant: ['fjordvik-jordmor-unge-gravide', 'fjordvik-helsestasjon-for-ungdom'],
	// Someone to talk to now or without a referral: not BUP, not housing or homework help.
	sad_cant_sleep: [
		'kirkens-sos',
		'mental-helse-116123',
		'kors-pa-halsen',
		'fjordvik-psykolog-uten-henvisning',
		'fjordvik-helsesykepleier-skole',
		'fjordvik-ung-en-dor-inn'
	],
	// "I need help" with nothing more: the one door in, or a line that answers anything.
	need_help: [
		'fjordvik-ung-en-dor-inn',
		'mental-helse-116123',
		'alarmtelefonen-116111',
		'kirkens-sos',
		'ung-no'
	]
};

const acute: Scenario[] = ['hurt_at_home', 'dont_want_to_live'];
const screen = { width: 360, height: 740 };

function searchPath(lang: string, q: string): string {
	return `${lang === 'nb' ? '' : `/${lang}`}/finn-hjelp/sok?q=${encodeURIComponent(q)}`;
}

async function expectOnFirstScreen(page: Page, selector: string, what: string) {
	const box = await page.locator(selector).first().boundingBox();
	expect(box, `${what} is on the page`).not.toBeNull();
	expect(box!.y, `${what} starts on the first screen`).toBeGreaterThanOrEqual(0);
	expect(box!.y + box!.height, `${what} ends on the first screen`).toBeLessThanOrEqual(
		screen.height
	);
}

test.describe('Finn hjelp on a 360×740 phone', () => {
	test.use({ viewport: screen });

	for (const [lang, byScenario] of Object.entries(queries)) {
		for (const [scenario, q] of Object.entries(byScenario) as [Scenario, string][]) {
			test(`${lang}: "${q}" puts the right help first, on the first screen`, async ({ page }) => {
				await page.goto(searchPath(lang, q));
				const firstCard = page.getByRole('main').getByRole('article').first();
				const firstSlug = (await firstCard
					.getByRole('heading')
					.getByRole('link')
					.getAttribute('href'))!
					.split('/')
					.pop();
				expect(rightFirst[scenario], `first result for "${q}"`).toContain(firstSlug);

				if (acute.includes(scenario)) {
					// The help-now card opens the page, with its first number to call on screen.
					await expect(page.locator('#acute-heading')).toBeVisible();
					await expectOnFirstScreen(page, '#acute-heading', 'the help-now heading');
					await expectOnFirstScreen(page, '.acute a[href^="tel:"]', 'the first number to call');
					const firstCall = await page
						.locator('.acute a[href^="tel:"]')
						.first()
						.getAttribute('href');
					expect(firstCall).toMatch(
						scenario === 'hurt_at_home' ? /^tel:(112|116111)$/ : /^tel:(113|116123|\+?47?22400040)$/
					);
				} else {
					await expect(page.locator('#acute-heading')).toHaveCount(0);
					await expectOnFirstScreen(page, 'main article h2', 'the heading of the first result');
				}
			});
		}
	}

	for (const lang of Object.keys(queries)) {
		test(`${lang}: a topic page and the start page keep help on the first screen`, async ({
			page
		}) => {
			const prefix = lang === 'nb' ? '' : `/${lang}`;
			await page.goto(`${prefix}/finn-hjelp/tema/trist-eller-redd`);
			await expectOnFirstScreen(page, 'main article h2', 'the heading of the first result');
			// Active filters fold into one line and still leave the first result on screen.
			await page.goto(`${prefix}/finn-hjelp/tema/trist-eller-redd?alder=15&gratis=1&apent=1`);
			await expect(page.locator('.finder-filters summary')).toContainText('15');
			await expectOnFirstScreen(page, 'main article h2', 'the first result under filters');
			await page.goto(`${prefix}/finn-hjelp`);
			await expectOnFirstScreen(page, '#urgent-heading', 'the "help now" box');
			await expectOnFirstScreen(page, '.urgent-link', 'the "help now" link');
		});
	}
});

test.describe('a visit that leaves little behind', () => {
	test('moving through Finn hjelp is one history entry, and after "Gå ut" Back leaves the site', async ({
		page
	}) => {
		await fakeNeutralSite(page);
		await page.goto('/finn-hjelp');
		await page.getByRole('link', { name: 'Jeg er trist eller redd' }).click();
		await expect(page).toHaveURL(/\/tema\/trist-eller-redd/);
		await page.getByRole('main').getByRole('article').first().getByRole('link').first().click();
		await expect(page).toHaveURL(/\/tjeneste\//);
		await page.getByRole('link', { name: 'Gå ut' }).click();
		await expect(page).toHaveURL('https://www.yr.no/');
		await page.goBack();
		// The page before the site: the browser's blank start page, not any page of Inngang.
		expect(page.url()).toBe('about:blank');
	});

	test('a search typed on the start page replaces the entry too', async ({ page }) => {
		await fakeNeutralSite(page);
		await page.goto('/en/finn-hjelp');
		await page.getByLabel('Or write in your own words').fill('i think im pregnant');
		await page.getByRole('button', { name: 'Search' }).click();
		await expect(page).toHaveURL(/\/en\/finn-hjelp\/sok\?q=/);
		expect(await page.evaluate(() => history.length)).toBe(2);
		await page.getByRole('link', { name: 'Exit' }).click();
		await expect(page).toHaveURL('https://www.yr.no/');
		await page.goBack();
		expect(page.url()).toBe('about:blank');
	});

	test('Shift three times leaves before the page has loaded its other scripts', async ({
		page
	}) => {
		await fakeNeutralSite(page);
		// Hold back every other script (Finn hjelp's own, any app code): only the static
		// quick-exit script may run.
		await page.route(
			(url) => url.pathname.endsWith('.js') && !url.pathname.endsWith('/quick-exit.js'),
			() => new Promise(() => {})
		);
		// Held-back deferred scripts hold back DOMContentLoaded too: go on once the link is there.
		await page.goto('/ar/finn-hjelp', { waitUntil: 'commit' });
		await expect(page.locator('a.quick-exit')).toBeAttached();
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await page.keyboard.press('Shift');
		await expect(page).toHaveURL('https://www.yr.no/');
		await page.goBack();
		expect(page.url()).toBe('about:blank');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the footer does not promise Shift×3, and the filters still open', async ({ page }) => {
		await page.goto('/finn-hjelp/tema/trist-eller-redd');
		const footer = page.getByRole('contentinfo');
		await expect(footer).toContainText('Gå ut');
		await expect(footer).not.toContainText('Shift', { useInnerText: true });
		await page.getByText('Endre søk').click();
		await page.getByLabel('Gratis').check();
		await page.getByRole('button', { name: 'Vis treff' }).click();
		await expect(page).toHaveURL(/gratis=1/);
		await expect(page.locator('.finder-filters summary')).toContainText('Gratis');
	});

	test('the hard words are explained without a tooltip', async ({ page }) => {
		await page.goto('/finn-hjelp/sok?q=psykolog');
		await expect(page.getByText('du trenger ikke brev fra lege først').first()).toBeVisible();
		await page.getByText('Hva betyr ordene?').click();
		await expect(page.getByText('Taushetsplikt', { exact: true })).toBeVisible();
		await expect(page.getByText('BUP – barne- og ungdomspsykiatrien')).toBeVisible();
	});
});

test('with JavaScript the footer mentions Shift×3', async ({ page }) => {
	await page.goto('/finn-hjelp');
	await expect(page.getByRole('contentinfo')).toContainText('Shift', { useInnerText: true });
});

test('/personvern says what the browser remembers, the map server and the one cookie', async ({
	page
}) => {
	await page.goto('/personvern');
	await expect(
		page.getByRole('heading', { name: 'Dette kan nettleseren fortsatt huske' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Slik sletter du det' })).toBeVisible();
	await expect(page.getByText('inngang_session')).toBeVisible();
	// The map server the portal is configured with (playwright.config.ts MAP_TILE_URL).
	await expect(page.getByText(/kartserveren tiles\.inngang\.invalid/)).toBeVisible();
});

test('Arabic keeps "116 111" in order in the help-now card', async ({ page }) => {
	await page.goto(searchPath('ar', 'ابوي يضربني'));
	const reversed = await page.locator('main').evaluate((main) => {
		const found: string[] = [];
		const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			for (const match of text.matchAll(/116 111/g)) {
				const range = (from: number) => {
					const r = document.createRange();
					r.setStart(node!, from);
					r.setEnd(node!, from + 3);
					return r.getBoundingClientRect();
				};
				const first = range(match.index!);
				const second = range(match.index! + 4);
				// Same line, and "116" must stand to the left of "111".
				if (Math.abs(first.y - second.y) < 2 && first.x > second.x) found.push(text);
			}
		}
		return found;
	});
	expect(reversed).toEqual([]);
});

test.describe('axe on the changed pages', () => {
	for (const lang of ['nb', 'ar']) {
		const prefix = lang === 'nb' ? '' : `/${lang}`;
		for (const path of [
			'/finn-hjelp',
			'/finn-hjelp/tema/hjemme',
			`/finn-hjelp/sok?q=${encodeURIComponent(queries[lang].hurt_at_home)}&alder=14`,
			'/personvern'
		]) {
			test(`${lang} ${path}`, async ({ page }) => {
				await page.goto(prefix + path);
				expect(await seriousViolations(page)).toEqual([]);
				// Open the folded parts too: what they hold is checked as well.
				for (const details of await page.locator('main details').all()) {
					await details.locator('summary').click();
				}
				expect(await seriousViolations(page)).toEqual([]);
			});
		}
	}
});
