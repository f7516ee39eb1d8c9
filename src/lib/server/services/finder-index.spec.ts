import { vi, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, isNull, or } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	// The page cache off, the data memos on: the finder answers from its index.
	process.env.PAGE_CACHE_SECONDS = '0';
	process.env.DATA_MEMO_SECONDS = '600';
	process.env.MUNICIPALITY = 'fjordvik';
});

import { db } from '$lib/server/db';
import { municipality, organization, service, serviceTranslation } from '$lib/server/db/schema';
import { languages, type Language } from '$lib/i18n/languages';
import { getUserById } from '$lib/server/auth/users';
import type { AuthUser } from '$lib/server/auth/guard';
import { testAccount } from '$fixtures/test-database';
import { seedDemo } from '../../../../db/seed';
import { seedScale } from '../../../../db/seed/scale';
import {
	createService,
	deleteService,
	getServiceForEdit,
	saveService,
	type ServiceEdit
} from './admin/services';
import { invalidatePublicPages } from '$lib/server/page-cache';
import {
	databaseCatalogue,
	findServices,
	indexedCatalogue,
	parseFinderQuery,
	type FinderResult
} from './finder';
import questions from './finder-questions.json';
import { allTopics, type TopicCode } from './topics';

/**
 * Issue 15: the finder answers from an in-memory index of the catalogue instead of asking
 * SQL for the candidates on every request. For every kind of question the index gives the
 * answer the database path gives, in the same order and page by page; a staff save shows
 * on the next request; and another municipality's services never appear.
 */
let fjordvikId: number;
let editor: AuthUser;

beforeAll(async () => {
	fjordvikId = (await seedDemo(db)).municipalityId;
	// Three copies: many services share a name, so ties must keep the database's order.
	seedScale(db, fjordvikId, 3);
	editor = (await getUserById(
		await testAccount(fjordvikId, 'indeks@fjordvik.example', ['editor'])
	))!;
});

// A Wednesday afternoon (drop-ins on), a Saturday night, a Sunday morning, in Oslo.
const moments = [
	new Date('2026-11-25T14:00:00Z'),
	new Date('2026-11-28T23:30:00Z'),
	new Date('2026-11-29T08:05:00Z')
];
const langs = languages.map((l) => l.code) as Language[];
const filterSets = [
	'',
	'alder=13',
	'alder=22&gratis=1',
	'anonym=1',
	'drop-in=1',
	'apent=1',
	'uten-henvisning=1&anonym=1',
	'na=1',
	'for=venn&alder=16'
];

async function bothWays(
	params: string,
	topic: TopicCode | null,
	lang: Language,
	now: Date,
	page = 1
): Promise<[FinderResult, FinderResult]> {
	const query = parseFinderQuery(new URLSearchParams(params), topic);
	return [
		await findServices(query, lang, now, page, indexedCatalogue),
		await findServices(query, lang, now, page, databaseCatalogue)
	];
}

async function everyPage(params: string, topic: TopicCode | null, lang: Language, now: Date) {
	const query = parseFinderQuery(new URLSearchParams(params), topic);
	const first = await findServices(query, lang, now, 1, indexedCatalogue);
	const slugs = first.services.map((s) => s.slug);
	for (let page = 2; page <= first.pages; page++)
		slugs.push(
			...(await findServices(query, lang, now, page, indexedCatalogue)).services.map((s) => s.slug)
		);
	return slugs;
}

