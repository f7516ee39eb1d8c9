import type { IncomingMessage, ServerResponse } from 'node:http';
import { messagesFor } from '$lib/i18n/messages.server';
import { directionOf, languageOfPath, type Language } from '$lib/i18n/languages';
import { letOthersRun } from './slices';

/**
 * Admission for page renders (issue 15: "a storm of distinct searches must not slow cached
 * pages down"). server.js answers a cached page at once; every other GET goes through
 * this gate, which lets at most `RENDER_CONCURRENCY` (default 2) renders run in a worker at a
 * time and queues the rest in arrival order.
 *
 * Why: a render is mostly synchronous work (SQLite, Svelte). Without a gate, 50 requests
 * that arrive together all start in the same turn of the event loop and a cached page
 * behind them waits for all 50. With it, the next queued render starts in the loop's next
 * turn after one finishes (`letOthersRun`: one `setImmediate` from a request's own callback
 * would still run in the same turn), so the event loop reads new requests (and answers the
 * cached ones) between any two renders: a cached page waits for at most the renders in flight.
 *
 * - A slot is held until the response's headers are written (the body then only streams),
 *   or the response finishes or closes, whichever comes first.
 * - A render that awaits no real I/O frees its slot within its own request's callback; so
 *   at most `concurrency` renders start at once in one turn, and the next arrivals of that
 *   turn wait in the queue like the rest.
 * - Requests with a cookie (signed-in staff) wait in a lane ahead of anonymous ones; other
 *   methods (form posts, imports) are not gated at all: they are few, someone waits on each,
 *   and an upload must not hold a slot while its body trickles in.
 * - A request whose visitor has left while it waited is not rendered.
 * - Nothing is dropped or reordered within a lane. Only when more than `RENDER_QUEUE_MAX`
 *   (default 256) wait does the gate answer 503 with Retry-After and a short page in the
 *   visitor's language (with the emergency numbers): by then the wait is seconds long, and
 *   "try again in a moment" now is better than a page that arrives after the visitor has
 *   given up, while everyone behind them waits longer still.
 */
export class RenderGate {
	private active = 0;
	private readonly lanes: [(() => void)[], (() => void)[]] = [[], []];
	private scheduled = false;
	/** Renders started at once (not from the queue) in this turn of the event loop. */
	private startedThisTurn = 0;

	constructor(
		readonly concurrency: number,
		readonly maxQueue: number,
		private readonly defer: (run: () => void) => void = (run) => void letOthersRun().then(run)
	) {}

	get queued(): number {
		return this.lanes[0].length + this.lanes[1].length;
	}

	get running(): number {
		return this.active;
	}

	/**
	 * Runs `start(release)` now, or later in arrival order (priority lane first); false, and
	 * nothing runs, when the queue is full. `release` frees the slot (calling it twice is fine).
	 */
	enter(start: (release: () => void) => void, priority = false): boolean {
		const run = () => {
			this.active++;
			let released = false;
			start(() => {
				if (released) return;
				released = true;
				this.active--;
				this.next();
			});
		};
		// At most `concurrency` start at once per turn of the event loop. A render with no
		// real I/O in it (a page the cache stores uncompressed) finishes in its own request's
		// callback, so the slot is free again before the next request of the same poll phase
		// is read: without the count, all 50 of a storm ran back to back in one turn, and the
		// cached pages waited ~100 ms for it (issue 15).
		if (
			this.active < this.concurrency &&
			this.queued === 0 &&
			this.startedThisTurn < this.concurrency
		) {
			if (this.startedThisTurn++ === 0) setImmediate(() => (this.startedThisTurn = 0));
			run();
			return true;
		}
		if (this.queued >= this.maxQueue) return false;
		this.lanes[priority ? 0 : 1].push(run);
		// Nothing running would start it when its slot frees: the queue is started from here.
		if (this.active < this.concurrency) this.next();
		return true;
	}

