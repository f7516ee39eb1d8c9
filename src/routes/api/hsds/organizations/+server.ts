import type { RequestHandler } from './$types';
import { listOrganizations, parseListQuery } from '$lib/server/services/hsds';
import {
	answering,
	openDataJson,
	openDataNdjson,
	preflightResponse
} from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const q = parseListQuery(url);
		const { items, page, lastModified } = await listOrganizations(q);
		if (q.format === 'ndjson') return openDataNdjson(request, items, lastModified);
		return openDataJson(request, page, lastModified);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
