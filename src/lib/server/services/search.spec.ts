import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	inTransaction,
	migrateDatabase,
	openDatabase,
	type InngangDatabase
} from '$lib/server/db/client';
import { municipality, organization, service, serviceTranslation } from '$lib/server/db/schema';
import { seedDemo } from '../../../../db/seed';
import { fullTextMatches, searchTerms, topicsForQuery } from './search';
import { sql } from 'drizzle-orm';
import {
	ensureServiceSearchIndex,
	serviceSearchDdl,
	updateServiceSearchIndex
} from './search-index';
import { ftsMatchExpression, normaliseForSearch, queryTerms } from './search-text';

describe('normaliseForSearch', () => {
	it('folds æ, ø and å, which unicode61 leaves alone, and strips accents', () => {
		expect(normaliseForSearch('Søvn, ÆRLIG blå kafé')).toBe('sovn, aerlig bla kafe');
	});

	it('keeps Cyrillic and Arabic letters as they are', () => {
		expect(normaliseForSearch('Самотній')).toBe('самотній');
		expect(normaliseForSearch('حزين')).toBe('حزين');
	});
});

describe('queryTerms and the MATCH expression', () => {
	it('drops FTS5 syntax characters so they never reach MATCH', () => {
		const terms = queryTerms('"mob*bing" ^(skole): NEAR/3 OR');
		expect(terms).toEqual(['mob', 'bing', 'skole', 'near', 'or']);
		expect(ftsMatchExpression(terms)).toBe('"mob"* OR "bing"* OR "skole"* OR "near"* OR "or"*');
	});

	it('caps a 2 000-character query to a few terms', () => {
		const terms = queryTerms('angst '.repeat(400) + 'abcdefghij'.repeat(200));
		expect(terms.length).toBeLessThanOrEqual(8);
		expect(terms).toContain('angst');
	});

	it('gives no expression for a query of only punctuation', () => {
		expect(ftsMatchExpression(queryTerms('"*:^()'))).toBeNull();
	});
});

describe('synonyms', () => {
	it.each([
		['jeg er så lei meg', 'nb', 'trist-eller-redd'],
		['mamma drikker', 'nb', 'rus'],
		['mamma drikker', 'nb', 'hjemme'],
		['gravid', 'nb', 'kropp-og-sex'],
		['blir mobba', 'nb', 'mobbing'],
		['jeg blir mobbet på skolen', 'nb', 'mobbing'],
		['sa lei meg', 'nb', 'trist-eller-redd'],
		['eg er så einsam', 'nn', 'ensom'],
		['I feel so sad', 'en', 'trist-eller-redd'],
		['my mum drinks every day', 'en', 'rus'],
		['getting bullied', 'en', 'mobbing'],
		['nowhere to sleep tonight', 'en', 'bolig'],
		['мені самотньо', 'uk', 'ensom'],
		['jestem w ciąży', 'pl', 'kropp-og-sex'],
		['تنمر في المدرسة', 'ar', 'mobbing']
	])('"%s" (%s) points to %s', (query, lang, topic) => {
		expect(topicsForQuery(query, lang)).toContain(topic);
	});

	it('matches short words whole only: "matte" is not "mat" (money)', () => {
		expect(topicsForQuery('matte', 'nb')).not.toContain('jobb-og-penger');
	});

	it('finds every phrase of every list when it is typed alone, a small first word too', () => {
		// The patterns are only tried when a query word starts like the phrase ("w domu",
		// "i garaacay" start with a one-letter word).
		const dir = new URL('./synonyms/', import.meta.url);
		const missed: string[] = [];
		for (const file of readdirSync(dir).filter((f) => /^[a-z]{2}\.json$/.test(f))) {
			const lang = file.slice(0, 2);
			const lists = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<
				string,
				string[]
			>;
			for (const [topic, phrases] of Object.entries(lists))
				for (const phrase of phrases) {
					const found = topicsForQuery(`${phrase} `, lang);
					// "Noe annet" gives way to any other topic the same words name.
					if (!found.includes(topic as never) && !(topic === 'noe-annet' && found.length > 0))
						missed.push(`${lang} ${phrase} → ${topic}: ${found.join(', ')}`);
				}
		}
		expect(missed).toEqual([]);
		// ~6,700 phrases, each a whole topic lookup: about 1.2 s alone, more on a busy machine.
	}, 30_000);

	it('gives the topics in the order of the language’s list, whatever the order of the words', () => {
		// The patterns are kept by their first letters; the words are looked up one by one, and
		// the topics must still come in the list's order.
		expect(topicsForQuery('mobbet på skolen og trist', 'nb')).toEqual([
			'trist-eller-redd',
			'mobbing',
			'skole'
		]);
		expect(topicsForQuery('trist og mobbet på skolen', 'nb')).toEqual([
			'trist-eller-redd',
			'mobbing',
			'skole'
		]);
		expect(topicsForQuery('i am lonely and my mum drinks', 'en')).toEqual([
			'hjemme',
			'rus',
			'ensom'
		]);
	});

	it('finds no topic in gibberish', () => {
		expect(topicsForQuery('xqzv plonk', 'nb')).toEqual([]);
	});
});

