/**
 * How long long work freezes everyone else (issue 14, item 8), measured as a visitor would:
 * while the portal (`node server.js`) makes a large statement PDF, checks and applies a
 * ~4.5 MB services CSV, writes the open-data exports, and saves a service while another
 * process holds the SQLite write lock, two visitors ask for a public page every 5 ms, one
 * a cached page (`/`), one an uncached one (`/personvern?besok=<n>`). The row is the
 * longest any of their requests took. Target under 100 ms. `npm run bench` runs this
 * (`--only stall` runs nothing else); printed, never asserted.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';

export type StallRow = {
	job: string;
	/** How long the job took, first request to last answer. */
	jobMs: number;
	/** What it answered, e.g. `200, 4.4 MB` or `503 ×6`. */
	outcome: string;
	cachedMs: number;
	uncachedMs: number;
};

type Portal = { origin: string; stop: () => Promise<void> };
type Helpers = {
	startPortal: (database: string, offset: number, env: Record<string, string>) => Promise<Portal>;
	saveForm: (html: string) => URLSearchParams;
	logIn: (origin: string, account: { email: string; password: string }) => Promise<string>;
};

export const stallTargetMs = 100;
const admin = { email: 'admin@fjordvik.example', password: 'demo-admin-2025' };
const csvBytes = 4.5e6;

/**
 * Every job, on `database` (a fresh demo copy, which this changes), through one portal;
 * with `large` (a copy of the `--scale N` municipality), also the public downloads whose
 * size grows with the data, through a second one.
 */
export async function measureStalls(
	database: string,
	helpers: Helpers,
	large?: { database: string; scale: number }
): Promise<StallRow[]> {
	const rows = await measureJobs(database, helpers);
	if (large) rows.push(...(await measureDownloads(large.database, large.scale, helpers)));
	return rows;
}

/**
 * The calendar subscription for every activity and the largest open-data pages at a real
 * municipality's size: public URLs, so anyone can ask for them while others browse.
 */
async function measureDownloads(
	database: string,
	scale: number,
	helpers: Helpers
): Promise<StallRow[]> {
	const portal = await helpers.startPortal(database, 3, {});
	try {
		const { origin } = portal;
		const rows: StallRow[] = [];
		await during(origin, 'warm-up', () => pause(1000).then(() => ''));
		const jobs: [string, string][] = [
			[`calendar of every activity, ×${scale}`, '/aktiviteter/kalender.ics'],
			[
				`calendar of one district in Ukrainian, ×${scale}`,
				'/uk/aktiviteter/kalender.ics?omrade=sentrum'
			],
			[`HSDS services API, 500 a page, ×${scale}`, '/api/hsds/services?per_page=500'],
			[`RPDE activities feed, first page, ×${scale}`, '/api/feeds/activities']
		];
		for (const [job, path] of jobs)
			rows.push(await measured(origin, job, async () => answer(await request(origin + path))));
		return rows;
	} finally {
		await portal.stop();
	}
}

async function measureJobs(database: string, helpers: Helpers): Promise<StallRow[]> {
	const roundId = largeStatement(database);
	const portal = await helpers.startPortal(database, 2, {});
	try {
		const { origin } = portal;
		const cookie = await helpers.logIn(origin, admin);
		const rows: StallRow[] = [];
		const measure = async (job: string, work: () => Promise<string>) =>
			rows.push(await measured(origin, job, work));
		// Warm up both pages (the first renders load code), then what the machine itself gives.
		await during(origin, 'warm-up', () => pause(1000).then(() => ''));
		await measure('nothing (the floor)', () => pause(1000).then(() => ''));

		const pdfPath = `/planen/horinger/${roundId}/uttalelse.pdf`;
		for (let i = 1; i <= 2; i++)
			await measure(`statement PDF, ${i === 1 ? 'first' : 'again'}`, async () =>
				answer(await request(`${origin}${pdfPath}?n=${i}`))
			);

		const csv = await bigServicesCsv(origin, cookie);
		let confirm = new FormData();
		const form = (action: 'check' | 'apply') => {
			const body = new FormData();
			body.set('kind', 'tjenester');
			body.set('file', new Blob([csv], { type: 'text/csv' }), 'tjenester-stor.csv');
			return request(`${origin}/admin/apne-data?/${action}`, {
				method: 'POST',
				headers: { cookie, origin, accept: 'text/html' },
				body: action === 'check' ? body : confirm
			});
		};
		const mb = (csv.byteLength / 1e6).toFixed(1);
		await measure(`services CSV check, ${mb} MB`, async () => {
			const response = await form('check');
			// The confirmation form, sent back as the page renders it.
			confirm = hiddenFields(await response.clone().text(), 'action="?/apply"');
			return answer(response);
		});
		await measure(`services CSV apply, ${mb} MB`, async () => answer(await form('apply')));

		// After the apply: what the pages themselves take now there are thousands of services,
		// then the exports of those services.
		await measure('nothing, after the apply', () => pause(1000).then(() => ''));
		for (const kind of ['tjenester', 'aktiviteter', 'tiltak', 'horingsresultater'])
			await measure(`open-data export ${kind}.csv`, async () =>
				answer(
					await request(`${origin}/admin/apne-data/eksport/${kind}.csv`, { headers: { cookie } })
				)
			);
		await measure('HSDS services API, 500 a page', async () =>
			answer(await request(`${origin}/api/hsds/services?per_page=500`))
		);

		await measure('service saves under a foreign write lock (2 s)', () =>
			savesUnderLock(origin, cookie, database, helpers.saveForm)
		);
		return rows;
	} finally {
		await portal.stop();
	}
}

