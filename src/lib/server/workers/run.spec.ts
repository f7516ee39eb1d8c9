import { vi, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { getPriority } from 'node:os';

// A database file, not `:memory:`: the worker opens its own connection to the same file.
const dir = vi.hoisted(() => {
	const { mkdtempSync } = process.getBuiltinModule('node:fs');
	const { tmpdir } = process.getBuiltinModule('node:os');
	const { join } = process.getBuiltinModule('node:path');
	const dir = mkdtempSync(join(tmpdir(), 'inngang-workers-'));
	process.env.DATABASE_URL = join(dir, 'test.sqlite');
	process.env.PAGE_CACHE_SECONDS = '0';
	return dir;
});

import Database from 'better-sqlite3';
import { and, eq } from 'drizzle-orm';
import { PDFDocument, PDFRef } from 'pdf-lib';
import { db } from '$lib/server/db';
import { auditLog } from '$lib/server/db/schema';
import { parseCsv } from '$lib/server/opendata/csv';
import type { AuthUser } from '$lib/server/auth/guard';
import { testAccount } from '$fixtures/test-database';
import { seedDemo } from '../../../../db/seed';
import { statementPdf } from '$lib/server/consultations/pdf';
import { dryRun, exportCsv } from '$lib/server/opendata/import';
import { serviceImport } from '$lib/server/services/csv';
import { checkImport, runImport } from '$lib/server/data-exchange/imports';
import {
	importReportCsv,
	keepImportReport,
	reportCsv
} from '$lib/server/data-exchange/import-report';
import { runJob } from './run';

let user: AuthUser;
const encode = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
	const { municipalityId } = await seedDemo(db);
	const id = await testAccount(municipalityId, 'worker-editor@fjordvik.example', ['editor']);
	user = {
		id,
		name: 'worker',
		email: 'worker-editor@fjordvik.example',
		municipalityId,
		roles: ['editor'],
		councilTerm: null,
		locale: 'nb'
	};
});

afterAll(() => {
	db.$client.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Every object of the PDF but its Info dictionary (which holds the time it was made). */
function objects(doc: PDFDocument): string[] {
	const info = doc.context.trailerInfo.Info;
	return doc.context
		.enumerateIndirectObjects()
		.filter(([ref]) => !(info instanceof PDFRef) || ref !== info)
		.map(([ref, object]) => `${ref} ${object}`);
}

/** A service's name as the main thread's connection reads it (through the export). */
async function storedName(externalId: string): Promise<string | undefined> {
	const { csv } = await parseCsv(
		encode(await exportCsv(serviceImport, user.municipalityId)),
		serviceImport.columns,
		serviceImport.required
	).then((r) => (r.ok ? r : { csv: { rows: [] } }));
	return csv.rows.find((r) => r.cells.external_id === externalId)?.cells.name;
}

/** The export with one name changed and one row copied under a new id. */
async function editedExport() {
	const exported = (await exportCsv(serviceImport, user.municipalityId)).replace(/^\ufeff/, '');
	const [header, first, ...rest] = exported.trim().split('\r\n');
	const columns = header.split(';');
	const cells = first.split(';');
	const name = columns.indexOf('name');
	const renamed = [...cells];
	renamed[name] = 'Omdøpt i en tråd';
	const copy = [...cells];
	copy[0] = `${cells[0]}-kopi`;
	return {
		id: cells[0],
		originalName: cells[name],
		csv: [header, renamed.join(';'), ...rest, copy.join(';')].join('\r\n')
	};
}

// Starting a worker bundles its code afresh (run.ts): seconds on a busy machine.
describe('long work on a worker thread', { timeout: 60_000 }, () => {
	it('makes the same statement PDF as the main thread would', async () => {
		const markdown = [
			'# Uttalelse fra ungdomsrådet',
			'',
			'Vi støtter tiltaket, særlig på kveldstid.',
			'',
			'- Потрібно більше місць для молоді.',
			'- نريد مكانًا آمنًا للشباب في المساء 2026'
		].join('\n');
		const [here, there] = await Promise.all([
			statementPdf(markdown, 'Uttalelse: test'),
			runJob({ name: 'statementPdf', here: statementPdf }, markdown, 'Uttalelse: test')
		]);
		const [a, b] = await Promise.all([PDFDocument.load(here), PDFDocument.load(there)]);
		expect(b.getTitle()).toBe('Uttalelse: test');
		expect(objects(b)).toEqual(objects(a));
	});

	it('checks a CSV with the same report as the main thread, and applies it in one transaction with its audit entry', async () => {
		const { id, originalName, csv } = await editedExport();
		const bytes = encode(csv);
		const expected = await dryRun(serviceImport, bytes, user.municipalityId);
		expect(expected.counts).toMatchObject({ create: 1, update: 1 });

		expect(await checkImport(user, 'tjenester', bytes)).toEqual(expected);

		const applied = await runImport(user, 'tjenester', bytes, 'fra-tråd.csv');
		expect(applied).toEqual(expected);
		// The main thread's connection sees what the worker's wrote.
		expect(await storedName(id)).toBe('Omdøpt i en tråd');
		expect(await storedName(`${id}-kopi`)).toBe(originalName);
		const entry = await db
			.select()
			.from(auditLog)
			.where(and(eq(auditLog.actorId, user.id), eq(auditLog.action, 'import')))
			.get();
		expect(entry?.changes).toMatchObject({
			file: { new: 'fra-tråd.csv' },
			created: { new: [`${id}-kopi`] },
			updated: { new: [id] }
		});
		// Applying the same file again changes nothing.
		expect((await checkImport(user, 'tjenester', bytes)).counts).toMatchObject({
			create: 0,
			update: 0
		});
	});

	it('waits for a foreign write lock instead of failing the import', async () => {
		const { id, csv } = await editedExport();
		// Without the copied row, which the test before has already imported.
		const rows = csv.replace('Omdøpt i en tråd', 'Ventet på låsen').split('\r\n');
		const bytes = encode(rows.slice(0, -1).join('\r\n'));
		const lock = new Database(process.env.DATABASE_URL!);
		lock.exec('BEGIN IMMEDIATE');
		const importing = runImport(user, 'tjenester', bytes, 'ventet.csv');
		// Longer than the main thread would wait (20 ms), well within the worker's 5 s.
		await new Promise((resolve) => setTimeout(resolve, 600));
		lock.exec('ROLLBACK');
		lock.close();
		expect((await importing).problems).toEqual([]);
		expect(await storedName(id)).toBe('Ventet på låsen');
	});

	it('writes out the whole import report, as the main thread would', async () => {
		const { csv } = await editedExport();
		const report = await checkImport(user, 'tjenester', encode(csv));
		const token = await keepImportReport(user, 'tjenester', report, 'rapport.csv');

		expect((await importReportCsv(user, token, 'nb'))?.csv).toBe(reportCsv(report, 'nb'));
	});

	// Linux (where the portal runs) keeps a nice value per thread: the job's thread yields to
	// the one that answers the pages.
	it('runs below the priority of the thread that answers the pages', async () => {
		await checkImport(user, 'tjenester', encode((await editedExport()).csv));
		const threads = readdirSync('/proc/self/task').map((id) => ({
			name: readFileSync(`/proc/self/task/${id}/comm`, 'utf8').trim(),
			nice: getPriority(Number(id))
		}));

		expect(getPriority(process.pid)).toBeLessThan(10);
		expect(threads.filter((t) => t.name === 'WorkerThread').map((t) => t.nice)).toContain(10);
	});
});