describe('the FTS5 table definition', () => {
	it('is the same in the custom SQL and in the code that fills the index', () => {
		const files = ['db/migrations'].flatMap((dir) =>
			readdirSync(dir)
				.filter((f) => f.endsWith('.sql'))
				.map((f) => readFileSync(`${dir}/${f}`, 'utf8').replace(/^--\s{0,3}/gm, ''))
		);
		expect(files.some((text) => text.includes(serviceSearchDdl))).toBe(true);
	});
});

describe('the FTS5 index', () => {
	const rowsOf = (db: InngangDatabase) =>
		db.all<{ rowid: number; scope: string }>(sql`SELECT rowid, scope FROM service_search`);

	it('holds one row per active service, under its id, with all its languages', async () => {
		const db = openDatabase(':memory:');
		migrateDatabase(db);
		await seedDemo(db);
		const rows = rowsOf(db);
		const ids = rows.map((r) => r.rowid);
		expect(new Set(ids).size).toBe(ids.length);
		const active = await db.query.service.findMany({ columns: { id: true, status: true } });
		expect(ids.length).toBe(active.filter((s) => s.status === 'active').length);
		// The English text and the Norwegian one of the same service are in the same row.
		const helsestasjon = await db.query.service.findFirst({
			where: (x, { eq }) => eq(x.slug, 'fjordvik-helsestasjon-for-ungdom')
		});
		const both = db.all<{ rowid: number }>(
			sql`SELECT rowid FROM service_search WHERE service_search MATCH 'body : (contraception AND helsestasjon)'`
		);
		expect(both.map((r) => r.rowid)).toContain(helsestasjon!.id);
	});

	it('is kept as it is when its shape is current, and refilled when it has another', async () => {
		const db = openDatabase(':memory:');
		migrateDatabase(db);
		await seedDemo(db);
		const filled = rowsOf(db).length;
		// A current table is left alone: a row of its own survives the check.
		db.run(sql`INSERT INTO service_search (rowid, body, scope) VALUES (999999, 'x', 'm0')`);
		ensureServiceSearchIndex(db);
		expect(rowsOf(db).map((r) => r.rowid)).toContain(999999);
		// The shape before (a row per language, a lang column) is dropped and refilled.
		db.run(sql`DROP TABLE service_search`);
		db.run(
			sql.raw(
				`CREATE VIRTUAL TABLE service_search USING fts5(body, scope, service_id UNINDEXED, lang UNINDEXED, tokenize = 'unicode61 remove_diacritics 2')`
			)
		);
		ensureServiceSearchIndex(db);
		expect(rowsOf(db).length).toBe(filled);
		const fjordvik = await db.query.municipality.findFirst();
		expect(fullTextMatches(db, searchTerms('psykolog'), fjordvik!.id).size).toBeGreaterThan(0);
	});
});

