import type { Handle } from '@sveltejs/kit';
import cluster from 'node:cluster';
import { compressBytes, isCompressible, minCompressBytes, preferredEncoding } from './compression';
import { storageFault } from './db/faults';

/**
 * A short-lived cache of anonymous GET responses (pages, their `__data.json`, open-data
 * JSON), served in front of SvelteKit.
 *
 * Public pages are the same for every visitor: no cookie, no personalisation, and the CSP
 * uses hashes rather than per-request nonces, so the bytes only depend on the URL. The key
 * is the URL as the client sent it, so `/x/__data.json` (client navigation) and `/x` (the
 * HTML) are different entries: SvelteKit strips `__data.json` from `event.url`, which is
 * why the key is taken from `event.request.url`.
 *
 * Each entry keeps its body as sent and, once a visitor has asked for them, gzipped and in
 * brotli (compressed in the thread pool, once per entry and encoding), with
 * `Vary: Accept-Encoding`. Only what is asked for is compressed: a storm of distinct searches
 * from browsers (all of which take brotli) makes no gzip copies nobody reads. A hit is a Map
 * lookup and a write: `server.js` calls `frontPageCache().lookup(…)` on the raw Node request before
 * SvelteKit sees it; under plain `node build` the hook below serves the same entries.
 *
 * A page that counts its visits (Finn hjelp's topic and needs counters) registers the
 * counter with `countEveryVisit`; the entry keeps it and runs it on every hit, so the
 * counts are of visits, not of renders.
 *
 * Lifetime: until the next write that changes public content (`invalidatePublicPages()`,
 * which every such write calls) and at most until the Oslo clock's minute turns, so "open
 * now" is never a minute stale. `PAGE_CACHE_SECONDS` (default 10) caps it further; 0 turns
 * the cache off. Bounded by entry count and bytes, least recently used out first, so a
 * burst of distinct searches cannot grow it without end. Anything with a cookie, an
 * Authorization header, a conditional header (so the API's 304s keep working), a
 * Set-Cookie or `private`/`no-store` caching is never stored or served from here.
 *
 * With `WEB_CONCURRENCY` > 1 each worker has its own cache; an invalidation in one worker
 * reaches the others through the cluster primary (server.js relays the message).
 */
const lifetimeMs = Number(process.env.PAGE_CACHE_SECONDS ?? 10) * 1000;
const maxEntries = 2000;
const maxBytes = 64 * 1024 * 1024;
const invalidateMessage = 'inngang:invalidate-public-pages';

type Variant = { headers: Record<string, string>; body: Buffer };
type Entry = {
	expires: number;
	/** Run on every hit, as the page's load would have (see `countEveryVisit`). */
	visitCounters: readonly VisitCounter[];
	status: number;
	bytes: number;
	identity: Variant;
	/** Worth compressing (a compressible type, not tiny): gzip and br are made when asked. */
	compressible: boolean;
	gzip?: Variant;
	br?: Variant;
	/** A variant being compressed, so visitors asking at once wait for one compression. */
	compressing: Partial<Record<'gzip' | 'br', Promise<Variant>>>;
};

/** What the front server needs to answer from the cache; undefined means "ask SvelteKit". */
export type CachedAnswer = { status: number; headers: Record<string, string>; body: Buffer };

type VisitCounter = (now: Date) => void;

type RequestHeaders = Record<string, string | string[] | undefined>;

class PageCache {
	private entries = new Map<string, Entry>();
	private bytes = 0;
	generation = 0;

	clear(): void {
		this.entries.clear();
		this.bytes = 0;
		this.generation++;
	}

	get size(): number {
		return this.entries.size;
	}

	/** For the raw Node request (server.js); `url` is `req.url`, path and query. */
	lookup(method: string | undefined, url: string | undefined, headers: RequestHeaders) {
		const request = frontRequest(method, url, headers);
		return request && this.get(request.url, request.accept);
	}

	/**
	 * For server.js, after `lookup` found nothing: a stored page that lacks the client's
	 * encoding, compressed now and answered without a render (nor a place in the render
	 * queue); undefined when there is no such page.
	 */
	lookupLacking(
		method: string | undefined,
		url: string | undefined,
		headers: RequestHeaders
	): Promise<CachedAnswer> | undefined {
		const request = frontRequest(method, url, headers);
		const entry = request && this.lacking(request.url, request.accept);
		if (!request || !entry) return undefined;
		countVisit(entry.visitCounters);
		return withVariant(request.url, entry, request.accept);
	}

