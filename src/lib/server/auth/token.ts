import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/**
 * Tokens as the Lucia guide builds them: `<id>.<secret>`, each 120 random bits in base32.
 * The id finds the row; only the SHA-256 of the secret is stored and compared in constant
 * time, so neither a database copy nor response timing gives a usable token away.
 * Sessions, invitations and password-reset links all use this.
 */
export type IssuedToken = { id: string; secretHash: string; token: string };

function randomString(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashSecret(secret: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(secret)));
}

export function issueToken(): IssuedToken {
	const id = randomString();
	const secret = randomString();
	return { id, secretHash: hashSecret(secret), token: `${id}.${secret}` };
}

/** Splits a presented token; anything not shaped like one is `null`. */
export function parseToken(token: string): { id: string; secret: string } | null {
	const parts = token.split('.');
	if (parts.length !== 2 || !/^[a-z2-7]{24}$/.test(parts[0]) || !/^[a-z2-7]{24}$/.test(parts[1]))
		return null;
	return { id: parts[0], secret: parts[1] };
}

export function secretMatches(secret: string, storedHash: string): boolean {
	const presented = new TextEncoder().encode(hashSecret(secret));
	const stored = new TextEncoder().encode(storedHash);
	return presented.length === stored.length && constantTimeEqual(presented, stored);
}
