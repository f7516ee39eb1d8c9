import { describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import { db } from '$lib/server/db';
import { loginFailure } from '$lib/server/db/schema';
import {
	accountFailureLimit,
	accountSubject,
	clearAccountFailures,
	clientFailureLimit,
	clientSubject,
	isLoginBlocked,
	loginWindowMs,
	recordLoginFailure
} from './rate-limit';

describe('login rate limiting', () => {
	it('blocks an account after ten failures, for the length of the window', async () => {
		const subjects = { account: accountSubject('A@x.example'), client: clientSubject('10.0.0.1') };
		const now = Date.now();
		for (let i = 0; i < accountFailureLimit - 1; i++) await recordLoginFailure(subjects, now);
		expect(await isLoginBlocked(subjects, now)).toBe(false);
		await recordLoginFailure(subjects, now);
		expect(await isLoginBlocked(subjects, now)).toBe(true);
		// Another client trying the same account is blocked too.
		expect(await isLoginBlocked({ ...subjects, client: clientSubject('10.0.0.2') }, now)).toBe(
			true
		);
		expect(await isLoginBlocked(subjects, now + loginWindowMs + 1)).toBe(false);
	});

	it('blocks one client trying many accounts', async () => {
		const client = clientSubject('10.0.0.3');
		const now = Date.now();
		for (let i = 0; i < clientFailureLimit; i++)
			await recordLoginFailure({ account: accountSubject(`u${i}@x.example`), client }, now);
		expect(await isLoginBlocked({ account: accountSubject('fresh@x.example'), client }, now)).toBe(
			true
		);
	});

	it('never stores the client address itself', async () => {
		await recordLoginFailure({
			account: accountSubject('b@x.example'),
			client: clientSubject('192.0.2.55')
		});
		const rows = await db.select().from(loginFailure).all();
		expect(rows.some((r) => r.subject.includes('192.0.2.55'))).toBe(false);
		expect(clientSubject('192.0.2.55')).toBe(clientSubject('192.0.2.55'));
	});

	it('forgives the account after a successful login', async () => {
		const subjects = { account: accountSubject('c@x.example'), client: clientSubject('10.0.0.9') };
		for (let i = 0; i < accountFailureLimit; i++) await recordLoginFailure(subjects);
		await clearAccountFailures(subjects);
		expect(await isLoginBlocked(subjects)).toBe(false);
	});
});
