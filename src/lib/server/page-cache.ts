import type { Handle } from '@sveltejs/kit';

/**
 * A short-lived cache of anonymous GET responses (pages and their `__data.json`).
 *
 * Public pages are the same for every visitor: no cookie, no personalisation, and the CSP
 * uses hashes rather than per-request nonces, so the bytes only depend on the URL. Keeping
 * each for a few seconds lets the portal take a rush of visitors (a school assembly that
 * all open the finder at once) on one small machine. "Open now" may be that many seconds
 * old. Anything with a cookie, an Authorization header, a Set-Cookie or `private`/
 * `no-store` caching is never stored; staff edits call `invalidatePublicPages()`.
 *
 * `PAGE_CACHE_SECONDS` (default 10) sets the lifetime; 0 turns the cache off.
 */
const lifetimeMs = Number(process.env.PAGE_CACHE_SECONDS ?? 10) * 1000;
const maxEntries = 1000;

type Entry = { expires: number; status: number; headers: [string, string][]; body: ArrayBuffer };
const entries = new Map<string, Entry>();

let generation = 0;

export function invalidatePublicPages(): void {
	entries.clear();
	generation++;
}

/**
 * Counts invalidations, so a module that keeps its own short-lived copy of public data
 * (the open-data API) drops it whenever a page would be dropped.
 */
export function publicDataGeneration(): number {
	return generation;
}

export const publicPageCache: Handle = async ({ event, resolve }) => {
	const request = event.request;
	if (
		lifetimeMs <= 0 ||
		request.method !== 'GET' ||
		request.headers.has('cookie') ||
		request.headers.has('authorization')
	) {
		return resolve(event);
	}
	const key = event.url.pathname + event.url.search;
	const now = Date.now();
	const hit = entries.get(key);
	if (hit && hit.expires > now) {
		return new Response(hit.body, { status: hit.status, headers: hit.headers });
	}
	const response = await resolve(event);
	const cacheControl = response.headers.get('cache-control') ?? '';
	if (
		(response.status !== 200 && response.status !== 404) ||
		response.headers.has('set-cookie') ||
		/private|no-store/.test(cacheControl) ||
		response.body === null
	) {
		return response;
	}
	const body = await response.arrayBuffer();
	if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
	const entry: Entry = {
		expires: now + lifetimeMs,
		status: response.status,
		headers: [...response.headers],
		body
	};
	entries.set(key, entry);
	return new Response(body, { status: entry.status, headers: entry.headers });
};
