import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, seriousViolations, stubMapTiles, test } from './fixtures';

/**
 * The portal in every language, as the people it is for use it: parents new to Norway who
 * read Polish or Arabic, a young person who writes Somali. UI strings come from the locale
 * files, so a test reads the page in the visitor's words without copying them.
 */
const languages = ['nb', 'nn', 'en', 'uk', 'pl', 'ar', 'so'] as const;
type Language = (typeof languages)[number];

function strings(lang: Language, ns: string): Record<string, string> {
	return JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8'));
}
function content(lang: Language): Record<string, string> {
	return JSON.parse(readFileSync(`db/seed/content/${lang}.json`, 'utf8'));
}
const pathIn = (lang: Language, path: string) =>
	lang === 'nb' ? path : `/${lang}${path === '/' ? '' : path}`;

/**
 * Every text of the page a reader gets in the page's language: text nodes that are not inside
 * an element marked as another language (a name only in Norwegian is marked lang="nb").
 */
async function textInPageLanguage(page: Page): Promise<string> {
	return page.evaluate(() => {
		const pageLang = document.documentElement.lang;
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const parts: string[] = [];
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style, noscript')) continue;
			const lang = parent.closest('[lang]')?.getAttribute('lang');
			if (lang === pageLang) parts.push(node.textContent ?? '');
		}
		return parts.join(' ').replace(/\s+/g, ' ');
	});
}

/**
 * The Bokmål labels of the content vocabularies (activity categories, kinds, types, times,
 * organisers; finder topics) and the Bokmål weekdays, less those the page language spells
 * the same (English "Basketball") and the shortest.
 */
function bokmalVocabulary(lang: Language): string[] {
	const vocabulary = /^(category|kind|type|time|organizer|gender|topic)_/;
	const labels: string[] = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
	for (const ns of ['activities', 'finder']) {
		const nb = strings('nb', ns);
		const own = strings(lang, ns);
		for (const [key, text] of Object.entries(nb))
			if (vocabulary.test(key) && own[key] !== text) labels.push(text);
	}
	// "Ski" and "Tur" are English and Polish words too; longer labels are not.
	return [...new Set(labels)].filter((label) => label.length > 3);
}