/** `during`, with a line on stderr as each job ends. */
async function measured(origin: string, job: string, work: () => Promise<string>) {
	const row = await during(origin, job, work);
	console.error(
		`stall: ${job}: ${row.outcome} in ${row.jobMs.toFixed(0)} ms, longest wait ${row.cachedMs.toFixed(0)} / ${row.uncachedMs.toFixed(0)} ms`
	);
	return row;
}

/** Runs `work` while two visitors load pages every 5 ms; their longest wait. */
async function during(origin: string, job: string, work: () => Promise<string>) {
	let running = true;
	let n = 0;
	let failed = 0;
	const visitor = async (path: () => string) => {
		let longest = 0;
		while (running) {
			const started = performance.now();
			try {
				await (await request(origin + path())).arrayBuffer();
			} catch {
				failed++;
			}
			longest = Math.max(longest, performance.now() - started);
			await pause(5);
		}
		return longest;
	};
	const cached = visitor(() => '/');
	// A new query each time: rendered afresh, never from the cache. The privacy page rather
	// than a search, whose own time grows with the data the import adds.
	const uncached = visitor(() => `/personvern?besok=${++n}`);
	await pause(200);
	const started = performance.now();
	let outcome: string;
	try {
		outcome = await work();
	} finally {
		running = false;
	}
	const jobMs = performance.now() - started;
	const [cachedMs, uncachedMs] = await Promise.all([cached, uncached]);
	if (failed) outcome += ` (${failed} page requests failed)`;
	return { job, jobMs, outcome, cachedMs, uncachedMs };
}

