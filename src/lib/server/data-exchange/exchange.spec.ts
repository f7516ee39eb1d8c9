import { vi, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
});

import { db } from '$lib/server/db';
import {
	activity,
	activityArea,
	activityLocation,
	activityOrganizer,
	auditLog,
	location,
	organization,
	service,
	serviceTranslation
} from '$lib/server/db/schema';
import { and } from 'drizzle-orm';
import { messagesFor } from '$lib/i18n/messages.server';
import type { AuthUser } from '$lib/server/auth/guard';
import { testAccount } from '$fixtures/test-database';
import { seedDemo } from '../../../../db/seed';
import { parseCsv, toCsv } from '$lib/server/opendata/csv';
import { applyImport, dryRun, exportCsv } from '$lib/server/opendata/import';
import { serviceColumns, serviceImport } from '$lib/server/services/csv';
import { activityColumns, activityImport } from '$lib/server/activities/csv';
import { exportFor, templateFor } from '$lib/server/data-exchange/exports';
import { getService, listServices, parseServiceQuery } from '$lib/server/services/hsds';
import { activityFeedPage } from '$lib/server/activities/feed';

let user: AuthUser;
const encode = (text: string) => new TextEncoder().encode(text);
const now = new Date('2026-11-23T10:00:00Z');

beforeAll(async () => {
	const { municipalityId } = await seedDemo(db);
	const id = await testAccount(municipalityId, 'csv-editor@fjordvik.example', ['editor']);
	user = {
		id,
		name: 'csv',
		email: 'csv-editor@fjordvik.example',
		municipalityId,
		roles: ['editor'],
		councilTerm: null,
		locale: 'nb'
	};
});

/** The public data as visitors and API readers get it, minus what changes on every save. */
async function publicData() {
	const { page } = await listServices(
		parseServiceQuery(new URL('http://x/api/hsds/services?per_page=500')),
		now
	);
	const services = [];
	for (const { id } of page.contents) {
		const detail = (await getService(id, 'nb', now))!.service;
		services.push({
			...detail,
			last_modified: null,
			attributes: [...detail.attributes].sort((a, b) => a.id.localeCompare(b.id))
		});
	}
	const feed = await activityFeedPage(null, 'https://inngang.example', 1000, now);
	const activities = feed.items
		.filter((i) => i.state === 'updated')
		.map((i) => ({ ...i.data, identifier: null, dateModified: null }))
		.sort((a, b) => String(a.url).localeCompare(String(b.url)));
	return { services, activities };
}

async function rowsOf(csv: string, columns: readonly string[]) {
	const parsed = await parseCsv(encode(csv), columns, ['external_id']);
	if (!parsed.ok) throw new Error('unreadable export');
	return parsed.csv.rows.map((r) => r.cells);
}

describe('CSV export', () => {
	it('writes UTF-8 with a BOM, the documented columns and æøå intact', async () => {
		const csv = await exportCsv(serviceImport, user.municipalityId);
		expect(csv.startsWith('\uFEFFexternal_id;name;summary')).toBe(true);
		expect(csv).toMatch(/[æøå]/);
		expect((await rowsOf(csv, serviceColumns)).length).toBeGreaterThan(10);
	});

	it('exports measures and consultation results without any names, and logs every export', async () => {
		const measures = await exportFor(user, 'tiltak');
		expect(measures.split('\r\n').length).toBeGreaterThan(3);
		const results = await exportFor(user, 'horingsresultater');
		expect(results.split('\r\n')[0]).toContain('support_with_changes');
		expect(results).not.toMatch(/medlem|@fjordvik|leder/i);
		const logged = await db.select().from(auditLog).where(eq(auditLog.action, 'export')).all();
		expect(logged.map((l) => l.entity)).toEqual(
			expect.arrayContaining(['tiltak', 'horingsresultater'])
		);
	});

	it('offers templates that import cleanly', async () => {
		for (const [kind, spec] of [
			['tjenester', serviceImport],
			['aktiviteter', activityImport]
		] as const) {
			const report = await dryRun(
				spec as typeof serviceImport,
				encode(templateFor(kind)),
				user.municipalityId
			);
			expect(report.problems).toEqual([]);
			expect(report.counts.create).toBe(1);
		}
	});
});

