import { describe, expect, it } from 'vitest';
import { hashPassword, passwordProblem, verifyPassword } from './password';

describe('passwords', () => {
	it('hashes with argon2id, salted, and verifies', async () => {
		const hash = await hashPassword('en lang setning om fjorden');
		expect(hash).toMatch(/^\$argon2id\$/);
		expect(await hashPassword('en lang setning om fjorden')).not.toBe(hash);
		expect(await verifyPassword(hash, 'en lang setning om fjorden')).toBe(true);
		expect(await verifyPassword(hash, 'en lang setning om fjorder')).toBe(false);
	});

	it('treats a broken hash as a wrong password', async () => {
		expect(await verifyPassword('not a hash', 'whatever')).toBe(false);
	});

	it('asks for length and refuses common passwords, without composition rules', () => {
		expect(passwordProblem('kort')).toBe('too_short');
		expect(passwordProblem('x'.repeat(201))).toBe('too_long');
		expect(passwordProblem('Passord123')).toBe('too_common');
		expect(passwordProblem('alle små bokstaver går fint')).toBeNull();
	});
});
