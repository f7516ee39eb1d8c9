import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { calendarDate } from '../src/lib/calendar-date';
import { expect, seriousViolations, signedInCookiePaths, test } from './fixtures';

/**
 * The whole life of a consultation round: the coordinator sends measures to the youth
 * council, three members answer on phones (one without JavaScript), the deadline passes,
 * the statement is generated, edited, adopted and exported, outcomes are recorded with a
 * revised measure, and the public pages show what changed, in nb and en.
 */
test.use({ cookiePaths: signedInCookiePaths });

/** Logs in through the real form; the session cookie then rides along on /admin and /rad. */
async function logIn(page: Page, email: string, password: string) {
	// Wait for hydration before typing, as a person on a slow phone would not.
	await page.goto('/logg-inn', { waitUntil: 'networkidle' });
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill(password);
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await page.waitForURL(/\/(admin|rad)/);
}

const coordinator = ['koordinator@fjordvik.example', 'demo-koordinator-2025'] as const;
const leader = ['leder@fjordvik.example', 'demo-leder-2025'] as const;
const member1 = ['medlem1@fjordvik.example', 'demo-medlem-2025'] as const;
const member2 = ['medlem2@fjordvik.example', 'demo-medlem-2025'] as const;
const member3 = ['medlem3@fjordvik.example', 'demo-medlem-2025'] as const;
const nordbyMember = ['medlem@nordby.example', 'demo-nordby-2025'] as const;

const youthWorkers = 'Ungdomskontakter der unge er';
const talkGroups = 'Samtalegrupper om stress og press';
const psychologist = 'Psykolog på helsestasjon for ungdom';
const oldDescription =
	'Ungdomskontakter er på skolene på dagtid og i sentrum og på klubbene om kvelden.';
const newDescription =
	'Ungdomskontakter er på skolene på dagtid, i sentrum og på klubbene om kvelden, også i helgene.';

function osloDate(offsetDays: number): string {
	const d = new Date(Date.now() + offsetDays * 86_400_000);
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' }).format(d);
}

async function phone(browser: Browser, baseURL: string, javaScriptEnabled = true) {
	return browser.newContext({ baseURL, viewport: { width: 360, height: 740 }, javaScriptEnabled });
}

async function asUser(context: BrowserContext, [email, password]: readonly [string, string]) {
	const page = await context.newPage();
	await logIn(page, email, password);
	return page;
}

async function noSeriousViolations(page: Page) {
	expect(await seriousViolations(page)).toEqual([]);
}

/** /planen folds each focus area into a <details> (issue 17): open them all, as a reader would. */
async function openFocusAreas(page: Page) {
	for (const summary of await page.locator('.focus-area summary').all()) await summary.click();
}

function measureGroup(page: Page, title: string) {
	return page.getByRole('group', { name: title, exact: true });
}

async function answerMeasure(
	page: Page,
	title: string,
	answer: { stance: string; importance: string; change?: string; comment?: string }
) {
	const group = measureGroup(page, title);
	await group
		.getByRole('group', { name: 'Hva mener du om tiltaket?' })
		.getByLabel(answer.stance, { exact: true })
		.check();
	await group
		.getByRole('group', { name: 'Hvor viktig er tiltaket?' })
		.getByLabel(answer.importance, { exact: true })
		.check();
	if (answer.comment) await group.getByLabel('Kommentar').fill(answer.comment);
	if (answer.change) await group.getByLabel('Forslag til endring').fill(answer.change);
}

