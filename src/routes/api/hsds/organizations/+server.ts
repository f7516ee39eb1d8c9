import type { RequestHandler } from './$types';
import {
	hsdsPage,
	languageParameter,
	listOrganizations,
	pagingOf
} from '$lib/server/services/hsds';
import { answering, openDataJson, preflightResponse } from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		const { page, perPage } = pagingOf(url);
		const { organizations, lastModified } = await listOrganizations(languageParameter(url));
		return openDataJson(request, hsdsPage(organizations, page, perPage), lastModified);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