describe('CSV import', () => {
	it('re-importing an export changes nothing', async () => {
		const csv = await exportCsv(serviceImport, user.municipalityId);
		const report = await dryRun(serviceImport, encode(csv), user.municipalityId);
		expect(report.problems).toEqual([]);
		expect(report.counts).toMatchObject({ create: 0, update: 0 });
		const before = await db.select({ v: service.version }).from(service).all();
		await applyImport(serviceImport, encode(csv), user, 'tjenester.csv');
		expect(await db.select({ v: service.version }).from(service).all()).toEqual(before);

		const activities = await exportCsv(activityImport, user.municipalityId);
		const again = await dryRun(activityImport, encode(activities), user.municipalityId);
		expect(again.problems).toEqual([]);
		expect(again.counts).toMatchObject({ create: 0, update: 0 });
	});

	it('shows per row what would change in a dry run', async () => {
		const csv = await exportCsv(serviceImport, user.municipalityId);
		const rows = await rowsOf(csv, serviceColumns);
		const edited = toCsv(serviceColumns, [{ ...rows[0], name: 'Nytt navn' }, ...rows.slice(1)]);
		const report = await dryRun(serviceImport, encode(edited), user.municipalityId);
		expect(report.counts.update).toBe(1);
		expect(report.rows.find((r) => r.action === 'update')).toMatchObject({
			row: 2,
			changed: ['name']
		});
	});

	it('imports nothing when one row is bad, and names the row and column', async () => {
		const csv = await exportCsv(serviceImport, user.municipalityId);
		const rows = await rowsOf(csv, serviceColumns);
		const good = { ...rows[0], external_id: 'ny-tjeneste-1', name: 'Ny tjeneste' };
		const bad = {
			...rows[1],
			external_id: 'ny-tjeneste-2',
			min_age: '16',
			max_age: '200',
			topics: 'mobbing|drager'
		};
		const file = toCsv(serviceColumns, [good, bad]);
		const report = await applyImport(serviceImport, encode(file), user, 'bad.csv');
		expect(report.ok).toBe(false);
		expect(report.problems).toEqual(
			expect.arrayContaining([
				expect.objectContaining({ row: 3, column: 'max_age' }),
				expect.objectContaining({
					row: 3,
					column: 'topics',
					message: expect.stringContaining('drager')
				})
			])
		);
		expect(
			await db.select().from(service).where(eq(service.slug, 'ny-tjeneste-1')).get()
		).toBeUndefined();
	});

	it.each([
		[
			'a wrong delimiter',
			'external_id|name|summary|description|organization_id\r\na|b|c|d|e\r\n',
			1,
			'missing column'
		],
		[
			'a missing column',
			'external_id;name;summary;description\r\na;b;c;d\r\n',
			1,
			'organization_id'
		],
		[
			'broken quoting',
			'external_id;name;summary;description;organization_id\r\nx;"Åpen;c;d;e\r\n',
			2,
			'never closed'
		],
		[
			'a stray quote',
			'external_id;name;summary;description;organization_id\r\nx;Å"pen;c;d;e\r\n',
			2,
			'quote'
		],
		[
			'an unknown column',
			'external_id;name;summary;description;organization_id;colour\r\n',
			1,
			'unknown column'
		],
		['a short row', 'external_id;name;summary;description;organization_id\r\nx;y\r\n', 2, 'cells']
	])('reports %s with its row', async (_, text, row, message) => {
		const report = await dryRun(serviceImport, encode(text), user.municipalityId);
		expect(report.ok).toBe(false);
		expect(report.problems[0]).toMatchObject({ row });
		expect(report.problems.map((p) => `${p.column} ${p.message}`).join(' ')).toContain(message);
	});

	it('reads Latin-1 (Windows-1252) files as a spreadsheet program saves them', async () => {
		const text =
			'external_id;name;summary;description;organization_id;organization_name\r\nlatin-1;Bærum ungdomshus;Så gøy;Åpent;org-latin;Ørsta org\r\n';
		const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
		const report = await dryRun(serviceImport, bytes, user.municipalityId);
		expect(report.encoding).toBe('windows-1252');
		expect(report.problems).toEqual([]);
		await applyImport(serviceImport, bytes, user, 'latin1.csv');
		const listed = await listServices(parseServiceQuery(new URL('http://x/?search=ungdomshus')));
		expect(listed.page.contents.map((s) => s.name)).toContain('Bærum ungdomshus');
	});

	it('refuses a file over the size limit before reading it', async () => {
		const huge = new Uint8Array(50 * 1024 * 1024);
		const report = await dryRun(serviceImport, huge, user.municipalityId);
		expect(report.ok).toBe(false);
		expect(report.problems[0].message).toContain('larger than');
	});

	it('an activity with out-of-range ages or an impossible schedule is reported per row', async () => {
		const csv = await exportCsv(activityImport, user.municipalityId);
		const rows = await rowsOf(csv, activityColumns);
		const file = toCsv(activityColumns, [
			{ ...rows[0], age_min: '-3' },
			{ ...rows[1], schedules: 'XX 17:00-19:00 2026-01-01..' },
			{ ...rows[2], age_min: '15', age_max: '12' }
		]);
		const report = await dryRun(activityImport, encode(file), user.municipalityId);
		expect(report.problems.map((p) => [p.row, p.column])).toEqual([
			[2, 'age_min'],
			[3, 'schedules'],
			[4, 'age_max']
		]);
	});
});