	/**
	 * The stored answer in the encoding the client prefers; undefined when there is none, or
	 * when that encoding has not been made yet (the hook makes it: `lacking`).
	 */
	get(key: string, acceptEncoding: string | null | undefined): CachedAnswer | undefined {
		const entry = this.fresh(key);
		if (entry === undefined || missingEncoding(entry, acceptEncoding)) return undefined;
		countVisit(entry.visitCounters);
		return variantOf(entry, acceptEncoding);
	}

	/** A stored entry without the client's encoding yet (see `withVariant`). */
	lacking(key: string, acceptEncoding: string | null): Entry | undefined {
		const entry = this.fresh(key);
		return entry && missingEncoding(entry, acceptEncoding) ? entry : undefined;
	}

	/** A variant made for an entry counts towards the cache's bytes while the entry is in it. */
	grew(key: string, entry: Entry, bytes: number): void {
		entry.bytes += bytes;
		if (this.entries.get(key) === entry) this.bytes += bytes;
	}

	private fresh(key: string): Entry | undefined {
		const entry = this.entries.get(key);
		if (entry === undefined) return undefined;
		if (entry.expires <= Date.now()) {
			this.remove(key, entry);
			return undefined;
		}
		// Least recently used goes first: move this one to the end.
		this.entries.delete(key);
		this.entries.set(key, entry);
		return entry;
	}

	set(key: string, entry: Entry): void {
		if (entry.bytes > maxBytes / 16) return;
		const old = this.entries.get(key);
		if (old) this.remove(key, old);
		while (this.entries.size >= maxEntries || this.bytes + entry.bytes > maxBytes) {
			const [oldestKey, oldest] = this.entries.entries().next().value!;
			this.remove(oldestKey, oldest);
		}
		this.entries.set(key, entry);
		this.bytes += entry.bytes;
	}

	private remove(key: string, entry: Entry): void {
		this.entries.delete(key);
		this.bytes -= entry.bytes;
	}
}

/** A raw request the cache may answer: its key and Accept-Encoding; undefined when not. */
function frontRequest(
	method: string | undefined,
	url: string | undefined,
	headers: RequestHeaders
): { url: string; accept: string | null } | undefined {
	if (
		method !== 'GET' ||
		url === undefined ||
		headers.cookie !== undefined ||
		headers.authorization !== undefined ||
		headers['if-none-match'] !== undefined ||
		headers['if-modified-since'] !== undefined
	) {
		return undefined;
	}
	const accept = headers['accept-encoding'];
	return { url, accept: typeof accept === 'string' ? accept : null };
}

// One cache per process, shared by the SvelteKit bundle and server.js (which cannot import
// this module from the build), through a registered symbol.
const slot = Symbol.for('inngang.page-cache');
const holder = globalThis as unknown as Record<symbol, PageCache | undefined>;
const cache: PageCache = (holder[slot] ??= new PageCache());

if (cluster.isWorker) {
	process.on('message', (message) => {
		const invalidation = invalidationIn(message);
		if (invalidation) heardOf(invalidation);
	});
}

/**
 * Another worker's write, as its message tells: what it changed, and the content generation
 * its write moved to. A generation more than one past the last this worker accounted for
 * means a content write came between that no message has told of (yet): read everything.
 */
export function heardOf({ change, content }: { change: PublicChange; content?: number }): void {
	let said = change;
	if (content !== undefined && seen?.content != null) {
		if (content > seen.content + 1) said = {};
		if (content > seen.content) seen.content = content;
	}
	cache.clear();
	logChange(said);
}

/** Another worker's `invalidatePublicPages`, as the primary passes it on; null for anything else. */
export function invalidationIn(
	message: unknown
): { change: PublicChange; content?: number } | null {
	if (message === invalidateMessage) return { change: {} };
	if (typeof message !== 'object' || message === null) return null;
	const { type, change, content } = message as {
		type?: unknown;
		change?: unknown;
		content?: unknown;
	};
	if (type !== invalidateMessage || typeof change !== 'object' || change === null) return null;
	const ids = (value: unknown) =>
		Array.isArray(value) && value.every((id) => Number.isInteger(id))
			? (value as number[])
			: undefined;
	const { services, activities } = change as Record<string, unknown>;
	const said = { services: ids(services), activities: ids(activities) };
	return Number.isInteger(content)
		? { change: said, content: content as number }
		: { change: said };
}

