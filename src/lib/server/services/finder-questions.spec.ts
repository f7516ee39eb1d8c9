import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '$lib/i18n/languages';
import questions from './finder-questions.json';

/**
 * What young people type, in all seven languages, the way they type it (lower case, no æøå,
 * slang, past tense, first person, Norwegian words in the middle), and the KIND of help that
 * must come first: a family of services a youth worker would accept as the first answer,
 * decided before looking at what the finder returned. Whether the help-now card shows is
 * part of each question. The questions live in finder-questions.json so they can be read
 * and extended without reading code.
 */

const path = join(tmpdir(), `finder-questions-spec-${process.pid}.sqlite`);
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

const talk = [
	'fjordvik-helsesykepleier-skole',
	'fjordvik-helsestasjon-for-ungdom',
	'fjordvik-psykolog-uten-henvisning',
	'mental-helse-116123',
	'kirkens-sos',
	'kors-pa-halsen',
	'fjordvik-ung-en-dor-inn',
	'fjordvik-ungdomskontakter',
	'ung-no'
];
const clubs = [
	'fjordvik-ungdomsklubb-sentrum',
	'nordvik-ungdomsklubb',
	'fjordvik-leksehjelp-motested'
];

/** Services (by slug) that are a right first answer for each kind of question. */
const families: Record<string, readonly string[]> = {
	// Hit by a partner, a parent or anyone: the police, 116 111, child welfare on call, the
	// crisis centre (which also takes violence from a boyfriend or girlfriend).
	violence: [
		'nodnummer-112-politi',
		'alarmtelefonen-116111',
		'fjordvik-barnevernvakt',
		'fjordvik-krisesenter'
	],
	danger: ['nodnummer-112-politi'],
	sexual: [
		'nodnummer-112-politi',
		'fjordvik-legevakt',
		'legevakt-116117',
		'fjordvik-overgrepsmottak-stottesenter',
		'alarmtelefonen-116111'
	],
	suicide: ['nodnummer-113-ambulanse', 'mental-helse-116123', 'kirkens-sos'],
	// Heartbreak, anxiety, feeling low: someone to talk to.
	talk,
	lonely: [...talk, ...clubs],
	bullying: ['fjordvik-mobbeombud', 'fjordvik-helsesykepleier-skole', 'kors-pa-halsen'],
	parents_drinking: [
		'fjordvik-rad-om-rus',
		'alarmtelefonen-116111',
		'kors-pa-halsen',
		'fjordvik-helsesykepleier-skole',
		'fjordvik-ung-en-dor-inn'
	],
	drugs: ['fjordvik-rad-om-rus', 'fjordvik-ungdomskontakter', 'fjordvik-ung-en-dor-inn'],
	sexual_health: ['fjordvik-helsestasjon-for-ungdom', 'fjordvik-helsesykepleier-skole'],
	pregnancy: ['fjordvik-jordmor-unge-gravide', 'fjordvik-helsestasjon-for-ungdom'],
	identity: [
		'fjordvik-helsestasjon-for-ungdom',
		'fjordvik-helsesykepleier-skole',
		'ung-no',
		'kors-pa-halsen',
		'fjordvik-psykolog-uten-henvisning'
	],
	eating: [
		'fjordvik-helsestasjon-for-ungdom',
		'fjordvik-helsesykepleier-skole',
		'fjordvik-psykolog-uten-henvisning'
	],
	job_money: ['fjordvik-nav-ungdom', 'fjordvik-ung-en-dor-inn'],
	dropout: ['fjordvik-oppfolgingstjenesten', 'fjordvik-ung-en-dor-inn'],
	housing: ['fjordvik-bolig-for-unge', 'fjordvik-nav-ungdom', 'fjordvik-ung-en-dor-inn'],
	// Thrown out: a place to sleep, and for a minor child welfare on call or 116 111.
	thrown_out: [
		'fjordvik-bolig-for-unge',
		'fjordvik-nav-ungdom',
		'fjordvik-ung-en-dor-inn',
		'fjordvik-barnevernvakt',
		'fjordvik-barnevern',
		'alarmtelefonen-116111'
	],
	homework: ['fjordvik-leksehjelp-motested'],
	leisure: [...clubs, 'fjordvik-ungdomskontakter', 'fjordvik-ung-en-dor-inn'],
	school_nurse: ['fjordvik-helsesykepleier-skole'],
	child_welfare: ['fjordvik-barnevern', 'fjordvik-barnevernvakt']
};

/**
 * `first`: a family, or a list of them where a question holds two needs that each may come
 * first ("they call me fat on snap and now I hardly dare eat"). `acute`: the help-now card's
 * need, or its needs where two fit (drink spiked and woken undressed).
 */
type Question = {
	lang: Language;
	q: string;
	first: string | string[];
	acute: string | string[] | null;
};
const fits = (first: string | string[], slug: string | undefined) =>
	[first].flat().some((f) => f === 'any' || (slug !== undefined && families[f].includes(slug)));

// Tuesday 1 December 2026, 19:30 in Oslo: an ordinary weekday evening (offices closed).
const evening = new Date('2026-12-01T18:30:00Z');

describe('the right kind of help first, in every language', () => {
	it('every question names a known family, and each language has a dozen or more', () => {
		const all = questions as Question[];
		expect(all.filter((x) => [x.first].flat().some((f) => f !== 'any' && !families[f]))).toEqual(
			[]
		);
		for (const lang of ['nb', 'nn', 'en', 'uk', 'pl', 'ar', 'so']) {
			expect(all.filter((x) => x.lang === lang).length).toBeGreaterThanOrEqual(12);
		}
	});

	for (const { lang, q, first, acute } of questions as Question[]) {
		it(`${lang}: "${q}" → ${[first].flat().join(' or ')}${acute ? `, help now (${[acute].flat().join(', ')})` : ''}`, async () => {
			const result = await findServices(
				parseFinderQuery(new URLSearchParams({ q })),
				lang,
				evening
			);
			const got = {
				first: result.services[0]?.slug,
				acute: result.acute?.needs ?? []
			};
			expect({
				first: fits(first, got.first) ? 'ok' : got.first,
				acute: got.acute
			}).toEqual({ first: 'ok', acute: acute ? [acute].flat() : [] });
		});
	}
});
