import type { FieldChange } from './plans';

/**
 * A save refused because someone saved in between (`$lib/server/conflict`), as the page
 * receives it: what was typed, the number saved now and where the two texts differ.
 */
export type ConflictAnswer = {
	errors: Record<string, string>;
	/** What the person typed, to put back into the form. */
	values: Record<string, string>;
	/** The number now saved: the form sends it back, so the next save overwrites. */
	version: number;
	/** Their text against the saved one: `added` is only in the saved text, `removed` only in theirs. */
	changes: FieldChange[];
	/** Which form of the page, where a page has several. */
	action?: string;
};

/** The conflict in an action's answer, or null. */
export function conflictOf(form: unknown): ConflictAnswer | null {
	return form && typeof form === 'object' && 'changes' in form ? (form as ConflictAnswer) : null;
}
