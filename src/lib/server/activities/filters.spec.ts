import { describe, expect, it } from 'vitest';
import {
	activeFilterCount,
	filterQuery,
	matchesFilters,
	narrowSchedule,
	parseFilters,
	type Filterable
} from './filters';
import type { Schedule } from './schedule';

const parse = (query: string) => parseFilters(new URLSearchParams(query));

function schedule(byDay: string | null, startTime = '17:30'): Schedule {
	return {
		id: 1,
		byDay,
		startTime,
		endTime: '19:00',
		startDate: '2026-01-06',
		endDate: null,
		timezone: 'Europe/Oslo',
		exceptDates: [],
		cancellations: []
	};
}

const football: Filterable = {
	ageMin: 8,
	ageMax: 12,
	isFree: true,
	areaSlug: 'sentrum',
	category: 'sport',
	wheelchairAccessible: false,
	adapted: false,
	sensoryFriendly: false,
	inLanguage: ['nb', 'en'],
	dropIn: true,
	schedules: [schedule('TU')]
};

const climbing: Filterable = {
	...football,
	ageMin: 10,
	ageMax: 16,
	isFree: false,
	areaSlug: 'fjellheim',
	dropIn: false,
	wheelchairAccessible: true,
	inLanguage: ['nb', 'pl'],
	schedules: [schedule('WE', '17:00'), schedule('SA', '10:00')]
};

describe('reading filters from the query string', () => {
	it('reads the parent scenario: free, age 10, Tuesdays', () => {
		const { filters, errors } = parse('alder=10&gratis=1&dag=tirsdag');
		expect(errors).toEqual([]);
		expect(filters).toEqual({ age: 10, free: true, days: ['TU'] });
	});

	it('ignores unknown parameters and unknown values and keeps the rest', () => {
		const { filters, errors, query } = parse(
			'alder=10&farge=blå&dag=blursdag&dag=torsdag&kategori=hemmelig&tid=natt&tid=kveld&sprak=PL'
		);
		expect(errors).toEqual([]);
		expect(filters).toEqual({ age: 10, days: ['TH'], times: ['evening'], language: 'pl' });
		expect(query).toBe('alder=10&dag=torsdag&tid=kveld&sprak=pl');
	});

	it('says so when the age cannot be right, and drops only that filter', () => {
		for (const age of ['200', '-1', '10.5', 'ti', '26']) {
			const { filters, errors } = parse(`alder=${age}&gratis=1`);
			expect(errors, age).toEqual(['age_invalid']);
			expect(filters, age).toEqual({ free: true });
		}
		expect(parse('alder=0').filters.age).toBe(0);
		expect(parse('alder=25').filters.age).toBe(25);
	});

	it('says so when the end date is before the start date or the range is too long', () => {
		expect(parse('fra=2026-03-10&til=2026-03-01').errors).toEqual(['date_order']);
		expect(parse('fra=2026-02-30').errors).toEqual(['date_invalid']);
		expect(parse('fra=2026-01-01&til=2026-12-31').errors).toEqual(['date_range_too_long']);
		expect(parse('fra=2026-03-01&til=2026-03-14').filters).toEqual({
			from: '2026-03-01',
			to: '2026-03-14'
		});
	});

	it('writes filters back in one stable order, so the same choice is the same URL', () => {
		expect(filterQuery(parse('dag=torsdag&gratis=ja&alder=9&dag=tirsdag').filters)).toBe(
			'alder=9&gratis=1&dag=tirsdag&dag=torsdag'
		);
		expect(activeFilterCount(parse('alder=9&gratis=1&dag=tirsdag&dag=torsdag').filters)).toBe(3);
	});
});

describe('filter combinations', () => {
	const match = (query: string, activity: Filterable) =>
		matchesFilters(activity, parse(query).filters);

	it('matches on age inside the range, ends included', () => {
		expect(match('alder=8', football)).toBe(true);
		expect(match('alder=12', football)).toBe(true);
		expect(match('alder=13', football)).toBe(false);
	});

	it('combines free, weekday and age', () => {
		expect(match('alder=10&gratis=1&dag=tirsdag', football)).toBe(true);
		expect(match('alder=10&gratis=1&dag=tirsdag', climbing)).toBe(false);
		expect(match('alder=10&dag=onsdag', climbing)).toBe(true);
	});

	it('needs one schedule that fits both the day and the time of day', () => {
		// Wednesday 17:00 (evening) and Saturday 10:00 (morning): no Wednesday morning.
		expect(match('dag=onsdag&tid=kveld', climbing)).toBe(true);
		expect(match('dag=lordag&tid=formiddag', climbing)).toBe(true);
		expect(match('dag=onsdag&tid=formiddag', climbing)).toBe(false);
	});

	it('filters on area, category, access, language and drop-in', () => {
		expect(match('omrade=fjellheim', climbing)).toBe(true);
		expect(match('omrade=fjellheim', football)).toBe(false);
		expect(match('kategori=sport', football)).toBe(true);
		expect(match('kategori=culture', football)).toBe(false);
		expect(match('tilrettelagt=1', climbing)).toBe(true);
		expect(match('tilrettelagt=1', football)).toBe(false);
		expect(match('sprak=pl', climbing)).toBe(true);
		expect(match('sprak=pl', football)).toBe(false);
		expect(match('dropin=1', football)).toBe(true);
		expect(match('dropin=1', climbing)).toBe(false);
	});

	it('narrows a weekday schedule to the days asked for', () => {
		const weekdays = schedule('MO,TU,WE,TH,FR', '10:00');
		expect(narrowSchedule(weekdays, parse('dag=tirsdag').filters)?.byDay).toBe('TU');
		expect(narrowSchedule(weekdays, parse('dag=lordag').filters)).toBeUndefined();
		expect(narrowSchedule(weekdays, parse('tid=kveld').filters)).toBeUndefined();
		expect(narrowSchedule(weekdays, parse('').filters)).toBe(weekdays);
	});
});
