import { createI18n } from '$lib/i18n';
import type { Language } from '$lib/i18n/languages';
import { messagesFor } from '$lib/i18n/messages.server';
import { listUsersWithRole } from '$lib/server/auth/users';
import { sendEmail } from '$lib/server/email/send';

async function councilOf(municipalityId: number) {
	const [members, leaders] = await Promise.all([
		listUsersWithRole(municipalityId, 'council_member'),
		listUsersWithRole(municipalityId, 'council_leader')
	]);
	const byId = new Map([...members, ...leaders].map((u) => [u.id, u]));
	return [...byId.values()];
}

export type CouncilNotice = 'opened' | 'feedback';

/**
 * The email for one member, in the language they chose on /rad (the `council` namespace
 * exists in every portal language). The round's title stays as the coordinator wrote it.
 */
export function councilEmail(kind: CouncilNotice, lang: Language, title: string, url: string) {
	const i18n = createI18n(lang, messagesFor(lang, ['council']));
	const vars = { title, url };
	return {
		subject: i18n.t(`council.email_${kind}_subject`, vars) as string,
		text: i18n.t(`council.email_${kind}_text`, vars) as string
	};
}

/** Tells every council member about a round; sent after the change is committed. */
export async function notifyCouncil(
	kind: CouncilNotice,
	municipalityId: number,
	title: string,
	url: string
): Promise<number> {
	const people = await councilOf(municipalityId);
	for (const person of people) {
		const message = councilEmail(kind, person.locale, title, url);
		await sendEmail({ to: person.email, municipalityId, ...message });
	}
	return people.length;
}