describe('the finder index answers as the database does', () => {
	it(
		'every topic in every language, at three times of the week',
		{ timeout: 120_000 },
		async () => {
			for (const now of moments)
				for (const lang of langs)
					for (const { code } of allTopics) {
						const [indexed, fresh] = await bothWays('', code, lang, now);
						expect(indexed, `${code} (${lang}, ${now.toISOString()})`).toEqual(fresh);
					}
		}
	);

	it('every topic with each set of filters', { timeout: 120_000 }, async () => {
		let compared = 0;
		for (const [at, lang] of langs.entries())
			for (const { code } of allTopics)
				for (const params of filterSets) {
					const now = moments[(at + compared) % moments.length];
					const [indexed, fresh] = await bothWays(params, code, lang, now);
					expect(indexed, `${code}?${params} (${lang}, ${now.toISOString()})`).toEqual(fresh);
					compared++;
				}
		expect(compared).toBe(langs.length * allTopics.length * filterSets.length);
	});

	it('every question teenagers type, alone and with filters', { timeout: 120_000 }, async () => {
		for (const { q, lang } of questions)
			for (const params of ['', 'alder=15&gratis=1', 'apent=1', 'na=1']) {
				const search = new URLSearchParams(params);
				search.set('q', q);
				const [indexed, fresh] = await bothWays(
					search.toString(),
					null,
					lang as Language,
					moments[0]
				);
				expect(indexed, `${q} (${lang}) ${params}`).toEqual(fresh);
			}
	});

	it('a search that finds nothing falls back to the same safety net', async () => {
		for (const lang of langs) {
			const [indexed, fresh] = await bothWays('q=qqxyzzy+wwvvuu', null, lang, moments[1]);
			expect(indexed.fallback).toBe(true);
			expect(indexed.services.length).toBeGreaterThan(0);
			expect(indexed).toEqual(fresh);
		}
	});

	it('every page of a large topic, and a page past the end, is the same', async () => {
		for (const params of ['', 'alder=15']) {
			const [first] = await bothWays(params, 'trist-eller-redd', 'nb', moments[0]);
			expect(first.pages).toBeGreaterThan(1);
			for (let page = 1; page <= first.pages + 1; page++) {
				const [indexed, fresh] = await bothWays(params, 'trist-eller-redd', 'nb', moments[0], page);
				expect(indexed, `page ${page}`).toEqual(fresh);
			}
		}
	});

	it('browsing with no topic and no words ranks the whole catalogue the same', async () => {
		for (const params of ['', 'na=1', 'gratis=1&apent=1'])
			for (const page of [1, 3]) {
				const [indexed, fresh] = await bothWays(params, null, 'en', moments[2], page);
				expect(indexed).toEqual(fresh);
			}
	});
});

describe('the finder index after a write', () => {
	const topic: TopicCode = 'trist-eller-redd';

	async function editOf(slug: string) {
		const row = db
			.select()
			.from(service)
			.where(and(eq(service.slug, slug), eq(service.municipalityId, fjordvikId)))
			.get()!;
		return (await getServiceForEdit(editor, row.id))!;
	}

	async function save(slug: string, change: Partial<ServiceEdit>) {
		const before = await editOf(slug);
		expect(
			await saveService(editor, before.id, before.version, { ...before.edit, ...change })
		).toEqual({ ok: true });
	}

	it('a renamed service is found under its new name on the next search', async () => {
		const slugs = await everyPage('', topic, 'nb', moments[0]);
		const slug = slugs.find((s) => s.endsWith('-x2'))!;
		await save(slug, { name: 'Samtaletilbudet Blåbærlyng' });
		const [indexed, fresh] = await bothWays('q=blåbærlyng', null, 'nb', moments[0]);
		expect(indexed.services[0].slug).toBe(slug);
		expect(indexed).toEqual(fresh);
	});

	it('new opening hours change "open now" at once', async () => {
		const slug = (await everyPage('', topic, 'nb', moments[1])).find((s) => s.endsWith('-x1'))!;
		const openAtNight = async () =>
			(await everyPage('apent=1', topic, 'nb', moments[1])).includes(slug);
		await save(slug, { hours: [] });
		expect(await openAtNight()).toBe(false);
		await save(slug, {
			hours: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].map((byday) => ({
				kind: 'open' as const,
				byday,
				opensAt: '00:00',
				closesAt: '24:00'
			}))
		});
		expect(await openAtNight()).toBe(true);
		const [indexed, fresh] = await bothWays('apent=1', topic, 'nb', moments[1]);
		expect(indexed).toEqual(fresh);
	});

	it('a hidden service is gone from its topic at once', async () => {
		const slug = (await everyPage('', topic, 'nb', moments[0])).find((s) => s.endsWith('-x1'))!;
		await save(slug, { status: 'inactive' });
		expect(await everyPage('', topic, 'nb', moments[0])).not.toContain(slug);
		const [indexed, fresh] = await bothWays('', topic, 'nb', moments[0]);
		expect(indexed).toEqual(fresh);
	});
});

