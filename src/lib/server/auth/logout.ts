import { redirect, type RequestHandler } from '@sveltejs/kit';
import { deleteSessionCookies, invalidateSession } from './session';

/** POST /admin/logg-ut and /rad/logg-ut: ends this session and clears both cookies. */
export const logOutHandler: RequestHandler = async ({ locals, cookies, url }) => {
	if (locals.sessionId) await invalidateSession(locals.sessionId);
	deleteSessionCookies(cookies, url);
	redirect(303, '/logg-inn');
};
