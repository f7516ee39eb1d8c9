import type { RequestHandler } from './$types';
import { openApiDocument } from '$lib/server/services/openapi';
import { openDataJson, preflightResponse } from '$lib/server/opendata/http';

export const GET: RequestHandler = ({ request, url }) =>
	openDataJson(request, openApiDocument(url.origin), null);

export const OPTIONS: RequestHandler = () => preflightResponse();
