import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuthUser } from '$lib/server/auth/guard';

/**
 * The file a person checked, kept on the server until they confirm it (issue 14, item 8).
 * The confirmation form carries a random token instead of the file itself: a 5 MB file
 * carried back base64-encoded made a 13 MB page, and rendering, hashing (CSP) and parsing
 * it froze every other request for over a second. The person still applies exactly the
 * file they checked; only they can (the token is bound to their account and municipality);
 * it lasts an hour. A temporary directory, not memory, so that every process of a
 * `WEB_CONCURRENCY` cluster finds it.
 */
const dir = join(tmpdir(), 'inngang-checked-imports');
const lifetimeMs = 60 * 60 * 1000;
const tokenPattern = /^[A-Za-z0-9_-]{24}$/;

type Meta = { accountId: number; municipalityId: number; kind: string; fileName: string };

export async function keepCheckedFile(
	user: AuthUser,
	kind: string,
	bytes: Uint8Array,
	fileName: string
): Promise<string> {
	return keep(user, kind, fileName, bytes);
}

/** The checked file behind `token`, if it is this person's, of this kind and still kept. */
export async function checkedFile(
	user: AuthUser,
	kind: string,
	token: string
): Promise<{ bytes: Uint8Array; fileName: string } | null> {
	if (kind === reportKind) return null;
	return kept(user, kind, token);
}

/**
 * The whole report of a check or an import, kept for a download beside the page (which shows
 * its first rows only: 4,000 rows made a 0.8 MB page that took the main thread over 100 ms
 * to render), under the same rules as a checked file: this person, this municipality, an hour.
 */
export async function keepReport(user: AuthUser, report: unknown, fileName: string) {
	return keep(user, reportKind, fileName, JSON.stringify(report));
}

/** The report behind `token`, if it is this person's and still kept. */
export async function keptReport(
	user: AuthUser,
	token: string
): Promise<{ report: unknown; fileName: string } | null> {
	const found = await kept(user, reportKind, token);
	return (
		found && { report: JSON.parse(new TextDecoder().decode(found.bytes)), fileName: found.fileName }
	);
}

/** Not an import kind, so a report's token never passes for a checked file. */
const reportKind = 'report';

async function keep(
	user: AuthUser,
	kind: string,
	fileName: string,
	content: Uint8Array | string
): Promise<string> {
	await mkdir(dir, { recursive: true, mode: 0o700 });
	await forgetOldFiles();
	const token = randomBytes(18).toString('base64url');
	const meta: Meta = { accountId: user.id, municipalityId: user.municipalityId, kind, fileName };
	await writeFile(contentPath(token, kind), content, { mode: 0o600 });
	await writeFile(join(dir, `${token}.json`), JSON.stringify(meta), { mode: 0o600 });
	return token;
}

const contentPath = (token: string, kind: string) =>
	join(dir, kind === reportKind ? `${token}.report.json` : `${token}.csv`);

async function kept(
	user: AuthUser,
	kind: string,
	token: string
): Promise<{ bytes: Uint8Array; fileName: string } | null> {
	if (!tokenPattern.test(token)) return null;
	try {
		const meta = JSON.parse(await readFile(join(dir, `${token}.json`), 'utf8')) as Meta;
		const { mtimeMs } = await stat(join(dir, `${token}.json`));
		if (
			meta.accountId !== user.id ||
			meta.municipalityId !== user.municipalityId ||
			meta.kind !== kind ||
			Date.now() - mtimeMs > lifetimeMs
		)
			return null;
		return {
			bytes: new Uint8Array(await readFile(contentPath(token, kind))),
			fileName: meta.fileName
		};
	} catch {
		return null;
	}
}

/** After the import landed: the file is not needed again. */
export async function forgetCheckedFile(token: string): Promise<void> {
	if (!tokenPattern.test(token)) return;
	await rm(join(dir, `${token}.csv`), { force: true });
	await rm(join(dir, `${token}.json`), { force: true });
}

async function forgetOldFiles() {
	for (const name of await readdir(dir)) {
		const path = join(dir, name);
		try {
			if (Date.now() - (await stat(path)).mtimeMs > lifetimeMs) await rm(path, { force: true });
		} catch {
			// another process removed it meanwhile
		}
	}
}
