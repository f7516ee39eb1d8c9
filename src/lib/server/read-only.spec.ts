import { vi, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const path = vi.hoisted(() => {
	const file = `${process.env.TMPDIR ?? '/tmp'}/inngang-read-only-${process.pid}.sqlite`;
	process.env.DATABASE_URL = file;
	process.env.DATABASE_READONLY = '1';
	process.env.PAGE_CACHE_SECONDS = '0';
	process.env.MUNICIPALITY = 'fjordvik';
	return file;
});

import { migrateDatabase, openDatabase } from '$lib/server/db/client';
import { db } from '$lib/server/db';
import { account, service } from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { seedDemo } from '../../../db/seed';
import { getUserById } from '$lib/server/auth/users';
import { findServices, getServiceBySlug, parseFinderQuery, countTopicUse } from './services/finder';
import { countNeeds } from './plans/needs-picture';
import { flushVisitCounts } from './visit-counts';
import { getServiceForEdit, saveService } from './services/admin/services';
import { storageFault } from './db/faults';
import { faultError } from './fault-pages';
import type { RequestEvent } from '@sveltejs/kit';

/**
 * Issue 14, item 10: with the database file read-only (a full disk being dealt with, a
 * maintenance copy) public pages still render, their anonymous counters are skipped, and a
 * staff save fails as a storage fault whose page gives back what was typed.
 */

const scratch = mkdtempSync(join(tmpdir(), 'inngang-ro-'));

beforeAll(async () => {
	const writable = openDatabase(path, false);
	migrateDatabase(writable);
	await seedDemo(writable);
	writable.$client.close();
});

afterAll(() => {
	db.$client.close();
	for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
	rmSync(scratch, { recursive: true, force: true });
});

describe('a read-only database file', () => {
	it('is opened read-only', () => {
		expect(db.$client.readonly).toBe(true);
	});

	it('still serves the finder, a service page and their counters', async () => {
		const query = parseFinderQuery(new URLSearchParams('q=helsestasjon'));
		const found = await findServices(query, 'nb');
		expect(found.services.length).toBeGreaterThan(0);
		expect(await getServiceBySlug(found.services[0].slug, 'nb')).toBeDefined();
		expect(() => countTopicUse(['ensom'])).not.toThrow();
		expect(() => countNeeds('topic', ['ensom'], 'nb')).not.toThrow();
		// Written in one batch a moment later: skipped too, without an error.
		expect(() => flushVisitCounts()).not.toThrow();
	});

	it('fails a staff save as a storage fault, and its page keeps what was typed', async () => {
		const editorRow = db
			.select()
			.from(account)
			.where(eq(account.email, 'redaktor@fjordvik.example'))
			.get()!;
		const editor = (await getUserById(editorRow.id))!;
		const id = db
			.select()
			.from(service)
			.where(eq(service.municipalityId, editor.municipalityId))
			.get()!.id;
		const current = (await getServiceForEdit(editor, id))!;
		const error = await saveService(editor, id, current.version, {
			...current.edit,
			summary: 'Ny tekst'
		}).then(
			() => null,
			(e: unknown) => e
		);
		expect(storageFault(error)).toBe('storage');

		const request = new Request('http://localhost/admin/tjenester/1?/save', {
			method: 'POST',
			body: new URLSearchParams({ summary: 'Ny tekst', password: 'hemmelig', version: '3' })
		});
		const event = { locals: { formCopy: request.clone() } } as unknown as RequestEvent;
		await request.formData(); // the action read the original
		const page = await faultError(error, event);
		expect(page).toMatchObject({ fault: 'storage' });
		expect(page?.typed).toEqual([
			['summary', 'Ny tekst'],
			['version', '3']
		]);
		expect(event.locals.fault).toBe('storage');
	});
});
