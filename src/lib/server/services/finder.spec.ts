import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The finder reads the app's one connection; point it at a fresh demo database first.
const path = join(tmpdir(), `finder-spec-${process.pid}.sqlite`);
process.env.DATABASE_URL = path;

const { database } = await import('$lib/server/db');
const { topicDailyCount } = await import('$lib/server/db/schema');
const { seedDemo } = await import('../../../../db/seed');
const { flushVisitCounts } = await import('$lib/server/visit-counts');
const {
	acuteHelpForService,
	countTopicUse,
	findServices,
	getServiceBySlug,
	mapUrl,
	parseFinderQuery,
	phoneHref
} = await import('./finder');

beforeAll(async () => {
	await seedDemo(database());
});

afterAll(() => {
	database().$client.close();
	for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
});

// Wednesday 25 November 2026, 15:00 in Oslo: the psychologist's drop-in is on.
const wednesdayAfternoon = new Date('2026-11-25T14:00:00Z');
const query = (params: string, topic: Parameters<typeof parseFinderQuery>[1] = null) =>
	parseFinderQuery(new URLSearchParams(params), topic);

describe('parseFinderQuery', () => {
	it('ignores absurd ages and junk flags instead of failing', () => {
		expect(query('alder=-4').age).toBeNull();
		expect(query('alder=99999999').age).toBeNull();
		expect(query('alder=15.5').age).toBeNull();
		expect(query('alder=15').age).toBe(15);
		expect(query('na=banana').urgent).toBe(false);
		expect(query('q=' + 'x'.repeat(2000)).q).toHaveLength(200);
	});
});

describe('contact helpers', () => {
	it('adds +47 to eight-digit numbers and leaves short codes alone', () => {
		expect(phoneHref('12 34 51 00')).toBe('+4712345100');
		expect(phoneHref('116 111')).toBe('116111');
		expect(phoneHref('113')).toBe('113');
	});

	it('links to OpenStreetMap with the coordinates, no embed', () => {
		expect(mapUrl(63.4305, 10.3951)).toBe(
			'https://www.openstreetmap.org/?mlat=63.43050&mlon=10.39510#map=17/63.43050/10.39510'
		);
		expect(mapUrl(null, null)).toBeNull();
	});

	it('counts per Oslo calendar day (23:30 UTC on 31 Dec is already New Year in Oslo)', () => {
		countTopicUse(['rus', 'rus', 'skole'], new Date('2026-12-31T23:30:00Z'));
		countTopicUse(['rus'], new Date('2027-01-01T10:00:00Z'));
		flushVisitCounts();
		const counts = database().select().from(topicDailyCount).all();
		expect(counts).toEqual(
			expect.arrayContaining([
				{ day: '2027-01-01', topic: 'rus', count: 2 },
				{ day: '2027-01-01', topic: 'skole', count: 1 }
			])
		);
		expect(counts.filter((c) => c.day === '2026-12-31')).toEqual([]);
	});
});

describe('findServices on the demo data', () => {
	it('"sad or scared" on a Wednesday afternoon puts the open drop-in psychologist near the top', async () => {
		const result = await findServices(query('', 'trist-eller-redd'), 'nb', wednesdayAfternoon);
		const topThree = result.services.slice(0, 3).map((s) => s.slug);
		expect(topThree).toContain('fjordvik-psykolog-uten-henvisning');
		const slugs = result.services.map((s) => s.slug);
		expect(slugs).not.toContain('fjordvik-nav-ungdom');
	});

	it('urgent: emergency numbers first, then what is open now', async () => {
		const result = await findServices(query('na=1', 'trist-eller-redd'), 'nb', wednesdayAfternoon);
		const first = result.services.slice(0, 2).map((s) => s.slug);
		expect(first.sort()).toEqual(['nodnummer-112-politi', 'nodnummer-113-ambulanse']);
		expect(result.services[2].openNow).toBe(true);
	});

	it('an age outside a service range moves it after those that fit', async () => {
		const result = await findServices(
			query('alder=13', 'jobb-og-penger'),
			'nb',
			wednesdayAfternoon
		);
		const slugs = result.services.map((s) => s.slug);
		expect(slugs.indexOf('fjordvik-nav-ungdom')).toBeGreaterThan(
			slugs.indexOf('fjordvik-ung-en-dor-inn')
		);
	});

	it('filters are hard: drop-in only shows drop-in services', async () => {
		const result = await findServices(
			query('drop-in=1', 'trist-eller-redd'),
			'nb',
			wednesdayAfternoon
		);
		expect(result.services.length).toBeGreaterThan(0);
		expect(result.services.every((s) => s.dropIn)).toBe(true);
	});

	it('a query with no match falls back to crisis lines and the one-door service', async () => {
		const result = await findServices(query('q=xyzzy+plonk'), 'nb', wednesdayAfternoon);
		expect(result.fallback).toBe(true);
		const slugs = result.services.map((s) => s.slug);
		expect(slugs).toContain('fjordvik-ung-en-dor-inn');
		expect(slugs).toContain('alarmtelefonen-116111');
	});

	it('free text in nb finds by synonym: "mamma drikker"', async () => {
		const result = await findServices(query('q=mamma+drikker'), 'nb', wednesdayAfternoon);
		expect(result.matchedTopics).toEqual(expect.arrayContaining(['rus', 'hjemme']));
		expect(result.services.map((s) => s.slug)).toContain('fjordvik-rad-om-rus');
	});

	it('national helplines show with no municipality of their own', async () => {
		const result = await findServices(query('', 'hjemme'), 'nb', wednesdayAfternoon);
		const helpline = result.services.find((s) => s.slug === 'alarmtelefonen-116111');
		expect(helpline?.isNational).toBe(true);
		expect(helpline?.opening).toEqual({ key: 'open_always' });
	});
});