test.describe('a consultation round from sending to visible change', () => {
	// One story in order; each step is its own test, so a failure names the step it is in.
	test.describe.configure({ mode: 'serial', timeout: 60_000 });
	let staff: BrowserContext, m1: BrowserContext, m2: BrowserContext, lead: BrowserContext;
	let coord: Page, page1: Page, page2: Page, leaderPage: Page;
	let roundId = '';

	test.beforeAll(async ({ browser }, testInfo) => {
		const baseURL = testInfo.project.use.baseURL!;
		staff = await browser.newContext({ baseURL });
		coord = await asUser(staff, coordinator);
		m1 = await phone(browser, baseURL);
		page1 = await asUser(m1, member1);
		m2 = await phone(browser, baseURL, false);
		page2 = await asUser(m2, member2);
		lead = await phone(browser, baseURL);
		leaderPage = await asUser(lead, leader);
	});

	test.afterAll(async () => {
		await Promise.all([staff?.close(), m1?.close(), m2?.close(), lead?.close()]);
	});

	test('the coordinator creates a round and is told the council gets three weeks', async () => {
		await coord.goto('/admin/horinger/ny');
		await noSeriousViolations(coord);
		await coord.getByLabel('Tittel').fill('Høring om tiltaksplanen 2026');
		await coord.getByLabel('Innledning i klart språk').fill('Si hva dere mener om tre tiltak.');
		await coord.getByLabel('Åpner').fill(osloDate(0));
		await coord.getByLabel('Svarfrist (dato og klokkeslett)').fill(`${osloDate(10)}T23:59`);
		await coord.getByLabel('Dato for politisk behandling').fill(osloDate(30));
		for (const title of [youthWorkers, talkGroups, psychologist]) {
			await coord.getByRole('checkbox', { name: new RegExp(`^${title}`) }).check();
		}
		await coord
			.getByLabel('Spørsmål 1 (la stå tomt hvis du ikke trenger det)')
			.fill('Hvilket tiltak er viktigst?');
		await coord.getByLabel('Type spørsmål').first().selectOption('ranking');
		await coord.getByRole('button', { name: 'Opprett og send til rådet' }).click();
		await expect(coord.getByText('Høringen er opprettet')).toBeVisible();
		await expect(coord.getByText('Rådet får 30 dager')).toBeVisible();
		roundId = coord.url().match(/horinger\/(\d+)/)![1];
		await noSeriousViolations(coord);
	});

	test('member 1 (JavaScript) sees the round, autosaves and sends', async () => {
		// Member 1 logged in before the round existed: open the council page afresh.
		await page1.goto('/rad');
		await expect(page1.getByRole('link', { name: 'Høring om tiltaksplanen 2026' })).toBeVisible();
		await noSeriousViolations(page1);
		await page1.getByRole('link', { name: 'Høring om tiltaksplanen 2026' }).click();
		await expect(page1.getByText('Du har svart på 0 av 3 tiltak')).toBeVisible();
		await answerMeasure(page1, youthWorkers, {
			stance: 'Støtter med endringer',
			importance: '5',
			change: 'Ha ungdomskontakter i helgene også.'
		});
		await expect(page1.getByText('Lagret automatisk.')).toBeVisible({ timeout: 10_000 });
		await page1.reload();
		await expect(measureGroup(page1, youthWorkers).getByLabel('Forslag til endring')).toHaveValue(
			'Ha ungdomskontakter i helgene også.'
		);
		await answerMeasure(page1, talkGroups, { stance: 'Støtter', importance: '4' });
		await answerMeasure(page1, psychologist, {
			stance: 'Støtter',
			importance: '5',
			comment: 'Veldig bra at det er uten henvisning.'
		});
		await page1.getByLabel(youthWorkers).last().selectOption('1');
		// Advice is asked only for focus areas with a measure in the round (issue 17).
		await expect(page1.getByLabel('Barn og unge blir hørt')).toHaveCount(0);
		await page1
			.getByLabel('Trygge og inkluderende fellesskap')
			.fill('Spør oss før dere bestemmer.');
		await noSeriousViolations(page1);
		await page1.getByRole('button', { name: 'Send svaret' }).click();
		await expect(page1.getByText('Takk! Svaret ditt er sendt.')).toBeVisible();
		await expect(page1.getByText('Du har svart på 3 av 3 tiltak')).toBeVisible();
	});

	test('member 2 answers without JavaScript; a made-up stance is refused', async ({ baseURL }) => {
		await page2.goto(`/rad/horinger/${roundId}`);
		await answerMeasure(page2, youthWorkers, {
			stance: 'Støtter ikke',
			importance: '2',
			comment: 'Hemmelig kommentar fra medlem 2'
		});
		await answerMeasure(page2, talkGroups, { stance: 'Usikker', importance: '3' });
		await page2.getByRole('button', { name: 'Lagre utkast' }).click();
		await expect(page2.getByText('Lagret. Du kan fortsette senere.')).toBeVisible();

		const field = await measureGroup(page2, youthWorkers)
			.locator('input[type=radio]')
			.first()
			.getAttribute('name');
		const refused = await m2.request.post(`/rad/horinger/${roundId}?/save`, {
			form: { [field!]: 'love_it' },
			headers: { origin: baseURL!, accept: 'text/html' }
		});
		expect(refused.status()).toBe(400);
		await page2.reload();
		await expect(
			measureGroup(page2, youthWorkers).getByLabel('Støtter ikke', { exact: true })
		).toBeChecked();

		await page2.getByRole('button', { name: 'Send svaret' }).click();
		await expect(page2.getByText('Takk! Svaret ditt er sendt.')).toBeVisible();
	});

	test('member 3 starts but does not send', async ({ browser, baseURL }) => {
		const m3 = await phone(browser, baseURL!);
		const page3 = await asUser(m3, member3);
		await page3.goto(`/rad/horinger/${roundId}`);
		await answerMeasure(page3, talkGroups, { stance: 'Usikker', importance: '3' });
		await page3.getByRole('button', { name: 'Lagre utkast' }).click();
		await expect(page3.getByText('Lagret. Du kan fortsette senere.')).toBeVisible();
		await m3.close();
	});

	test('the leader answers too and sees who has answered', async () => {
		await leaderPage.goto(`/rad/horinger/${roundId}`);
		await answerMeasure(leaderPage, youthWorkers, { stance: 'Støtter', importance: '4' });
		await answerMeasure(leaderPage, psychologist, { stance: 'Støtter', importance: '5' });
		await leaderPage.getByRole('button', { name: 'Send svaret' }).click();
		await expect(leaderPage.getByText('Takk! Svaret ditt er sendt.')).toBeVisible();
		await leaderPage.getByRole('link', { name: 'Se resultater' }).click();
		await expect(leaderPage.getByText('Amir Medlem: har sendt')).toBeVisible();
		await expect(
			leaderPage.getByText('Jonas Medlem: har begynt, men ikke sendt (utkast)')
		).toBeVisible();
		await expect(leaderPage.getByText('Maja Medlem: har ikke begynt')).toBeVisible();
		// Five demo members, and any other spec's own member (fixtures/own-member.ts) who has
		// not begun: the rows must add up, whoever else is on the council right now.
		const counts = leaderPage.getByRole('table', { name: 'Antall medlemmer' });
		const count = async (name: string) =>
			Number((await counts.getByRole('row', { name }).textContent())?.match(/\d+/)?.[0]);
		expect(await count('Sendt inn')).toBe(3);
		expect(await count('Begynt, ikke sendt (utkast)')).toBe(1);
		const all = await count('Alle medlemmer');
		expect(all).toBeGreaterThanOrEqual(5);
		expect(await count('Ikke begynt')).toBe(all - 4);
		await noSeriousViolations(leaderPage);
	});

	test('a member sees only their own answers, never the results', async () => {
		await page1.goto(`/rad/horinger/${roundId}`);
		await expect(page1.getByText('Hemmelig kommentar fra medlem 2')).toHaveCount(0);
		const results = await page1.goto(`/rad/horinger/${roundId}/resultater`);
		expect(results?.status()).toBe(403);
		const csv = await m1.request.get(`/rad/horinger/${roundId}/eksport/svar.csv`);
		expect(csv.status()).toBe(403);
	});

	test('after the deadline, saving is refused and nothing is lost', async () => {
		await page1.goto(`/rad/horinger/${roundId}`);
		await coord.goto(`/admin/horinger/${roundId}`);
		await coord.getByRole('button', { name: 'Steng høringen nå' }).click();
		await expect(coord.getByText('Stengt', { exact: true })).toBeVisible();

		await measureGroup(page1, youthWorkers)
			.getByLabel('Forslag til endring')
			.fill('Endret etter fristen');
		await page1.getByRole('button', { name: 'Lagre utkast' }).click();
		await expect(page1.getByText('Fristen er ute, så dette ble ikke lagret.')).toBeVisible();
		await page1.reload();
		await expect(page1.getByText('Fristen er ute. Svarene kan ikke endres lenger.')).toBeVisible();
		await expect(measureGroup(page1, youthWorkers).getByLabel('Forslag til endring')).toHaveValue(
			'Ha ungdomskontakter i helgene også.'
		);
		await expect(page1.getByRole('button', { name: 'Send svaret' })).toHaveCount(0);
	});

	test('the leader edits, adopts and exports the statement', async () => {
		await leaderPage.goto(`/rad/horinger/${roundId}/uttalelse`);
		await expect(leaderPage.getByText('Dette er et utkast laget fra svarene.')).toBeVisible();
		const text = leaderPage.getByLabel('Tekst (# gir overskrift, - gir punkt)');
		await expect(text).toHaveValue(/3 av (5|6|7) medlemmer svarte/);
		await expect(text).toHaveValue(/Forslag til endring: Ha ungdomskontakter i helgene også\./);
		await text.fill((await text.inputValue()) + '\nRådet ber kommunen svare innen to måneder.\n');
		await leaderPage.getByRole('button', { name: 'Lagre', exact: true }).click();
		await expect(leaderPage.getByText('Lagret.', { exact: true })).toBeVisible();
		await leaderPage.getByLabel('Dato for rådsmøtet').fill(osloDate(0));
		await leaderPage.getByRole('button', { name: 'Vedta uttalelsen' }).click();
		await expect(
			leaderPage.getByText(`Vedtatt i rådsmøtet ${calendarDate(osloDate(0), 'nb')}.`).first()
		).toBeVisible();
		await expect(leaderPage.getByLabel('Tekst (# gir overskrift, - gir punkt)')).toHaveCount(0);
		await noSeriousViolations(leaderPage);

		const [markdown] = await Promise.all([
			leaderPage.waitForEvent('download'),
			leaderPage.getByRole('link', { name: 'Last ned som Markdown' }).click()
		]);
		expect(await readFile(await markdown.path(), 'utf8')).toContain(
			'Rådet ber kommunen svare innen to måneder.'
		);
		const [pdf] = await Promise.all([
			leaderPage.waitForEvent('download'),
			leaderPage.getByRole('link', { name: 'Last ned som PDF' }).click()
		]);
		expect((await readFile(await pdf.path())).subarray(0, 5).toString()).toBe('%PDF-');

		await coord.goto(`/admin/horinger/${roundId}`);
		const [csv] = await Promise.all([
			coord.waitForEvent('download'),
			coord.getByRole('link', { name: 'Last ned alle svar (CSV, uten navn)' }).click()
		]);
		const csvText = await readFile(await csv.path(), 'utf8');
		expect(csvText.charCodeAt(0)).toBe(0xfeff);
		expect(csvText).toContain('Hemmelig kommentar fra medlem 2');
		expect(csvText).not.toMatch(/Amir|Sofie|Lina|@fjordvik/);
	});

	test('the coordinator revises a measure and records the outcomes', async () => {
		await coord.goto(`/admin/horinger/${roundId}/utfall`);
		await noSeriousViolations(coord);
		await measureGroup(coord, youthWorkers)
			.getByRole('link', { name: 'Lag ny versjon av tiltaket' })
			.click();
		await noSeriousViolations(coord);
		await coord.getByLabel('Beskrivelse', { exact: true }).fill(newDescription);
		await coord
			.getByLabel('Beskrivelse på engelsk')
			.fill(
				'Youth workers are at schools in the daytime and in the town centre and at clubs in the evening, also at weekends.'
			);
		await coord
			.getByLabel('Hva ble endret (kort)')
			.fill('Også i helgene, etter innspill fra ungdomsrådet.');
		await coord.getByRole('button', { name: 'Lagre som ny versjon' }).click();
		await expect(coord.getByText('Ny versjon 2 er lagret.')).toBeVisible();

		const group = measureGroup(coord, youthWorkers);
		await group.getByLabel('Hva ble gjort').first().selectOption('taken_in');
		await group
			.getByLabel('Begrunnelse', { exact: true })
			.first()
			.fill('Ungdomskontaktene jobber nå også i helgene.');
		await group
			.getByLabel('Begrunnelse på engelsk (valgfritt)')
			.first()
			.fill('The youth workers now also work at weekends.');
		await group.getByLabel('Ny versjon av tiltaket').selectOption('2');
		await group.getByLabel('Hva ble gjort').nth(1).selectOption('taken_in');
		await group.getByLabel('Begrunnelse', { exact: true }).nth(1).fill('Helgevakter fra høsten.');
		await coord.getByRole('button', { name: 'Lagre utfall' }).click();
		await expect(coord.getByText('Lagret.', { exact: true })).toBeVisible();
		await coord.getByRole('button', { name: 'Publiser tilbakemeldingen' }).click();
		await expect(
			coord.getByText('Tilbakemeldingen er publisert, og rådet har fått beskjed.')
		).toBeVisible();
	});

	test('members are told, and still see the text they answered', async () => {
		await page1.goto('/rad');
		await expect(
			page1
				.getByRole('listitem')
				.filter({ hasText: 'Høring om tiltaksplanen 2026' })
				.getByText('Kommunen har svart')
		).toBeVisible();
		await page1.goto(`/rad/horinger/${roundId}`);
		await expect(page1.getByText(oldDescription)).toBeVisible();
		await expect(page1.getByText(newDescription)).toHaveCount(0);
	});

	test('the public plan and round page show the change in nb and en', async ({
		browser,
		baseURL
	}) => {
		const anon = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
		const pub = await anon.newPage();
		await pub.goto('/planen');
		await openFocusAreas(pub);
		const card = pub.locator('#tiltak-ungdomskontakter');
		await expect(card.getByText('Endret etter innspill fra ungdomsrådet')).toBeVisible();
		await expect(card.getByText(newDescription)).toBeVisible();
		await card.getByRole('link', { name: 'Se hva rådet sa og hva som ble endret' }).click();
		await expect(pub).toHaveURL(new RegExp(`/planen/horinger/${roundId}$`));
		await expect(pub.getByText('Ungdomskontaktene jobber nå også i helgene.')).toBeVisible();
		await expect(pub.getByRole('heading', { name: 'Dette ble endret i tiltaket' })).toBeVisible();
		// Exact: the adopted statement on the same page quotes it too, inside its own sentence.
		await expect(pub.getByText('Hemmelig kommentar fra medlem 2', { exact: true })).toBeVisible();
		await expect(pub.getByText(/Amir|Sofie|Lina/)).toHaveCount(0);
		await noSeriousViolations(pub);

		await pub.goto(`/en/planen/horinger/${roundId}`);
		await expect(
			pub.getByRole('heading', { name: 'What the municipality did' }).first()
		).toBeVisible();
		await expect(pub.getByText('The youth workers now also work at weekends.')).toBeVisible();
		await noSeriousViolations(pub);
		await pub.goto('/en/planen');
		await openFocusAreas(pub);
		await expect(
			pub
				.locator('#tiltak-ungdomskontakter')
				.getByText('Changed after input from the youth council')
		).toBeVisible();
		expect(await anon.cookies()).toEqual([]);
		await anon.close();
	});
});

