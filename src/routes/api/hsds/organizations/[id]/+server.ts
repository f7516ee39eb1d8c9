import type { RequestHandler } from './$types';
import { getOrganization, languageParameter, onlyParameters } from '$lib/server/services/hsds';
import {
	answering,
	notFoundJson,
	openDataJson,
	preflightResponse
} from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url, params }) =>
	answering(async () => {
		onlyParameters(url, ['lang']);
		const found = await getOrganization(params.id, languageParameter(url));
		if (!found) return notFoundJson('No organization with a public service has this id');
		return openDataJson(request, found.organization, found.lastModified);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