export function frontPageCache(): PageCache {
	return cache;
}

/**
 * What one write changed, for the indexes a process keeps in memory (the finder's services,
 * the activities): per kind, the ids of the rows it changed, `[]` when it changed none of
 * that kind. A kind left out may have changed anywhere, so its index is read again in full;
 * say only what the write's transaction is known to touch.
 */
export type PublicChange = { services?: readonly number[]; activities?: readonly number[] };

/** A write of content no in-memory index holds: a plan, a round's answers and outcomes. */
export const noIndexedChange: PublicChange = { services: [], activities: [] };

/** The changes said per generation (the last `changeLogSize`); a missing one is unknown. */
const changeLog = new Map<number, PublicChange>();
const changeLogSize = 64;

/** Records what the write that just moved the generation changed. */
function logChange(change: PublicChange): void {
	changeLog.set(cache.generation, change);
	// Oldest first (the Map's order): what `changedSince` no longer looks at goes.
	for (const g of changeLog.keys()) {
		if (g > cache.generation - changeLogSize) break;
		changeLog.delete(g);
	}
}

/**
 * Drops every cached public page, in this worker and (through the primary) in the others,
 * and moves the content generation in the database, so every connection's memos see that
 * content changed (see `dataMemo`). `change` lets each worker's indexes refresh only what
 * changed (`changedSince`).
 */
export function invalidatePublicPages(change: PublicChange = {}): void {
	let said = change;
	let content: number | undefined;
	try {
		// Another connection's content write since this process last looked (a job thread, a
		// script) is not in `change`, and would be lost to a refresh of only these rows.
		if (othersWroteContent()) said = {};
		// Before the other workers hear of it, so the generation they then read is this one.
		content = contentSource?.bump();
		if (content !== undefined && seen?.content != null) {
			// Someone else moved it between the look and the bump.
			if (content !== seen.content + 1) said = {};
			seen.content = content;
		}
	} catch (error) {
		// The save itself has landed; a busy or read-only file only delays what other workers
		// see until their memos' ten minutes are up. Anything else is a bug.
		if (!storageFault(error)) throw error;
	} finally {
		cache.clear();
		logChange(said);
		if (cluster.isWorker && process.send)
			process.send({ type: invalidateMessage, change: said, content });
	}
}

/**
 * The `kind` rows changed in this process by every write after `generation` up to now, or
 * null when that is not known: a write that did not say, an invalidation that was not a
 * write of this process (another connection's commit, another worker's message), or too
 * many writes ago. An index read in `generation` and refreshed for these rows is the index
 * a full read would give now.
 */
export function changedSince(kind: keyof PublicChange, generation: number): Set<number> | null {
	if (cache.generation - generation > changeLogSize - 1) return null;
	const changed = new Set<number>();
	for (let g = generation + 1; g <= cache.generation; g++) {
		const ids = changeLog.get(g)?.[kind];
		if (!ids) return null;
		for (const id of ids) changed.add(id);
	}
	return changed;
}

/** A full read of an index at least this often, whatever the refreshes say. */
const maxRefreshAgeMs = 10 * 60_000;
/** More changed rows than this (an import's worth) are read in full. */
const maxRefreshed = 200;

/**
 * The `kind` rows an index read in `base.generation` (its last full read at `base.readAt`)
 * must read again to be current, or null when it must be read in full: nothing read yet, not
 * known (`changedSince`), more than `maxRefreshed` rows, or a full read `maxRefreshAgeMs` ago.
 */
export function rowsToReread(
	kind: keyof PublicChange,
	base: { generation: number; readAt: number } | null | undefined
): Set<number> | null {
	if (!base || Date.now() - base.readAt >= maxRefreshAgeMs) return null;
	const changed = changedSince(kind, base.generation);
	return changed && changed.size <= maxRefreshed ? changed : null;
}

/**
 * `previous` without the `changed` rows, with `fresh` (those of them still there, read
 * again, in `order`) put in their places; `previous` itself when nothing changed. Both lists
 * are in `order`, so the others keep their objects and their places.
 */
export function withReread<T extends { id: number }>(
	previous: T[],
	changed: ReadonlySet<number>,
	fresh: readonly T[],
	order: (a: T, b: T) => number
): T[] {
	if (changed.size === 0) return previous;
	const kept = previous.filter((row) => !changed.has(row.id));
	const merged: T[] = [];
	let i = 0;
	for (const row of fresh) {
		while (i < kept.length && order(kept[i], row) < 0) merged.push(kept[i++]);
		merged.push(row);
	}
	while (i < kept.length) merged.push(kept[i++]);
	return merged;
}

