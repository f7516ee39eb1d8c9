import type { ClientInit } from '@sveltejs/kit';
import { keepTypedFields } from '$lib/typed-before-start';

/** Runs once, before the server's page is hydrated (only on pages that run a script). */
export const init: ClientInit = () => {
	keepTypedFields();
};
