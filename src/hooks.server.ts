import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import cluster from 'node:cluster';
import { building } from '$app/environment';
import { directionOf, languageOfPath } from '$lib/i18n/languages';
import { isMapPath, tileConfig, withImageSource } from '$lib/server/activities/map-tiles';
import { sessionHandle } from '$lib/server/auth/handle';
import { database } from '$lib/server/db';
import { bumpContentGeneration, contentGeneration, dataVersion } from '$lib/server/db/client';
import { compressResponse } from '$lib/server/compression';
import { withLangAndDir } from '$lib/server/html-lang';
import { startFollowUpReminders } from '$lib/server/consultations/follow-up-reminders';
import { publicPageCache, watchContentGeneration, watchDataVersion } from '$lib/server/page-cache';
// Registers the admission gate server.js puts in front of every render.
import '$lib/server/render-gate';
import { formBodies } from '$lib/server/form-bodies';
import { faultError, faultPages } from '$lib/server/fault-pages';
import { logRequest } from '$lib/server/request-log';
import { ensureServiceSearchIndex } from '$lib/server/services/search-index';
import { securityHeaders, warnAboutProxySetUp } from '$lib/server/security-headers';

export const init: ServerInit = async () => {
	// Create and migrate the database before the first visitor, not during their request.
	database();
	// Likewise load the modules behind the public pages and the open-data APIs: their first
	// import compiles code and builds tables (the finder's synonym patterns alone are ~20 ms),
	// which the first visitor after a restart, and everyone waiting behind them, would pay.
	if (!building) {
		await Promise.all([
			import('$lib/server/services/finder'),
			import('$lib/server/services/hsds'),
			import('$lib/server/activities/catalog'),
			import('$lib/server/activities/feed')
		]);
		// A migration that changes the search index's shape drops it (0009, 0015); it is
		// refilled here (1–2 s at 3,200 services), not in the first visitor's search.
		ensureServiceSearchIndex(database());
	}
	// The data memos keep their copy while no other connection has written to the file.
	watchDataVersion(() => dataVersion(database()));
	// With more than one worker the others' visit counters commit every second: the content
	// generation tells those from a change to what the pages show. A single process keeps the
	// plain rule, under which a script that edits content on the file is noticed too.
	if (cluster.isWorker)
		watchContentGeneration({
			read: () => contentGeneration(database()),
			bump: () => bumpContentGeneration(database())
		});
	warnAboutProxySetUp();
	// Each worker starts it; the database lets one of them have each day's run.
	if (!building) startFollowUpReminders();
};

/** The language lives in the path, so anonymous visitors need no cookie for it. */
const locale: Handle = ({ event, resolve }) => {
	const lang = languageOfPath(event.url.pathname);
	const dir = directionOf(lang);
	event.locals.lang = lang;
	event.locals.dir = dir;
	// Read at render time: the session handle may switch /admin and /rad to the person's language.
	return resolve(event, {
		transformPageChunk: ({ html }) => withLangAndDir(html, event.locals.lang, event.locals.dir)
	});
};

const headers: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	securityHeaders(response.headers);
	return response;
};

/**
 * The activity map (and only it) may load images from the configured tile server: its
 * response's CSP gets that one origin added to img-src. SvelteKit writes the CSP header
 * while rendering, so it is adjusted here after `resolve`.
 */
const mapTilesCsp: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (!isMapPath(event.url.pathname)) return response;
	const csp = response.headers.get('content-security-policy');
	if (csp)
		response.headers.set('content-security-policy', withImageSource(csp, tileConfig().source));
	return response;
};

const requestLog: Handle = async ({ event, resolve }) => {
	const started = performance.now();
	const response = await resolve(event);
	logRequest(event.request.method, event.route.id, response.status, started);
	return response;
};

/**
 * Brotli or gzip for every text response (HTML, JSON, CSV, .ics) by Accept-Encoding. Cached
 * pages come out of the page cache already compressed and are left alone.
 */
const compress: Handle = async ({ event, resolve }) =>
	compressResponse(await resolve(event), event.request.headers.get('accept-encoding'));

export const handle = sequence(
	requestLog,
	faultPages,
	compress,
	formBodies,
	publicPageCache,
	headers,
	mapTilesCsp,
	locale,
	sessionHandle
);

/** Visitors see a plain message in their language (the error page); never a stack trace. */
export const handleError: HandleServerError = async ({ error, status, event }) => {
	// A busy or unwritable database is the server's state, not a bug: "try again", no stack.
	const fault = await faultError(error, event);
	if (fault) {
		console.error(`${event.request.method} ${event.route.id ?? '(no route)'}: ${fault.fault}`);
		return fault;
	}
	// The route pattern, not the path: a path can carry a reset token (see request-log.ts).
	if (status >= 500)
		console.error(`${event.request.method} ${event.route.id ?? '(no route)'}`, error);
	return { message: status === 404 ? 'Not found' : 'Internal error' };
};