async function expectOnlyOwnVocabulary(page: Page, lang: Language) {
	// Addresses (the calendar feed's ?dag=tirsdag) are not words anyone reads.
	const text = (await textInPageLanguage(page)).replace(/https?:\/\/\S+/g, '');
	expect(text.length).toBeGreaterThan(100);
	// A key i18next could not find, or a code shown as it is stored.
	expect(text).not.toMatch(/\b(activities|finder|common)\.[a-z_]+/);
	expect(text).not.toMatch(/\b[a-z]+_[a-z]+\b/);
	const found = bokmalVocabulary(lang).filter((label) =>
		new RegExp(`(?<!\\p{L})${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(
			text
		)
	);
	expect(found, `Bokmål vocabulary on a ${lang} page`).toEqual([]);
}

for (const lang of ['pl', 'ar'] as const) {
	test(`a parent reading ${lang} finds a free Tuesday football group for a 10-year-old`, async ({
		page
	}) => {
		const ui = strings(lang, 'activities');
		const text = content(lang);
		const tuesday = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' }).format(
			new Date('2026-01-06T12:00:00Z')
		);
		await page.goto(pathIn(lang, '/aktiviteter'));
		await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
		await page.getByText(ui.filters_heading).click();
		await page.getByLabel(ui.filter_age, { exact: true }).fill('10');
		await page.getByRole('checkbox', { name: tuesday }).check();
		await page.getByRole('checkbox', { name: ui.filter_free }).check();
		await page.getByRole('button', { name: ui.filter_submit }).click();
		await expect(page).toHaveURL(/alder=10&gratis=1&dag=tirsdag/);

		const football = page.getByRole('link', { name: text['activity.fotball-for-alle.name'] });
		await expect(football).toBeVisible();
		// In the reader's language, not marked as Norwegian.
		await expect(football).not.toHaveAttribute('lang', /./);
		await expect(page.getByRole('link', { name: 'Fotball for alle' })).toHaveCount(0);
		await expectOnlyOwnVocabulary(page, lang);

		await football.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			text['activity.fotball-for-alle.name']
		);
		const description = page.getByText(text['activity.fotball-for-alle.description']);
		await expect(description).toBeVisible();
		await expect(description).not.toHaveAttribute('lang', /./);
		await expect(page.getByText(strings(lang, 'common').only_in_norwegian)).toHaveCount(0);
		await expect(page.getByText(ui.free_long)).toBeVisible();
		await expect(page.getByText(ui.type_football, { exact: true })).toBeVisible();
		await expect(page.getByText(tuesday).first()).toBeVisible();
		await expectOnlyOwnVocabulary(page, lang);
	});
}

test('a young person who writes Somali finds the right service in Somali', async ({ page }) => {
	const ui = strings('so', 'finder');
	const text = content('so');
	const searches = [
		// "I have nowhere to live" → the housing office's youth service
		{ words: 'ma haysto meel aan ku noolaado', service: 'fjordvik-bolig-for-unge' },
		// "I am being bullied" → the anti-bullying ombud
		{ words: 'waa la i cagajugleeyaa', service: 'fjordvik-mobbeombud' }
	];
	for (const { words, service } of searches) {
		await page.goto('/so/finn-hjelp');
		await page.getByLabel(ui.search_label).fill(words);
		await page.getByRole('button', { name: ui.search_button }).click();
		await expect(page).toHaveURL(/\/so\/finn-hjelp\/sok\?/);
		const first = page
			.locator('ol.service-list > li')
			.first()
			.getByRole('heading')
			.getByRole('link');
		await expect(first, words).toHaveText(text[`service.${service}.name`]);
		await expect(first).not.toHaveAttribute('lang', /./);
		await expect(
			page.locator('ol.service-list > li').first().getByText(text[`service.${service}.summary`])
		).toBeVisible();
	}
	await expectOnlyOwnVocabulary(page, 'so');
});

for (const lang of ['pl', 'ar'] as const) {
	test(`the map tab (${lang}) loads tiles only after a tap, and its page lets them in`, async ({
		page
	}) => {
		const ui = strings(lang, 'activities');
		const tiles = await stubMapTiles(page);
		const blocked: string[] = [];
		page.on('console', (m) => {
			if (/Content Security Policy/.test(m.text())) blocked.push(m.text());
		});
		await page.goto(pathIn(lang, '/aktiviteter?alder=10'));
		await page.waitForLoadState('networkidle');
		expect(tiles).toEqual([]);

		await page
			.getByRole('navigation', { name: ui.views_label })
			.getByRole('link', { name: ui.view_map })
			.click();
		await expect(page).toHaveURL(new RegExp(`/${lang}/aktiviteter/kart\\?alder=10$`));
		const map = page.getByRole('region', { name: ui.map_label });
		// The list first: the map and its tiles only after "show map".
		await page.waitForLoadState('networkidle');
		await expect(map).toBeHidden();
		expect(tiles).toEqual([]);
		await page.getByRole('button', { name: ui.map_show }).click();
		await expect(map).toBeVisible();
		// Leaflet marks a tile loaded once its image has arrived; a CSP-blocked one never is.
		await expect(map.locator('img.leaflet-tile-loaded').first()).toBeAttached();
		expect(tiles.length).toBeGreaterThan(0);
		expect(blocked).toEqual([]);
	});
}

test('vocabularies are in the page language on every activity and finder view', async ({
	page
}) => {
	for (const lang of ['en', 'ar', 'uk'] as const) {
		for (const path of [
			'/aktiviteter',
			'/aktiviteter/kalender',
			'/aktiviteter/fotball-for-alle',
			'/finn-hjelp',
			'/finn-hjelp/tema/trist-eller-redd',
			'/finn-hjelp/foreldre'
		]) {
			await page.goto(pathIn(lang, path));
			await test.step(`${lang} ${path}`, () => expectOnlyOwnVocabulary(page, lang));
		}
	}
});

for (const lang of languages) {
	for (const [name, path] of [
		['home page', '/'],
		['activity list', '/aktiviteter'],
		['finder', '/finn-hjelp']
	] as const) {
		test(`the ${name} in ${lang} has no serious accessibility problems`, async ({ page }) => {
			await page.goto(pathIn(lang, path));
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			expect(await seriousViolations(page)).toEqual([]);
		});
	}
}
