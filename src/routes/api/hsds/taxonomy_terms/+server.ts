import type { RequestHandler } from './$types';
import {
	hsdsLastModified,
	hsdsPage,
	listTaxonomyTerms,
	matchesSearch,
	parseListQuery
} from '$lib/server/services/hsds';
import {
	answering,
	openDataJson,
	openDataNdjson,
	preflightResponse
} from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const q = parseListQuery(url, ['taxonomy_id', 'top_only', 'parent_id']);
		const taxonomyId = url.searchParams.get('taxonomy_id');
		const parentId = url.searchParams.get('parent_id');
		// The terms are flat: every term is a top term, and none has a parent.
		const items = (await listTaxonomyTerms()).filter(
			(t) =>
				!parentId &&
				(!taxonomyId || t.taxonomy_id === taxonomyId) &&
				matchesSearch(q.search, t.code, t.name, t.description)
		);
		const lastModified = await hsdsLastModified();
		if (q.format === 'ndjson') return openDataNdjson(request, items, lastModified);
		return openDataJson(request, hsdsPage(items, q.page, q.perPage), lastModified);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
