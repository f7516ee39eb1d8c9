import type { RequestHandler } from './$types';
import { hsdsLastModified, hsdsPage, listTaxonomyTerms, pagingOf } from '$lib/server/services/hsds';
import { answering, openDataJson, preflightResponse } from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const { page, perPage } = pagingOf(url);
		const terms = await listTaxonomyTerms();
		return openDataJson(request, hsdsPage(terms, page, perPage), await hsdsLastModified());
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
