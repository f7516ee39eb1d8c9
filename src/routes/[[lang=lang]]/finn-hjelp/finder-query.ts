import type { FinderQuery, FinderResult } from '$lib/types/services';

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

/** Previous and next page links for the results, every other parameter kept. */
export function finderPager(
	url: URL,
	result: Pick<FinderResult, 'page' | 'pages' | 'pageSize' | 'total'>
) {
	const href = (n: number) => {
		const params = new URLSearchParams(url.search);
		params.delete('side');
		if (n > 1) params.set('side', String(n));
		const search = params.toString();
		return url.pathname + (search ? `?${search}` : '');
	};
	const { page, pages, pageSize, total } = result;
	return {
		pages,
		total,
		from: total === 0 ? 0 : (page - 1) * pageSize + 1,
		to: Math.min(total, page * pageSize),
		previousHref: page > 1 ? href(page - 1) : null,
		nextHref: page < pages ? href(page + 1) : null
	};
}
