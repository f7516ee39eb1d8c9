import type { RequestHandler } from './$types';
import { getServiceAtLocation, languageParameter, onlyParameters } from '$lib/server/services/hsds';
import {
	answering,
	notFoundJson,
	openDataJson,
	preflightResponse
} from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url, params }) =>
	answering(async () => {
		onlyParameters(url, ['lang']);
		const found = await getServiceAtLocation(params.id, languageParameter(url));
		if (!found) return notFoundJson('No public service is at a location with this id');
		return openDataJson(request, found.service, found.lastModified);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
