import { describe, expect, it } from 'vitest';
import { hashSecret, issueToken, parseToken, secretMatches } from './token';

describe('tokens', () => {
	it('issues id.secret with 120 random bits each and stores only a hash', () => {
		const { id, secretHash, token } = issueToken();
		const parsed = parseToken(token);
		expect(parsed?.id).toBe(id);
		expect(parsed?.secret).toMatch(/^[a-z2-7]{24}$/);
		expect(secretHash).toBe(hashSecret(parsed!.secret));
		expect(secretHash).not.toContain(parsed!.secret);
	});

	it('never issues the same token twice', () => {
		const tokens = new Set(Array.from({ length: 1000 }, () => issueToken().token));
		expect(tokens.size).toBe(1000);
	});

	it('rejects anything not shaped like a token', () => {
		for (const bad of [
			'',
			'abc',
			'a.b',
			'x'.repeat(24) + '.' + 'y'.repeat(24) + '.z',
			'A'.repeat(24) + '.' + 'b'.repeat(24)
		])
			expect(parseToken(bad)).toBeNull();
	});

	it('matches the right secret only', () => {
		const { secretHash, token } = issueToken();
		const { secret } = parseToken(token)!;
		expect(secretMatches(secret, secretHash)).toBe(true);
		expect(secretMatches(issueToken().token.split('.')[1], secretHash)).toBe(false);
	});
});
