import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { db } from '$lib/server/db';
import { outboxEmail } from '$lib/server/db/schema';
import {
	checkLink,
	inviteAccount,
	linkLifetimeMs,
	redeemLink,
	requestPasswordReset
} from './links';
import { hashPassword } from './password';
import { createSession, validateSessionToken } from './session';
import { testAccount, testMunicipality } from '$fixtures/test-database';
import { getAccountByEmail, getUserById, setUserLocale } from './users';
import type { AuthUser } from './guard';

let admin: AuthUser;
let municipalityId: number;

function lastLink(): string {
	const mails = db.select().from(outboxEmail).all();
	return /\/konto\/(\S+)/.exec(mails.at(-1)!.body)![1];
}

beforeAll(async () => {
	municipalityId = await testMunicipality();
	admin = (await getUserById(await testAccount(municipalityId, 'admin@t.example', ['admin'])))!;
});

describe('invitations and resets', () => {
	it('invites by email through the outbox; the link creates the account once', async () => {
		const result = await inviteAccount(
			admin,
			{ email: 'Ny@T.example', roles: ['council_member'], councilTerm: '2025–2027', locale: 'nb' },
			'http://localhost'
		);
		expect(result).toEqual({ ok: true });
		const token = lastLink();
		expect((await checkLink(token)).status).toBe('ok');
		expect(await redeemLink(token, { name: 'Ny Person', password: 'en lang setning' })).toBe('ok');
		const created = await getAccountByEmail('ny@t.example');
		expect(created?.councilTerm).toBe('2025–2027');
		expect((await getUserById(created!.id))?.roles).toEqual(['council_member']);
		expect(await redeemLink(token, { name: 'Igjen', password: 'en annen setning' })).toBe('used');
	});

	it('says when a link is too old', async () => {
		await inviteAccount(
			admin,
			{ email: 'sen@t.example', roles: ['editor'], councilTerm: null, locale: 'en' },
			'http://localhost'
		);
		const token = lastLink();
		expect((await checkLink(token, Date.now() + linkLifetimeMs + 1)).status).toBe('expired');
		// Change the last character to a different one (the old 'a' matched one token in 32).
		const tampered = token.slice(0, -1) + (token.endsWith('a') ? 'b' : 'a');
		expect((await checkLink(tampered)).status).toBe('invalid');
	});

	it('does not let a coordinator make admins', async () => {
		const coordinator = (await getUserById(
			await testAccount(municipalityId, 'koord@t.example', ['coordinator'])
		))!;
		expect(
			await inviteAccount(
				coordinator,
				{ email: 'x@t.example', roles: ['admin'], councilTerm: null, locale: 'nb' },
				'http://localhost'
			)
		).toEqual({ ok: false, reason: 'role_not_allowed' });
	});

	it('resets a password and logs the person out everywhere', async () => {
		const id = await testAccount(
			municipalityId,
			'glemsk@t.example',
			['editor'],
			await hashPassword('gammelt passord')
		);
		const { token: sessionToken } = await createSession(id);
		const before = db.select().from(outboxEmail).all().length;
		await requestPasswordReset('nobody@t.example', 'http://localhost');
		expect(db.select().from(outboxEmail).all().length).toBe(before);
		await requestPasswordReset('Glemsk@t.example', 'http://localhost');
		expect(await redeemLink(lastLink(), { name: null, password: 'nytt og langt passord' })).toBe(
			'ok'
		);
		expect(await validateSessionToken(sessionToken)).toBeNull();
	});

	it('writes the reset email in the person’s own language, with the page in it too', async () => {
		const id = await testAccount(
			municipalityId,
			'medlem-uk@t.example',
			['council_member'],
			await hashPassword('gammelt passord')
		);
		const member = (await getUserById(id))!;
		await setUserLocale(member, 'uk');
		await requestPasswordReset('medlem-uk@t.example', 'http://localhost');
		const mail = db.select().from(outboxEmail).all().at(-1)!;
		expect(mail.subject).toMatch(/^Новий пароль для Inngang/);
		expect(mail.body).toContain('http://localhost/uk/konto/');
		expect(await redeemLink(lastLink(), { name: null, password: 'nytt og langt passord' })).toBe(
			'ok'
		);
	});
});
