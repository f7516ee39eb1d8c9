import { createI18n } from '$lib/i18n';
import type { Language } from '$lib/i18n/languages';
import { messagesFor } from '$lib/i18n/messages.server';

export type CouncilNotice = 'opened' | 'feedback' | 'follow_up';

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
