import type { RequestHandler } from './$types';
import {
	hsdsLastModified,
	hsdsProfile,
	hsdsVersion,
	onlyParameters
} from '$lib/server/services/hsds';
import { answering, openDataJson, preflightResponse } from '$lib/server/opendata/http';

// `/api/hsds/` is the address the HSDS API spec gives; answer with and without the slash.
export const trailingSlash = 'ignore';

export const GET: RequestHandler = ({ request, url }) =>
	answering(async () => {
		onlyParameters(url, []);
		return openDataJson(
			request,
			{
				version: hsdsVersion,
				profile: hsdsProfile,
				// The licence is in the Link header and the OpenAPI info; this schema has no place for it.
				openapi_url: `${url.origin}/api/hsds/openapi.json`
			},
			await hsdsLastModified()
		);
	});

export const OPTIONS: RequestHandler = () => preflightResponse();
