import type { RequestEvent } from '@sveltejs/kit';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { gunzipSync } from 'node:zlib';
import {
	changedSince,
	countEveryVisit,
	frontPageCache,
	invalidatePublicPages,
	invalidationIn,
	invalidatePublicPagesMessage,
	publicDataGeneration,
	publicPageCache
} from './page-cache';
import { compressBytes } from './compression';

// The real compression, counted.
vi.mock('./compression', async (original) => {
	const actual = await original<typeof import('./compression')>();
	return { ...actual, compressBytes: vi.fn(actual.compressBytes) };
});
const compressions = (encoding: string) =>
	vi.mocked(compressBytes).mock.calls.filter(([, e]) => e === encoding).length;

/** As SvelteKit builds it: `url` without `__data.json`, `request` as the client sent it. */
function event(path: string, headers: Record<string, string> = {}, method = 'GET') {
	const request = new Request(`http://localhost${path}`, { method, headers });
	const isDataRequest = path.includes('/__data.json');
	const url = new URL(request.url);
	url.pathname = url.pathname.replace(/\/__data\.json$/, '') || '/';
	return { url, request, isDataRequest, locals: {} } as unknown as RequestEvent;
}

function renderer(extraHeaders: Record<string, string> = {}) {
	let renders = 0;
	const resolve = async ({ isDataRequest }: RequestEvent) => {
		renders++;
		return isDataRequest
			? new Response(`{"render":${renders}}`, { headers: { 'content-type': 'application/json' } })
			: new Response(`render ${renders}`, {
					headers: { 'content-type': 'text/html', ...extraHeaders }
				});
	};
	return { resolve, renders: () => renders };
}

/** The same page on every render, and how many renders there were. */
function samePage(page: string) {
	let renders = 0;
	const resolve = async () => {
		renders++;
		return new Response(page, { headers: { 'content-type': 'text/html' } });
	};
	return { resolve, renders: () => renders };
}

async function get(path: string, r: ReturnType<typeof renderer>, headers = {}, method = 'GET') {
	const e = event(path, headers, method);
	const response = await publicPageCache({ event: e, resolve: () => r.resolve(e) });
	return response.text();
}

