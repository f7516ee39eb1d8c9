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
	const text = params.toString();
	return text ? `?${text}` : '';
}
