import { fail, type RequestEvent } from '@sveltejs/kit';
import type { AuthUser } from '$lib/server/auth/guard';
import { db } from '$lib/server/db';
import { consultationRound } from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { getRound, RoundError } from './rounds';
import { adoptStatement, saveStatement } from './statement-store';

/**
 * The statement form's actions, shared by the leader's page under /rad and the
 * coordinator's under /admin (their session cookies live on different paths).
 */
export async function statementAction(
	user: AuthUser,
	event: RequestEvent,
	kind: 'save' | 'adopt' | 'regenerate'
) {
	const form = await event.request.formData();
	const markdown = form.get('markdown');
	const meetingDate = form.get('meetingDate');
	const roundId = Number(event.params.id);
	try {
		if (kind === 'regenerate') {
			const round = await getRound(user.municipalityId, roundId);
			if (!round) return fail(404, { error: 'not_found' as const });
			if (round.statementAdoptedOn) return fail(409, { error: 'adopted' as const });
			await db
				.update(consultationRound)
				.set({ statementMarkdown: null })
				.where(eq(consultationRound.id, round.id))
				.run();
			return { saved: true };
		}
		if (typeof markdown !== 'string' || !markdown.trim() || markdown.length > 50_000) {
			return fail(400, {
				error: 'invalid' as const,
				markdown: typeof markdown === 'string' ? markdown.slice(0, 50_000) : ''
			});
		}
		if (kind === 'save') {
			await saveStatement(user, roundId, markdown);
			return { saved: true };
		}
		if (typeof meetingDate !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(meetingDate)) {
			return fail(400, { error: 'invalid_date' as const, markdown });
		}
		await adoptStatement(user, roundId, markdown, meetingDate);
		return { saved: true };
	} catch (e) {
		if (e instanceof RoundError) return fail(e.code === 'not_found' ? 404 : 409, { error: e.code });
		throw e;
	}
}
