/**
 * One line per request: second, method, route, status and time. Deliberately no IP
 * address, no user agent, no query string and no path: the route pattern is logged instead
 * (`/[[lang=lang]]/finn-hjelp/tema/[topic]`, `/[[lang=lang]]/konto/[token]`), so the log
 * says neither what a visitor looked at nor any secret a link carries (reset and invitation
 * tokens live in the path). A request that matches no route is logged as `(no route)`.
 * Timestamps are to the second, so lines cannot be lined up with a visit by the millisecond.
 *
 * It writes to stdout; the process manager (systemd's journal, Docker's log driver) keeps,
 * caps and rotates it. `REQUEST_LOG=off` silences it.
 */
const enabled = process.env.REQUEST_LOG !== 'off';

export function requestLogLine(
	method: string,
	routeId: string | null,
	status: number,
	ms: number,
	now = new Date()
): string {
	const second = now.toISOString().slice(0, 19) + 'Z';
	return `${second} ${method} ${routeId ?? '(no route)'} ${status} ${ms.toFixed(0)}ms`;
}

/**
 * Lines wait for the end of the event loop's turn and go out in one write: stdout to a pipe
 * or a file is written synchronously, and one `console.log` per request was one system call
 * per request (~3 % of a busy page's CPU). They keep their order; what is still waiting when
 * the process exits is written then.
 */
let waiting: string[] = [];

function writeWaiting(): void {
	if (waiting.length === 0) return;
	const text = `${waiting.join('\n')}\n`;
	waiting = [];
	process.stdout.write(text);
}

if (enabled) process.on('exit', writeWaiting);

export function logRequest(
	method: string,
	routeId: string | null,
	status: number,
	started: number
) {
	if (!enabled) return;
	if (waiting.push(requestLogLine(method, routeId, status, performance.now() - started)) === 1)
		setImmediate(writeWaiting);
}
