import * as v from 'valibot';
import { fieldErrors, formText } from '$lib/server/forms';
import { isLocalDate } from '$lib/server/time';

/** The longest statement text kept; a council statement is a few pages, never a book. */
export const maxStatementLength = 50_000;

const markdown = v.pipe(
	v.string(),
	v.check((text) => text.trim() !== '', 'invalid'),
	v.maxLength(maxStatementLength, 'invalid')
);
const meetingDate = v.pipe(v.string(), v.check(isLocalDate, 'invalid_date'));

export type StatementFormResult =
	| { ok: true; markdown: string; meetingDate: string | null }
	| { ok: false; error: 'invalid' | 'invalid_date'; markdown: string };

/**
 * The statement text (kept as typed, Markdown whitespace matters) and, for adopting, the
 * date of the council meeting. Its one error is for the whole form, as the editor shows it.
 */
export function parseStatementForm(form: FormData, adopting: boolean): StatementFormResult {
	const values = {
		markdown: formText(form, 'markdown', maxStatementLength + 1),
		meetingDate: formText(form, 'meetingDate', 10)
	};
	const schema = v.object({ markdown, meetingDate: adopting ? meetingDate : v.string() });
	const result = v.safeParse(schema, values);
	if (!result.success) {
		const errors = fieldErrors(result.issues);
		return {
			ok: false,
			error: errors.markdown ? 'invalid' : 'invalid_date',
			markdown: values.markdown.slice(0, maxStatementLength)
		};
	}
	return { ok: true, markdown: values.markdown, meetingDate: adopting ? values.meetingDate : null };
}