describe('public page cache', () => {
	beforeEach(() => invalidatePublicPages());

	it('serves the same anonymous page again without rendering it again', async () => {
		const r = renderer();
		expect(await get('/finn-hjelp?tema=skole', r)).toBe('render 1');
		expect(await get('/finn-hjelp?tema=skole', r)).toBe('render 1');
		expect(await get('/finn-hjelp?tema=hjem', r)).toBe('render 2');
	});

	it('never serves a cached page to a request with a cookie', async () => {
		const r = renderer();
		await get('/', r);
		expect(await get('/', r, { cookie: 'session=abc' })).toBe('render 2');
	});

	it('never stores a response that sets a cookie or is private', async () => {
		const withCookie = renderer({ 'set-cookie': 'a=b' });
		await get('/a', withCookie);
		expect(await get('/a', withCookie)).toBe('render 2');
		const personal = renderer({ 'cache-control': 'private' });
		await get('/b', personal);
		expect(await get('/b', personal)).toBe('render 2');
	});

	it('does not cache form posts, and staff edits clear it', async () => {
		const r = renderer();
		await get('/x', r, {}, 'POST');
		expect(await get('/x', r, {}, 'POST')).toBe('render 2');
		await get('/y', r);
		invalidatePublicPages();
		expect(await get('/y', r)).toBe('render 4');
	});

	it('never answers a __data.json request with the cached HTML, nor the page with JSON', async () => {
		const r = renderer();
		expect(await get('/finn-hjelp', r)).toBe('render 1');
		expect(await get('/finn-hjelp/__data.json?x-sveltekit-invalidated=01', r)).toBe('{"render":2}');
		expect(await get('/finn-hjelp', r)).toBe('render 1');
		expect(await get('/finn-hjelp/__data.json?x-sveltekit-invalidated=01', r)).toBe('{"render":2}');
		const hit = frontPageCache().lookup(
			'GET',
			'/finn-hjelp/__data.json?x-sveltekit-invalidated=01',
			{}
		);
		expect(hit?.headers['content-type']).toBe('application/json');
	});

	it('keeps a compressed copy and gives each client the encoding it accepts', async () => {
		const page = 'x'.repeat(5000);
		const { resolve, renders } = samePage(page);
		const ask = (encoding?: string) =>
			publicPageCache({
				event: event('/big', encoding ? { 'accept-encoding': encoding } : {}),
				resolve
			});
		const first = await ask('gzip, deflate, br');
		expect(first.headers.get('content-encoding')).toBe('br');
		expect(first.headers.get('vary')).toBe('Accept-Encoding');
		expect(frontPageCache().lookup('GET', '/big', { 'accept-encoding': 'br' })?.headers).toEqual(
			expect.objectContaining({ 'content-encoding': 'br', vary: 'Accept-Encoding' })
		);
		// gzip is made when a client first asks for it, from the stored page, not by rendering
		// it again (server.js asks `lookupLacking` when `lookup` has nothing); then it is there.
		expect(frontPageCache().lookup('GET', '/big', { 'accept-encoding': 'gzip' })).toBeUndefined();
		expect(
			frontPageCache().lookupLacking('GET', '/big', { 'accept-encoding': 'br' })
		).toBeUndefined();
		expect(
			frontPageCache().lookupLacking('GET', '/other', { 'accept-encoding': 'gzip' })
		).toBeUndefined();
		const zipped = await frontPageCache().lookupLacking('GET', '/big', {
			'accept-encoding': 'gzip'
		});
		expect(zipped?.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(zipped!.body).toString()).toBe(page);
		const gz = frontPageCache().lookup('GET', '/big', { 'accept-encoding': 'gzip' });
		expect(gz?.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gz!.body).toString()).toBe(page);
		const plain = frontPageCache().lookup('GET', '/big', {});
		expect(plain?.headers['content-encoding']).toBeUndefined();
		expect(plain?.body.toString()).toBe(page);
		expect(renders()).toBe(1);
	});

	it('compresses a page once for visitors who ask for the same encoding at once', async () => {
		const page = 'y'.repeat(5000);
		const { resolve, renders } = samePage(page);
		const ask = (encoding: string) =>
			publicPageCache({ event: event('/many', { 'accept-encoding': encoding }), resolve });
		const before = { gzip: compressions('gzip'), br: compressions('br') };
		await ask('identity');
		// Nobody asked for a compressed copy yet: none is made.
		expect(compressions('gzip') + compressions('br')).toBe(before.gzip + before.br);
		const answers = await Promise.all(Array.from({ length: 5 }, () => ask('gzip')));
		expect(compressions('gzip')).toBe(before.gzip + 1);
		expect(compressions('br')).toBe(before.br);
		const bodies = await Promise.all(answers.map(async (a) => Buffer.from(await a.arrayBuffer())));
		for (const [i, answer] of answers.entries()) {
			expect(answer.headers.get('content-encoding')).toBe('gzip');
			expect(gunzipSync(bodies[i]).toString()).toBe(page);
		}
		expect(renders()).toBe(1);
	});

	it('tries a compression again after one failed, from the stored page', async () => {
		const page = 'z'.repeat(5000);
		const { resolve, renders } = samePage(page);
		const ask = (encoding: string) =>
			publicPageCache({ event: event('/retry', { 'accept-encoding': encoding }), resolve });
		await ask('identity');
		vi.mocked(compressBytes).mockRejectedValueOnce(new Error('zlib failed'));
		await expect(ask('gzip')).rejects.toThrow('zlib failed');
		const again = await ask('gzip');
		expect(again.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(Buffer.from(await again.arrayBuffer())).toString()).toBe(page);
		expect(renders()).toBe(1);
	});

	it('does not answer conditional requests from the cache, so the API can say 304', async () => {
		const r = renderer();
		await get('/api/x', r);
		expect(await get('/api/x', r, { 'if-none-match': '"abc"' })).toBe('render 2');
		expect(frontPageCache().lookup('GET', '/api/x', { 'if-none-match': '"abc"' })).toBeUndefined();
	});

	it('does not keep a page rendered while a staff edit landed', async () => {
		let renders = 0;
		const e = event('/z');
		const resolve = async () => {
			renders++;
			invalidatePublicPages(); // the edit commits while this page renders
			return new Response(`render ${renders}`, { headers: { 'content-type': 'text/html' } });
		};
		await publicPageCache({ event: e, resolve });
		await publicPageCache({ event: e, resolve });
		expect(renders).toBe(2);
	});

	it('stays bounded when every request is a different search', async () => {
		const r = renderer();
		for (let i = 0; i < 2100; i++) await get(`/finn-hjelp/sok?q=${i}`, r);
		expect(frontPageCache().size).toBeLessThanOrEqual(2000);
		// the most recent ones are still there
		expect(await get('/finn-hjelp/sok?q=2099', r)).toBe('render 2100');
	});
});

