import type { RequestHandler } from './$types';
import { hsdsLastModified, hsdsProfile, hsdsVersion } from '$lib/server/services/hsds';
import { openDataJson, openDataLicence, preflightResponse } from '$lib/server/opendata/http';

// `/api/hsds/` is the address the HSDS API spec gives; answer with and without the slash.
export const trailingSlash = 'ignore';

export const GET: RequestHandler = async ({ request, url }) =>
	openDataJson(
		request,
		{
			version: hsdsVersion,
			profile: hsdsProfile,
			openapi_url: `${url.origin}/api/hsds/openapi.json`,
			license: openDataLicence
		},
		await hsdsLastModified()
	);

export const OPTIONS: RequestHandler = () => preflightResponse();