/** For server.js: the message a worker sends, which the primary passes to the other workers. */
export const invalidatePublicPagesMessage = invalidateMessage;

/**
 * How long a module may keep its own copy of public data between invalidations (the
 * finder's child rows, the open-data catalogue): `DATA_MEMO_SECONDS`, else the page cache's
 * lifetime. Separate from the page cache so that it can stay on while the page cache is
 * off: a page the cache does not hold (a new search, a new filter) still finds the data
 * read, as in production (`npm run bench` measures uncached pages that way).
 */
export const dataMemoMs =
	Number(process.env.DATA_MEMO_SECONDS ?? process.env.PAGE_CACHE_SECONDS ?? 10) * 1000;

/**
 * Counts invalidations, so a module that keeps its own short-lived copy of public data
 * (the open-data API) drops it whenever a page would be dropped.
 */
export function publicDataGeneration(): number {
	return cache.generation;
}

/**
 * Tells the data memos how to see another connection's commits: SQLite's `PRAGMA
 * data_version` (src/lib/server/db/client.ts), set once at start-up by hooks.server.ts.
 * Without it (unit tests, scripts) a memo simply expires after `dataMemoMs`.
 */
export function watchDataVersion(read: () => number): void {
	readDataVersion = read;
	seen = null;
}

let readDataVersion: (() => number) | null = null;

/**
 * How to read and move the content generation (db/client.ts `contentGeneration`), set once
 * at start-up by hooks.server.ts. Without it a commit by another connection always counts
 * as a content change.
 */
export function watchContentGeneration(
	source: { read: () => number; bump: () => number } | null
): void {
	contentSource = source;
	seen = null;
}

let contentSource: { read: () => number; bump: () => number } | null = null;

function contentGenerationNow(): number | null {
	try {
		return contentSource?.read() ?? null;
	} catch {
		return null;
	}
}

/**
 * The longest a memo is kept on the strength of an unchanged `data_version`. Every write
 * this process makes calls `invalidatePublicPages()`; this bounds anything that might not.
 */
const memoMaxAgeMs = 10 * 60_000;

function dataVersionNow(): number | null {
	try {
		return readDataVersion?.() ?? null;
	} catch {
		return null;
	}
}

/**
 * `data_version` and the content generation as this process last accounted for them: every
 * other connection's commit up to `version`, every content write up to `content`, is in what
 * its indexes read from then on. One for the process, not one per memo: a memo filled after
 * this process's own write must not take another connection's earlier commit as seen.
 */
let seen: { version: number; content: number | null } | null = null;

function lookNow(): typeof seen {
	const version = dataVersionNow();
	return version === null ? null : { version, content: contentGenerationNow() };
}

/**
 * Whether another connection changed public content since this process last looked; null
 * when that cannot be told (no `data_version`). Looking counts as seeing it. A commit by
 * another connection is content unless a content generation says otherwise: with more than
 * one worker the others' visit counters commit every second.
 */
function othersWroteContent(): boolean | null {
	const now = lookNow();
	if (now === null) return null;
	const before = seen;
	seen = now;
	if (before === null || now.version === before.version) return false;
	return now.content === null || now.content !== before.content;
}

/**
 * The data memos' one rule: a Map that is emptied on every invalidation and when `scope`
 * (a municipality) changes. Each call returns the Map that holds now.
 *
 * After `dataMemoMs` it is checked, not thrown away: if no other connection has committed
 * since it was filled (a job thread, another worker, a script on the same file all change
 * `data_version`), it is kept for another `dataMemoMs`, up to `memoMaxAgeMs`. So it is if
 * one has but the content generation (`watchContentGeneration`) has not moved: with
 * `WEB_CONCURRENCY` > 1 the other workers' visit counters commit every second, which alone
 * emptied every memo of every worker every 10 s. If content changed,
 * this worker's page cache is emptied as on an invalidation, so no page and no memo goes on
 * showing what was there before (and no index is served stale while it is read again). At a real
 * municipality's size refilling the finder's or the activities' index costs 0.3–0.5 s of
 * CPU, which every 10 s was a steady tax on every visitor (issue 15).
 */
