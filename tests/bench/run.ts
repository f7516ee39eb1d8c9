/**
 * npm run bench: the production build on loopback, against a fresh copy of the demo
 * database, driven by autocannon (50 connections, 10 s per URL). For each URL the same
 * rendered HTML is also served by a bare node:http server, so the ratio portal ÷ bare says
 * how close we are to what this machine can do at all. Targets are printed, never asserted
 * in tests (timings vary with the machine).
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchUrls, targets } from './urls';

const portalPort = Number(process.env.BENCH_PORT ?? 4310);
const barePort = portalPort + 1;
const connections = 50;
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const portal = `http://127.0.0.1:${portalPort}`;

type Measure = { rps: number; p50: number; p95: number; p99: number; errors: number };

async function main() {
	const dir = join(tmpdir(), `inngang-bench-${process.pid}`);
	mkdirSync(dir, { recursive: true });
	const database = join(dir, 'bench.sqlite');
	await run('npx', ['tsx', 'db/seed/run.ts', '--reset'], { DATABASE_URL: database });

	const server = spawn('node', ['build'], {
		env: {
			...process.env,
			DATABASE_URL: database,
			PORT: String(portalPort),
			HOST: '127.0.0.1',
			ORIGIN: portal
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	try {
		await waitFor(portal);
		const rows = [];
		for (const url of benchUrls) rows.push(await benchOne(url));
		report(rows);
		mkdirSync('bench-results', { recursive: true });
		writeFileSync('bench-results/latest.json', JSON.stringify(rows, null, '\t'));
	} finally {
		server.kill();
		rmSync(dir, { recursive: true, force: true });
	}
}

async function benchOne(url: (typeof benchUrls)[number]) {
	const response = await fetch(portal + url.path);
	if (!response.ok) throw new Error(`${url.path} answered ${response.status}`);
	const html = await response.text();
	const assets = await assetSizes(html, response.headers.get('link') ?? '');

	await load(portal + url.path, 2); // warm-up: JIT and caches, not measured
	const measured = await load(portal + url.path, duration);

	const bare = await serveBare(html);
	try {
		await load(`http://127.0.0.1:${barePort}/`, 2);
		const baseline = await load(`http://127.0.0.1:${barePort}/`, duration);
		return {
			...url,
			portal: measured,
			bare: baseline,
			ratio: measured.rps / baseline.rps,
			...assets
		};
	} finally {
		await new Promise((resolve) => bare.close(resolve));
	}
}

/** Requests per second and latency percentiles, p95 computed from every response. */
function load(url: string, seconds: number): Promise<Measure> {
	return new Promise((resolve, reject) => {
		const latencies: number[] = [];
		const instance = autocannon({ url, connections, duration: seconds }, (error, result) => {
			if (error) return reject(error);
			latencies.sort((a, b) => a - b);
			const at = (q: number) =>
				latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
			resolve({
				rps: result.requests.average,
				p50: at(0.5),
				p95: at(0.95),
				p99: at(0.99),
				errors: result.errors + result.non2xx
			});
		});
		instance.on('response', (_client, _status, _bytes, responseTime) =>
			latencies.push(responseTime)
		);
	});
}

/** The same bytes from the simplest server Node has: the ceiling for this machine. */
function serveBare(html: string): Promise<Server> {
	const body = Buffer.from(html);
	const server = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': 'text/html', 'content-length': body.length });
		response.end(body);
	});
	return new Promise((resolve) => server.listen(barePort, '127.0.0.1', () => resolve(server)));
}

/** Gzipped size of every script and stylesheet the page loads, as a browser would fetch them. */
async function assetSizes(html: string, linkHeader: string) {
	const hrefs = new Set<string>();
	// SvelteKit announces the modules a page needs as preloads in the Link header.
	for (const match of linkHeader.matchAll(
		/<([^>]+)>;\s*rel="(modulepreload|stylesheet|preload)"/g
	)) {
		hrefs.add(match[1]);
	}
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const rel = tag.match(/\brel="([^"]+)"/)?.[1];
		const href = tag.match(/\bhref="([^"]+)"/)?.[1];
		if (href && (rel === 'modulepreload' || rel === 'stylesheet')) hrefs.add(href);
	}
	for (const match of html.matchAll(/import\("([^"]+)"\)/g)) hrefs.add(match[1]);
	let js = 0;
	let css = 0;
	let foreign = 0;
	for (const href of hrefs) {
		const absolute = new URL(href, portal + '/');
		if (absolute.origin !== portal) foreign++;
		const bytes = Buffer.from(await (await fetch(absolute)).arrayBuffer());
		const size = gzipSync(bytes).length;
		if (absolute.pathname.endsWith('.css')) css += size;
		else js += size;
	}
	return { jsKb: js / 1024, cssKb: css / 1024, foreignAssets: foreign };
}

function report(rows: Awaited<ReturnType<typeof benchOne>>[]) {
	const fixed = (n: number, d = 1) => n.toFixed(d).padStart(8);
	console.log(
		`\n${'url'.padEnd(34)}${'req/s'.padStart(8)}${'p50'.padStart(8)}${'p95'.padStart(8)}${'p99'.padStart(8)}${'bare/s'.padStart(8)}${'ratio'.padStart(8)}${'JS kB'.padStart(8)}${'CSS kB'.padStart(8)}  verdict`
	);
	for (const row of rows) {
		const misses: string[] = [];
		if (row.ratio < targets.minRatio) misses.push(`ratio < ${targets.minRatio}`);
		if (row.portal.p95 > targets.maxP95Ms) misses.push(`p95 > ${targets.maxP95Ms} ms`);
		if (row.jsBudgetKb !== undefined && row.jsKb > row.jsBudgetKb)
			misses.push(`JS > ${row.jsBudgetKb} kB`);
		if (row.foreignAssets > 0) misses.push('assets from another host');
		if (row.portal.errors > 0) misses.push(`${row.portal.errors} errors`);
		console.log(
			`${(row.name + ' ' + row.path).slice(0, 33).padEnd(34)}${fixed(row.portal.rps, 0)}${fixed(row.portal.p50)}${fixed(row.portal.p95)}${fixed(row.portal.p99)}${fixed(row.bare.rps, 0)}${fixed(row.ratio, 3)}${fixed(row.jsKb)}${fixed(row.cssKb)}  ${misses.length ? 'MISS: ' + misses.join(', ') : 'ok'}`
		);
	}
	console.log(
		`\n${connections} connections, ${duration} s per URL; latencies in ms; sizes gzipped.`
	);
}

function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
	return new Promise((resolve, reject) => {
		const child: ChildProcess = spawn(command, args, {
			env: { ...process.env, ...env },
			stdio: 'ignore'
		});
		child.on('exit', (code) =>
			code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))
		);
	});
}

async function waitFor(url: string) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).status < 500) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${url} did not start`);
}

await main();
