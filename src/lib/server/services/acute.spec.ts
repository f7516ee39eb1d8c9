import { describe, expect, it } from 'vitest';
import {
	acuteNeedsFor,
	acuteNeedsInText,
	acuteServiceSlugs,
	helpForNeed,
	phraseFiles
} from './acute';
import cases from './acute-cases.json';
import { services } from '../../../../db/seed/services-data';

type Case = { q: string; need: string };
const languages = ['nb', 'nn', 'en', 'uk', 'pl', 'ar', 'so'] as const;

describe('acute-need detection', () => {
	for (const lang of languages) {
		const { positive, negative } = (
			cases as Record<string, { positive: Case[]; negative: string[] }>
		)[lang];
		it(`${lang}: every realistic cry for help is recognised as its need`, () => {
			const missed = positive.filter(({ q, need }) => !acuteNeedsInText(q).includes(need as never));
			expect(missed).toEqual([]);
		});
		it(`${lang}: everyday phrases that only sound alarming are not`, () => {
			const fired = negative.filter((q) => acuteNeedsInText(q).length > 0);
			expect(fired).toEqual([]);
		});
		it(`${lang}: the reviewed near-misses stay quiet in every language`, () => {
			const fired = phraseFiles[lang].not_acute.filter((q) => acuteNeedsInText(q).length > 0);
			expect(fired).toEqual([]);
		});
	}

	it('folds missing æøå, accents and case the way people type on any keyboard', () => {
		expect(acuteNeedsInText('VIL IKKE LEVE LENGER')).toEqual(['suicide']);
		expect(acuteNeedsInText('pappa slar meg')).toEqual(['violence_home']);
		expect(acuteNeedsInText('jeg dør av latter')).toEqual([]);
	});

	it('takes any input without failing: emoji, HTML, FTS syntax, very long text', () => {
		expect(acuteNeedsInText('😢😢😢')).toEqual([]);
		expect(acuteNeedsInText('<script>alert(1)</script>')).toEqual([]);
		expect(acuteNeedsInText('"selvmord"* NEAR(x)')).toEqual(['suicide']);
		expect(acuteNeedsInText('a'.repeat(100_000))).toEqual([]);
	});

	it('"Noen har skadet meg" is acute by itself; "I need help now" without words too', () => {
		expect(acuteNeedsFor('noen-skadet-meg', '', false)).toEqual([
			'violence_home',
			'sexual_assault'
		]);
		expect(acuteNeedsFor('skole', '', false)).toEqual([]);
		expect(acuteNeedsFor(null, '', true)).toEqual(['danger_now']);
		expect(acuteNeedsFor('trist-eller-redd', 'jeg kutter meg', false)).toEqual(['suicide']);
	});

	it('names only services that exist in the demo seed, crisis lines first', () => {
		const slugs = new Set(services.map((s) => s.slug));
		for (const list of Object.values(helpForNeed)) {
			expect(list.filter((slug) => !slugs.has(slug))).toEqual([]);
		}
		expect(acuteServiceSlugs(['suicide'])[0]).toBe('nodnummer-113-ambulanse');
	});
});
