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
 * The first of `base`, `base-2`, `base-3`… that `taken` says is free. Synchronous, so it
 * can run inside the transaction that then inserts the row (nobody can take it between).
 * `taken` is a set of slugs or a lookup, scoped by the caller (per municipality).
 */
export function uniqueSlug(
	base: string,
	taken: ReadonlySet<string> | ((slug: string) => boolean)
): string {
	const isTaken = typeof taken === 'function' ? taken : (slug: string) => taken.has(slug);
	for (let n = 1; ; n++) {
		const candidate = n === 1 ? base : `${base}-${n}`;
		if (!isTaken(candidate)) return candidate;
	}
}
