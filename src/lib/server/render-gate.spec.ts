import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { admit, isGated, RenderGate } from './render-gate';

describe('RenderGate', () => {
	it('runs at most `concurrency` at once and the rest in arrival order, staff first', () => {
		const deferred: (() => void)[] = [];
		const gate = new RenderGate(2, 10, (run) => deferred.push(run));
		const started: string[] = [];
		const releases = new Map<string, () => void>();
		const enter = (name: string, priority = false) =>
			gate.enter((release) => {
				started.push(name);
				releases.set(name, release);
			}, priority);
		for (const name of ['a', 'b', 'c', 'd']) expect(enter(name)).toBe(true);
		expect(enter('staff', true)).toBe(true);
		expect(started).toEqual(['a', 'b']);
		expect(gate.queued).toBe(3);

		releases.get('a')!();
		releases.get('a')!(); // twice frees one slot, not two
		// The next one starts only after the event loop had its turn.
		expect(started).toEqual(['a', 'b']);
		deferred.shift()!();
		expect(started).toEqual(['a', 'b', 'staff']);
		expect(gate.running).toBe(2);

		releases.get('b')!();
		releases.get('staff')!();
		deferred.shift()!();
		expect(started).toEqual(['a', 'b', 'staff', 'c', 'd']);
		expect(gate.queued).toBe(0);
	});

	it('starts the next render only after what came due meanwhile, even when freed in a request', async () => {
		const events: string[] = [];
		await new Promise<void>((done) =>
			// The poll phase, where a request's render runs and frees its slot.
			readFile(import.meta.filename, () => {
				const gate = new RenderGate(1, 10);
				let releaseFirst = () => {};
				gate.enter((release) => (releaseFirst = release));
				gate.enter((release) => {
					events.push('next render');
					release();
					done();
				});
				setTimeout(() => events.push('another visitor'), 0);
				const until = performance.now() + 3;
				while (performance.now() < until);
				releaseFirst();
			})
		);
		expect(events).toEqual(['another visitor', 'next render']);
	});

	it('starts no more than `concurrency` at once in one turn, though each frees its slot at once', async () => {
		const events: string[] = [];
		await new Promise<void>((done) =>
			// The poll phase: three requests read in one turn, each render done in its callback
			// (no real I/O in it), so its slot is free before the next request is read.
			readFile(import.meta.filename, () => {
				const gate = new RenderGate(1, 10);
				const render = (name: string) =>
					gate.enter((release) => {
						events.push(name);
						release();
						if (name === 'third') done();
					});
				render('first');
				render('second');
				render('third');
				setTimeout(() => {
					events.push('another visitor');
					setTimeout(() => events.push('one more'), 0);
					// Due by the next turn's timers.
					const due = performance.now() + 3;
					while (performance.now() < due);
				}, 0);
				const until = performance.now() + 3;
				while (performance.now() < until);
			})
		);
		expect(events).toEqual(['first', 'another visitor', 'second', 'one more', 'third']);
	});

	it('refuses a request only when the queue is full', () => {
		const gate = new RenderGate(1, 2, () => {});
		expect(gate.enter(() => {})).toBe(true);
		expect(gate.enter(() => {})).toBe(true);
		expect(gate.enter(() => {})).toBe(true);
		expect(gate.enter(() => {})).toBe(false);
		expect(gate.queued).toBe(2);
	});

	it('leaves form posts and the app’s files alone', () => {
		expect(isGated('GET', '/finn-hjelp/sok?q=x')).toBe(true);
		expect(isGated('HEAD', '/')).toBe(true);
		expect(isGated('GET', '/api/hsds/services?per_page=50')).toBe(true);
		expect(isGated('POST', '/admin/tjenester/1?/save')).toBe(false);
		expect(isGated('GET', '/_app/immutable/entry/start.js')).toBe(false);
		expect(isGated('GET', '/favicon.png')).toBe(false);
	});
});

