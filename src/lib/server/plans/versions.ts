/**
 * What changed between two versions of a measure, for the "what changed" view after a
 * consultation. Text fields get a word diff (LCS), the rest old → new.
 */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };
export type FieldChange = { field: string; before: string; after: string; parts: DiffPart[] };

export function wordDiff(before: string, after: string): DiffPart[] {
	// Words carry their leading space, so the diff aligns on words, never on bare spaces.
	const a = before.match(/\s*\S+/g) ?? [];
	const b = after.match(/\s*\S+/g) ?? [];
	const same = (x: string, y: string) => x.trim() === y.trim();
	const n = a.length;
	const m = b.length;
	const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			lcs[i][j] = same(a[i], b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
		}
	}
	const parts: DiffPart[] = [];
	const push = (kind: DiffPart['kind'], text: string) => {
		const last = parts.at(-1);
		if (last && last.kind === kind) last.text += text;
		else parts.push({ kind, text });
	};
	let i = 0;
	let j = 0;
	while (i < n && j < m) {
		if (same(a[i], b[j])) {
			push('same', b[j]);
			i++;
			j++;
		} else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('removed', a[i++]);
		else push('added', b[j++]);
	}
	while (i < n) push('removed', a[i++]);
	while (j < m) push('added', b[j++]);
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
