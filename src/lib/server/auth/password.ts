import { hash, verify } from '@node-rs/argon2';
import { commonPasswords } from './common-passwords';

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
const options = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export const minimumPasswordLength = 10;
export const maximumPasswordLength = 200;

export async function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** Length and a common-password list, no composition rules (NIST SP 800-63B). */
export function passwordProblem(password: string): 'too_short' | 'too_long' | 'too_common' | null {
	if ([...password].length < minimumPasswordLength) return 'too_short';
	if (password.length > maximumPasswordLength) return 'too_long';
	if (commonPasswords.has(password.toLowerCase())) return 'too_common';
	return null;
}
