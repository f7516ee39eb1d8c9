import { describe, expect, it } from 'vitest';
import { buildNeedsPicture, lastMonths, needsPictureCsv, type NeedsRow } from './needs-picture';

const months = ['2026-11', '2026-12'];

describe('the needs picture', () => {
	const rows: NeedsRow[] = [
		{ month: '2026-11', kind: 'topic', topic: 'mobbing', lang: 'nb', count: 12 },
		{ month: '2026-12', kind: 'topic', topic: 'mobbing', lang: 'nb', count: 6 },
		{ month: '2026-12', kind: 'topic', topic: 'mobbing', lang: 'ar', count: 5 },
		{ month: '2026-12', kind: 'topic', topic: 'bolig', lang: 'uk', count: 3 },
		{ month: '2026-12', kind: 'empty', topic: '', lang: 'pl', count: 11 },
		{ month: '2026-12', kind: 'empty', topic: 'rus', lang: 'so', count: 2 }
	];
	const picture = buildNeedsPicture(rows, months, '2026-12-01');

	it('sums topics per month across languages, and hides every group under 10', () => {
		const mobbing = picture.topics.find((t) => t.topic === 'mobbing')!;
		expect(mobbing.byMonth).toEqual([12, 11]);
		expect(mobbing.total).toBe(23);
		const bolig = picture.topics.find((t) => t.topic === 'bolig')!;
		expect(bolig.byMonth).toEqual([null, null]);
		expect(bolig.total).toBeNull();
		expect(picture.languages).toEqual([
			{ lang: 'ar', total: null },
			{ lang: 'nb', total: 18 },
			{ lang: 'uk', total: null }
		]);
	});

	it('counts searches that found nothing by language and topic, small groups left out', () => {
		expect(picture.empty).toEqual([{ lang: 'pl', topic: '', count: 11 }]);
		expect(picture.emptyHidden).toBe(1);
	});

	it('never writes a hidden group into the CSV', () => {
		const csv = needsPictureCsv(picture);
		expect(csv).toContain('topic;mobbing;;2026-11;12');
		expect(csv).not.toContain('bolig');
		expect(csv).not.toMatch(/;[1-9]\r?\n/);
	});

	it('names the last months oldest first', () => {
		expect(lastMonths(3, new Date('2026-01-15T12:00:00Z'))).toEqual([
			'2025-11',
			'2025-12',
			'2026-01'
		]);
	});
});