describe('the finder index after a write refreshes only what changed', () => {
	const ids = (services: readonly { id: number }[]) => services.map((s) => s.id);

	async function saved(id: number, change: Partial<ServiceEdit>) {
		const before = (await getServiceForEdit(editor, id))!;
		expect(await saveService(editor, id, before.version, { ...before.edit, ...change })).toEqual({
			ok: true
		});
	}

	/** The index now, and the whole catalogue read from the database, are the same services. */
	async function matchesDatabase() {
		const index = await indexedCatalogue();
		expect(ids(index)).toEqual(ids(await databaseCatalogue()));
		return index;
	}

	it('a save reads that service again; every other service is the one already read', async () => {
		const before = await matchesDatabase();
		const target = before.find((s) => s.municipalityId === fjordvikId && s.topics.length > 0)!;
		await saved(target.id, { summary: 'Vi svarer på chat om kvelden, også i helgene.' });
		const after = await matchesDatabase();
		const old = new Map(before.map((s) => [s.id, s]));
		for (const s of after) if (s.id !== target.id) expect(s).toBe(old.get(s.id));
		const summary = after
			.find((s) => s.id === target.id)!
			.translations.find((t) => t.lang === 'nb')!.summary;
		expect(summary).toBe('Vi svarer på chat om kvelden, også i helgene.');
	});

	it('a service hidden and published again is back in its place among its namesakes', async () => {
		const before = await matchesDatabase();
		// A copy in the middle of the index (seedScale's "-x2"), with namesakes either side.
		const target = before.filter((s) => s.slug.endsWith('-x2'))[3];
		await saved(target.id, { status: 'inactive' });
		expect(ids(await matchesDatabase())).not.toContain(target.id);
		await saved(target.id, { status: 'active' });
		expect(ids(await matchesDatabase())).toEqual(ids(before));
		for (const code of target.topics) {
			const [indexed, fresh] = await bothWays('', code, 'nb', moments[0]);
			expect(indexed, code).toEqual(fresh);
		}
	});

	it('a new service, once published, is found in its topic; a deleted one is gone', async () => {
		const organizationId = (await indexedCatalogue()).find(
			(s) => s.municipalityId === fjordvikId
		)!.organizationId;
		const id = createService(editor, { name: 'Nattpraten Tyttebær', organizationId });
		await saved(id, {
			status: 'active',
			summary: 'Snakk med noen om natta.',
			description: 'Ring eller chat.',
			topics: ['ensom']
		});
		await matchesDatabase();
		const [indexed, fresh] = await bothWays('', 'ensom', 'nb', moments[0]);
		expect(indexed).toEqual(fresh);
		const search = await findServices(
			parseFinderQuery(new URLSearchParams('q=tyttebær'), null),
			'nb',
			moments[0],
			1,
			indexedCatalogue
		);
		expect(search.services[0].name.text).toBe('Nattpraten Tyttebær');

		expect(await deleteService(editor, id)).toBe(true);
		expect(ids(await matchesDatabase())).not.toContain(id);
	});

	it('a write of no service keeps the index; a write that does not say what it changed reads all again', async () => {
		const before = await matchesDatabase();
		// A plan or an activity saved.
		invalidatePublicPages({ services: [] });
		const kept = await indexedCatalogue();
		expect(kept).toHaveLength(before.length);
		kept.forEach((s, at) => expect(s).toBe(before[at]));

		// An import, say, that took an organisation off the portal: only a full read sees it.
		const target = before.find((s) => s.municipalityId === fjordvikId)!;
		db.update(organization)
			.set({ status: 'inactive' })
			.where(eq(organization.id, target.organizationId))
			.run();
		try {
			invalidatePublicPages();
			const after = await matchesDatabase();
			expect(ids(after)).not.toContain(target.id);
			expect(after.length).toBeLessThan(before.length);
		} finally {
			db.update(organization)
				.set({ status: 'active' })
				.where(eq(organization.id, target.organizationId))
				.run();
			invalidatePublicPages();
		}
		expect(ids(await matchesDatabase())).toEqual(ids(before));
	});
});

