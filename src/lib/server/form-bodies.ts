import type { Handle } from '@sveltejs/kit';

/**
 * Form posts a browser never sends would otherwise reach `request.formData()` and end as a
 * 500: `text/plain` (which SvelteKit counts as a form type for its CSRF check, but which
 * cannot be read as fields) and multipart without a boundary. They get a 4xx that says why.
 */
export const formBodies: Handle = ({ event, resolve }) => {
	if (event.request.method !== 'POST') return resolve(event);
	const type = (event.request.headers.get('content-type') ?? '').toLowerCase();
	const base = type.split(';', 1)[0].trim();
	if (base === 'text/plain')
		return plain(415, 'Skjemaet må sendes som et vanlig skjema. / Send the form as a form.');
	if (base === 'multipart/form-data' && !/;\s*boundary=/.test(type))
		return plain(400, 'Skjemaet kunne ikke leses. / The form could not be read.');
	return resolve(event);
};

function plain(status: number, message: string): Response {
	return new Response(message + '\n', {
		status,
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
