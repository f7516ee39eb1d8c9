/**
 * A URL slug from a Norwegian name: `Helsestasjon for ungdom` → `helsestasjon-for-ungdom`.
 * æ, ø and å are spelled out the way Norwegian URLs usually do (ae, o, a) rather than
 * dropped; other accents lose their marks.
 */
export function slugify(name: string, fallback = 'ny'): string {
	const slug = name
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return slug || fallback;
}

/**
 * The first of `base`, `base-2`, `base-3`… that `taken` says is free. Slugs are unique
 * across municipalities (national rows share the table), so `taken` checks the whole table.
 */
export async function uniqueSlug(
	base: string,
	taken: (slug: string) => Promise<boolean>
): Promise<string> {
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? base : `${base}-${n}`;
		if (!(await taken(candidate))) return candidate;
	}
}
