import type { RequestHandler } from './$types';
import {
	hsdsLastModified,
	hsdsPage,
	matchesSearch,
	parseListQuery,
	taxonomies
} from '$lib/server/services/hsds';
import {
	answering,
	openDataJson,
	openDataNdjson,
	preflightResponse
} from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const q = parseListQuery(url);
		const items = taxonomies.filter((t) => matchesSearch(q.search, t.name, t.description));
		const lastModified = await hsdsLastModified();
		if (q.format === 'ndjson') return openDataNdjson(request, items, lastModified);
		return openDataJson(request, hsdsPage(items, q.page, q.perPage), lastModified);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
