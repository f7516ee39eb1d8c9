import Database from 'better-sqlite3';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as playwrightRequest } from '@playwright/test';
import { expect, test } from './fixtures';

// This spec runs its own server with the request log on (the shared one has it off) and
// reads what it printed after an invitation and a password reset.
const port = Number(process.env.E2E_PORT ?? 4173) + 27;
const origin = `http://localhost:${port}`;
let server: ChildProcess;
let databasePath: string;
let output = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	test.setTimeout(120_000);
	databasePath = join(mkdtempSync(join(tmpdir(), 'inngang-log-')), 'log.sqlite');
	const env = { ...process.env, DATABASE_URL: databasePath };
	execFileSync('npx', ['tsx', 'db/seed/run.ts', '--reset'], { env, stdio: 'ignore' });
	server = spawn(process.execPath, ['build'], {
		env: { ...env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, REQUEST_LOG: 'on' }
	});
	server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
	let last = '';
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
		} catch (error) {
			last = String((error as Error).cause ?? error);
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	throw new Error(`server did not start: ${last} ${output}`);
});

test.afterAll(() => {
	server?.kill('SIGTERM');
});

function outboxLinks(): string[] {
	const db = new Database(databasePath, { readonly: true });
	const bodies = db.prepare('SELECT body FROM outbox_email').all() as { body: string }[];
	db.close();
	return bodies.flatMap((b) => [...b.body.matchAll(/\/konto\/(\S+)/g)].map((m) => m[1]));
}

test('the request log holds no reset or invitation secret and no topic a visitor looked at', async () => {
	const api = await playwrightRequest.newContext({
		baseURL: origin,
		extraHTTPHeaders: { origin }
	});
	const form = { headers: { accept: 'text/html' }, maxRedirects: 0 };
	expect(
		(
			await api.post('/logg-inn', {
				...form,
				form: { email: 'admin@fjordvik.example', password: 'demo-admin-2025' }
			})
		).status()
	).toBe(303);
	const invited = await api.post('/admin/brukere?/invite', {
		...form,
		form: { email: 'logg@fjordvik.example', roles: 'editor', councilTerm: '', locale: 'nb' }
	});
	expect(invited.status()).toBe(303);
	const reset = await api.post('/glemt-passord', {
		...form,
		form: { email: 'redaktor@fjordvik.example' }
	});
	expect(reset.status()).toBe(200);
	await expect.poll(() => outboxLinks().length).toBeGreaterThanOrEqual(2);

	const tokens = outboxLinks();
	for (const token of tokens) {
		expect((await api.get(`/konto/${token}`)).status()).toBe(200);
		await api.post(`/konto/${token}`, {
			...form,
			form: { name: 'Logg Test', password: 'et langt nytt passord' }
		});
	}
	expect((await api.get('/finn-hjelp/tema/rus')).status()).toBeLessThan(500);
	await api.dispose();
	await expect.poll(() => output).toContain('/[[lang=lang]]/konto/[token]');

	for (const token of tokens) {
		expect(output).not.toContain(token);
		expect(output).not.toContain(token.split('.')[1]);
	}
	expect(output).not.toContain('/finn-hjelp/tema/rus');
	expect(output).toContain('/[[lang=lang]]/finn-hjelp/tema/[topic]');
	// Whole seconds only.
	expect(output).not.toMatch(/T\d\d:\d\d:\d\d\.\d+Z/);
});
