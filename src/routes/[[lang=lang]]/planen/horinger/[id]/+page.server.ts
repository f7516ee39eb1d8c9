import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { formReferrerPolicy } from '$lib/server/auth/handle';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { getPublicRound } from '$lib/server/consultations/public-round';
import { getOpenPublicRound } from '$lib/server/consultations/public-council';
import { answerWithClassCode } from '$lib/server/consultations/class-codes';
import { parseClassCodeForm } from '$lib/server/consultations/class-code-form';
import { renderedOnServer } from '$lib/render-only';

async function roundIds(id: string) {
	const n = Number(id);
	const municipality = await getCurrentMunicipality();
	return municipality && Number.isSafeInteger(n) && n > 0 ? { municipality, id: n } : null;
}

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const ids = await roundIds(params.id);
	const translations = messagesJson(locals.lang, ['plan', 'council']);
	// Unpublished rounds and other municipalities' rounds look the same as missing ones;
	// an open round shows its measures and the class-code form, never its answers.
	const round = ids ? await getPublicRound(ids.municipality.id, ids.id, locals.lang) : null;
	if (round) return renderedOnServer({ round, open: null, translations });
	const open = ids ? await getOpenPublicRound(ids.municipality.id, ids.id, locals.lang) : null;
	if (!open) error(404, 'Not found');
	// The class-code form posts without JavaScript: with no-referrer it would send Origin: null.
	setHeaders({ 'referrer-policy': formReferrerPolicy });
	return renderedOnServer({ round: null, open, translations });
};

export const actions: Actions = {
	svar: async ({ params, request, locals }) => {
		const ids = await roundIds(params.id);
		const open = ids ? await getOpenPublicRound(ids.municipality.id, ids.id, locals.lang) : null;
		if (!ids || !open) return fail(409, { classCode: 'closed' as const });
		const parsed = parseClassCodeForm(
			await request.formData(),
			open.measures.map((m) => m.id)
		);
		if (!parsed.ok)
			return fail(400, {
				classCode: 'invalid' as const,
				errors: parsed.errors,
				values: parsed.values
			});
		const result = await answerWithClassCode(
			ids.municipality.id,
			ids.id,
			parsed.code,
			parsed.reactions
		);
		if (!result.ok) {
			return fail(result.reason === 'rate_limited' ? 429 : 400, { classCode: result.reason });
		}
		return { classCode: 'thanks' as const };
	}
};
