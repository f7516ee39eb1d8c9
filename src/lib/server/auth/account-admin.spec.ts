import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { db } from '$lib/server/db';
import { auditLog, outboxEmail } from '$lib/server/db/schema';
import { changeOwnPassword, setAccountDisabled } from './account-admin';
import type { AuthUser } from './guard';
import {
	checkLink,
	inviteAccount,
	listPendingInvitations,
	redeemLink,
	revokeInvitation
} from './links';
import { logIn } from './login';
import { hashPassword } from './password';
import { createSession, validateSessionToken } from './session';
import { testAccount, testMunicipality } from '$fixtures/test-database';
import { getUserById } from './users';

let municipalityId: number;
let admin: AuthUser;

beforeAll(async () => {
	municipalityId = await testMunicipality();
	admin = (await getUserById(
		await testAccount(
			municipalityId,
			'sjef@t.example',
			['admin'],
			await hashPassword('sjefens passord')
		)
	))!;
});

describe('changing your own password', () => {
	it('needs the current password, keeps this session and ends the others', async () => {
		const id = await testAccount(
			municipalityId,
			'bytter@t.example',
			['editor'],
			await hashPassword('gammelt passord')
		);
		const user = (await getUserById(id))!;
		const here = await createSession(id);
		const elsewhere = await createSession(id);
		const hereId = (await validateSessionToken(here.token))!.id;

		expect(
			await changeOwnPassword(
				user,
				hereId,
				{ current: 'feil passord', next: 'nytt langt passord' },
				'10.0.0.1'
			)
		).toEqual({ ok: false, errors: { current: 'wrong' } });
		expect(
			await changeOwnPassword(
				user,
				hereId,
				{ current: 'gammelt passord', next: 'kort' },
				'10.0.0.1'
			)
		).toEqual({ ok: false, errors: { next: 'too_short' } });
		expect(
			await changeOwnPassword(
				user,
				hereId,
				{ current: 'gammelt passord', next: 'password123' },
				'10.0.0.1'
			)
		).toEqual({ ok: false, errors: { next: 'too_common' } });
		// Nothing changed yet: both sessions still work.
		expect(await validateSessionToken(elsewhere.token)).not.toBeNull();

		expect(
			await changeOwnPassword(
				user,
				hereId,
				{ current: 'gammelt passord', next: 'nytt langt passord' },
				'10.0.0.1'
			)
		).toEqual({ ok: true });
		expect(await validateSessionToken(here.token)).not.toBeNull();
		expect(await validateSessionToken(elsewhere.token)).toBeNull();
		expect((await logIn('bytter@t.example', 'gammelt passord', '10.0.0.2')).ok).toBe(false);
		expect((await logIn('bytter@t.example', 'nytt langt passord', '10.0.0.2')).ok).toBe(true);
		const entries = db.select().from(auditLog).all();
		expect(entries.at(-1)).toMatchObject({
			entity: 'account',
			entityId: String(id),
			action: 'password_change'
		});
	});
});

describe('disabling an account', () => {
	it('ends its sessions; a wrong password gets the same answer as anywhere, only the right one hears "disabled"', async () => {
		const id = await testAccount(
			municipalityId,
			'stengt@t.example',
			['editor'],
			await hashPassword('riktig passord her')
		);
		const { token } = await createSession(id);
		expect(await setAccountDisabled(admin, id, true)).toEqual({ ok: true, name: 'stengt' });
		expect(await validateSessionToken(token)).toBeNull();
		expect(await getUserById(id)).toBeNull();
		const wrong = await logIn('stengt@t.example', 'feil passord her', '10.0.0.3');
		const unknown = await logIn('finnes-ikke@t.example', 'feil passord her', '10.0.0.3');
		expect(wrong).toEqual({ ok: false, reason: 'invalid' });
		expect(wrong).toEqual(unknown);
		const right = await logIn('stengt@t.example', 'riktig passord her', '10.0.0.3');
		expect(right).toEqual({ ok: false, reason: 'disabled' });

		expect(await setAccountDisabled(admin, id, false)).toEqual({ ok: true, name: 'stengt' });
		expect((await logIn('stengt@t.example', 'riktig passord her', '10.0.0.3')).ok).toBe(true);
	});

	it('does not let an admin disable themselves or accounts elsewhere', async () => {
		expect(await setAccountDisabled(admin, admin.id, true)).toEqual({ ok: false, reason: 'self' });
		const other = await testMunicipality('annenvik');
		const stranger = await testAccount(other, 'fremmed@t.example', ['editor']);
		expect(await setAccountDisabled(admin, stranger, true)).toEqual({
			ok: false,
			reason: 'not_found'
		});
	});
});

describe('withdrawing an invitation', () => {
	it('takes it off the pending list and its link says it was withdrawn', async () => {
		await inviteAccount(
			admin,
			{ email: 'angret@t.example', roles: ['editor'], councilTerm: null, locale: 'nb' },
			'http://localhost'
		);
		const token = /\/konto\/(\S+)/.exec(db.select().from(outboxEmail).all().at(-1)!.body)![1];
		const pending = (await listPendingInvitations(municipalityId)).find(
			(i) => i.email === 'angret@t.example'
		)!;
		expect(await revokeInvitation(admin, pending.id)).toEqual({
			ok: true,
			email: 'angret@t.example'
		});
		expect((await listPendingInvitations(municipalityId)).map((i) => i.email)).not.toContain(
			'angret@t.example'
		);
		expect((await checkLink(token)).status).toBe('revoked');
		expect(await redeemLink(token, { name: 'For sent', password: 'et langt passord' })).toBe(
			'revoked'
		);
		expect(await revokeInvitation(admin, pending.id)).toEqual({ ok: false, reason: 'not_found' });
	});

	it('lets a coordinator withdraw only invitations they could have sent', async () => {
		const coordinator = (await getUserById(
			await testAccount(municipalityId, 'k@t.example', ['coordinator'])
		))!;
		await inviteAccount(
			admin,
			{ email: 'ny.admin@t.example', roles: ['admin'], councilTerm: null, locale: 'nb' },
			'http://localhost'
		);
		const pending = (await listPendingInvitations(municipalityId)).find(
			(i) => i.email === 'ny.admin@t.example'
		)!;
		expect(await revokeInvitation(coordinator, pending.id)).toEqual({
			ok: false,
			reason: 'not_allowed'
		});
	});
});