export function dataMemo<K, V>(): (scope?: unknown) => Map<K, V> {
	let held: {
		generation: number;
		scope: unknown;
		born: number;
		expires: number;
		map: Map<K, V>;
	} | null = null;
	return (scope = null) => {
		const now = Date.now();
		if (
			held &&
			held.generation === cache.generation &&
			held.scope === scope &&
			held.expires <= now
		) {
			const others = othersWroteContent();
			if (others) {
				// Someone else changed content: what this process shows may be stale, pages
				// included. This worker's cache goes (the writer told its own), every memo
				// refills, and no index refreshes only some rows (the change said nothing).
				cache.clear();
			} else if (others === false && now - held.born < memoMaxAgeMs) {
				// Nobody else wrote, or no public content (another worker's visit counters, a
				// sign-in): kept.
				held.expires = now + dataMemoMs;
			} else held = null;
		}
		const generation = cache.generation;
		if (!held || held.generation !== generation || held.scope !== scope) {
			// The first memo starts the account of what other connections wrote.
			seen ??= lookNow();
			held = { generation, scope, born: now, expires: now + dataMemoMs, map: new Map() };
		}
		return held.map;
	};
}

/**
 * `memo`'s value for `key` in `scope`, computed when the memo holds none, and every time
 * with the memos off (`DATA_MEMO_SECONDS=0`).
 */
export function memoised<K, V>(
	memo: (scope?: unknown) => Map<K, V>,
	scope: unknown,
	key: K,
	compute: () => V,
	maxKeys = Infinity
): V {
	if (dataMemoMs <= 0) return compute();
	const map = memo(scope);
	if (map.has(key)) return map.get(key)!;
	// Distinct keys (searches, filters) must not grow a memo without end.
	if (map.size >= maxKeys) map.clear();
	const value = compute();
	map.set(key, value);
	// A failed read must not stay memoised.
	if (value instanceof Promise) value.catch(() => map.delete(key));
	return value;
}

/**
 * Counts this visit now and on every later hit of the page's cached copy (which never
 * reaches the load). A counter gets only the time: what it counts is fixed when the page is
 * rendered (a topic code, the page language), so a hit adds nothing about its visitor.
 */
export function countEveryVisit(locals: App.Locals, counter: VisitCounter): void {
	(locals.visitCounters ??= []).push(counter);
	counter(new Date());
}

function countVisit(counters: readonly VisitCounter[]): void {
	const now = new Date();
	for (const counter of counters) {
		// A counter that fails must not cost the visitor their page.
		try {
			counter(now);
		} catch (error) {
			console.error('visit counter failed', error);
		}
	}
}

/** When an entry stored now must go: the lifetime, or the next minute, whichever is first. */
function expiresAt(now: number): number {
	return Math.min(now + lifetimeMs, Math.floor(now / 60_000 + 1) * 60_000);
}

/** The entry as sent; its compressed copies are made when asked for (`withVariant`). */
function makeEntry(
	response: Response,
	body: Buffer,
	now: number,
	visitCounters: readonly VisitCounter[]
): Entry {
	const base: Record<string, string> = {};
	for (const [name, value] of response.headers) {
		if (name !== 'content-length' && name !== 'content-encoding') base[name] = value;
	}
	const compressible = isCompressible(response.headers.get('content-type'));
	if (compressible) {
		const vary = base.vary;
		base.vary = !vary
			? 'Accept-Encoding'
			: /accept-encoding/i.test(vary)
				? vary
				: `${vary}, Accept-Encoding`;
	}
	return {
		expires: expiresAt(now),
		visitCounters,
		status: response.status,
		bytes: body.byteLength,
		identity: { body, headers: { ...base, 'content-length': String(body.byteLength) } },
		compressible: compressible && body.byteLength >= minCompressBytes,
		compressing: {}
	};
}

function compressedVariant(entry: Entry, bytes: Buffer, encoding: 'gzip' | 'br'): Variant {
	return {
		body: bytes,
		headers: {
			...entry.identity.headers,
			'content-encoding': encoding,
			'content-length': String(bytes.byteLength)
		}
	};
}

/** The client's encoding when this entry should have it and does not yet; else null. */
function missingEncoding(
	entry: Entry,
	acceptEncoding: string | null | undefined
): 'gzip' | 'br' | null {
	const encoding = preferredEncoding(acceptEncoding);
	return entry.compressible && encoding !== 'identity' && entry[encoding] === undefined
		? encoding
		: null;
}

