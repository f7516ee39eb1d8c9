import { diffWords } from 'diff';
import type { DiffPart, FieldChange } from '$lib/types/plans';

/**
 * What changed between two versions of a measure, for the "what changed" view after a
 * consultation. Text fields get a word diff (jsdiff's `diffWords`, which compares words and
 * keeps the spaces with them), the rest old → new.
 */
export type { DiffPart, FieldChange };

/** Parts that rebuild `before` (all but added) and `after` (all but removed). */
export function wordDiff(before: string, after: string): DiffPart[] {
	const parts: DiffPart[] = [];
	for (const change of diffWords(before, after)) {
		const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
		const last = parts.at(-1);
		if (last && last.kind === kind) last.text += change.value;
		else if (change.value) parts.push({ kind, text: change.value });
	}
	return parts;
}

/** The fields of two versions that differ, in the order given. */
export function diffVersions<T extends Record<string, unknown>>(
	before: T,
	after: T,
	fields: readonly (keyof T & string)[]
): FieldChange[] {
	const changes: FieldChange[] = [];
	for (const field of fields) {
		const b = formatValue(before[field]);
		const a = formatValue(after[field]);
		if (a === b) continue;
		changes.push({ field, before: b, after: a, parts: wordDiff(b, a) });
	}
	return changes;
}

function formatValue(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.join(', ');
	return String(value);
}

/** The version number the next change gets; versions are never rewritten. */
export function nextVersion(existing: readonly number[]): number {
	return existing.length ? Math.max(...existing) + 1 : 1;
}