describe('full-text search over the demo services', () => {
	let db: InngangDatabase;
	let fjordvik: number;
	const slugOf = async (ids: Iterable<number>) => {
		const rows = await db.query.service.findMany({ columns: { id: true, slug: true } });
		const wanted = new Set(ids);
		return rows.filter((r) => wanted.has(r.id)).map((r) => r.slug);
	};

	beforeAll(async () => {
		db = openDatabase(':memory:');
		migrateDatabase(db);
		fjordvik = (await seedDemo(db)).municipalityId;
	});

	it('finds a word with ø typed with and without the ø', async () => {
		const withLetter = await slugOf(
			fullTextMatches(db, searchTerms('søvnproblemer'), fjordvik).keys()
		);
		const without = await slugOf(
			fullTextMatches(db, searchTerms('sovnproblemer'), fjordvik).keys()
		);
		expect(withLetter).toContain('fjordvik-psykolog-uten-henvisning');
		expect(without).toEqual(withLetter);
	});

	it('counts a service found by any of the words, with its best rank, each word read once', () => {
		const asked: string[] = [];
		const byWord: Record<string, [number, number][]> = {
			lei: [
				[1, -3],
				[2, -1]
			],
			skolen: [
				[2, -5],
				[3, -2]
			]
		};
		const hits = fullTextMatches(db, ['lei', 'skolen', 'xyz'], fjordvik, (term) => {
			asked.push(term);
			return new Map(byWord[term] ?? []);
		});
		expect([...hits]).toEqual([
			[1, -3],
			[2, -5],
			[3, -2]
		]);
		expect(asked).toEqual(['lei', 'skolen', 'xyz']);
	});

	it('finds the services of each word of a search, as each word alone finds them', async () => {
		const both = new Set(fullTextMatches(db, searchTerms('psykolog prevensjon'), fjordvik).keys());
		for (const word of ['psykolog', 'prevensjon']) {
			const alone = [...fullTextMatches(db, searchTerms(word), fjordvik).keys()];
			expect(alone.length, word).toBeGreaterThan(0);
			for (const id of alone) expect(both.has(id), word).toBe(true);
		}
	});

	it('matches word prefixes', async () => {
		const slugs = await slugOf(fullTextMatches(db, searchTerms('psyk'), fjordvik).keys());
		expect(slugs).toContain('fjordvik-psykolog-uten-henvisning');
	});

	it('searches the English texts too', async () => {
		const slugs = await slugOf(fullTextMatches(db, searchTerms('contraception'), fjordvik).keys());
		expect(slugs).toContain('fjordvik-helsestasjon-for-ungdom');
	});

	it('survives FTS5 syntax and keywords in the query', async () => {
		for (const nasty of ['"', '*', 'NEAR(a b)', 'a:b', '^x', '(((', 'OR AND NOT', '"*:^()']) {
			expect(fullTextMatches(db, searchTerms(nasty), fjordvik)).toBeInstanceOf(Map);
		}
	});
});

describe('search in one municipality', () => {
	it('never returns another municipality’s services, nor lets them crowd its own out', async () => {
		const db = openDatabase(':memory:');
		migrateDatabase(db);
		const fjordvik = (await seedDemo(db)).municipalityId;
		// A neighbour with 400 psychologist services, more than the index returns at once.
		const neighbourIds = inTransaction(db, (tx) => {
			const nabo = tx
				.insert(municipality)
				.values({ slug: 'naboby', name: 'Naboby kommune', kommunenummer: '9999' })
				.returning({ id: municipality.id })
				.get().id;
			const org = tx
				.insert(organization)
				.values({ slug: 'naboby-helse', municipalityId: nabo })
				.returning({ id: organization.id })
				.get().id;
			const ids: number[] = [];
			for (let i = 0; i < 400; i++) {
				const id = tx
					.insert(service)
					.values({ slug: `naboby-psykolog-${i}`, municipalityId: nabo, organizationId: org })
					.returning({ id: service.id })
					.get().id;
				tx.insert(serviceTranslation)
					.values({
						serviceId: id,
						lang: 'nb',
						name: `Psykolog ${i}`,
						summary: 'Psykolog psykolog psykolog for unge',
						description: 'Snakk med en psykolog.'
					})
					.run();
				ids.push(id);
			}
			updateServiceSearchIndex(tx, ids);
			return new Set(ids);
		});
		const found = [...fullTextMatches(db, searchTerms('psykolog'), fjordvik).keys()];
		expect(found.filter((id) => neighbourIds.has(id))).toEqual([]);
		const slugs = (await db.query.service.findMany({ columns: { id: true, slug: true } }))
			.filter((r) => found.includes(r.id))
			.map((r) => r.slug);
		expect(slugs).toContain('fjordvik-psykolog-uten-henvisning');
		// and the neighbour's own search sees its services
		const nabo = await db.query.municipality.findFirst({
			where: (m, { eq }) => eq(m.slug, 'naboby')
		});
		const theirs = [...fullTextMatches(db, searchTerms('psykolog'), nabo!.id).keys()];
		expect(theirs.filter((id) => neighbourIds.has(id)).length).toBeGreaterThan(0);
		const ours = await db.query.service.findFirst({
			where: (x, { eq }) => eq(x.slug, 'fjordvik-psykolog-uten-henvisning')
		});
		expect(theirs).not.toContain(ours!.id);
	});
});

describe('searchTerms', () => {
	it('drops "help" and "need" in every language: they say nothing about the need', () => {
		// In a title they made "Leksehjelp" (homework help) the first answer to "I need help".
		expect(searchTerms('احتاج مساعدة')).toEqual([]);
		expect(searchTerms('мені потрібна допомога')).toEqual([]);
		expect(searchTerms('trenger hjelp med leksene')).toEqual(['leksene']);
		expect(searchTerms('i need help sleeping')).toEqual(['sleeping']);
	});
});
