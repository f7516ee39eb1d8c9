import { describe, expect, it } from 'vitest';
import { ageFits, rankServices, thresholdScore, type Rankable } from './ranking';

const base: Rankable = {
	name: 'x',
	isEmergency: false,
	openNow: false,
	openOrSoon: false,
	relevance: 2,
	ageFits: true,
	isFree: true,
	referralRequired: false,
	canBeAnonymous: false,
	dropIn: false,
	isLocal: true
};
const make = (name: string, over: Partial<Rankable>): Rankable => ({ ...base, name, ...over });
const names = (list: Rankable[]) => list.map((s) => s.name);

describe('ranking', () => {
	it('puts emergency numbers, then what is open now, first when help is needed now', () => {
		const list = [
			make('drop-in clinic', { dropIn: true, canBeAnonymous: true }),
			make('24/7 helpline', { openNow: true, openOrSoon: true, isLocal: false }),
			make('112', { isEmergency: true, openNow: true, relevance: 0, isLocal: false })
		];
		expect(names(rankServices(list, true))).toEqual(['112', '24/7 helpline', 'drop-in clinic']);
	});

	it('without urgency, emergency numbers get no head start', () => {
		const list = [
			make('112', { isEmergency: true, openNow: true, relevance: 1 }),
			make('psychologist', { relevance: 2 })
		];
		expect(names(rankServices(list, false))).toEqual(['psychologist', '112']);
	});

	it('services that fit the age come before those that do not', () => {
		const list = [
			make('NAV 16–29', { ageFits: false, dropIn: true, canBeAnonymous: true }),
			make('club 13–18', {})
		];
		expect(names(rankServices(list, false))).toEqual(['club 13–18', 'NAV 16–29']);
	});

	it('on-topic services come before text-only matches', () => {
		const list = [
			make('text hit', { relevance: 1, dropIn: true }),
			make('topic', { relevance: 2 })
		];
		expect(names(rankServices(list, false))).toEqual(['topic', 'text hit']);
	});

	it('lowest threshold first: free, no referral, anonymous, drop-in, open soon', () => {
		const bup = make('BUP', { referralRequired: true });
		const psychologist = make('psychologist', { dropIn: true, openOrSoon: true });
		const hfu = make('HFU', { dropIn: true, canBeAnonymous: true, openOrSoon: true });
		expect(thresholdScore(hfu)).toBe(5);
		expect(thresholdScore(bup)).toBe(1);
		expect(names(rankServices([bup, psychologist, hfu], false))).toEqual([
			'HFU',
			'psychologist',
			'BUP'
		]);
	});

	it('local before national when everything else is equal', () => {
		const list = [make('national line', { isLocal: false }), make('local team', {})];
		expect(names(rankServices(list, false))).toEqual(['local team', 'national line']);
	});

	it('ageFits treats a missing age or a missing bound as fitting', () => {
		expect(ageFits(null, 12, 24)).toBe(true);
		expect(ageFits(15, null, 18)).toBe(true);
		expect(ageFits(11, 12, 24)).toBe(false);
		expect(ageFits(25, 12, 24)).toBe(false);
	});
});
