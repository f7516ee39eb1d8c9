import { logOutHandler } from '$lib/server/auth/logout';

export const POST = logOutHandler;
