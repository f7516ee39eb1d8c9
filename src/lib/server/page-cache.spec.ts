import type { RequestEvent } from '@sveltejs/kit';
import { beforeEach, describe, expect, it } from 'vitest';
import { invalidatePublicPages, publicPageCache } from './page-cache';

function event(path: string, headers: Record<string, string> = {}, method = 'GET') {
	const url = new URL(`http://localhost${path}`);
	return { url, request: new Request(url, { method, headers }) } as unknown as RequestEvent;
}

function renderer(extraHeaders: Record<string, string> = {}) {
	let renders = 0;
	const resolve = async () => {
		renders++;
		return new Response(`render ${renders}`, {
			headers: { 'content-type': 'text/html', ...extraHeaders }
		});
	};
	return { resolve, renders: () => renders };
}

async function get(path: string, r: ReturnType<typeof renderer>, headers = {}, method = 'GET') {
	const response = await publicPageCache({
		event: event(path, headers, method),
		resolve: r.resolve
	});
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
});
