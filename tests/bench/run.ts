/**
 * npm run bench [-- --scale N] [--seconds S] [--only name,name]
 *
 * The production build started the way `npm start` starts it (`node server.js`), on
 * loopback, against fresh copies of the demo database, driven by autocannon with 50
 * connections. One run measures, for every URL in urls.ts:
 *
 * - **cached**: the page cache on (as deployed), on the demo data, against a bare
 *   node:http server sending the same bytes (the ceiling for this machine);
 * - **uncached** (`PAGE_CACHE_SECONDS=0`) on the demo data and, with `--scale N` (N > 1), on a
 *   municipality N times its size (`db/seed/scale.ts`), against the app's trivial page
 *   uncached (the framework's own floor, urls.ts `trivialPage`);
 * - **a storm of distinct searches** (every request a different text, so the cache cannot
 *   help) and what a cached page's visitors get while it runs, on the demo data and at scale;
 * - **saving a service** as staff, over HTTP, while pages are under load (at the largest
 *   scale), which also rebuilds that service's search entry and drops the page cache;
 * - the server's peak resident memory, and the gzipped JS and CSS each page loads.
 *
 * It prints one markdown table and writes bench-results/latest.json. Targets are printed,
 * never asserted in tests (timings vary with the machine). `--seconds` (default 10) is the
 * measured time per URL; use 2–3 on a shared machine.
 */
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchUrls, stormWords, targets, trivialPage, type BenchUrl } from './urls';
import { measureStalls, stallTable } from './stall';

const argument = (name: string) => {
	const at = process.argv.indexOf(`--${name}`);
	return at >= 0 ? process.argv[at + 1] : undefined;
};
const scale = Math.max(1, Number(argument('scale') ?? 1) || 1);
const duration = Number(argument('seconds') ?? process.env.BENCH_SECONDS ?? 10);
const only = argument('only')?.split(',');
const warmUpSeconds = Math.min(2, duration);
const connections = 50;
const basePort = Number(process.env.BENCH_PORT ?? 4310);
const barePort = basePort + 9;
const editor = { email: 'redaktor@fjordvik.example', password: 'demo-redaktor-2025' };

type Measure = { rps: number; p50: number; p95: number; p99: number; errors: number };
type Portal = { origin: string; pid: number; peakRssMb: number; stop: () => Promise<void> };