describe('visits served from the cache', () => {
	beforeEach(() => invalidatePublicPages());

	/** A page whose load counts its topic, as Finn hjelp's topic page does. */
	function countingPage(visits: Date[]) {
		let renders = 0;
		const resolve = async (e: RequestEvent) => {
			renders++;
			countEveryVisit(e.locals, (now) => visits.push(now));
			return new Response('topic page', { headers: { 'content-type': 'text/html' } });
		};
		return { resolve, renders: () => renders };
	}

	it('counts a hit like a rendered visit, in the hook and in server.js', async () => {
		const visits: Date[] = [];
		const page = countingPage(visits);
		await get('/finn-hjelp/tema/skole', page);
		await get('/finn-hjelp/tema/skole', page);
		expect(page.renders()).toBe(1);
		expect(visits).toHaveLength(2);
		const hit = frontPageCache().lookup('GET', '/finn-hjelp/tema/skole', {});
		expect(hit).toBeDefined();
		expect(visits).toHaveLength(3);
		expect(visits.every((v) => v instanceof Date)).toBe(true);
	});

	it('renders a page once when many ask for it at the same moment, and counts every visit', async () => {
		const visits: Date[] = [];
		const page = countingPage(visits);
		const answers = await Promise.all(
			Array.from({ length: 20 }, () => get('/finn-hjelp/tema/rus', page))
		);
		expect(page.renders()).toBe(1);
		expect(answers.every((a) => a === 'topic page')).toBe(true);
		expect(visits).toHaveLength(20);
	});

	it('lets each render its own page when the first one may not be cached', async () => {
		const r = renderer({ 'set-cookie': 'a=b' });
		const answers = await Promise.all([get('/c', r), get('/c', r), get('/c', r)]);
		expect(r.renders()).toBe(3);
		expect(new Set(answers).size).toBe(3);
	});

	it('does not count a visit to a page that does not count', async () => {
		const visits: Date[] = [];
		const counting = countingPage(visits);
		await get('/finn-hjelp/tema/hjem', counting);
		await get('/finn-hjelp', renderer());
		await get('/finn-hjelp', renderer());
		expect(visits).toHaveLength(1);
	});

	it('serves the page even if its counter fails', async () => {
		let calls = 0;
		const resolve = async (e: RequestEvent) => {
			countEveryVisit(e.locals, () => {
				if (++calls > 1) throw new Error('database locked');
			});
			return new Response('still here', { headers: { 'content-type': 'text/html' } });
		};
		const page = { resolve, renders: () => 0 };
		await get('/x', page);
		const errors = console.error;
		console.error = () => {};
		try {
			expect(await get('/x', page)).toBe('still here');
		} finally {
			console.error = errors;
		}
		expect(calls).toBe(2);
	});
});

describe('what the writes since a generation changed', () => {
	it('is every row the writes named, of that kind', () => {
		const from = publicDataGeneration();
		expect([...changedSince('services', from)!]).toEqual([]);
		invalidatePublicPages({ services: [3], activities: [] });
		invalidatePublicPages({ services: [7, 3], activities: [] });
		invalidatePublicPages({ services: [] });
		expect([...changedSince('services', from)!].sort()).toEqual([3, 7]);
		// The last write did not say which activities it changed.
		expect(changedSince('activities', from)).toBeNull();
		expect([...changedSince('services', from + 2)!]).toEqual([]);
	});

	it('is unknown after a write that did not say, or an invalidation from elsewhere', () => {
		const from = publicDataGeneration();
		invalidatePublicPages({ services: [1], activities: [] });
		invalidatePublicPages();
		expect(changedSince('services', from)).toBeNull();
		expect(changedSince('activities', from)).toBeNull();

		const next = publicDataGeneration();
		invalidatePublicPages({ services: [1], activities: [] });
		// Another worker's message or another connection's commit empties the cache alone.
		frontPageCache().clear();
		expect(changedSince('services', next)).toBeNull();
	});

	it('is unknown once too many writes have passed to remember them', () => {
		const from = publicDataGeneration();
		for (let i = 0; i < 100; i++) invalidatePublicPages({ services: [i], activities: [] });
		expect(changedSince('services', from)).toBeNull();
		expect([...changedSince('services', publicDataGeneration() - 2)!].sort()).toEqual([98, 99]);
	});
});

describe("another worker's invalidation, as the primary passes it on", () => {
	it('carries what that write changed, and nothing a message could slip in', () => {
		const type = invalidatePublicPagesMessage;
		expect(invalidationIn({ type, change: { services: [4], activities: [] } })).toEqual({
			change: { services: [4], activities: [] }
		});
		// From a worker of an older version: anything may have changed.
		expect(invalidationIn(type)).toEqual({ change: {} });
		expect(invalidationIn({ type, change: { services: ['4; drop'], activities: [1.5] } })).toEqual({
			change: { services: undefined, activities: undefined }
		});
		expect(invalidationIn({ type: 'something else', change: {} })).toBeNull();
		expect(invalidationIn({ type })).toBeNull();
		expect(invalidationIn(null)).toBeNull();
	});
});
