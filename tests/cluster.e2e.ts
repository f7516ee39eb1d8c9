import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';

/**
 * Issue 15, item 6: `WEB_CONCURRENCY=2 node server.js`, two workers over one SQLite file,
 * each with its own page cache. A save in one worker must empty the other's cache at once,
 * and a stop (SIGTERM, as systemd sends) must stop every process.
 */

const port = Number(process.env.E2E_PORT ?? 4173) + 7;
const origin = `http://127.0.0.1:${port}`;

async function started(child: ChildProcess): Promise<void> {
	for (let i = 0; i < 120; i++) {
		if (child.exitCode !== null) throw new Error(`the cluster stopped (${child.exitCode})`);
		try {
			if ((await fetch(`${origin}/personvern`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error('the cluster did not start');
}

/** What anonymous visitors get for `path`, asked `n` times: the workers take turns. */
/** `n` answers, each on a new connection, so the primary hands them to the workers in turn. */
async function asked(path: string, n: number): Promise<string[]> {
	const bodies: string[] = [];
	for (let i = 0; i < n; i++)
		bodies.push(
			await new Promise<string>((resolve, reject) =>
				get(origin + path, { agent: false }, (response) => {
					const chunks: Buffer[] = [];
					response.on('data', (chunk: Buffer) => chunks.push(chunk));
					response.on('end', () => resolve(Buffer.concat(chunks).toString()));
				}).on('error', reject)
			)
		);
	return bodies;
}

test('two workers: a save in one empties every worker’s page cache, and SIGTERM stops them all', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const dir = mkdtempSync(join(tmpdir(), 'inngang-cluster-'));
	const file = join(dir, 'cluster.sqlite');
	const source = new Database('db/e2e.sqlite', { readonly: true });
	const { id, slug } = source
		.prepare(
			`SELECT s.id, s.slug FROM service s JOIN municipality m ON m.id = s.municipality_id
			 WHERE m.slug = 'fjordvik' AND s.status = 'active' ORDER BY s.id LIMIT 1`
		)
		.get() as { id: number; slug: string };
	await source.backup(file);
	source.close();

	const cluster = spawn(process.execPath, ['server.js'], {
		env: {
			...process.env,
			WEB_CONCURRENCY: '2',
			DATABASE_URL: file,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			REQUEST_LOG: 'off'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const exited = new Promise<number | null>((resolve) => cluster.once('exit', resolve));
	try {
		await started(cluster);
		const path = `/pl/finn-hjelp/tjeneste/${slug}`;
		// Both workers render and cache the page, and read their finder index for a search.
		const search = `/pl/finn-hjelp/sok?q=${encodeURIComponent('młodzieży klaster')}`;
		for (const body of await asked(path, 6)) expect(body).not.toContain('Klaster');
		for (const body of await asked(search, 6)) expect(body).not.toContain('Klaster');

		const context = await browser.newContext({ baseURL: origin });
		const page = await context.newPage();
		await page.goto('/logg-inn', { waitUntil: 'networkidle' });
		await page.getByLabel('E-postadresse').fill('redaktor@fjordvik.example');
		await page.getByLabel('Passord').fill('demo-redaktor-2025');
		await page.getByRole('button', { name: 'Logg inn' }).click();
		await expect(page).not.toHaveURL(/\/logg-inn/);
		await page.goto(`/admin/tjenester/${id}/oversettelser`, { waitUntil: 'networkidle' });
		const polish = page.getByRole('region', { name: /Polski/ });
		await polish.getByLabel('Name (Polski)').fill('Klaster: punkt dla młodzieży');
		await polish.getByRole('button', { name: 'Save (Polski)' }).click();
		await expect(page.getByRole('status')).toContainText('Polski');
		await context.close();

		// Whichever worker answers, the page is the new one: no worker kept its old copy.
		for (const body of await asked(path, 6)) expect(body).toContain('Klaster: punkt dla młodzieży');
		// And every worker's finder index has the new name (each read that one service again).
		for (const body of await asked(search, 6))
			expect(body).toContain('Klaster: punkt dla młodzieży');
	} finally {
		cluster.kill('SIGTERM');
		const stopped = await Promise.race([
			exited.then(() => true),
			new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 15_000))
		]);
		if (!stopped) cluster.kill('SIGKILL');
		rmSync(dir, { recursive: true, force: true });
		expect(stopped, 'every process stopped after SIGTERM').toBe(true);
	}
});
