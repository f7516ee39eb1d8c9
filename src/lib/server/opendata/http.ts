import { createHash } from 'node:crypto';

/** Open data licence for everything the APIs publish: Norwegian Licence for Open Government Data. */
export const openDataLicence = 'https://data.norge.no/nlod/en/2.0';

/** Thrown by parameter parsers; the route turns it into a 400 with a JSON body. */
export class BadParameter extends Error {
	constructor(
		readonly parameter: string,
		message: string
	) {
		super(message);
	}
}

const corsHeaders = {
	'access-control-allow-origin': '*',
	'access-control-allow-methods': 'GET, HEAD, OPTIONS',
	'access-control-allow-headers': 'If-None-Match, If-Modified-Since',
	'access-control-expose-headers': 'ETag, Last-Modified, Link',
	// Other sites may read the data; overrides the portal's same-origin default.
	'cross-origin-resource-policy': 'cross-origin'
};

export function preflightResponse(): Response {
	return new Response(null, { status: 204, headers: corsHeaders });
}

export function badRequest(error: BadParameter): Response {
	return new Response(
		JSON.stringify({ error: 'bad_request', parameter: error.parameter, message: error.message }),
		{
			status: 400,
			headers: { ...corsHeaders, 'content-type': 'application/json; charset=utf-8' }
		}
	);
}

export function notFoundJson(message: string): Response {
	return new Response(JSON.stringify({ error: 'not_found', message }), {
		status: 404,
		headers: { ...corsHeaders, 'content-type': 'application/json; charset=utf-8' }
	});
}

/**
 * A JSON answer with CORS, a strong ETag over the bytes and Last-Modified from the data;
 * answers 304 when the client's copy is current (If-None-Match wins over If-Modified-Since,
 * as RFC 9110 says).
 */
type OpenDataOptions = { cacheControl?: string; etag?: string } & (
	| { text?: string; chunks?: undefined }
	| {
			/** The body in parts, sent as they are (the RPDE feed); the caller knows their hash. */
			chunks: { parts: readonly Uint8Array[]; length: number };
			etag: string;
			text?: undefined;
	  }
);

export function openDataJson(
	request: Request,
	body: unknown,
	lastModified: Date | null,
	contentType = 'application/json; charset=utf-8',
	options: OpenDataOptions = {}
): Response {
	const text = options.chunks ? null : (options.text ?? JSON.stringify(body));
	const etag = options.etag ?? strongEtag(text ?? '');
	const headers: Record<string, string> = {
		...corsHeaders,
		'content-type': contentType,
		etag,
		'cache-control': options.cacheControl ?? 'public, max-age=60',
		vary: 'Accept-Encoding',
		// The licence travels with every answer, outside the bodies whose schemas have no place for it.
		link: `<${openDataLicence}>; rel="license"`
	};
	if (lastModified) headers['last-modified'] = lastModified.toUTCString();
	if (isNotModified(request, etag, lastModified)) {
		return new Response(null, { status: 304, headers });
	}
	if (options.chunks) {
		const { parts, length } = options.chunks;
		headers['content-length'] = String(length);
		// A stream's chunks are not copied; a Uint8Array body is, whole, by the Response.
		const stream = new ReadableStream<Uint8Array>({
			start(controller) {
				for (const part of parts) controller.enqueue(part);
				controller.close();
			}
		});
		return new Response(stream, { status: 200, headers });
	}
	return new Response(text, { status: 200, headers });
}

function strongEtag(text: string): string {
	return `"${createHash('sha1').update(text).digest('base64url')}"`;
}

function isNotModified(request: Request, etag: string, lastModified: Date | null): boolean {
	const ifNoneMatch = request.headers.get('if-none-match');
	if (ifNoneMatch !== null) {
		return ifNoneMatch
			.split(',')
			.map((tag) => tag.trim().replace(/^W\//, ''))
			.some((tag) => tag === etag || tag === '*');
	}
	const ifModifiedSince = request.headers.get('if-modified-since');
	if (ifModifiedSince !== null && lastModified) {
		const since = Date.parse(ifModifiedSince);
		return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
	}
	return false;
}

/** A positive integer query parameter within bounds, or the default when absent. */
export function integerParameter(
	url: URL,
	name: string,
	fallback: number | null,
	min: number,
	max: number
): number | null {
	const raw = url.searchParams.get(name);
	if (raw === null || raw === '') return fallback;
	if (!/^\d+$/.test(raw)) throw new BadParameter(name, `${name} must be a whole number`);
	const value = Number(raw);
	if (value < min || value > max)
		throw new BadParameter(name, `${name} must be between ${min} and ${max}`);
	return value;
}

/** Newline-delimited JSON (HSDS `format=ndjson`): the whole list, one object a line. */
export function openDataNdjson(request: Request, items: unknown[], lastModified: Date | null) {
	const text = items.map((i) => JSON.stringify(i)).join('\n') + (items.length ? '\n' : '');
	return openDataJson(request, null, lastModified, 'application/x-ndjson; charset=utf-8', { text });
}

/** Runs an API handler and turns BadParameter into the 400 JSON answer. */
export async function answering(work: () => Promise<Response>): Promise<Response> {
	try {
		return await work();
	} catch (error) {
		if (error instanceof BadParameter) return badRequest(error);
		throw error;
	}
}