test('a member of another municipality cannot see the round at all', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ baseURL });
	const page = await asUser(context, nordbyMember);
	// Fjordvik's seeded round from last year.
	const response = await page.goto('/rad/horinger/1');
	expect(response?.status()).toBe(404);
	await page.goto('/rad');
	await expect(page.getByText('Høring om tiltaksplanen 2025')).toHaveCount(0);
	await noSeriousViolations(page);
	await context.close();
});

test('council pages need a council role, coordinator pages a staff role', async ({
	browser,
	baseURL
}) => {
	const anonymous = await browser.newContext({ baseURL });
	const page = await anonymous.newPage();
	await page.goto('/rad/horinger/1');
	await expect(page).toHaveURL(/\/logg-inn\?neste=/);
	await anonymous.close();

	const context = await browser.newContext({ baseURL });
	const member = await asUser(context, member1);
	expect((await member.goto('/admin/horinger/1'))?.status()).toBe(403);
	expect((await member.goto('/rad/horinger/1/uttalelse'))?.status()).toBe(403);
	await context.close();
});

test('the coordinator is warned when the council gets less than three weeks', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ baseURL });
	const page = await asUser(context, coordinator);
	await page.goto('/admin/horinger/ny');
	await page.getByLabel('Tittel').fill('Kort høring');
	await page.getByLabel('Innledning i klart språk').fill('Kort frist.');
	await page.getByLabel('Åpner').fill(osloDate(0));
	await page.getByLabel('Svarfrist (dato og klokkeslett)').fill(`${osloDate(5)}T12:00`);
	await page.getByLabel('Dato for politisk behandling').fill(osloDate(10));
	await page.getByRole('checkbox', { name: new RegExp(`^${talkGroups}`) }).check();
	await page.getByRole('button', { name: 'Opprett og send til rådet' }).click();
	await expect(page.getByText('Advarsel: rådet får bare 10 dager')).toBeVisible();
	await page.goto('/admin/planer');
	await expect(page.getByText('(under tre uker)')).toBeVisible();
	await noSeriousViolations(page);
	await context.close();
});

