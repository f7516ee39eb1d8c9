import type { Handle, RequestEvent } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { whenWriteLockFree } from '$lib/server/db/client';
import { retryAfterSeconds, storageFault, type StorageFault } from '$lib/server/db/faults';

/**
 * A busy, full or read-only database while someone saves (issue 14, items 8 and 10): the
 * answer is a 503 with Retry-After and a page in their language that gives back what they
 * typed, ready to send again. Nothing is half-saved: every save is one transaction.
 */

/** Forms small enough to keep a copy of; imports (a file) are larger and are not echoed. */
const keptBodyBytes = 256 * 1024;
/** Fields that are never written back into a page, even to the person who typed them. */
const secretField = /pass|token|secret|code/i;

/**
 * How long a save waits for another connection's write lock before it is tried anyway (and,
 * if the lock is still held, answered with the busy page). The waiting is asynchronous
 * (db/client.ts `whenWriteLockFree`): visitors are not held up by it.
 */
const saveWaitsMs = Math.max(0, Number(process.env.SAVE_LOCK_WAIT_MS ?? 1500) || 0);

export const faultPages: Handle = async ({ event, resolve }) => {
	if (event.request.method === 'POST') {
		if (keepsCopy(event.request)) event.locals.formCopy = event.request.clone();
		await whenWriteLockFree(db, saveWaitsMs);
	}
	const response = await resolve(event);
	const fault = event.locals.fault;
	if (!fault) return response;
	const headers = new Headers(response.headers);
	headers.set('retry-after', String(retryAfterSeconds[fault]));
	headers.set('cache-control', 'no-store');
	return new Response(response.body, { status: 503, headers });
};

function keepsCopy(request: Request): boolean {
	const type = (request.headers.get('content-type') ?? '').toLowerCase();
	const length = Number(request.headers.get('content-length') ?? Infinity);
	return (
		(type.startsWith('application/x-www-form-urlencoded') ||
			type.startsWith('multipart/form-data')) &&
		length <= keptBodyBytes
	);
}

/**
 * For handleError: the error page's data when `error` is a storage fault, else null. Reads
 * the copy of the form taken before the action read it.
 */
export async function faultError(error: unknown, event: RequestEvent): Promise<App.Error | null> {
	const fault = storageFault(error);
	if (!fault) return null;
	event.locals.fault = fault;
	return {
		message: fault === 'busy' ? 'Try again in a moment' : 'Cannot save right now',
		fault,
		typed: await typedFields(event.locals.formCopy)
	};
}

async function typedFields(copy: Request | undefined): Promise<[string, string][]> {
	if (!copy) return [];
	try {
		const form = await copy.formData();
		const fields: [string, string][] = [];
		for (const [name, value] of form)
			if (typeof value === 'string' && !secretField.test(name)) fields.push([name, value]);
		return fields;
	} catch {
		return [];
	}
}

export type { StorageFault };
