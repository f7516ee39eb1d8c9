import type { RequestHandler } from './$types';
import { hsdsPage, listOrganizations, parseListQuery } from '$lib/server/services/hsds';
import {
	answering,
	openDataJson,
	openDataNdjson,
	preflightResponse
} from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const q = parseListQuery(url);
		const { organizations, lastModified } = await listOrganizations(q.lang, q.search);
		if (q.format === 'ndjson') return openDataNdjson(request, organizations, lastModified);
		return openDataJson(request, hsdsPage(organizations, q.page, q.perPage), lastModified);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
