/**
 * What the database can refuse through no fault of the request (issue 14, items 8 and 10):
 * `busy`, another connection holds the write lock past the busy timeout (try again in a
 * moment); `storage`, the disk is full, the file is read-only or the disk failed (nothing can
 * be saved until someone fixes the server). Both become a page in the person's language
 * (hooks.server.ts, +error.svelte), never a 500 with a stack.
 */
export type StorageFault = 'busy' | 'storage';

const storageCodes = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN|CORRUPT|NOTADB|PROTOCOL)/;

/** The fault behind an error, looking through wrappers (Drizzle wraps driver errors in `cause`). */
export function storageFault(error: unknown): StorageFault | null {
	for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
		const code = (e as { code?: unknown }).code;
		if (typeof code === 'string') {
			if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'busy';
			if (storageCodes.test(code)) return 'storage';
		}
		e = (e as { cause?: unknown }).cause;
	}
	return null;
}

/** Seconds a client should wait before trying again. */
export const retryAfterSeconds: Record<StorageFault, number> = { busy: 2, storage: 60 };

/**
 * For writes nobody asked for (anonymous counters on public pages): a read-only or full
 * database must not take the page down with it, so the count is skipped instead.
 */
export function unlessStorageFails(write: () => void): void {
	try {
		write();
	} catch (error) {
		if (!storageFault(error)) throw error;
	}
}
