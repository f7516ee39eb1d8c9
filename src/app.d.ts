// See https://svelte.dev/docs/kit/types#app.d.ts
import type { Direction, Language } from '$lib/i18n/languages';
import type { AuthUser } from '$lib/server/auth/guard';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** A busy or unwritable database (issue 14): the page says "try again" or "cannot save". */
			fault?: 'busy' | 'storage';
			/** The fields of the form that could not be saved, to give back (secrets left out). */
			typed?: [string, string][];
		}
		interface Locals {
			/** The page's language, from the URL path (no cookie, no header sniffing). */
			lang: Language;
			dir: Direction;
			/** The signed-in person on /admin and /rad; always null on public pages. */
			user: AuthUser | null;
			sessionId: string | null;
			/** A copy of a small form post, read only when saving it hits a storage fault. */
			formCopy?: Request;
			fault?: 'busy' | 'storage';
		}
		interface PageData {
			/** UI strings of the namespaces this page needs beyond `common`, as JSON (messagesJson). */
			translations?: string;
		}
	}
}

export {};
