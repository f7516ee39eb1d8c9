import type { RequestHandler } from './$types';
import { listServices, parseServiceQuery } from '$lib/server/services/hsds';
import {
	answering,
	openDataJson,
	openDataNdjson,
	preflightResponse
} from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const query = parseServiceQuery(url);
		const { page, items, lastModified } = await listServices(query);
		if (query.format === 'ndjson') return openDataNdjson(request, items, lastModified);
		return openDataJson(request, page, lastModified);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
