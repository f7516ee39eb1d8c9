import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '$lib/i18n/languages';
import { normaliseForSearch } from './search-text';
import { topicsForQuery } from './search';

// The finder reads the app's one connection; point it at a fresh demo database first.
const path = join(tmpdir(), `search-languages-spec-${process.pid}.sqlite`);
process.env.DATABASE_URL = path;
const { database } = await import('$lib/server/db');
const { seedDemo } = await import('../../../../db/seed');
const { findServices, parseFinderQuery } = await import('./finder');

beforeAll(async () => {
	await seedDemo(database());
});
afterAll(() => {
	database().$client.close();
	for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
});

describe('normaliseForSearch folds each language the way its readers type', () => {
	it('nb: æ, ø and å, which unicode61 leaves alone', () => {
		expect(normaliseForSearch('Søvn ÆRLIG blå')).toBe(normaliseForSearch('sovn aerlig bla'));
	});

	it('pl: the marks of ą ć ę ń ó ś ź ż, and ł', () => {
		expect(normaliseForSearch('Nie mogę spać, ŁÓDŹ')).toBe('nie moge spac, lodz');
		expect(normaliseForSearch('Potrzebuję pomocy')).toBe(normaliseForSearch('potrzebuje pomocy'));
	});

	it('uk: every apostrophe spelling of б\u2019є is one word; ґ as г; й and ї stay', () => {
		const spellings = ["б'є", 'б\u2019є', 'б\u02bcє', 'б`є'].map(normaliseForSearch);
		expect(new Set(spellings).size).toBe(1);
		expect(normaliseForSearch('Ґанок')).toBe('ганок');
		expect(normaliseForSearch('Самотній їжак')).toBe('самотній їжак');
	});

	it('ar: tashkeel, tatweel, hamza forms of alef, ى and ة', () => {
		expect(normaliseForSearch('أَحْتَاجُ مُسَاعَدَةً')).toBe(normaliseForSearch('احتاج مساعده'));
		expect(normaliseForSearch('حـــزيـــن')).toBe('حزين');
		expect(normaliseForSearch('إسعاف آمن مستشفى')).toBe(normaliseForSearch('اسعاف امن مستشفي'));
		expect(normaliseForSearch('١١٣')).toBe('113');
	});

	it('so: the glottal-stop apostrophe in any spelling', () => {
		expect(normaliseForSearch('hoy la\u2019aan')).toBe(normaliseForSearch("hoy la'aan"));
	});
});

const needs: [Language, string, string][] = [
	['pl', 'Potrzebuję pomocy', 'noe-annet'],
	['pl', 'potrzebuje pomocy', 'noe-annet'],
	['pl', 'Jest mi smutno', 'trist-eller-redd'],
	['pl', 'nie moge spac', 'trist-eller-redd'],
	['pl', 'Ktoś mnie bije', 'noen-skadet-meg'],
	['uk', 'Мені потрібна допомога', 'noe-annet'],
	['uk', 'Мені сумно', 'trist-eller-redd'],
	['uk', 'Не можу спати', 'trist-eller-redd'],
	['uk', 'Мене хтось б\u02bcє', 'noen-skadet-meg'],
	['uk', "мене хтось б'є", 'noen-skadet-meg'],
	['ar', 'أحتاج مساعدة', 'noe-annet'],
	['ar', 'احتاج مساعده', 'noe-annet'],
	['ar', 'أنا حزين', 'trist-eller-redd'],
	['ar', 'لا أستطيع النوم', 'trist-eller-redd'],
	['ar', 'شخص يضربني', 'noen-skadet-meg'],
	['so', 'Waxaan u baahanahay caawimaad', 'noe-annet'],
	['so', 'Waan murugaysanahay', 'trist-eller-redd'],
	['so', 'Ma seexan karo', 'trist-eller-redd'],
	['so', 'Qof baa i garaacaya', 'noen-skadet-meg'],
	['so', 'Waa la i cagajugleeyaa', 'mobbing'],
	['so', 'Kaligay baan ahay', 'ensom']
];

describe('a search typed in uk, pl, ar or so', () => {
	it.each(needs)('(%s) "%s" points to %s', (lang, query, topic) => {
		expect(topicsForQuery(query, lang)).toContain(topic);
	});

	it.each(needs)('(%s) "%s" finds services written in that language', async (lang, query) => {
		const result = await findServices(
			parseFinderQuery(new URLSearchParams({ q: query }), null),
			lang
		);
		expect(result.fallback).toBe(false);
		expect(result.services.length).toBeGreaterThan(0);
		for (const card of result.services.slice(0, 3)) {
			expect(card.name.lang).toBe(lang);
			expect(card.summary.lang).toBe(lang);
		}
	});

	it('finds a Somali service by a word of its own Somali text', async () => {
		const result = await findServices(
			parseFinderQuery(new URLSearchParams({ q: 'kalkaalisada dugsiga' }), null),
			'so'
		);
		expect(result.fallback).toBe(false);
	});

	it('ranks the anti-bullying ombud first for "I am being bullied" in Somali', async () => {
		// "la" is a particle: as a search word it would match "la'aan" in other services' names.
		const result = await findServices(
			parseFinderQuery(new URLSearchParams({ q: 'waa la i cagajugleeyaa' }), null),
			'so'
		);
		expect(result.services[0].slug).toBe('fjordvik-mobbeombud');
	});
});
