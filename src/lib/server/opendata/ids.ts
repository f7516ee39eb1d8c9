import { createHash } from 'node:crypto';

/**
 * HSDS 3.0 wants UUIDs for every id; our rows have integer keys. A name-based UUID (the
 * RFC 9562 version 5 layout over SHA-1 of `inngang:<kind>:<key>`) is stable across
 * restarts and re-imports, so consumers can keep the ids they stored.
 */
export function stableUuid(kind: string, key: string | number): string {
	const hex = createHash('sha1').update(`inngang:${kind}:${key}`).digest('hex');
	const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