/** The entry's answer in the client's encoding, compressing it first when it is lacking. */
async function withVariant(
	key: string,
	entry: Entry,
	acceptEncoding: string | null
): Promise<CachedAnswer> {
	const encoding = missingEncoding(entry, acceptEncoding);
	if (encoding) {
		let making = entry.compressing[encoding];
		if (!making) {
			making = compressBytes(entry.identity.body, encoding)
				.then((bytes) => {
					const variant = compressedVariant(entry, bytes, encoding);
					entry[encoding] = variant;
					cache.grew(key, entry, bytes.byteLength);
					return variant;
				})
				// Gone also when it failed: the next visitor tries again instead of waiting on it.
				.finally(() => delete entry.compressing[encoding]);
			entry.compressing[encoding] = making;
		}
		await making;
	}
	return variantOf(entry, acceptEncoding);
}

function answer(hit: CachedAnswer): Response {
	return new Response(new Uint8Array(hit.body), { status: hit.status, headers: hit.headers });
}

function cacheKey(requestUrl: string): string {
	const url = new URL(requestUrl);
	return url.pathname + url.search;
}

/**
 * The hook: serves an entry when server.js did not (plain `node build`, dev), and stores
 * what SvelteKit renders. Responses are returned compressed for this request; the
 * `compressResponses` hook leaves them alone since they carry a Content-Encoding.
 */
export const publicPageCache: Handle = async ({ event, resolve }) => {
	const request = event.request;
	const headers = request.headers;
	if (
		lifetimeMs <= 0 ||
		request.method !== 'GET' ||
		headers.has('cookie') ||
		headers.has('authorization') ||
		headers.has('if-none-match') ||
		headers.has('if-modified-since')
	) {
		return resolve(event);
	}
	const key = cacheKey(request.url);
	const acceptEncoding = headers.get('accept-encoding');
	const hit = cache.get(key, acceptEncoding);
	if (hit) return answer(hit);
	const stored = cache.lacking(key, acceptEncoding);
	if (stored) {
		countVisit(stored.visitCounters);
		return answer(await withVariant(key, stored, acceptEncoding));
	}
	// Someone is rendering this page right now (it just expired, and 50 visitors ask at
	// once): wait for that one render instead of rendering it 50 times.
	const pending = rendering.get(key);
	if (pending) {
		const entry = await pending;
		if (entry) {
			countVisit(entry.visitCounters);
			return answer(await withVariant(key, entry, acceptEncoding));
		}
	}

	let settle: (entry: Entry | null) => void = () => {};
	if (!pending) {
		rendering.set(key, new Promise<Entry | null>((resolve) => (settle = resolve)));
	}
	try {
		const entry = await render(event, resolve, key);
		settle(entry && 'status' in entry ? entry : null);
		if (entry && !('status' in entry)) return entry.response;
		return answer(await withVariant(key, entry!, acceptEncoding));
	} catch (error) {
		settle(null);
		throw error;
	} finally {
		if (!pending) rendering.delete(key);
	}
};

/** Renders in progress, by key: later requests for the same page wait for the first. */
const rendering = new Map<string, Promise<Entry | null>>();

function variantOf(entry: Entry, acceptEncoding: string | null | undefined): CachedAnswer {
	const encoding = preferredEncoding(acceptEncoding);
	const variant = (encoding !== 'identity' && entry[encoding]) || entry.identity;
	return { status: entry.status, headers: variant.headers, body: variant.body };
}

/** The page rendered and stored; `{ response }` when it may not be cached. */
async function render(
	event: Parameters<Handle>[0]['event'],
	resolve: Parameters<Handle>[0]['resolve'],
	key: string
): Promise<Entry | { response: Response }> {
	const generation = cache.generation;
	const started = Date.now();
	const response = await resolve(event);
	const cacheControl = response.headers.get('cache-control') ?? '';
	if (
		(response.status !== 200 && response.status !== 404) ||
		response.headers.has('set-cookie') ||
		response.headers.has('content-encoding') ||
		/private|no-store/.test(cacheControl) ||
		response.body === null
	) {
		return { response };
	}
	const body = Buffer.from(await response.arrayBuffer());
	const entry = makeEntry(response, body, started, event.locals.visitCounters ?? []);
	// A write that landed while this was rendering may not be in it: serve it, don't keep it.
	if (cache.generation === generation) cache.set(key, entry);
	return entry;
}
