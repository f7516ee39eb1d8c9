import type { RequestHandler } from './$types';
import {
	hsdsPage,
	languageParameter,
	listServiceAtLocations,
	pagingOf
} from '$lib/server/services/hsds';
import { answering, openDataJson, preflightResponse } from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const { page, perPage } = pagingOf(url);
		const { items, lastModified } = await listServiceAtLocations(languageParameter(url));
		return openDataJson(request, hsdsPage(items, page, perPage), lastModified);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
