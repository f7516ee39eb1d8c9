import type { FinderQuery } from '$lib/types/services';

/** The filters as URL query parameters (for links that keep them). */
export function finderQueryString(query: Partial<FinderQuery>): string {
	const params = new URLSearchParams();
	if (query.q) params.set('q', query.q);
	if (query.age !== null && query.age !== undefined) params.set('alder', String(query.age));
	if (query.urgent) params.set('na', '1');
	if (query.free) params.set('gratis', '1');
	if (query.noReferral) params.set('uten-henvisning', '1');
	if (query.anonymous) params.set('anonym', '1');
	if (query.dropIn) params.set('drop-in', '1');
	if (query.openNow) params.set('apent', '1');
	if (query.forFriend) params.set('for', 'venn');
	// Slugs are [a-z0-9-], so the list needs no escaping; a plain comma keeps a shared link readable.
	const text = [params.toString(), chosenParam(query.chosen ?? [])].filter(Boolean).join('&');
	return text ? `?${text}` : '';
}

/** `valgt=a,b` for a list of picked services, or '' for none. */
export function chosenParam(chosen: readonly string[]): string {
	return chosen.length > 0 ? `valgt=${chosen.map(encodeURIComponent).join(',')}` : '';
}

/** The address of the shared list page for these services (path and query). */
export function chosenListQuery(chosen: readonly string[]): string {
	const param = chosenParam(chosen);
	return param ? `?${param}` : '';
}
