import Database from 'better-sqlite3';
import type { Browser, Page } from '@playwright/test';
import { expect, signedInCookiePaths, test } from './fixtures';

test.use({ cookiePaths: signedInCookiePaths });

/**
 * Issue 14, item 3, over HTTP: Nordby's staff and council member cannot load, export or
 * post to any staff or council route that names a Fjordvik row by id. Every page and export
 * answers 404 (the row does not exist for them) or 403 (their role may not); every action is refused and changes
 * nothing (no audit entry by a Nordby account, no Fjordvik row touched).
 */

type Ids = {
	service: number;
	organization: number;
	activity: number;
	measure: number;
	round: number;
};

function e2eDatabase(): Database.Database {
	const db = new Database('db/e2e.sqlite', { readonly: true });
	db.pragma('busy_timeout = 2000');
	return db;
}

function fjordvikIds(): Ids {
	const db = e2eDatabase();
	try {
		const one = (table: string) =>
			(
				db
					.prepare(
						`SELECT t.id FROM ${table} t JOIN municipality m ON m.id = t.municipality_id
						 WHERE m.slug = 'fjordvik' ORDER BY t.id LIMIT 1`
					)
					.get() as { id: number }
			).id;
		return {
			service: one('service'),
			organization: one('organization'),
			activity: one('activity'),
			measure: one('measure'),
			round: one('consultation_round')
		};
	} finally {
		db.close();
	}
}

/** What a refused action must leave alone: Nordby's audit entries and Fjordvik's rows. */
function footprint(): string {
	const db = e2eDatabase();
	try {
		const audit = db
			.prepare(
				`SELECT count(*) AS n FROM audit_log a JOIN account u ON u.id = a.actor_id
				 JOIN municipality m ON m.id = u.municipality_id WHERE m.slug = 'nordby'`
			)
			.get() as { n: number };
		const rows = db
			.prepare(
				`SELECT
				  (SELECT group_concat(id || ':' || version) FROM service WHERE municipality_id = m.id) AS s,
				  (SELECT group_concat(id || ':' || version) FROM organization WHERE municipality_id = m.id) AS o,
				  (SELECT group_concat(id || ':' || version) FROM activity WHERE municipality_id = m.id) AS a,
				  (SELECT group_concat(id || ':' || current_version) FROM measure WHERE municipality_id = m.id) AS me,
				  (SELECT group_concat(id || ':' || version || ':' || statement_version || ':' || outcomes_version)
				     FROM consultation_round WHERE municipality_id = m.id) AS r
				 FROM municipality m WHERE m.slug = 'fjordvik'`
			)
			.get();
		return JSON.stringify({ audit: audit.n, rows });
	} finally {
		db.close();
	}
}

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await page.goto('/logg-inn', { waitUntil: 'networkidle' });
	await page.getByLabel('E-postadresse').fill(email);
	await page.getByLabel('Passord').fill('demo-nordby-2025');
	await page.getByRole('button', { name: 'Logg inn' }).click();
	await page.waitForURL(/\/(admin|rad)/);
	return page;
}

/** Each route with a Fjordvik id, and the actions its page offers. */
function staffRoutes(ids: Ids): { who: string; path: string; actions: string[] }[] {
	const editor = 'redaktor@nordby.example';
	const coordinator = 'koordinator@nordby.example';
	const member = 'medlem@nordby.example';
	const round = `/admin/horinger/${ids.round}`;
	return [
		{
			who: editor,
			path: `/admin/tjenester/${ids.service}`,
			actions: [
				'save',
				'delete',
				'addLocation',
				'saveLocation',
				'removeLocation',
				'addPhone',
				'savePhone',
				'removePhone'
			]
		},
		{ who: editor, path: `/admin/tjenester/${ids.service}/oversettelser`, actions: [''] },
		{ who: editor, path: `/admin/organisasjoner/${ids.organization}`, actions: ['save', 'delete'] },
		{
			who: editor,
			path: `/admin/aktiviteter/${ids.activity}`,
			actions: [
				'save',
				'delete',
				'cancel',
				'restore',
				'addSchedule',
				'updateSchedule',
				'removeSchedule'
			]
		},
		{ who: editor, path: `/admin/aktiviteter/${ids.activity}/oversettelser`, actions: [''] },
		{
			who: coordinator,
			path: `/admin/planer/tiltak/${ids.measure}`,
			actions: [
				'save',
				'addIndicator',
				'updateIndicator',
				'removeIndicator',
				'addValue',
				'removeValue'
			]
		},
		{ who: coordinator, path: round, actions: ['update', 'attachNeeds', 'close'] },
		{ who: coordinator, path: `${round}/klassekoder`, actions: ['make'] },
		{ who: coordinator, path: `${round}/uttalelse`, actions: ['save', 'regenerate', 'adopt'] },
		{
			who: coordinator,
			path: `${round}/utfall`,
			actions: ['save', 'saveGeneral', 'followUps', 'note', 'publish']
		},
		{ who: coordinator, path: `${round}/eksport/svar.csv`, actions: [] },
		{ who: coordinator, path: `${round}/eksport/uttalelse.pdf`, actions: [] },
		{ who: coordinator, path: `${round}/eksport/generelle-svar.csv`, actions: [] },
		{ who: member, path: `/rad/horinger/${ids.round}`, actions: ['save', 'submit'] },
		{ who: member, path: `/rad/horinger/${ids.round}/resultater`, actions: [] },
		{ who: member, path: `/rad/horinger/${ids.round}/eksport/svar.csv`, actions: [] }
	];
}

test("Nordby's staff and council member reach none of Fjordvik's rows by id", async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const ids = fjordvikIds();
	const before = footprint();
	const pages = new Map<string, Page>();
	const refused: string[] = [];
	for (const route of staffRoutes(ids)) {
		let page = pages.get(route.who);
		if (!page) pages.set(route.who, (page = await signedIn(browser, route.who)));
		const read = await page.request.get(route.path, { maxRedirects: 0 });
		// 404: no such row for them; 403: their role may not open this page at all.
		expect([403, 404], `GET ${route.path} as ${route.who}`).toContain(read.status());
		for (const action of route.actions) {
			const target = `${route.path}?/${action}`.replace(/\?\/$/, '');
			const posted = await page.request.post(target, {
				maxRedirects: 0,
				headers: { origin: baseURL!, accept: 'text/html' },
				form: {
					version: '1',
					title: 'Overtatt av Nordby',
					name: 'Overtatt av Nordby',
					markdown: 'Overtatt',
					lang: 'en',
					status: 'active'
				}
			});
			// Refused: not found, forbidden, or (for a form that fails its own checks first) a
			// 400/409 — never a success or a redirect to the saved page.
			expect(
				[400, 403, 404, 409],
				`POST ${target} as ${route.who}: ${(await posted.text()).slice(0, 300)}`
			).toContain(posted.status());
			refused.push(`${posted.status()} ${target}`);
		}
	}
	expect(refused.length).toBeGreaterThan(30);
	expect(footprint()).toBe(before);
});