describe('CSV contact facts (issue 12)', () => {
	const factColumns = [
		'who_answers',
		'written_down',
		'who_is_told',
		'own_decision_age',
		'bring_friend',
		'interpreter',
		'reply_minutes',
		'wait_days',
		'times_confirmed_on',
		'alert_from',
		'alert_to'
	];

	const confirmed = { times_confirmed_on: '2026-11-20' };

	/** What the staff form edits for one of the municipality's services, as stored. */
	async function stored(slug: string) {
		const row = (await db
			.select()
			.from(service)
			.where(and(eq(service.slug, slug), eq(service.municipalityId, user.municipalityId)))
			.get())!;
		const nb = await db
			.select()
			.from(serviceTranslation)
			.where(and(eq(serviceTranslation.serviceId, row.id), eq(serviceTranslation.lang, 'nb')))
			.get();
		return {
			version: row.version,
			alert: nb?.alert ?? null,
			whoAnswers: nb?.whoAnswers ?? null,
			alertFrom: row.alertFrom,
			alertTo: row.alertTo,
			replyMinutes: row.replyMinutes,
			waitDays: row.waitDays,
			timesConfirmedOn: row.timesConfirmedOn,
			writtenDown: row.writtenDown,
			whoIsTold: row.whoIsTold,
			ownDecisionAge: row.ownDecisionAge,
			bringFriend: row.bringFriend,
			interpreter: row.interpreter
		};
	}

	it('adds the new columns after the older ones, in a stable order', () => {
		expect(serviceColumns.slice(0, 3)).toEqual(['external_id', 'name', 'summary']);
		expect(serviceColumns.slice(-factColumns.length)).toEqual(factColumns);
		expect(serviceColumns.indexOf('directions')).toBe(
			serviceColumns.length - factColumns.length - 1
		);
	});

	it('round-trips every fact: import sets it, the export shows it, re-importing changes nothing', async () => {
		const rows = await rowsOf(await exportCsv(serviceImport, user.municipalityId), serviceColumns);
		const slug = rows[0].external_id;
		const facts = {
			alert: 'Stengt i romjula.',
			who_answers: '=En helsesykepleier', // a formula: defused in the export, back on import
			written_down: 'record',
			who_is_told: 'health',
			own_decision_age: '16',
			bring_friend: 'ja',
			interpreter: 'nei',
			reply_minutes: '120',
			wait_days: '14',
			times_confirmed_on: '2026-11-20',
			alert_from: '2026-12-20',
			alert_to: '2027-01-02'
		};
		const report = await applyImport(
			serviceImport,
			encode(toCsv(serviceColumns, [{ ...rows[0], ...facts }])),
			user,
			'facts.csv'
		);
		expect(report.problems).toEqual([]);
		expect(report.rows[0].changed).toEqual(expect.arrayContaining(['who_answers', 'alert_to']));
		expect(await stored(slug)).toMatchObject({
			alert: 'Stengt i romjula.',
			whoAnswers: '=En helsesykepleier',
			writtenDown: 'record',
			whoIsTold: 'health',
			ownDecisionAge: 16,
			bringFriend: true,
			interpreter: false,
			replyMinutes: 120,
			waitDays: 14,
			timesConfirmedOn: '2026-11-20',
			alertFrom: '2026-12-20',
			alertTo: '2027-01-02'
		});

		const csv = await exportCsv(serviceImport, user.municipalityId);
		expect(csv).toContain(";'=En helsesykepleier;");
		const exported = (await rowsOf(csv, serviceColumns)).find((r) => r.external_id === slug)!;
		expect(exported).toMatchObject({ ...facts, who_answers: "'=En helsesykepleier" });
		const again = await dryRun(serviceImport, encode(csv), user.municipalityId);
		expect(again.problems).toEqual([]);
		expect(again.counts.update).toBe(0);

		// Empty cells are "not known": the facts go back to null, a yes/no is not read as "nei".
		const cleared = Object.fromEntries(Object.keys(facts).map((c) => [c, '']));
		await applyImport(
			serviceImport,
			encode(toCsv(serviceColumns, [{ ...exported, ...cleared }])),
			user,
			'cleared.csv'
		);
		expect(await stored(slug)).toMatchObject({
			alert: null,
			whoAnswers: null,
			writtenDown: null,
			bringFriend: null,
			interpreter: null,
			replyMinutes: null,
			timesConfirmedOn: null,
			alertFrom: null
		});
	});

	it.each([
		[
			'reply_minutes',
			'words',
			{ reply_minutes: 'to timer', ...confirmed },
			'error_reply_minutes_invalid'
		],
		[
			'reply_minutes',
			'over two weeks',
			{ reply_minutes: '99999', ...confirmed },
			'error_reply_minutes_invalid'
		],
		['wait_days', 'over a year', { wait_days: '400', ...confirmed }, 'error_wait_days_invalid'],
		['own_decision_age', 'over 25', { own_decision_age: '30' }, 'error_own_decision_age_invalid'],
		['written_down', 'unknown code', { written_down: 'journal' }, 'csv_error_written_down'],
		['who_is_told', 'unknown code', { who_is_told: 'alle' }, 'csv_error_who_is_told'],
		['bring_friend', 'not yes/no', { bring_friend: 'kanskje' }, 'csv_error_yes_no_unknown'],
		['interpreter', 'not yes/no', { interpreter: 'ofte' }, 'csv_error_yes_no_unknown'],
		[
			'times_confirmed_on',
			'no such day',
			{ times_confirmed_on: '2026-02-30' },
			'error_date_invalid'
		],
		[
			'times_confirmed_on',
			'in the future',
			{ times_confirmed_on: '2999-01-01' },
			'error_date_in_future'
		],
		[
			'times_confirmed_on',
			'missing with a reply time',
			{ reply_minutes: '60', times_confirmed_on: '' },
			'error_confirmed_on_required'
		],
		['alert_from', 'not ISO', { alert_from: '20.12.2026' }, 'error_date_invalid'],
		[
			'alert_to',
			'before alert_from',
			{ alert_from: '2027-01-02', alert_to: '2026-12-20' },
			'error_date_order'
		],
		['who_answers', 'over 300 characters', { who_answers: 'x'.repeat(301) }, 'error_too_long']
	])(
		'a bad %s (%s) is a clear row problem in nb and en, and nothing is saved',
		async (column, _, cells, key) => {
			const rows = await rowsOf(
				await exportCsv(serviceImport, user.municipalityId),
				serviceColumns
			);
			const before = await stored(rows[1].external_id);
			const file = toCsv(serviceColumns, [
				{ ...rows[0], name: 'Skal ikke lagres' },
				{ ...rows[1], ...cells }
			]);
			const report = await applyImport(serviceImport, encode(file), user, 'bad-facts.csv');
			expect(report.ok).toBe(false);
			const ns = key.startsWith('csv_') ? 'admin_opendata' : 'admin';
			expect(report.problems).toEqual([
				{
					row: 3,
					column,
					key: `${ns}.${key}`,
					message: messagesFor('en', [ns])[ns][key]
				}
			]);
			// The staff page shows the key's text in the person's language.
			expect(messagesFor('nb', [ns])[ns][key]).toMatch(/\w/);
			expect(messagesFor('nb', [ns])[ns][key]).not.toBe(report.problems[0].message);
			expect(await stored(rows[1].external_id)).toEqual(before);
			const names = await db.select().from(serviceTranslation).all();
			expect(names.some((n) => n.name === 'Skal ikke lagres')).toBe(false);
		}
	);

	it('an older file without the new columns still imports and leaves the facts as they are', async () => {
		const rows = await rowsOf(await exportCsv(serviceImport, user.municipalityId), serviceColumns);
		const slug = rows[2].external_id;
		// Give the service facts first (as staff would on /admin/tjenester/[id]).
		await applyImport(
			serviceImport,
			encode(
				toCsv(serviceColumns, [
					{
						...rows[2],
						alert: 'Flyttet til 2. etasje.',
						alert_from: '2026-11-01',
						who_answers: 'En miljøterapeut',
						written_down: 'notes',
						who_is_told: 'only_danger',
						bring_friend: 'ja',
						wait_days: '3',
						times_confirmed_on: '2026-11-15'
					}
				])
			),
			user,
			'facts.csv'
		);
		const before = await stored(slug);
		expect(before.whoAnswers).toBe('En miljøterapeut');

		const oldColumns = serviceColumns.filter((c) => !factColumns.includes(c));
		const oldRow = Object.fromEntries(oldColumns.map((c) => [c, rows[2][c]]));
		delete oldRow.alert; // files older still: no notice column either
		const file = toCsv(
			oldColumns.filter((c) => c !== 'alert'),
			[{ ...oldRow, summary: 'Ny kort tekst.' }]
		);
		const report = await applyImport(serviceImport, encode(file), user, 'old.csv');
		expect(report.problems).toEqual([]);
		expect(report.rows[0]).toMatchObject({ action: 'update', changed: ['summary'] });
		const after = await stored(slug);
		expect(after).toEqual({ ...before, version: after.version });
		expect(after.version).toBeGreaterThan(before.version);
	});
});

