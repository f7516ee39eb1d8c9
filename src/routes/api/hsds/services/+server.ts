import type { RequestHandler } from './$types';
import { listServices, parseServiceQuery } from '$lib/server/services/hsds';
import { answering, openDataJson, preflightResponse } from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const { page, lastModified } = await listServices(parseServiceQuery(url));
		return openDataJson(request, page, lastModified);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
