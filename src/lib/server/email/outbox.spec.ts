import { vi, beforeAll, describe, expect, it } from 'vitest';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
});

import { db } from '$lib/server/db';
import { outboxEmail } from '$lib/server/db/schema';
import type { AuthUser, Role } from '$lib/server/auth/guard';
import { testAccount, testMunicipality } from '$fixtures/test-database';
import { listOutbox } from './outbox';

/**
 * Issue 14, item 12: in the demo outbox an admin sees only their own municipality's mail,
 * and never a link that would set another signed-up admin's password.
 */

let viewer: AuthUser;
let here: number;
let elsewhere: number;

async function person(
	municipalityId: number,
	email: string,
	roles: Role[],
	hash: string | null
): Promise<AuthUser> {
	const id = await testAccount(municipalityId, email, roles, hash);
	return { id, name: email, email, municipalityId, roles, councilTerm: null, locale: 'nb' };
}

const link = (secret: string) =>
	`Velg passord: http://localhost/konto/7.${secret}\nHilsen portalen`;

beforeAll(async () => {
	here = await testMunicipality('utboksvik');
	elsewhere = await testMunicipality('andrevik');
	viewer = await person(here, 'admin-a@t.example', ['admin'], 'hash');
	await person(here, 'admin-b@t.example', ['admin'], 'hash');
	await person(here, 'admin-ny@t.example', ['admin'], null);
	await person(here, 'redaktor@t.example', ['editor'], 'hash');
	await person(elsewhere, 'admin-x@t.example', ['admin'], 'hash');
	db.insert(outboxEmail)
		.values([
			{
				municipalityId: here,
				recipient: 'admin-b@t.example',
				subject: 'reset b',
				body: link('bbb')
			},
			{
				municipalityId: here,
				recipient: 'Admin-A@t.example',
				subject: 'reset a',
				body: link('aaa')
			},
			{
				municipalityId: here,
				recipient: 'admin-ny@t.example',
				subject: 'invite',
				body: link('nnn')
			},
			{
				municipalityId: here,
				recipient: 'redaktor@t.example',
				subject: 'reset e',
				body: link('eee')
			},
			{
				municipalityId: elsewhere,
				recipient: 'admin-x@t.example',
				subject: 'reset x',
				body: link('xxx')
			}
		])
		.run();
});

describe('the outbox an admin sees', () => {
	it("holds only the admin's own municipality's messages", async () => {
		const subjects = (await listOutbox(viewer)).map((e) => e.subject);
		expect(subjects.sort()).toEqual(['invite', 'reset a', 'reset b', 'reset e']);
	});

	it("hides another signed-up admin's link and keeps the rest of the message", async () => {
		const byRecipient = new Map((await listOutbox(viewer)).map((e) => [e.subject, e]));
		const other = byRecipient.get('reset b')!;
		expect(other.redacted).toBe(true);
		expect(other.body).not.toContain('bbb');
		expect(other.body).not.toContain('/konto/');
		expect(other.body).toContain('Hilsen portalen');
		// Their own link, a new admin's invitation and an editor's reset stay readable.
		expect(byRecipient.get('reset a')!.body).toContain('/konto/7.aaa');
		expect(byRecipient.get('invite')!.body).toContain('/konto/7.nnn');
		expect(byRecipient.get('reset e')!.body).toContain('/konto/7.eee');
	});
});