describe('the gate in front of a server', () => {
	let server: Server | undefined;
	afterEach(
		() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
	);

	/** A server like server.js: `/cached` answered at once, `/slow?…` rendered through the gate. */
	async function start(gate: RenderGate, rendered: string[], ready?: Promise<void>) {
		server = createServer((req, res) => {
			if (req.url === '/cached') {
				res.end('cached');
				return;
			}
			admit(gate, req, res, async () => {
				rendered.push(req.url!);
				await ready;
				// Synchronous work, as a render mostly is.
				const until = performance.now() + 5;
				while (performance.now() < until);
				res.writeHead(200, { 'content-type': 'text/plain' });
				res.end(`page ${req.url}`);
			});
		});
		await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
		return (server.address() as AddressInfo).port;
	}

	function get(port: number, path: string) {
		return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>(
			(resolve, reject) => {
				const req = request({ port, host: '127.0.0.1', path, agent: false }, (res) => {
					let body = '';
					res.setEncoding('utf8');
					res.on('data', (chunk) => (body += chunk));
					res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
				});
				req.on('error', reject);
				req.end();
			}
		);
	}

	it('answers every request with its own page, renders in arrival order, a cached page between renders', async () => {
		const log: string[] = [];
		// Renders wait until all 30 have arrived (as in a storm, where they come together).
		let allArrived = () => {};
		const ready = new Promise<void>((resolve) => (allArrived = resolve));
		const port = await start(new RenderGate(1, 100), log, ready);
		const arrivals: string[] = [];
		let cached: Promise<{ body: string }> | undefined;
		server!.prependListener('request', (req) => {
			if (req.url === '/cached') log.push('/cached');
			else if (arrivals.push(req.url!) === 30) {
				allArrived();
				// Someone asks for a cached page while 30 renders wait.
				cached = get(port, '/cached');
			}
		});
		const paths = Array.from({ length: 30 }, (_, i) => `/slow?q=${i}`);
		const answers = await Promise.all(paths.map((path) => get(port, path)));

		expect(answers.map((a) => a.body)).toEqual(paths.map((path) => `page ${path}`));
		expect(answers.every((a) => a.status === 200)).toBe(true);
		expect((await cached!).body).toBe('cached');
		const renders = log.filter((entry) => entry !== '/cached');
		expect(new Set(renders)).toEqual(new Set(paths));
		expect(renders).toEqual(arrivals);
		// The cached visitor was answered between renders, not after all 30.
		expect(log.indexOf('/cached')).toBeGreaterThan(-1);
		expect(log.indexOf('/cached')).toBeLessThan(log.length - 1);
	});

	it('answers 503 with Retry-After and a page in the visitor’s language when the queue is full', async () => {
		const rendered: string[] = [];
		// The first render waits until all four have arrived, so three find the slot taken.
		let arrived = 0;
		let allArrived = () => {};
		const ready = new Promise<void>((resolve) => (allArrived = resolve));
		const port = await start(new RenderGate(1, 1), rendered, ready);
		server!.prependListener('request', () => ++arrived === 4 && allArrived());
		const answers = await Promise.all([
			get(port, '/slow?1'),
			get(port, '/slow?2'),
			get(port, '/ar/slow?3'),
			get(port, '/ar/slow?4')
		]);
		const busy = answers.filter((a) => a.status === 503);
		// One renders, one waits its turn, two are told to come back.
		expect(answers.filter((a) => a.status === 200)).toHaveLength(2);
		expect(busy).toHaveLength(2);
		for (const answer of busy) {
			expect(answer.headers['retry-after']).toBe('2');
			expect(answer.headers['cache-control']).toBe('no-store');
		}
		const arabic = busy.find((a) => a.body.includes('lang="ar"'));
		expect(arabic?.body).toContain('dir="rtl"');
		expect(arabic?.body).toContain('113');
	});
});
