import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { db } from '$lib/server/db';
import { eq } from 'drizzle-orm';
import { accountLink, outboxEmail } from '$lib/server/db/schema';
import { setAccountDisabled } from './account-admin';
import {
	checkLink,
	inviteAccount,
	linkLifetimeMs,
	redeemLink,
	requestPasswordReset,
	resetsSettled
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
		requestPasswordReset('nobody@t.example', '10.1.0.1', 'http://localhost');
		await resetsSettled();
		expect(db.select().from(outboxEmail).all().length).toBe(before);
		requestPasswordReset('Glemsk@t.example', '10.1.0.1', 'http://localhost');
		await resetsSettled();
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
		requestPasswordReset('medlem-uk@t.example', '10.1.0.2', 'http://localhost');
		await resetsSettled();
		const mail = db.select().from(outboxEmail).all().at(-1)!;
		expect(mail.subject).toMatch(/^Новий пароль для Inngang/);
		expect(mail.body).toContain('http://localhost/uk/konto/');
		expect(await redeemLink(lastLink(), { name: null, password: 'nytt og langt passord' })).toBe(
			'ok'
		);
	});

	it('using one reset link ends the others sent to the same account', async () => {
		await testAccount(
			municipalityId,
			'to-lenker@t.example',
			['editor'],
			await hashPassword('gammelt passord')
		);
		requestPasswordReset('to-lenker@t.example', '10.1.0.3', 'http://localhost');
		await resetsSettled();
		const first = lastLink();
		requestPasswordReset('to-lenker@t.example', '10.1.0.3', 'http://localhost');
		await resetsSettled();
		const second = lastLink();
		expect(second).not.toBe(first);
		expect(await redeemLink(second, { name: null, password: 'nytt og langt passord' })).toBe('ok');
		expect((await checkLink(first)).status).toBe('revoked');
		expect(await redeemLink(first, { name: null, password: 'et annet langt passord' })).toBe(
			'revoked'
		);
	});

	it('a disabled account gets no reset link, and disabling ends one already sent', async () => {
		const id = await testAccount(
			municipalityId,
			'stengt@t.example',
			['editor'],
			await hashPassword('gammelt passord')
		);
		requestPasswordReset('stengt@t.example', '10.1.0.4', 'http://localhost');
		await resetsSettled();
		const sent = lastLink();
		expect(await setAccountDisabled(admin, id, true)).toMatchObject({ ok: true });
		expect((await checkLink(sent)).status).toBe('revoked');
		const before = db.select().from(outboxEmail).all().length;
		requestPasswordReset('stengt@t.example', '10.1.0.4', 'http://localhost');
		await resetsSettled();
		expect(db.select().from(outboxEmail).all().length).toBe(before);
	});

	it('answers before it looks anything up, and a failing mail server never shows', async () => {
		await testAccount(
			municipalityId,
			'smtp@t.example',
			['editor'],
			await hashPassword('gammelt passord')
		);
		const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
		process.env.SMTP_HOST = '127.0.0.1';
		process.env.SMTP_PORT = '9'; // discard: nothing listens, the connection is refused
		try {
			// Returns nothing to await: the same (synchronous) work for every address.
			expect(
				requestPasswordReset('smtp@t.example', '10.1.0.5', 'http://localhost')
			).toBeUndefined();
			expect(
				requestPasswordReset('nobody-here@t.example', '10.1.0.5', 'http://localhost')
			).toBeUndefined();
			// Nothing has been looked up yet: no link exists until after the answer.
			expect(
				db.select().from(accountLink).where(eq(accountLink.email, 'smtp@t.example')).all()
			).toEqual([]);
			await resetsSettled();
			expect(errors).toHaveBeenCalled();
			expect(errors.mock.calls.flat().join(' ')).not.toContain('smtp@t.example');
		} finally {
			delete process.env.SMTP_HOST;
			delete process.env.SMTP_PORT;
			errors.mockRestore();
		}
	});

	it('sends at most three reset emails to one address in a row, and throttles one client', async () => {
		await testAccount(
			municipalityId,
			'flom@t.example',
			['editor'],
			await hashPassword('gammelt passord')
		);
		const count = () =>
			db.select().from(outboxEmail).where(eq(outboxEmail.recipient, 'flom@t.example')).all().length;
		const now = Date.now();
		for (let i = 0; i < 300; i++)
			requestPasswordReset('flom@t.example', `10.2.${i >> 8}.${i & 255}`, 'http://localhost', now);
		await resetsSettled();
		expect(count()).toBe(3);
		// An hour later the address may get one more.
		requestPasswordReset(
			'flom@t.example',
			'10.3.0.1',
			'http://localhost',
			now + 60 * 60 * 1000 + 1
		);
		await resetsSettled();
		expect(count()).toBe(4);

		const all = () => db.select().from(outboxEmail).all().length;
		const before = all();
		for (let i = 0; i < 300; i++) {
			const email = `flom${i}@t.example`;
			await testAccount(municipalityId, email, ['editor'], 'x');
			requestPasswordReset(email, '10.4.0.1', 'http://localhost', now);
		}
		await resetsSettled();
		expect(all() - before).toBe(10);
	});
});