async function main() {
	const dir = join(tmpdir(), `inngang-bench-${process.pid}`);
	mkdirSync(dir, { recursive: true });
	try {
		const small = join(dir, 'scale-1.sqlite');
		const large = join(dir, `scale-${scale}.sqlite`);
		await run('npx', ['tsx', 'db/seed/run.ts', '--reset'], { DATABASE_URL: small });
		if (scale > 1)
			await run('npx', ['tsx', 'db/seed/run.ts', '--reset', '--scale', String(scale)], {
				DATABASE_URL: large
			});

		// Long jobs (issue 14, item 8): a page's longest wait during each, on a copy of its own.
		const stallDb = join(dir, 'stall.sqlite');
		await run('npx', ['tsx', 'db/seed/run.ts', '--reset'], { DATABASE_URL: stallDb });
		const stallLarge = join(dir, 'stall-large.sqlite');
		if (scale > 1) copyFileSync(large, stallLarge);
		const stalls = await measureStalls(
			stallDb,
			{ startPortal, saveForm, logIn },
			scale > 1 ? { database: stallLarge, scale } : undefined
		);

		const urls = benchUrls.filter((u) => !only || only.some((name) => u.name.includes(name)));
		const rows = new Map(urls.map((u) => [u.path, { ...u } as Row]));
		const memory: Record<string, number> = {};

		// 1. Cached, as deployed, against the bare server.
		let portal = await startPortal(small, 0, {});
		let roundPath = '/planen/horinger/1';
		try {
			roundPath = await publishedRoundPath(portal.origin);
			for (const url of urls) {
				const row = rows.get(url.path)!;
				const path = url.path === '/planen/horinger/1' ? roundPath : url.path;
				const { body, contentType, linkHeader } = await get(portal.origin + path);
				Object.assign(row, await assetSizes(portal.origin, body.toString(), linkHeader));
				await load(portal.origin + path, warmUpSeconds);
				row.cached = await load(portal.origin + path, duration);
				row.bare = await againstBare(body, contentType);
			}
			const [storm, cachedDuringStorm] = await stormWithVisitors(portal.origin);
			rows.set('storm', {
				name: 'storm of distinct searches',
				path: '/finn-hjelp/sok?q=…',
				uncachedSmall: storm,
				noFloorRatio: true
			} as Row);
			rows.set('storm-cached', {
				name: 'cached home during the storm',
				path: '/',
				cached: cachedDuringStorm
			} as Row);
		} finally {
			memory['cached, scale 1'] = portal.peakRssMb;
			await portal.stop();
		}

		// The same storm at scale, as deployed (the page cache on): the searches are new, so
		// each one works through the large catalogue, and the cached home must not notice.
		if (scale > 1) {
			portal = await startPortal(large, 0, {});
			try {
				const [storm, cachedDuringStorm] = await stormWithVisitors(portal.origin);
				rows.get('storm')!.uncachedLarge = storm;
				rows.set('storm-cached-large', {
					name: `cached home during the storm ×${scale}`,
					path: '/',
					cached: cachedDuringStorm
				} as Row);
			} finally {
				memory[`cached, scale ${scale}`] = portal.peakRssMb;
				await portal.stop();
			}
		}

		// 2. Uncached, on the demo data and at scale.
		const floor = { ...trivialPage } as Row;
		rows.set('floor', floor);
		const uncachedModes: [string, 'uncachedSmall' | 'uncachedLarge'][] = [
			[small, 'uncachedSmall'],
			...(scale > 1 ? [[large, 'uncachedLarge'] as [string, 'uncachedLarge']] : [])
		];
		for (const [database, key] of uncachedModes) {
			// The page cache off, the data memos on (as for a page the cache does not hold).
			portal = await startPortal(database, 1, {
				PAGE_CACHE_SECONDS: '0',
				DATA_MEMO_SECONDS: '10'
			});
			try {
				await load(portal.origin + trivialPage.path, warmUpSeconds);
				floor[key] = await load(portal.origin + trivialPage.path, duration);
				for (const url of urls) {
					const path = url.path === '/planen/horinger/1' ? roundPath : url.path;
					await load(portal.origin + path, warmUpSeconds);
					rows.get(url.path)![key] = await load(portal.origin + path, duration);
				}
				if (database === (scale > 1 ? large : small)) {
					rows.set('save', await serviceSaves(portal.origin, duration));
				}
			} finally {
				memory[`uncached, scale ${database === small ? 1 : scale}`] = portal.peakRssMb;
				await portal.stop();
			}
		}
		const result = [...rows.values()];
		console.log(table(result, floor, memory));
		console.log(stallTable(stalls));
		mkdirSync('bench-results', { recursive: true });
		writeFileSync(
			'bench-results/latest.json',
			JSON.stringify({ scale, duration, connections, rows: result, memory, stalls }, null, '\t')
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

type Row = BenchUrl & {
	cached?: Measure;
	bare?: Measure;
	uncachedSmall?: Measure;
	uncachedLarge?: Measure;
	saveMs?: { median: number; max: number; count: number; failed: number };
	/** The topic page's 20 visitors while the saves ran (each save drops the page cache). */
	meanwhile?: Measure;
	jsKb?: number;
	cssKb?: number;
	foreignAssets?: number;
	noFloorRatio?: boolean;
};

/** `node server.js` as `npm start` runs it, on its own port. */
async function startPortal(
	database: string,
	offset: number,
	env: Record<string, string>
): Promise<Portal> {
	const port = basePort + offset;
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn('node', ['server.js'], {
		env: {
			...process.env,
			...env,
			DATABASE_URL: database,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			BODY_SIZE_LIMIT: '8M'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const portal: Portal = {
		origin,
		pid: child.pid!,
		peakRssMb: 0,
		stop: () =>
			new Promise((resolve) => {
				clearInterval(sampler);
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
			})
	};
	// Resident memory, sampled while it runs (Linux /proc).
	const sampler = setInterval(() => {
		try {
			const kb = Number(
				/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${portal.pid}/status`, 'utf8'))?.[1]
			);
			if (kb) portal.peakRssMb = Math.max(portal.peakRssMb, kb / 1024);
		} catch {
			// not running (yet, or any more)
		}
	}, 250);
	await waitFor(origin);
	return portal;
}

/** Requests per second and latency percentiles, p95 computed from every response. */
function load(
	url: string,
	seconds: number,
	clients = connections,
	options: Partial<autocannon.Options> = {}
): Promise<Measure> {
	return new Promise<Measure>((resolve, reject) => {
		const latencies: number[] = [];
		const instance = autocannon(
			{ url, connections: clients, duration: seconds, ...options },
			(error, result) => {
				if (error) return reject(error);
				const measure = summary(latencies, result.requests.average, result.errors + result.non2xx);
				// Progress on stderr, so a run cut short still says what it measured.
				console.error(`${url}: ${measure.rps.toFixed(0)} req/s, p95 ${measure.p95} ms`);
				resolve(measure);
			}
		);
		instance.on('response', (_client, _status, _bytes, responseTime) =>
			latencies.push(responseTime)
		);
	});
}

function summary(latencies: number[], rps: number, errors: number): Measure {
	latencies.sort((a, b) => a - b);
	const at = (q: number) =>
		latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
	return { rps, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors };
}

/**
 * A storm of distinct searches (50 connections, every text new) and meanwhile 10 visitors of
 * the cached home page: what each got.
 */
async function stormWithVisitors(origin: string): Promise<[Measure, Measure]> {
	await load(origin + '/', warmUpSeconds);
	return Promise.all([searchStorm(origin, duration), load(origin + '/', duration, 10)]);
}

/** 50 connections, each request a search text no one asked before. */
function searchStorm(origin: string, seconds: number): Promise<Measure> {
	let n = 0;
	return load(`${origin}/finn-hjelp/sok`, seconds, connections, {
		requests: [
			{
				setupRequest: (request) => {
					n++;
					const a = stormWords[n % stormWords.length];
					const b = stormWords[Math.floor(n / stormWords.length) % stormWords.length];
					return { ...request, path: `/finn-hjelp/sok?q=${encodeURIComponent(`${a} ${b} ${n}`)}` };
				}
			}
		]
	});
}

/** The same bytes from the simplest server Node has: the ceiling for this machine. */
async function againstBare(body: Buffer, contentType: string): Promise<Measure> {
	const server: Server = createServer((_request, response) => {
		response.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
		response.end(body);
	});
	await new Promise<void>((resolve) => server.listen(barePort, '127.0.0.1', resolve));
	try {
		await load(`http://127.0.0.1:${barePort}/`, warmUpSeconds);
		return await load(`http://127.0.0.1:${barePort}/`, duration);
	} finally {
		await new Promise((resolve) => server.close(resolve));
	}
}

/**
 * An editor saves a service (the edit form as the page renders it, sent back unchanged but
 * for its version) one save after another, while 20 connections load a topic page. Each
 * save is timed from the POST to its 303; the topic page's req/s and p95 meanwhile say what
 * a save costs its visitors (the finder index after it).
 */
async function serviceSaves(origin: string, seconds: number): Promise<Row> {
	const cookie = await logIn(origin);
	const list = (await get(`${origin}/admin/tjenester`, cookie)).body.toString();
	const id = /href="\/admin\/tjenester\/(\d+)"/.exec(list)?.[1];
	if (!id) throw new Error('/admin/tjenester lists no service');
	const editPath = `${origin}/admin/tjenester/${id}`;
	const background = load(`${origin}/finn-hjelp/tema/trist-eller-redd`, seconds, 20);
	const times: number[] = [];
	let failed = 0;
	const until = Date.now() + seconds * 1000 - 500;
	while (Date.now() < until) {
		// A save that gets no answer in 30 s counts as failed; the table is still printed.
		try {
			const form = saveForm((await get(editPath, cookie)).body.toString());
			const started = performance.now();
			const response = await fetch(`${editPath}?/save`, {
				method: 'POST',
				redirect: 'manual',
				signal: AbortSignal.timeout(30_000),
				headers: {
					cookie,
					origin,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded'
				},
				body: form
			});
			await response.arrayBuffer();
			if (response.status === 303) times.push(performance.now() - started);
			else failed++;
		} catch {
			failed++;
		}
	}
	const meanwhile = await background;
	times.sort((a, b) => a - b);
	return {
		name: 'save a service (staff, under load)',
		path: '/admin/tjenester/<id>?/save',
		saveMs: {
			median: times[Math.floor(times.length / 2)] ?? NaN,
			max: times.at(-1) ?? NaN,
			count: times.length,
			failed
		},
		meanwhile
	};
}

async function logIn(origin: string, account = editor): Promise<string> {
	const response = await fetch(`${origin}/logg-inn`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ ...account, next: '' })
	});
	const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
	if (response.status !== 303 || cookies.length === 0)
		throw new Error(`logging in answered ${response.status}`);
	return cookies.join('; ');
}

/** The fields of the page's `?/save` form, with the values it shows (a tiny form reader). */
function saveForm(html: string): URLSearchParams {
	const start = html.indexOf('action="?/save"');
	if (start < 0) throw new Error('the edit page has no save form');
	const form = html.slice(start, html.indexOf('</form>', start));
	const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
	const text = (s: string) =>
		s
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&quot;', '"')
			.replaceAll('&#39;', "'")
			.replaceAll('&amp;', '&');
	const fields = new URLSearchParams();
	for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
		const name = attr(tag, 'name');
		const type = attr(tag, 'type') ?? 'text';
		if (!name || type === 'submit') continue;
		if ((type === 'checkbox' || type === 'radio') && !/\schecked\b/.test(tag)) continue;
		fields.append(name, text(attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : '')));
	}
	for (const [, tag, content] of form.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g)) {
		const name = attr(tag, 'name');
		if (name) fields.append(name, text(content));
	}
	for (const [, tag, options] of form.matchAll(/(<select\b[^>]*>)([\s\S]*?)<\/select>/g)) {
		const name = attr(tag, 'name');
		const chosen =
			/<option\b[^>]*\sselected\b[^>]*>/.exec(options)?.[0] ?? /<option\b[^>]*>/.exec(options)?.[0];
		if (name && chosen) fields.append(name, text(attr(chosen, 'value') ?? ''));
	}
	return fields;
}

async function get(url: string, cookie?: string) {
	const response = await fetch(url, {
		headers: cookie ? { cookie } : {},
		signal: AbortSignal.timeout(60_000)
	});
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return {
		body: Buffer.from(await response.arrayBuffer()),
		contentType: response.headers.get('content-type') ?? 'text/html',
		linkHeader: response.headers.get('link') ?? ''
	};
}

async function publishedRoundPath(origin: string): Promise<string> {
	const html = (await get(`${origin}/planen`)).body.toString();
	const id = /href="\/planen\/horinger\/(\d+)"/.exec(html)?.[1];
	return id ? `/planen/horinger/${id}` : '/planen/horinger/1';
}

/** Gzipped size of every script and stylesheet the page loads, as a browser would fetch them. */
async function assetSizes(origin: string, html: string, linkHeader: string) {
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
	// Server-rendered pages load their few scripts with plain <script src> tags.
	for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
		const src = tag.match(/\bsrc="([^"]+)"/)?.[1];
		if (src) hrefs.add(src);
	}
	let js = 0;
	let css = 0;
	let foreign = 0;
	for (const href of hrefs) {
		const absolute = new URL(href, origin + '/');
		if (absolute.origin !== origin) foreign++;
		const bytes = Buffer.from(await (await fetch(absolute)).arrayBuffer());
		const size = gzipSync(bytes).length;
		if (absolute.pathname.endsWith('.css')) css += size;
		else js += size;
	}
	return { jsKb: js / 1024, cssKb: css / 1024, foreignAssets: foreign };
}

/** One markdown table: every URL in every mode, the ratios, sizes and what misses a target. */
function table(rows: Row[], floor: Row, memory: Record<string, number>): string {
	const n = (value: number | undefined, digits = 0) =>
		value === undefined || Number.isNaN(value) ? '' : value.toFixed(digits);
	const mode = (m: Measure | undefined) => (m ? `${n(m.rps)} / ${n(m.p95) || '–'}` : '');
	const ratio = (a: Measure | undefined, b: Measure | undefined) =>
		a && b && b.rps > 0 ? a.rps / b.rps : undefined;
	const largeLabel = scale > 1 ? `uncached ×${scale}` : 'uncached ×N';
	const lines = [
		`| page | cached req/s / p95 ms | bare req/s | cached ÷ bare | uncached ×1 req/s / p95 | ${largeLabel} req/s / p95 | ÷ trivial page | JS kB gz | CSS kB gz | verdict |`,
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |'
	];
	for (const row of rows) {
		const misses: string[] = [];
		const atScale = row.uncachedLarge ?? row.uncachedSmall;
		const floorAtScale =
			row === floor || row.noFloorRatio ? undefined : (floor.uncachedLarge ?? floor.uncachedSmall);
		const cachedRatio = ratio(row.cached, row.bare);
		const floorRatio = ratio(atScale, floorAtScale);
		if (cachedRatio !== undefined && cachedRatio < targets.minCachedRatio)
			misses.push(`cached < ${targets.minCachedRatio} of bare`);
		if (row.cached && row.cached.p95 > targets.maxP95Ms)
			misses.push(`cached p95 > ${targets.maxP95Ms} ms`);
		if (row.uncachedTarget && floorRatio !== undefined && floorRatio < targets.minUncachedRatio)
			misses.push(`uncached < ${targets.minUncachedRatio} of trivial`);
		if (row.uncachedTarget && atScale && atScale.p95 > targets.maxP95Ms)
			misses.push(`uncached p95 > ${targets.maxP95Ms} ms`);
		if (row.jsBudgetKb !== undefined && row.jsKb !== undefined && row.jsKb > row.jsBudgetKb)
			misses.push(`JS > ${row.jsBudgetKb} kB`);
		if (row.foreignAssets) misses.push('assets from another host');
		for (const m of [row.cached, row.uncachedSmall, row.uncachedLarge]) {
			if (m?.errors) misses.push(`${m.errors} errors`);
			if (m && Number.isNaN(m.p95)) misses.push('no answer in time');
		}
		if (row.saveMs) {
			if (row.saveMs.median > targets.maxSaveMs) misses.push(`save > ${targets.maxSaveMs} ms`);
			if (row.saveMs.failed) misses.push(`${row.saveMs.failed} saves failed`);
			lines.push(
				`| ${row.name} | | | | | median ${n(row.saveMs.median, 1)} ms, max ${n(row.saveMs.max, 1)} ms (${row.saveMs.count} saves); topic page meanwhile ${mode(row.meanwhile)} | | | | ${misses.length ? 'MISS: ' + misses.join(', ') : 'ok'} |`
			);
			continue;
		}
		lines.push(
			`| ${row.name} \`${row.path}\` | ${mode(row.cached)} | ${n(row.bare?.rps)} | ${n(cachedRatio, 2)} | ${mode(row.uncachedSmall)} | ${mode(row.uncachedLarge)} | ${n(floorRatio, 2)} | ${n(row.jsKb, 1)} | ${n(row.cssKb, 1)} | ${misses.length ? 'MISS: ' + misses.join(', ') : 'ok'} |`
		);
	}
	const rss = Object.entries(memory)
		.map(([label, mb]) => `${label} ${mb.toFixed(0)} MB`)
		.join(', ');
	return [
		'',
		...lines,
		'',
		`${connections} connections, ${duration} s per measurement, \`node server.js\`; latencies in ms; sizes gzipped. Peak RSS: ${rss}.`
	].join('\n');
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
	for (let i = 0; i < 300; i++) {
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
