import * as v from 'valibot';
import { classReactions, type ClassReaction } from '$lib/server/db/schema';
import { parseFields, type FormErrors } from '$lib/server/forms';
import { maxCommentLength, type ClassReactionInput } from './class-codes';

/**
 * The class-code form on a public round page: the code (`kode`), and per measure a reaction
 * (`r<roundMeasureId>`, blank = skipped) and an optional comment (`c<roundMeasureId>`).
 */
export function parseClassCodeForm(
	form: FormData,
	measureIds: readonly number[]
):
	| { ok: true; code: string; reactions: ClassReactionInput }
	| { ok: false; errors: FormErrors; values: Record<string, unknown> } {
	const entries: Record<string, v.GenericSchema> = {
		kode: v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.maxLength(20, 'bad_code'))
	};
	for (const id of measureIds) {
		entries[`r${id}`] = v.union([v.literal(''), v.picklist(classReactions, 'invalid')], 'invalid');
		entries[`c${id}`] = v.pipe(v.string(), v.trim(), v.maxLength(maxCommentLength, 'too_long'));
	}
	const parsed = parseFields(v.object(entries), form, Object.keys(entries));
	if (!parsed.ok) {
		// The code is never echoed back: the page asks for it again.
		const { kode: _kode, ...values } = parsed.values;
		void _kode;
		return { ok: false, errors: parsed.errors, values };
	}
	const out = parsed.value as Record<string, string>;
	return {
		ok: true,
		code: out.kode,
		reactions: measureIds
			.filter((id) => out[`r${id}`])
			.map((id) => ({
				roundMeasureId: id,
				reaction: out[`r${id}`] as ClassReaction,
				comment: out[`c${id}`] ?? ''
			}))
	};
}