	/** Starts what waits, after the event loop has had a turn at I/O. */
	private next(): void {
		if (this.scheduled || this.queued === 0) return;
		this.scheduled = true;
		this.defer(() => {
			this.scheduled = false;
			// The free slots as they are now: one that a render frees while it starts (it did
			// all its work at once) is for the next turn, which `release` schedules.
			for (let free = this.concurrency - this.active; free > 0 && this.queued > 0; free--) {
				const run = this.lanes[0].shift() ?? this.lanes[1].shift()!;
				run();
			}
		});
	}
}

/** Paths that are files (the app's scripts, styles, icons): cheap, never queued. */
const staticPath = /^\/_app\/|\.(?:js|css|png|jpe?g|svg|ico|webp|woff2?|txt|webmanifest)$/;

export function isGated(method: string | undefined, url: string | undefined): boolean {
	if (method !== 'GET' && method !== 'HEAD') return false;
	const path = (url ?? '/').split('?')[0];
	return !staticPath.test(path);
}

/**
 * For server.js: renders `req` through the gate (`render` hands it to SvelteKit), or answers
 * 503 when the queue is full.
 */
export function admit(
	gate: RenderGate,
	req: IncomingMessage,
	res: ServerResponse,
	render: () => void
): void {
	if (!isGated(req.method, req.url)) {
		render();
		return;
	}
	let gone = false;
	const leave = () => (gone = true);
	res.once('close', leave);
	const admitted = gate.enter((release) => {
		res.off('close', leave);
		if (gone || res.destroyed) {
			release();
			return;
		}
		const writeHead = res.writeHead;
		res.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
			release();
			return writeHead.apply(this, args);
		} as typeof writeHead;
		res.once('finish', release);
		res.once('close', release);
		render();
	}, req.headers.cookie !== undefined);
	if (!admitted) {
		res.off('close', leave);
		const page = busyPage(languageOfPath((req.url ?? '/').split('?')[0]));
		res.writeHead(503, page.headers);
		res.end(req.method === 'HEAD' ? undefined : page.body);
	}
}

const busyPages = new Map<Language, { headers: Record<string, string>; body: Buffer }>();

const escapeHtml = (text: string) =>
	text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** "Try again in a moment", in the visitor's language, with the emergency numbers. */
export function busyPage(lang: Language): { headers: Record<string, string>; body: Buffer } {
	let page = busyPages.get(lang);
	if (!page) {
		const common = messagesFor(lang, ['common']).common as Record<string, string>;
		const heading = escapeHtml(common.error_busy_heading);
		const body = Buffer.from(
			`<!doctype html>\n<html lang="${lang}" dir="${directionOf(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${heading}</title></head>` +
				`<body><main><h1>${heading}</h1><p>${escapeHtml(common.error_crowded_text)}</p><p>${escapeHtml(common.crisis_help_now)}</p></main></body></html>\n`
		);
		page = {
			body,
			headers: {
				'content-type': 'text/html; charset=utf-8',
				'content-length': String(body.byteLength),
				'cache-control': 'no-store',
				'retry-after': '2',
				'content-security-policy': "default-src 'none'",
				'x-content-type-options': 'nosniff',
				'referrer-policy': 'no-referrer'
			}
		};
		busyPages.set(lang, page);
	}
	return page;
}

const concurrency = Math.max(1, Number(process.env.RENDER_CONCURRENCY ?? 2) || 2);
const maxQueue = Math.max(0, Number(process.env.RENDER_QUEUE_MAX ?? 256) || 0);

// One gate per process, for server.js (which cannot import this module from the build),
// through a registered symbol, as the page cache is.
const slot = Symbol.for('inngang.render-gate');
const holder = globalThis as unknown as Record<symbol, unknown>;
const gate = new RenderGate(concurrency, maxQueue);
holder[slot] ??= {
	admit: (req: IncomingMessage, res: ServerResponse, render: () => void) =>
		admit(gate, req, res, render)
};
