import { describe, expect, it } from 'vitest';
import { diffVersions, nextVersion, wordDiff } from './versions';

describe('wordDiff', () => {
	it('marks words added and removed and keeps the rest', () => {
		// Which side of a change the space between words lands on is jsdiff's choice.
		const appended = wordDiff('Drop-in on Wednesday', 'Drop-in on Wednesday and Friday');
		expect(appended.map((p) => [p.kind, p.text.trim()])).toEqual([
			['same', 'Drop-in on Wednesday'],
			['added', 'and Friday']
		]);
		const parts = wordDiff('open to pupils in 8th grade', 'open to all pupils');
		const added = parts
			.filter((p) => p.kind === 'added')
			.map((p) => p.text)
			.join('');
		const removed = parts
			.filter((p) => p.kind === 'removed')
			.map((p) => p.text)
			.join('');
		expect(added).toContain('all');
		expect(removed).toContain('8th');
		expect(removed).not.toContain('pupils');
	});

	it('rebuilds both texts from the parts', () => {
		const before = 'Samtalegrupper i skoletiden for elever i 9. trinn';
		const after = 'Samtalegrupper etter skoletid for alle elever på ungdomstrinnet';
		const parts = wordDiff(before, after);
		expect(
			parts
				.filter((p) => p.kind !== 'added')
				.map((p) => p.text)
				.join('')
		).toBe(before);
		expect(
			parts
				.filter((p) => p.kind !== 'removed')
				.map((p) => p.text)
				.join('')
		).toBe(after);
	});
});

describe('diffVersions', () => {
	it('lists only the fields that changed', () => {
		const v1 = { title: 'Psykolog på HFU', level: 'selective', ageMax: 24, serviceSlugs: ['hfu'] };
		const v2 = {
			title: 'Psykolog på HFU',
			level: 'universal',
			ageMax: 24,
			serviceSlugs: ['hfu', 'ung']
		};
		const changes = diffVersions(v1, v2, ['title', 'level', 'ageMax', 'serviceSlugs']);
		expect(changes.map((c) => [c.field, c.before, c.after])).toEqual([
			['level', 'selective', 'universal'],
			['serviceSlugs', 'hfu', 'hfu, ung']
		]);
	});
});

describe('nextVersion', () => {
	it('never reuses a number', () => {
		expect(nextVersion([])).toBe(1);
		expect(nextVersion([1, 3, 2])).toBe(4);
	});
});
