import { redirect, type RequestHandler } from '@sveltejs/kit';
import { deleteSessionCookies, invalidateAccountSessions, invalidateSession } from './session';

/**
 * POST /admin/logg-ut and /rad/logg-ut: ends this session and clears both cookies;
 * with `everywhere` it ends every session of the account (a lost phone, a shared PC).
 */
export const logOutHandler: RequestHandler = async ({ locals, cookies, url, request }) => {
	const everywhere = (await request.formData().catch(() => null))?.get('everywhere') === '1';
	if (everywhere && locals.user) invalidateAccountSessions(locals.user.id);
	else if (locals.sessionId) await invalidateSession(locals.sessionId);
	deleteSessionCookies(cookies, url);
	redirect(303, '/logg-inn');
};