async function answer(response: Response): Promise<string> {
	const bytes = (await response.arrayBuffer()).byteLength;
	return `${response.status}, ${bytes > 1e5 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} kB`}`;
}

/**
 * Another process (as `sqlite3` or a backup script would) takes the write lock for 2 s;
 * meanwhile the admin saves a service again and again. A save waits for the lock in the
 * background (fault-pages.ts, up to 1.5 s) and then answers "try again" (503); the one
 * after goes through once the lock is let go. Neither may hold the visitors up.
 */
async function savesUnderLock(
	origin: string,
	cookie: string,
	database: string,
	saveForm: Helpers['saveForm']
): Promise<string> {
	const list = await (await request(`${origin}/admin/tjenester`, { headers: { cookie } })).text();
	const id = /href="\/admin\/tjenester\/(\d+)"/.exec(list)?.[1];
	const editPath = `${origin}/admin/tjenester/${id}`;
	const form = saveForm(await (await request(editPath, { headers: { cookie } })).text());
	const script = `const D = require('better-sqlite3'); const d = new D(process.argv[1]);
		d.exec('BEGIN IMMEDIATE'); console.log('locked');
		setTimeout(() => { d.exec('ROLLBACK'); d.close(); }, 2000);`;
	const locker = spawn('node', ['-e', script, database], { stdio: ['ignore', 'pipe', 'inherit'] });
	const exited = new Promise((resolve) => locker.once('exit', resolve));
	await new Promise((resolve) => locker.stdout.once('data', resolve));
	const statuses = new Map<number, number>();
	const until = performance.now() + 1800;
	while (performance.now() < until) {
		const response = await request(`${editPath}?/save`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				cookie,
				origin,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: form
		});
		await response.arrayBuffer();
		statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
		await pause(50);
	}
	await exited;
	return [...statuses].map(([status, count]) => `${status} ×${count}`).join(', ');
}

function hiddenFields(html: string, formAttribute: string): FormData {
	const start = html.indexOf(formAttribute);
	const fields = new FormData();
	if (start < 0) return fields;
	const form = html.slice(start, html.indexOf('</form>', start));
	for (const [tag] of form.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)) {
		const name = /\bname="([^"]*)"/.exec(tag)?.[1];
		const value = /\bvalue="([^"]*)"/.exec(tag)?.[1] ?? '';
		if (name) fields.append(name, value.replaceAll('&quot;', '"').replaceAll('&amp;', '&'));
	}
	return fields;
}

/** The services export, its rows repeated under new external ids up to ~4.5 MB. */
async function bigServicesCsv(origin: string, cookie: string): Promise<Uint8Array<ArrayBuffer>> {
	const response = await request(`${origin}/admin/apne-data/eksport/tjenester.csv`, {
		headers: { cookie }
	});
	if (!response.ok) throw new Error(`the services export answered ${response.status}`);
	const [header, ...rows] = (await response.text())
		.replace(/^\ufeff/, '')
		.trim()
		.split('\r\n');
	const lines = [header];
	let size = header.length;
	for (let copy = 0; size < csvBytes; copy++)
		for (const row of rows) {
			const line = row.replace(/^([^;]+)/, `$1-kopi${copy}`);
			lines.push(line);
			size += line.length + 2;
		}
	return new TextEncoder().encode(lines.join('\r\n'));
}

/**
 * A long statement (120 sections in Norwegian, Ukrainian and Arabic), adopted and published
 * on the first round, so its PDF is public.
 */
function largeStatement(database: string): number {
	const paragraph =
		'Ungdomsrådet mener tiltaket treffer godt, men at det må nå ut til flere skoler. ' +
		'Молодь хоче більше зустрічей після школи. الشباب يريدون أماكن آمنة للقاء بعد المدرسة. ';
	const markdown = Array.from(
		{ length: 120 },
		(_, i) => `## Tiltak ${i + 1}\n\n${paragraph.repeat(3)}\n\n- ${paragraph}\n- ${paragraph}`
	).join('\n\n');
	const db = new Database(database);
	try {
		const round = db
			.prepare(
				`SELECT r.id FROM consultation_round r JOIN municipality m ON m.id = r.municipality_id
				 WHERE m.slug = 'fjordvik' ORDER BY r.id LIMIT 1`
			)
			.get() as { id: number };
		db.prepare(
			`UPDATE consultation_round SET statement_markdown = ?,
			 statement_adopted_on = coalesce(statement_adopted_on, '2026-11-01'),
			 feedback_published_at = coalesce(feedback_published_at, '2026-11-02T10:00:00Z') WHERE id = ?`
		).run(markdown, round.id);
		return round.id;
	} finally {
		db.close();
	}
}

/**
 * fetch, tried once more when the server closed a kept-alive connection just as it was
 * reused (it closes idle ones after 5 s; a long job leaves some idle that long).
 */
async function request(url: string, init?: RequestInit): Promise<Response> {
	try {
		return await fetch(url, init);
	} catch (error) {
		if ((error as { cause?: { code?: string } }).cause?.code !== 'ECONNRESET') throw error;
		return fetch(url, init);
	}
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A small second table. */
export function stallTable(rows: StallRow[]): string {
	const verdict = (r: StallRow) =>
		Math.max(r.cachedMs, r.uncachedMs) < stallTargetMs ? 'ok' : `MISS: > ${stallTargetMs} ms`;
	return [
		'',
		`| long job (issue 14.8) | job ms | answered | longest wait, cached \`/\` ms | longest wait, uncached \`/personvern?…\` ms | verdict |`,
		'| --- | ---: | --- | ---: | ---: | --- |',
		...rows.map(
			(r) =>
				`| ${r.job} | ${r.jobMs.toFixed(0)} | ${r.outcome} | ${r.cachedMs.toFixed(0)} | ${r.uncachedMs.toFixed(0)} | ${verdict(r)} |`
		),
		'',
		'Two visitors, one request every 5 ms each, during each job; target: every wait under 100 ms.'
	].join('\n');
}
