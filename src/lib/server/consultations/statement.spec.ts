import { describe, expect, it } from 'vitest';
import { aggregateMeasure } from './aggregate';
import { generateStatement, parseStatement } from './statement';
import { csvCell } from '$lib/server/opendata/csv';
import { responsesCsv } from './responses-csv';

const agg = aggregateMeasure(1, [
	{
		stance: 'support',
		importance: 5,
		comment: 'Bra',
		suggestedChange: '',
		signedName: null,
		answerId: 1
	},
	{
		stance: 'support_with_changes',
		importance: 4,
		comment: '',
		suggestedChange: 'Åpent\nogså fredag',
		signedName: 'Ida',
		answerId: 2
	}
]);

describe('generateStatement', () => {
	const md = generateStatement({
		roundTitle: 'Høring 2026',
		planTitle: 'Tiltaksplan',
		councilName: 'Ungdomsrådet',
		invited: 5,
		submitted: 2,
		measures: [{ title: 'Psykolog på HFU', level: 'selective', rank: 1, aggregate: agg }],
		advice: [
			{ focusArea: 'Medvirkning', items: ['Spør oss tidlig'] },
			{ focusArea: 'Tom', items: [] }
		]
	});

	it('carries counts, signed names and advice, one line per input', () => {
		expect(md).toContain('2 av 5 medlemmer');
		expect(md).toContain('- Svar: 2 (1 støtter, 1 støtter med endringer)');
		expect(md).toContain('- Viktighet: 4,5 av 5');
		expect(md).toContain('- Forslag til endring: Åpent også fredag (Ida)');
		expect(md).toContain('- Kommentar: Bra\n');
		expect(md).toContain('### Medvirkning');
		expect(md).not.toContain('### Tom');
	});

	it('puts class-code reactions beside the council’s own answers, small groups not counted out', () => {
		const withClasses = generateStatement({
			roundTitle: 'Høring 2026',
			planTitle: 'Tiltaksplan',
			councilName: 'Ungdomsrådet',
			invited: 5,
			submitted: 2,
			classAnswers: 7,
			measures: [
				{
					title: 'Psykolog på HFU',
					level: 'selective',
					rank: 1,
					aggregate: agg,
					classReactions: [
						{ reaction: 'agree', count: { count: 6 } },
						{ reaction: 'disagree', count: { fewerThan: 5 } },
						{ reaction: 'not_sure', count: { fewerThan: 5 } }
					]
				}
			],
			advice: []
		});
		expect(withClasses).toContain('I tillegg svarte 7 unge med klassekoder');
		expect(withClasses).toContain(
			'- Svar: 2 (1 støtter, 1 støtter med endringer)\n- Viktighet: 4,5 av 5 (spredning 0,5)\n- Unge med klassekoder: 6 enige, færre enn 5 uenige, færre enn 5 vet ikke'
		);
		// No class-code line when nobody answered with a code.
		expect(md).not.toContain('Unge med klassekoder');
	});

	it('parses back into headings, lists and paragraphs', () => {
		const blocks = parseStatement(md);
		expect(blocks[0]).toEqual({ kind: 'h1', text: 'Uttalelse fra Ungdomsrådet: Høring 2026' });
		expect(blocks).toContainEqual({ kind: 'ol', items: ['Psykolog på HFU'] });
		expect(blocks.filter((b) => b.kind === 'h3').length).toBe(2);
	});

	it('keeps markup in member text as text', () => {
		expect(parseStatement('<script>x</script>')).toEqual([
			{ kind: 'p', text: '<script>x</script>' }
		]);
	});
});

describe('responsesCsv', () => {
	it('starts with a BOM, quotes separators and defuses formulas', () => {
		const csv = responsesCsv([
			{
				respondent: 1,
				measure: 'HFU; psykolog',
				stance: 'support',
				importance: 5,
				comment: '=1+1',
				suggestedChange: 'Si "hei"'
			}
		]);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv).toContain('1;"HFU; psykolog";support;5;\'=1+1;"Si ""hei"""\r\n');
	});

	it('writes no name or account of the member, even when the row carries them', () => {
		// As the database row would have them: a signed answer by Ida, account 42.
		const signed = {
			respondent: 1,
			measure: 'Psykolog på HFU',
			stance: 'support' as const,
			importance: 4,
			comment: 'Bra',
			suggestedChange: '',
			signedName: 'Ida Hansen',
			userId: 42
		};
		const csv = responsesCsv([signed]);
		expect(csv).toContain('Psykolog på HFU');
		expect(csv).not.toMatch(/Ida|user|42/);
	});

	it('leaves negative numbers alone', () => {
		expect(csvCell(-1)).toBe('-1');
	});
});
