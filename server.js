/**
 * `npm start` runs this: the built app (adapter-node's `handler`) behind the public page
 * cache, on one or more cores.
 *
 * - A cached anonymous page is answered here, from the raw Node request, before SvelteKit
 *   builds a Request for it (src/lib/server/page-cache.ts fills the cache; this only reads).
 * - Every other page render passes a small admission gate (src/lib/server/render-gate.ts:
 *   `RENDER_CONCURRENCY` at a time, the rest queued in order), so cached pages stay fast
 *   while a burst of uncached ones is worked through.
 * - `WEB_CONCURRENCY=N` (default 1) forks N workers with node:cluster that share the port
 *   and the SQLite file (WAL: readers in parallel, one writer at a time). Each worker keeps
 *   its own page cache; when one invalidates, the primary tells the others.
 *
 * `node build` still works (one process, the cache served from the SvelteKit hook).
 * Honours HOST, PORT, SHUTDOWN_TIMEOUT, KEEP_ALIVE_TIMEOUT and what adapter-node's handler
 * reads itself (ORIGIN, BODY_SIZE_LIMIT, …).
 */
import cluster from 'node:cluster';
import http from 'node:http';
import process from 'node:process';

const invalidateMessage = 'inngang:invalidate-public-pages';
const workers = Math.max(1, Number.parseInt(process.env.WEB_CONCURRENCY ?? '1', 10) || 1);

if (cluster.isPrimary && workers > 1) {
	await primary(workers);
} else {
	await serve();
}

async function primary(count) {
	// A worker's invalidation (with what it changed, `{ type, change }`) goes to the others.
	const relay = (from) => (message) => {
		if (message !== invalidateMessage && message?.type !== invalidateMessage) return;
		for (const worker of Object.values(cluster.workers ?? {})) {
			if (worker && worker !== from && worker.isConnected()) worker.send(message);
		}
	};
	let stopping = false;
	const fork = () => {
		const worker = cluster.fork();
		worker.on('message', relay(worker));
		return worker;
	};
	cluster.on('exit', (worker, code, signal) => {
		if (stopping) return;
		console.error(`worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
		setTimeout(fork, 1000);
	});
	for (const signal of ['SIGTERM', 'SIGINT']) {
		process.on(signal, () => {
			stopping = true;
			for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
		});
	}
	// The first worker migrates the database while starting; the others wait for it, so two
	// workers never migrate the same file at once.
	const first = fork();
	await new Promise((resolve, reject) => {
		first.once('listening', resolve);
		first.once('exit', () => reject(new Error('the first worker did not start')));
	});
	for (let i = 1; i < count; i++) fork();
	console.log(`${count} workers`);
}

async function serve() {
	const { handler } = await import('./build/handler.js');
	// The page cache lives in the SvelteKit bundle and registers itself under a global symbol
	// when the server hooks load (during the handler's start-up above).
	const frontPageCache = () => globalThis[Symbol.for('inngang.page-cache')];
	// Everything else waits its turn there (src/lib/server/render-gate.ts), so a burst of
	// renders never keeps the cached pages above from being answered.
	const renderGate = () => globalThis[Symbol.for('inngang.render-gate')];
	const host = process.env.HOST ?? '0.0.0.0';
	const port = Number(process.env.PORT ?? 3000);
	const server = http.createServer((req, res) => {
		const hit = frontPageCache()?.lookup(req.method, req.url, req.headers);
		if (hit) {
			res.writeHead(hit.status, hit.headers);
			res.end(hit.body);
			return;
		}
		const render = () =>
			handler(req, res, () => {
				res.statusCode = 404;
				res.end('Not found');
			});
		const gate = renderGate();
		const rendered = () => (gate ? gate.admit(req, res, render) : render());
		// A stored page not yet compressed the way this client takes it: compressed once and
		// answered, without a render or a place in the render queue.
		const compressing = frontPageCache()?.lookupLacking?.(req.method, req.url, req.headers);
		if (compressing) {
			compressing.then((answer) => {
				res.writeHead(answer.status, answer.headers);
				res.end(answer.body);
			}, rendered);
			return;
		}
		rendered();
	});
	if (process.env.KEEP_ALIVE_TIMEOUT)
		server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT) * 1000;
	server.listen(port, host, () => {
		if (!cluster.isWorker || cluster.worker?.id === 1) console.log(`Listening on ${host}:${port}`);
	});
	const shutdown = () => {
		server.closeIdleConnections();
		server.close(() => {
			process.emit('sveltekit:shutdown', 'SIGTERM');
			// A cluster worker's channel to the primary would keep it running for ever.
			if (cluster.isWorker) process.disconnect();
		});
		setTimeout(
			() => server.closeAllConnections(),
			Number(process.env.SHUTDOWN_TIMEOUT ?? 30) * 1000
		).unref();
	};
	process.on('SIGTERM', shutdown);
	process.on('SIGINT', shutdown);
}
