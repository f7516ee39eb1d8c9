import { describe, expect, it } from 'vitest';
import {
	parseFocusAreaForm,
	parseIndicatorForm,
	parseIndicatorValueForm,
	parseMeasureForm
} from './measure-form';
import { slugify, uniqueSlug } from '$lib/server/slug';

function formData(fields: Record<string, string | string[]>): FormData {
	const form = new FormData();
	for (const [k, v] of Object.entries(fields))
		for (const item of Array.isArray(v) ? v : [v]) form.append(k, item);
	return form;
}

const choices = { focusAreaIds: [1, 2], serviceIds: [10, 11, 12], roundIds: [5] };
const valid = {
	title: 'Psykolog uten henvisning',
	description: 'Rask hjelp for unge.',
	level: 'selective',
	focusAreaId: '2',
	targetGroup: 'Unge 12–24 år',
	ageMin: '12',
	ageMax: '24',
	responsible: 'Helsestasjon for ungdom',
	status: 'active',
	periodStart: '2025',
	periodEnd: '2028',
	serviceIds: ['11', '10', '11']
};

describe('parseMeasureForm', () => {
	it('accepts a complete measure and keeps the order services were ticked, once each', () => {
		const parsed = parseMeasureForm(formData(valid), choices);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.value).toMatchObject({
			focusAreaId: 2,
			ageMin: 12,
			ageMax: 24,
			periodStart: 2025,
			periodEnd: 2028,
			serviceIds: [11, 10],
			titleEn: null,
			roundId: null
		});
	});

	it('refuses a service that is not offered (another municipality, unpublished, made up)', () => {
		const parsed = parseMeasureForm(formData({ ...valid, serviceIds: ['10', '99'] }), choices);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({ serviceIds: 'unknown_service' });
		// What was typed and ticked comes back so nothing is lost.
		expect(parsed.values.serviceIds).toEqual(['10', '99']);
		expect(parsed.values.title).toBe(valid.title);
	});

	it('gives one message per wrong field', () => {
		const parsed = parseMeasureForm(
			formData({
				...valid,
				title: ' ',
				level: 'red',
				focusAreaId: '3',
				ageMin: '',
				periodEnd: '2024',
				roundId: '6',
				serviceIds: []
			}),
			choices
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({
			title: 'required',
			level: 'not_in_list',
			focusAreaId: 'not_in_list',
			ageMin: 'age_both',
			periodEnd: 'period_order',
			roundId: 'not_in_list'
		});
	});

	it('checks ages and years as whole numbers in range, and their order', () => {
		const bad = (fields: Record<string, string>) => {
			const p = parseMeasureForm(formData({ ...valid, ...fields }), choices);
			return p.ok ? null : p.errors;
		};
		expect(bad({ ageMin: '12.5' })).toEqual({ ageMin: 'age_invalid' });
		expect(bad({ ageMax: '99' })).toEqual({ ageMax: 'age_invalid' });
		expect(bad({ ageMin: '18', ageMax: '13' })).toEqual({ ageMax: 'age_order' });
		expect(bad({ ageMin: '', ageMax: '' })).toBeNull();
		expect(bad({ periodStart: 'tjuefemten' })).toEqual({ periodStart: 'year_invalid' });
		expect(bad({ periodStart: '' })).toEqual({ periodStart: 'required' });
	});

	it('says "too long" rather than cutting the text', () => {
		const parsed = parseMeasureForm(formData({ ...valid, title: 'x'.repeat(301) }), choices);
		expect(parsed.ok ? null : parsed.errors).toEqual({ title: 'too_long' });
	});
});

describe('parseIndicatorForm', () => {
	const indicator = {
		name: 'Unge som fikk tilbud innen 14 dager',
		source: 'municipal',
		unit: '%',
		baseline: '64,5',
		baselineYear: '2023',
		target: '95',
		targetYear: '2026'
	};
	it('reads Norwegian decimal commas', () => {
		const parsed = parseIndicatorForm(formData(indicator));
		expect(parsed.ok ? parsed.value : null).toMatchObject({ baseline: 64.5, target: 95 });
	});
	it('refuses an unknown source, a non-number and a target year before the baseline', () => {
		const parsed = parseIndicatorForm(
			formData({ ...indicator, source: 'facebook', target: 'mye', targetYear: '2020' })
		);
		expect(parsed.ok ? null : parsed.errors).toEqual({
			source: 'not_in_list',
			target: 'number_invalid',
			targetYear: 'target_year_order'
		});
	});
});

describe('parseIndicatorValueForm', () => {
	const today = '2026-11-22';
	it('accepts a real date up to today', () => {
		const parsed = parseIndicatorValueForm(
			formData({ measuredOn: '2026-11-22', value: '81' }),
			today
		);
		expect(parsed.ok ? parsed.value : null).toEqual({ measuredOn: '2026-11-22', value: 81 });
	});
	it('refuses dates that do not exist or have not happened', () => {
		const errors = (measuredOn: string) => {
			const p = parseIndicatorValueForm(formData({ measuredOn, value: '1' }), today);
			return p.ok ? null : p.errors.measuredOn;
		};
		expect(errors('2026-02-30')).toBe('date_invalid');
		expect(errors('22.11.2026')).toBe('date_invalid');
		expect(errors('2026-11-23')).toBe('date_future');
		expect(errors('')).toBe('required');
	});
});

describe('parseFocusAreaForm', () => {
	it('needs a name', () => {
		const parsed = parseFocusAreaForm(formData({ title: '', description: 'Noe' }));
		expect(parsed.ok ? null : parsed.errors).toEqual({ title: 'required' });
		expect(parsed.values.description).toBe('Noe');
	});
});

describe('slugs', () => {
	it('turns Norwegian titles into URL keys and never repeats one', () => {
		expect(slugify('Læring og mestring – på skolen!', 'tiltak')).toBe(
			'laering-og-mestring-pa-skolen'
		);
		expect(slugify('…', 'tiltak')).toBe('tiltak');
		expect(uniqueSlug('ny', new Set(['ny', 'ny-2']))).toBe('ny-3');
	});
});