describe('getServiceBySlug', () => {
	it('falls back to nb per field and says so', async () => {
		const slug = 'fjordvik-psykolog-uten-henvisning';
		expect((await getServiceBySlug(slug, 'ar', wednesdayAfternoon))?.name.lang).toBe('ar');
		// A text staff have not translated yet: remove the Arabic row, and nb stands in. Every
		// write of the portal then drops the public pages and data memos; so does this one.
		const { sql } = await import('drizzle-orm');
		const { invalidatePublicPages } = await import('$lib/server/page-cache');
		database().run(
			sql`DELETE FROM service_translation WHERE lang = 'ar' AND service_id = (SELECT id FROM service WHERE slug = ${slug})`
		);
		invalidatePublicPages();
		const service = await getServiceBySlug(slug, 'ar', wednesdayAfternoon);
		expect(service?.name.lang).toBe('nb');
		const english = await getServiceBySlug(
			'fjordvik-psykolog-uten-henvisning',
			'en',
			wednesdayAfternoon
		);
		expect(english?.name).toEqual({
			text: 'Psychologist for young people – no referral',
			lang: 'en'
		});
		expect(english?.opening).toEqual({ key: 'open_until', time: '18:30' });
	});

	it('shows its organisation, languages and places, each place named in the language', async () => {
		const slug = 'fjordvik-helsestasjon-for-ungdom';
		const { sql } = await import('drizzle-orm');
		const places = database().all<{ address: string; en: string | null }>(
			sql`SELECT l.address AS address, lt.name AS en FROM service s
				JOIN service_at_location sal ON sal.service_id = s.id
				JOIN location l ON l.id = sal.location_id
				LEFT JOIN location_translation lt ON lt.location_id = l.id AND lt.lang = 'en'
				WHERE s.slug = ${slug} ORDER BY sal.id`
		);
		const languages = database().all<{ code: string }>(
			sql`SELECT code FROM service_language WHERE service_id = (SELECT id FROM service WHERE slug = ${slug})`
		);
		expect(places.length).toBeGreaterThan(0);
		const detail = await getServiceBySlug(slug, 'en', wednesdayAfternoon);
		expect(detail?.locations.map((l) => l.address)).toEqual(places.map((p) => p.address));
		expect(detail?.locations.map((l) => l.name?.text)).toEqual(places.map((p) => p.en));
		expect(detail?.locations[0].name?.lang).toBe('en');
		expect([...(detail?.languages ?? [])].sort()).toEqual(languages.map((l) => l.code).sort());
		expect(detail?.organization?.text).toBeTruthy();
		// Another service's page asks the same prepared queries with its own values: a
		// national helpline has no place.
		const helpline = await getServiceBySlug('kirkens-sos', 'en', wednesdayAfternoon);
		expect(helpline?.slug).toBe('kirkens-sos');
		expect(helpline?.locations).toEqual([]);
	});

	it('returns nothing for unknown or malformed slugs', async () => {
		expect(await getServiceBySlug('nope', 'nb')).toBeUndefined();
		expect(await getServiceBySlug('../../etc', 'nb')).toBeUndefined();
	});
});

// Tuesday 1 December 2026, 19:30 in Oslo: the evening the issue was tried on.
const decemberEvening = new Date('2026-12-01T18:30:00Z');
const slugsFor = async (params: string, topic: Parameters<typeof parseFinderQuery>[1] = null) =>
	(await findServices(query(params, topic), 'nb', decemberEvening)).services.map((s) => s.slug);