describe('CSV round trip', () => {
	it('export, then import into an empty municipality, gives the same public data', async () => {
		const before = await publicData();
		const services = await exportCsv(serviceImport, user.municipalityId);
		const activities = await exportCsv(activityImport, user.municipalityId);

		// Empty the municipality: its services, organisations, locations and activities.
		const m = user.municipalityId;
		await db.delete(service).where(eq(service.municipalityId, m)).run();
		await db.delete(organization).where(eq(organization.municipalityId, m)).run();
		await db.delete(location).where(eq(location.municipalityId, m)).run();
		await db.delete(activity).where(eq(activity.municipalityId, m)).run();
		await db.delete(activityLocation).where(eq(activityLocation.municipalityId, m)).run();
		await db.delete(activityOrganizer).where(eq(activityOrganizer.municipalityId, m)).run();
		await db.delete(activityArea).where(eq(activityArea.municipalityId, m)).run();
		expect(await db.select().from(service).where(eq(service.municipalityId, m)).all()).toEqual([]);

		const s = await applyImport(serviceImport, encode(services), user, 'tjenester.csv');
		const a = await applyImport(activityImport, encode(activities), user, 'aktiviteter.csv');
		expect(s.problems).toEqual([]);
		expect(a.problems).toEqual([]);
		expect(s.counts.create).toBeGreaterThan(10);

		const after = await publicData();
		expect(after.services).toEqual(before.services);
		expect(after.activities).toEqual(before.activities);
		const imports = await db.select().from(auditLog).where(eq(auditLog.action, 'import')).all();
		expect(imports.length).toBeGreaterThanOrEqual(2);
	});
});
