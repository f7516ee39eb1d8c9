import type { Handle } from '@sveltejs/kit';
import {
	deleteSessionCookies,
	sessionCookieName,
	setSessionCookies,
	validateSessionToken
} from './session';
import { getUserById } from './users';
import { directionOf } from '$lib/i18n/languages';
import { isCouncilPath, staffLocale } from './locale';

/**
 * Pages with POST forms: with `no-referrer` a browser posts a form without JavaScript with
 * `Origin: null`, and SvelteKit's CSRF check rightly refuses it. `same-origin` still sends
 * nothing to other sites.
 */
export const formReferrerPolicy = 'same-origin';

/** The areas behind a login; the session cookie is path-scoped to exactly these. */
export function isSignedInArea(pathname: string): boolean {
	return /^\/(admin|rad)(\/|$)/.test(pathname);
}

/**
 * Reads the session for /admin and /rad only; every other request stays anonymous
 * (`locals.user` null) without touching the database. Signed-in screens speak the person's
 * own language, since those paths carry no language prefix: /rad any of the portal's
 * languages (the member picks it there), /admin nb or en.
 */
export const sessionHandle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.sessionId = null;
	if (!isSignedInArea(event.url.pathname)) return resolve(event);

	const token = event.cookies.get(sessionCookieName);
	if (token) {
		const valid = await validateSessionToken(token);
		const user = valid ? await getUserById(valid.accountId) : null;
		if (valid && user) {
			event.locals.user = user;
			event.locals.sessionId = valid.id;
			const lang = isCouncilPath(event.url.pathname) ? user.locale : staffLocale(user.locale);
			event.locals.lang = lang;
			event.locals.dir = directionOf(lang);
			if (valid.renewed) setSessionCookies(event.cookies, event.url, token, valid.expiresAt);
		} else {
			deleteSessionCookies(event.cookies, event.url);
		}
	}
	const response = await resolve(event);
	// Signed-in pages are personal: no shared cache may keep them.
	response.headers.set('Cache-Control', 'private, no-store');
	response.headers.set('Referrer-Policy', formReferrerPolicy);
	return response;
};
