/**
 * One line per request: method, path, status and time. Deliberately no IP address, no
 * user agent and no query string (a search query can be as private as a diary entry).
 * `REQUEST_LOG=off` silences it.
 */
const enabled = process.env.REQUEST_LOG !== 'off';

export function logRequest(method: string, path: string, status: number, started: number) {
	if (!enabled) return;
	const ms = (performance.now() - started).toFixed(1);
	console.log(`${new Date().toISOString()} ${method} ${path} ${status} ${ms}ms`);
}
