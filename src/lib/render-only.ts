/**
 * Page data that is only ever rendered on the server.
 *
 * Public pages have `csr = false` (`src/routes/[[lang=lang]]/+layout.ts`): the browser gets
 * finished HTML and no framework JavaScript, so nothing reads the page data there. SvelteKit
 * still serialises every server load's data with devalue on each render, and at a real
 * municipality's size that walk was a fifth of a calendar request's CPU (issue 15).
 *
 * A load marks what it returns with `renderedOnServer(data)`. The components get the same
 * object as before; only the serialiser meets the mark (the `renderedOnServer` transport in
 * `src/hooks.ts`) and writes a one-token placeholder instead of walking the data. Marking is
 * only right where client-side rendering is off: a page with `csr` on needs its data in the
 * browser.
 */
const marked = new WeakSet<object>();

export function renderedOnServer<T extends object>(data: T): T {
	marked.add(data);
	return data;
}

/** The transport hook's pair: a marked object is sent as an empty array, and arrives as an empty object. */
export const renderedOnServerTransport = {
	encode: (value: unknown): [] | false =>
		typeof value === 'object' && value !== null && marked.has(value) ? [] : false,
	decode: (): Record<string, never> => ({})
};