describe('the finder index over time', () => {
	it('after DATA_MEMO_SECONDS without a write it answers the same, and a write still shows at once', async () => {
		vi.useFakeTimers({ toFake: ['Date'] });
		try {
			const [before] = await bothWays('', 'hjemme', 'nb', moments[0]);
			vi.setSystemTime(Date.now() + 601_000);
			const [indexed, fresh] = await bothWays('', 'hjemme', 'nb', moments[0]);
			expect(indexed).toEqual(fresh);
			expect(indexed).toEqual(before);

			vi.setSystemTime(Date.now() + 601_000);
			const slug = before.services[0].slug;
			const row = db
				.select()
				.from(service)
				.where(
					and(
						eq(service.slug, slug),
						or(eq(service.municipalityId, fjordvikId), isNull(service.municipalityId))
					)
				)
				.all()
				.find((s) => s.municipalityId !== null);
			if (!row) return expect.unreachable(`${slug} should be Fjordvik's own`);
			const edit = (await getServiceForEdit(editor, row.id))!;
			expect(
				await saveService(editor, row.id, edit.version, { ...edit.edit, status: 'inactive' })
			).toEqual({ ok: true });
			const [after] = await bothWays('', 'hjemme', 'nb', moments[0]);
			expect(after.services.map((s) => s.slug)).not.toContain(slug);
			expect(after.total).toBe(before.total - 1);
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('the finder index keeps to its municipality', () => {
	it("another municipality's service is never found, by topic or by its own words", async () => {
		const nordby = db.select().from(municipality).where(eq(municipality.slug, 'nordby')).get()!;
		const nordbyServices = db
			.select({ slug: service.slug, id: service.id })
			.from(service)
			.innerJoin(organization, eq(organization.id, service.organizationId))
			.where(and(eq(service.municipalityId, nordby.id), eq(service.status, 'active')))
			.all();
		expect(nordbyServices.length).toBeGreaterThan(0);
		const theirs = new Set(nordbyServices.map((s) => s.slug));
		const names = db
			.select({ name: serviceTranslation.name })
			.from(serviceTranslation)
			.where(
				and(
					eq(serviceTranslation.serviceId, nordbyServices[0].id),
					eq(serviceTranslation.lang, 'nb')
				)
			)
			.get()!;
		const found = new Set<string>();
		for (const { code } of allTopics)
			for (const slug of await everyPage('', code, 'nb', moments[0])) found.add(slug);
		for (const slug of await everyPage(
			`q=${encodeURIComponent(names.name)}`,
			null,
			'nb',
			moments[0]
		))
			found.add(slug);
		// Slugs are unique per municipality: only one Fjordvik and the national ones lack is theirs alone.
		const ours = new Set(
			db
				.select({ slug: service.slug })
				.from(service)
				.where(or(eq(service.municipalityId, fjordvikId), isNull(service.municipalityId)))
				.all()
				.map((s) => s.slug)
		);
		const onlyTheirs = [...theirs].filter((slug) => !ours.has(slug));
		expect(onlyTheirs.length).toBeGreaterThan(0);
		expect([...found].filter((slug) => onlyTheirs.includes(slug))).toEqual([]);
		expect(found.size).toBeGreaterThan(50);
	});
});
