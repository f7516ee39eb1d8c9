/**
 * Page numbers and pager links for public lists paged with plain links (`?side=N`), so
 * paging works without JavaScript and every page has its own address (activities, plan).
 */

/** `side=N`: missing, not a whole number or below 1 reads as the first page. */
export function pageNumber(params: URLSearchParams, name = 'side'): number {
	const raw = params.get(name);
	const n = raw && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
	return n >= 1 ? n : 1;
}

export type Pager = {
	page: number;
	pages: number;
	total: number;
	/** 1-based positions of the first and last item shown (0 when there is none). */
	from: number;
	to: number;
	previousHref: string | null;
	nextHref: string | null;
};

/**
 * Previous and next links for page `page` of `total` items, `size` a page, keeping the
 * other parameters of `params` (page 1 has no `side`, so it has one address).
 */
export function pagerLinks(
	path: string,
	params: URLSearchParams,
	page: number,
	size: number,
	total: number,
	name = 'side'
): Pager {
	const pages = Math.max(1, Math.ceil(total / size));
	const href = (n: number) => {
		const next = new URLSearchParams(params);
		next.delete(name);
		if (n > 1) next.set(name, String(n));
		const search = next.toString();
		return path + (search ? `?${search}` : '');
	};
	return {
		page,
		pages,
		total,
		from: total === 0 ? 0 : Math.min(total, (page - 1) * size + 1),
		to: Math.min(total, page * size),
		previousHref: page > 1 ? href(Math.min(page - 1, pages)) : null,
		nextHref: page < pages ? href(page + 1) : null
	};
}

/** Rows a page of a staff list (/admin/tjenester, /admin/aktiviteter) shows. */
export const staffPageSize = 100;

/** What a staff list asks for: `?q=` (words of the name, at most 200 characters) and `?side=N`. */
export type StaffListQuery = { search: string; page: number };

export function staffListQuery(url: URL): StaffListQuery {
	return {
		search: (url.searchParams.get('q') ?? '').trim().slice(0, 200),
		page: pageNumber(url.searchParams)
	};
}

/**
 * One page of a staff list, counted and cut in SQL: `count` gives the matching rows, `rows`
 * reads a page of them. A page past the end shows the last page.
 */
export function staffPage<T>(
	path: string,
	url: URL,
	query: StaffListQuery,
	count: () => number,
	rows: (limit: number, offset: number) => T[]
): { rows: T[]; search: string; pager: Pager } {
	const total = count();
	const page = Math.min(query.page, Math.max(1, Math.ceil(total / staffPageSize)));
	return {
		rows: rows(staffPageSize, (page - 1) * staffPageSize),
		search: query.search,
		pager: pagerLinks(path, url.searchParams, page, staffPageSize, total)
	};
}