describe('finder for acute needs (issue 12)', () => {
	it('"Noen har skadet meg" opens with help now, and an open line leads, not a closed clinic', async () => {
		const result = await findServices(query('', 'noen-skadet-meg'), 'nb', decemberEvening);
		expect(result.acute?.needs).toContain('violence_home');
		expect(result.acute?.services.map((s) => s.slug)).toContain('alarmtelefonen-116111');
		expect(result.services[0].openNow || result.services[0].isEmergency).toBe(true);
		const clinic = result.services.findIndex((s) => s.slug === 'fjordvik-helsestasjon-for-ungdom');
		const line = result.services.findIndex((s) => s.slug === 'alarmtelefonen-116111');
		expect(line).toBeLessThan(clinic);
	});

	it('"vil ikke leve lenger" gets the help-now card with 113 and 116 123 first', async () => {
		const result = await findServices(query('q=vil ikke leve lenger'), 'nb', decemberEvening);
		expect(result.acute?.needs).toEqual(['suicide']);
		expect(result.services.slice(0, 2).map((s) => s.slug)).toEqual([
			'nodnummer-113-ambulanse',
			'mental-helse-116123'
		]);
	});

	it('"pappa slår meg" and "faren min slår meg" put 112 and 116 111 above the youth clinic', async () => {
		for (const q of ['pappa slår meg', 'faren min slår meg']) {
			const slugs = await slugsFor(`q=${q}`);
			expect(slugs.slice(0, 2)).toEqual(['nodnummer-112-politi', 'alarmtelefonen-116111']);
		}
	});

	it('"jeg tror jeg er gravid" puts the midwife whose title holds the word first', async () => {
		expect((await slugsFor('q=jeg tror jeg er gravid'))[0]).toBe('fjordvik-jordmor-unge-gravide');
	});

	it('"jeg får ikke sove" does not suggest housing, and "jeg dør av latter" is not acute', async () => {
		const sleep = await findServices(query('q=jeg får ikke sove'), 'nb', decemberEvening);
		expect(sleep.matchedTopics).not.toContain('bolig');
		const laugh = await findServices(query('q=jeg dør av latter'), 'nb', decemberEvening);
		expect(laugh.acute).toBeNull();
	});

	it('the Christmas closure notice is not shown on 1 December, but is on 20 December', async () => {
		const card = async (now: Date) =>
			(await findServices(query('', 'kropp-og-sex'), 'nb', now)).services.find(
				(s) => s.slug === 'fjordvik-helsestasjon-for-ungdom'
			)!;
		expect((await card(decemberEvening)).alert).toBeNull();
		expect((await card(new Date('2026-12-20T10:00:00Z'))).alert?.text).toMatch(/romjul/);
	});

	it('cards say when drop-in is next there in plain words', async () => {
		const result = await findServices(query('', 'trist-eller-redd'), 'nb', decemberEvening);
		const psychologist = result.services.find(
			(s) => s.slug === 'fjordvik-psykolog-uten-henvisning'
		)!;
		expect(psychologist.nextHelp).toContainEqual({
			key: 'drop_in_tomorrow',
			from: '14:30',
			to: '18:30'
		});
	});

	it('any input gives a page: emoji, HTML, FTS syntax, very long text', async () => {
		for (const q of ['😢', '<b>hei</b>', '"a"* OR NEAR(', 'x'.repeat(5000)]) {
			const result = await findServices(query(`q=${encodeURIComponent(q)}`), 'nb', decemberEvening);
			expect(result.services.length).toBeGreaterThan(0);
		}
	});
});

describe('the help-now card on a service page', () => {
	// Wednesday 25 November 2026, 22:00 in Oslo: the support centre (weekdays 09–16) is closed.
	const wednesdayNight = new Date('2026-11-25T21:00:00Z');
	const helpOn = async (slug: string, now: Date) => {
		const detail = (await getServiceBySlug(slug, 'nb', now))!;
		return acuteHelpForService(detail, 'nb', now);
	};

	it('offers the lines that answer now when an acute line is closed, without itself', async () => {
		const help = await helpOn('fjordvik-overgrepsmottak-stottesenter', wednesdayNight);
		expect(help?.needs).toEqual(['sexual_assault']);
		const slugs = help!.services.map((s) => s.slug);
		expect(slugs[0]).toBe('nodnummer-112-politi');
		expect(slugs).toContain('alarmtelefonen-116111');
		expect(slugs).not.toContain('fjordvik-overgrepsmottak-stottesenter');
		expect(help!.services.every((s) => s.openNow || s.isEmergency)).toBe(true);
	});

	it('shows no card while the line itself answers, nor for a service no acute need lists', async () => {
		expect(await helpOn('fjordvik-overgrepsmottak-stottesenter', wednesdayAfternoon)).toBeNull();
		expect(await helpOn('alarmtelefonen-116111', wednesdayNight)).toBeNull();
		expect(await helpOn('fjordvik-helsestasjon-for-ungdom', wednesdayNight)).toBeNull();
	});
});
