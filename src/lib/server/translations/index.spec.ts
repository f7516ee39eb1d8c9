import { describe, expect, it } from 'vitest';
import { needsReview } from '$lib/server/translations';

describe('needsReview', () => {
	it('marks translations older than the last change of the nb source', () => {
		const revisions = new Map([
			['nb', 200],
			['en', 300],
			['nn', 100]
		]);
		expect([...needsReview(revisions, ['nb', 'en', 'nn', 'ar'])].sort()).toEqual(['ar', 'nn']);
	});

	it('marks nothing while nobody has edited the nb source', () => {
		expect(needsReview(new Map([['en', 100]]), ['nb', 'en', 'ar']).size).toBe(0);
	});
});
