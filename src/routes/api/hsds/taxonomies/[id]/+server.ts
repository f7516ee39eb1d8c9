import type { RequestHandler } from './$types';
import { getTaxonomy, hsdsLastModified, onlyParameters } from '$lib/server/services/hsds';
import {
	answering,
	notFoundJson,
	openDataJson,
	preflightResponse
} from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url, params }) =>
	answering(async () => {
		onlyParameters(url, []);
		const found = getTaxonomy(params.id);
		if (!found) return notFoundJson('No taxonomy has this id');
		return openDataJson(request, found, await hsdsLastModified());
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
