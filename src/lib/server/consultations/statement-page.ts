import { error, fail, type RequestEvent } from '@sveltejs/kit';
import { messagesJson } from '$lib/i18n/messages.server';
import { requireRole } from '$lib/server/auth/guard';
import { formVersion, versionConflict } from '$lib/server/conflict';
import { getRound, RoundError } from './rounds';
import { parseStatement } from './statement';
import { parseStatementForm } from './statement-form';
import {
	adoptStatement,
	discardStatementDraft,
	saveStatement,
	statementFor
} from './statement-store';

/**
 * The statement page, shared by the coordinator's `/admin/horinger/[id]/uttalelse` and the
 * leader's `/rad/horinger/[id]/uttalelse`: two routes because their session cookies live on
 * different paths, one loader and one set of actions, told apart by who may use them.
 */
const places = {
	coordinator: { base: '/admin/horinger', namespaces: ['admin', 'admin_plans', 'council', 'plan'] },
	council_leader: { base: '/rad/horinger', namespaces: ['council', 'plan'] }
} as const satisfies Record<string, { base: string; namespaces: readonly string[] }>;

export type StatementRole = keyof typeof places;

export function statementPage(role: StatementRole) {
	const place = places[role];

	async function load(event: RequestEvent) {
		const user = requireRole(event, role);
		const round = await getRound(user.municipalityId, Number(event.params.id));
		if (!round) error(404, 'Not found');
		const { markdown, generated } = await statementFor(round);
		return {
			round: {
				id: round.id,
				title: round.title,
				closed: round.phase === 'closed',
				adoptedOn: round.statementAdoptedOn
			},
			base: `${place.base}/${round.id}`,
			markdown,
			version: round.statementVersion,
			blocks: parseStatement(markdown),
			generated,
			translations: messagesJson(event.locals.lang, place.namespaces)
		};
	}

	async function act(event: RequestEvent, kind: 'save' | 'adopt' | 'regenerate') {
		const user = requireRole(event, role);
		const roundId = Number(event.params.id);
		const form = await event.request.formData();
		try {
			if (kind === 'regenerate') {
				await discardStatementDraft(user, roundId);
				return { saved: true };
			}
			const input = parseStatementForm(form, kind === 'adopt');
			if (!input.ok) return fail(400, { error: input.error, markdown: input.markdown });
			const version = formVersion(form);
			const result =
				kind === 'save'
					? await saveStatement(user, roundId, input.markdown, version)
					: await adoptStatement(user, roundId, input.markdown, input.meetingDate!, version);
			if (!result.ok)
				return versionConflict(
					{ markdown: input.markdown },
					{ markdown: result.markdown },
					['markdown'],
					result.version,
					{ markdown: input.markdown }
				);
			return { saved: true };
		} catch (e) {
			if (e instanceof RoundError)
				return fail(e.code === 'not_found' ? 404 : 409, { error: e.code });
			throw e;
		}
	}

	return {
		load,
		actions: {
			save: (event: RequestEvent) => act(event, 'save'),
			regenerate: (event: RequestEvent) => act(event, 'regenerate'),
			adopt: (event: RequestEvent) => act(event, 'adopt')
		}
	};
}