test('a coordinator without JavaScript creates a measure with a linked service and an indicator value, and /planen shows it in nb and en', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(90_000);
	const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
	const coord = await asUser(context, coordinator);
	const title = 'Skolemegling for unge';
	const oneDoor = 'Fjordvik UNG – én dør inn';

	await test.step('the new measure form keeps what was typed and says what is missing', async () => {
		await coord.goto('/admin/planer');
		await coord.getByRole('link', { name: 'Nytt tiltak' }).click();
		await coord.getByLabel('Navn', { exact: true }).fill(title);
		await coord.getByLabel('Fra alder').fill('13');
		await coord.getByRole('checkbox', { name: oneDoor }).check();
		await coord.getByRole('button', { name: 'Opprett tiltaket' }).click();
		await expect(coord.getByRole('alert')).toHaveText('Noe mangler eller er feil i skjemaet.');
		await expect(coord.getByLabel('Beskrivelse', { exact: true })).toHaveAccessibleDescription(
			'Må fylles ut.'
		);
		await expect(coord.getByLabel('Til alder')).toHaveAccessibleDescription(
			'Skriv begge aldrene, eller ingen av dem.'
		);
		await expect(coord.getByLabel('Navn', { exact: true })).toHaveValue(title);
		await expect(coord.getByRole('checkbox', { name: oneDoor })).toBeChecked();
	});

	await test.step('a complete measure is created as version 1', async () => {
		await coord.getByLabel('Navn på engelsk').fill('Peer mediation at school');
		await coord
			.getByLabel('Beskrivelse', { exact: true })
			.fill('Elever lærer å hjelpe hverandre med å løse konflikter.');
		await coord
			.getByLabel('Beskrivelse på engelsk')
			.fill('Pupils learn to help each other solve conflicts.');
		await coord.getByLabel('Nivå').selectOption('selective');
		await coord
			.getByLabel('Innsatsområde')
			.selectOption({ label: 'Trygge og inkluderende fellesskap' });
		await coord.getByLabel('Målgruppe', { exact: true }).fill('Elever på ungdomsskolen');
		await coord.getByLabel('Til alder').fill('16');
		await coord.getByLabel('Ansvarlig tjeneste').fill('Skolene');
		await coord.getByRole('button', { name: 'Opprett tiltaket' }).click();
		await expect(coord.getByRole('status')).toHaveText('Ny versjon 1 er lagret.');
		await expect(coord.getByRole('heading', { level: 1, name: 'Endre tiltak' })).toBeVisible();
		await expect(coord.getByRole('checkbox', { name: oneDoor })).toBeChecked();
	});

	await test.step('an indicator and a measured value are added', async () => {
		const add = coord.getByRole('form', { name: 'Legg til indikator' });
		await add.getByLabel('Navn på indikatoren').fill('Elever som sier konflikter blir løst');
		await add.getByLabel('Kilde').selectOption('elevundersokelsen');
		await add.getByLabel('Startverdi').fill('40');
		await add.getByLabel('Startår').fill('2024');
		await add.getByLabel('Målverdi').fill('60');
		await add.getByLabel('Målår').fill('2023');
		await add.getByRole('button', { name: 'Legg til indikator' }).click();
		await expect(
			coord.getByRole('form', { name: 'Legg til indikator' }).getByLabel('Målår')
		).toHaveAccessibleDescription('Målåret kan ikke være før startåret.');
		await coord.getByRole('form', { name: 'Legg til indikator' }).getByLabel('Målår').fill('2028');
		await coord
			.getByRole('form', { name: 'Legg til indikator' })
			.getByRole('button', { name: 'Legg til indikator' })
			.click();
		await expect(coord.getByRole('status')).toHaveText('Ny versjon 2 er lagret.');
		await expect(
			coord.getByText('Indikator lagt til: Elever som sier konflikter blir løst')
		).toBeVisible();

		const indicator = coord.getByRole('article', { name: 'Elever som sier konflikter blir løst' });
		await indicator.getByLabel('Dato målt').fill(osloDate(-1));
		await indicator.getByLabel('Verdi (%)').fill('47,5');
		await indicator.getByRole('button', { name: /^Lagre målt verdi/ }).click();
		await expect(coord.getByRole('status')).toHaveText('Den målte verdien er lagret.');
		await expect(
			coord
				.getByRole('article', { name: 'Elever som sier konflikter blir løst' })
				.getByText(`${osloDate(-1)}: 47,5 %`)
		).toBeVisible();
	});
	await context.close();

	await test.step('/planen shows the measure, its chart value and a working link in nb and en', async () => {
		const anon = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
		const pub = await anon.newPage();
		await pub.goto('/planen');
		await openFocusAreas(pub);
		const card = pub.locator('#tiltak-skolemegling-for-unge');
		await expect(card.getByRole('heading', { name: title })).toBeVisible();
		await expect(card.getByText(/^Siste måling .*: 47,5 %$/)).toBeVisible();
		await expect(
			card.getByRole('img', { name: /Elever som sier konflikter blir løst/ })
		).toContainText('47,5 %');
		await card.getByRole('link', { name: oneDoor }).click();
		await expect(pub).toHaveURL(/\/finn-hjelp\/tjeneste\/fjordvik-ung-en-dor-inn$/);
		await expect(pub.getByRole('heading', { level: 1, name: oneDoor })).toBeVisible();

		await pub.goto('/en/planen');
		await openFocusAreas(pub);
		const en = pub.locator('#tiltak-skolemegling-for-unge');
		await expect(en.getByRole('heading', { name: 'Peer mediation at school' })).toBeVisible();
		await expect(en.getByText(/^Latest .*: 47\.5 %$/)).toBeVisible();
		await en.getByRole('link', { name: 'Fjordvik UNG – one door in' }).click();
		await expect(pub).toHaveURL(/\/en\/finn-hjelp\/tjeneste\/fjordvik-ung-en-dor-inn$/);
		await expect(
			pub.getByRole('heading', { level: 1, name: 'Fjordvik UNG – one door in' })
		).toBeVisible();
		expect(await anon.cookies()).toEqual([]);
		await anon.close();
	});
});

