import { beforeAll, describe, expect, it, vi } from 'vitest';
vi.hoisted(() => (process.env.DATABASE_URL = ':memory:'));
import {
	createSession,
	invalidateAccountSessions,
	invalidateSession,
	sessionAbsoluteLifetimeMs,
	sessionLifetimeMs,
	validateSessionToken
} from './session';
import { testAccount, testMunicipality } from '$fixtures/test-database';

let accountId: number;
beforeAll(async () => {
	accountId = await testAccount(await testMunicipality(), 'kari@test.example', ['editor']);
});

describe('sessions', () => {
	it('validates a fresh token and knows its account', async () => {
		const { token } = await createSession(accountId);
		const session = await validateSessionToken(token);
		expect(session?.accountId).toBe(accountId);
		expect(session?.renewed).toBe(false);
	});

	it('refuses a token whose secret is wrong', async () => {
		const { token } = await createSession(accountId);
		const [id] = token.split('.');
		expect(await validateSessionToken(`${id}.${'a'.repeat(24)}`)).toBeNull();
		expect(await validateSessionToken('garbage')).toBeNull();
	});

	it('expires after its lifetime and forgets the row', async () => {
		const start = Date.now();
		const { token } = await createSession(accountId, start);
		expect(await validateSessionToken(token, start + sessionLifetimeMs)).toBeNull();
		expect(await validateSessionToken(token, start)).toBeNull();
	});

	it('slides: use in the second half of its life renews it', async () => {
		const start = Date.now();
		const { token } = await createSession(accountId, start);
		const later = start + sessionLifetimeMs - 1000;
		const renewed = await validateSessionToken(token, later);
		expect(renewed?.renewed).toBe(true);
		expect(renewed?.expiresAt).toBe(later + sessionLifetimeMs);
	});

	it('is gone after logout, and all sessions go on logout everywhere', async () => {
		const one = await createSession(accountId);
		const two = await createSession(accountId);
		const session = await validateSessionToken(one.token);
		await invalidateSession(session!.id);
		expect(await validateSessionToken(one.token)).toBeNull();
		expect(await validateSessionToken(two.token)).not.toBeNull();
		invalidateAccountSessions(accountId);
		expect(await validateSessionToken(two.token)).toBeNull();
	});

	it('ends 30 days after the login however often it is used', async () => {
		const start = Date.now();
		const { token } = await createSession(accountId, start);
		// Used every day: the sliding expiry alone would keep it alive for ever.
		for (let day = 1; day < 30; day++)
			expect(await validateSessionToken(token, start + day * 86_400_000)).not.toBeNull();
		expect(await validateSessionToken(token, start + sessionAbsoluteLifetimeMs)).toBeNull();
	});
});
