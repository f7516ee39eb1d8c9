import type { Transport } from '@sveltejs/kit';
import { renderedOnServerTransport } from '$lib/render-only';

/** Universal hooks (run on the server and in the browser). */
export const transport: Transport = {
	renderedOnServer: renderedOnServerTransport
};