test('a coordinator adds a focus area and moves it up', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ baseURL });
	const page = await asUser(context, coordinator);
	await page.goto('/admin/planer/innsatsomrader');
	const add = page.getByRole('form', { name: 'Nytt innsatsområde' });
	await add.getByRole('button', { name: 'Opprett innsatsområdet' }).click();
	await expect(
		page.getByRole('form', { name: 'Nytt innsatsområde' }).getByLabel('Navn', { exact: true })
	).toHaveAccessibleDescription('Må fylles ut.');
	await noSeriousViolations(page);
	await page
		.getByRole('form', { name: 'Nytt innsatsområde' })
		.getByLabel('Navn', { exact: true })
		.fill('Trygg på nett');
	await page.getByRole('button', { name: 'Opprett innsatsområdet' }).click();
	await expect(page.getByRole('status')).toHaveText('Lagret.');
	await page.getByRole('button', { name: 'Flytt «Trygg på nett» opp' }).click();
	await expect(page.getByRole('status')).toHaveText('Lagret.');
	await expect(page.getByRole('heading', { level: 2 }).nth(3)).toHaveText('Trygg på nett');
	await page.goto('/admin/planer/tiltak/ny');
	await expect(
		page.getByLabel('Innsatsområde').getByRole('option', { name: 'Trygg på nett' })
	).toHaveCount(1);
	await context.close();
});
