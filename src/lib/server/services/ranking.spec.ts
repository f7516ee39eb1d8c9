import { describe, expect, it } from 'vitest';
import {
	ageFits,
	commonTerms,
	fitScore,
	scoreOfHits,
	termHits,
	textWords,
	rankServices,
	thresholdScore,
	topRanked,
	type Rankable
} from './ranking';
import { searchTerms } from './search';

const base: Rankable = {
	name: 'x',
	acuteOrder: null,
	isEmergency: false,
	openNow: false,
	openOrSoon: false,
	fit: 2,
	ageFits: true,
	isFree: true,
	referralRequired: false,
	canBeAnonymous: false,
	dropIn: false,
	isLocal: true
};
const make = (name: string, over: Partial<Rankable>): Rankable => ({ ...base, name, ...over });
const names = (list: Rankable[]) => list.map((s) => s.name);

describe('ranking rules', () => {
	it('1: for an acute need, the services that answer now come first, in the need’s order', () => {
		const list = [
			make('youth clinic, closed, on topic', { fit: 9, dropIn: true, canBeAnonymous: true }),
			make('116 111', { acuteOrder: 1, openNow: true, fit: 3, isLocal: false }),
			make('112', { acuteOrder: 0, isEmergency: true, openNow: true, fit: 0 })
		];
		expect(names(rankServices(list, false))).toEqual([
			'112',
			'116 111',
			'youth clinic, closed, on topic'
		]);
	});

	it('2: "help now" ticked puts emergency numbers, then what is open now, first', () => {
		const list = [
			make('drop-in clinic', { dropIn: true, canBeAnonymous: true, fit: 5 }),
			make('24/7 helpline', { openNow: true, openOrSoon: true, isLocal: false }),
			make('112', { isEmergency: true, openNow: true, fit: 0, isLocal: false })
		];
		expect(names(rankServices(list, true))).toEqual(['112', '24/7 helpline', 'drop-in clinic']);
		expect(names(rankServices(list, false))[0]).toBe('drop-in clinic');
	});

	it('3: services for the visitor’s age come before those that are not', () => {
		const list = [
			make('NAV 16–29', { ageFits: false, dropIn: true, canBeAnonymous: true, fit: 9 }),
			make('school nurse', {})
		];
		expect(names(rankServices(list, false))).toEqual(['school nurse', 'NAV 16–29']);
		expect(ageFits(14, 16, 29)).toBe(false);
		expect(ageFits(null, 16, 29)).toBe(true);
	});

	it('4: fit beats threshold — a primary service before one that merely also covers the topic', () => {
		const primary = fitScore({
			terms: [],
			name: 'Psykolog',
			summary: '',
			topicFit: 'primary',
			textHit: false
		});
		const covers = fitScore({
			terms: [],
			name: 'UNG',
			summary: '',
			topicFit: 'covers',
			textHit: false
		});
		const list = [
			make('UNG – én dør inn', {
				fit: covers,
				dropIn: true,
				canBeAnonymous: true,
				openOrSoon: true
			}),
			make('Psykolog', { fit: primary })
		];
		expect(names(rankServices(list, false))).toEqual(['Psykolog', 'UNG – én dør inn']);
	});

	it('4: the typed words in the title count strongly ("jeg tror jeg er gravid")', () => {
		const terms = searchTerms('jeg tror jeg er gravid');
		const midwife = fitScore({
			terms,
			name: 'Jordmor for unge – gravid eller kanskje gravid',
			summary: 'Samtale og svangerskapskontroll.',
			topicFit: 'primary',
			textHit: true
		});
		const clinic = fitScore({
			terms,
			name: 'Helsestasjon for ungdom (HFU)',
			summary: 'Prevensjon, graviditetstest og noen å snakke med.',
			topicFit: 'primary',
			textHit: true
		});
		expect(midwife).toBeGreaterThan(clinic);
		// Short words match whole only: "bo" is not the start of "bok".
		expect(
			fitScore({ terms: ['bo'], name: 'Bokkafé', summary: '', topicFit: 'none', textHit: false })
		).toBe(0);
	});

	it('4: a long word meets its other endings; a shorter one, and Arabic, keep theirs', () => {
		const summaryWords = (query: string, summary: string) =>
			fitScore({ terms: searchTerms(query), name: 'X', summary, topicFit: 'none', textHit: false });
		// "I quit school": the follow-up service says "rzucić" (to quit).
		expect(summaryWords('rzuciłem szkołę', 'Myślisz o tym, żeby ją rzucić?')).toBe(2);
		expect(summaryWords('шукаю підробіток', 'Допоможемо знайти підробітку.')).toBe(2);
		// "rodzice" (parents) is not "rodziny" (family), nor "sluttet" "slutta".
		expect(summaryWords('rodzice', 'Pomoc dla rodziny.')).toBe(0);
		expect(summaryWords('sluttet', 'Har du slutta?')).toBe(0);
		// The article starts Arabic words: "المدرسة" (the school) is not "المدرسين" (the teachers).
		expect(summaryWords('المدرسة', 'تحدث مع المدرسين')).toBe(0);
		expect(summaryWords('المدرسة', 'ممرضة الصحة في المدرسة')).toBe(2);
	});

	it('4: asking words and "or", "without", "find" say nothing about the need', () => {
		expect(searchTerms('noen som kan hjelpe meg med norsk innlevering', 'nb')).toEqual([
			'norsk',
			'innlevering',
			'lekse'
		]);
		expect(searchTerms('we had sex without a condom')).toEqual(['sex', 'condom', 'contraception']);
		expect(searchTerms('ciagle jestem smutny i nic mi sie nie chce')).toEqual(['smutny']);
		expect(searchTerms('немає грошей зовсім де знайти підробіток')).toEqual([
			'грошей',
			'підробіток'
		]);
	});

	it('4: an everyday word also searches the word summaries use for it', () => {
		// "Drunk" is said with "drinks" in Ung og rus' summary; a parent's drinking and one's
		// own are both the topic `rus`, so only that word puts the counselling first.
		const counselling = {
			name: 'Young people and drugs – advice',
			summary: 'Talk to someone about alcohol – your own use, or someone you love who drinks.',
			topicFit: 'primary' as const,
			textHit: true
		};
		const outreach = {
			name: 'Youth outreach workers',
			summary: 'Adults who are out where young people are.',
			topicFit: 'primary' as const,
			textHit: false
		};
		const terms = searchTerms('my dad gets drunk and yells at us', 'en');
		expect(fitScore({ terms, ...counselling })).toBeGreaterThan(fitScore({ terms, ...outreach }));
		expect(searchTerms('moj stary chleje codziennie', 'pl')).toEqual(['stary', 'chleje', 'pije']);
		expect(searchTerms('тато бухає кожні вихідні', 'uk')).toEqual(['тато', 'бухає', 'пє']);
		// Another language's word counts too (a Polish parent on the Norwegian page).
		expect(searchTerms('tata chleje', 'nb')).toContain('pije');
	});

	it('4: a word most candidates hold counts little beside one only the right service has', () => {
		// "droppa ut av skolen": "skolen" is in the school nurse's title and in three other
		// summaries; "slutte" (the text word of "droppa") only in the follow-up service's.
		const terms = searchTerms('droppa ut av skolen', 'nb');
		expect(terms).toEqual(['droppa', 'skolen', 'slutte']);
		const services = {
			nurse: ['Helsesykepleier på skolen', 'Du kan snakke med om nesten alt.'],
			followUp: ['Oppfølgingstjenesten (OT)', 'Har du sluttet på videregående?'],
			homework: ['Leksehjelp', 'Gratis hjelp med lekser. Et sted å være etter skolen.'],
			ppt: ['PPT', 'Hjelp når skolen er vanskelig å henge med på.'],
			ombud: ['Mobbeombudet', 'Blir du mobbet, og skolen gjør ikke nok?']
		};
		const hits = Object.fromEntries(
			Object.entries(services).map(([key, [name, summary]]) => [
				key,
				termHits(terms, textWords(name), textWords(summary))
			])
		);
		const common = commonTerms(Object.values(hits), terms.length);
		expect(common).toBe(1 << terms.indexOf('skolen'));
		// Alone, the title word would win (5 against 2); among these candidates it does not.
		expect(scoreOfHits(hits.nurse, 0)).toBeGreaterThan(scoreOfHits(hits.followUp, 0));
		expect(scoreOfHits(hits.followUp, common)).toBeGreaterThan(scoreOfHits(hits.nurse, common));
		// Two holders are not "most": a word a couple of services share keeps its weight.
		expect(commonTerms([hits.nurse, hits.homework], terms.length)).toBe(0);
	});

	it('5: with equal fit, the lowest threshold first', () => {
		const list = [
			make('referral needed', { referralRequired: true }),
			make('free drop-in, anonymous', { dropIn: true, canBeAnonymous: true })
		];
		expect(names(rankServices(list, false))).toEqual([
			'free drop-in, anonymous',
			'referral needed'
		]);
		expect(
			thresholdScore(make('all', { dropIn: true, canBeAnonymous: true, openOrSoon: true }))
		).toBe(5);
	});

	it('6 and 7: local before national, then by name', () => {
		const list = [make('b national', { isLocal: false }), make('c local', {}), make('a local', {})];
		expect(names(rankServices(list, false))).toEqual(['a local', 'c local', 'b national']);
	});
});

describe('the first page of a long ranking', () => {
	it('is the whole ranking cut, ties in their input order, for any page length', () => {
		// A fixed pseudo-random catalogue where many services share every field but an id.
		let seed = 7;
		const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
		const list = Array.from({ length: 400 }, (_, i) => ({
			...make(['Helsestasjon', 'Kirkens SOS', 'Utekontakten', 'Æ-hjelpa'][next(4)], {
				acuteOrder: next(10) === 0 ? next(3) : null,
				isEmergency: next(8) === 0,
				openNow: next(2) === 0,
				openOrSoon: next(2) === 0,
				fit: next(4),
				ageFits: next(5) > 0,
				isFree: next(2) === 0,
				dropIn: next(3) === 0,
				isLocal: next(4) > 0
			}),
			id: i
		}));
		for (const urgent of [false, true])
			for (const count of [0, 1, 20, 40, 399, 400, 401]) {
				const ids = (services: { id: number }[]) => services.map((s) => s.id);
				expect(ids(topRanked(list, urgent, count))).toEqual(
					ids(rankServices(list, urgent).slice(0, count))
				);
			}
	});
});
