import type { PageServerLoad } from './$types';
import { messagesJson } from '$lib/i18n/messages.server';
import { languageName } from '$lib/i18n/language-names';
import { requireRole } from '$lib/server/auth/guard';
import { serviceTranslationCoverage } from '$lib/server/services/admin/translations';
import { activityTranslationCoverage } from '$lib/server/activities/admin/translations';
import { translatableLanguages, type TranslatableLanguage } from '$lib/server/translations';

export const load: PageServerLoad = async (event) => {
	const user = requireRole(event, 'editor');
	const services = await serviceTranslationCoverage(user.municipalityId);
	const activities = await activityTranslationCoverage(user.municipalityId);
	const wanted = event.url.searchParams.get('sprak');
	const only = translatableLanguages.find((l) => l === wanted) ?? null;
	const inScope = (gap: { missing: TranslatableLanguage[]; needsReview: TranslatableLanguage[] }) =>
		only === null || gap.missing.includes(only) || gap.needsReview.includes(only);
	const gaps = [
		...services.gaps.map((g) => ({ ...g, kind: 'service' as const })),
		...activities.gaps.map((g) => ({ ...g, kind: 'activity' as const }))
	]
		.filter(inScope)
		.map((g) => ({
			kind: g.kind,
			name: g.name,
			href: `/admin/${g.kind === 'service' ? 'tjenester' : 'aktiviteter'}/${g.id}/oversettelser`,
			missing: g.missing.filter((l) => only === null || l === only),
			needsReview: g.needsReview.filter((l) => only === null || l === only)
		}));
	return {
		translations: messagesJson(event.locals.lang, ['admin']),
		totals: { services: services.total, activities: activities.total },
		languages: translatableLanguages.map((lang, i) => ({
			lang,
			name: languageName(lang, event.locals.lang),
			services: services.languages[i],
			activities: activities.languages[i]
		})),
		only,
		languageNames: Object.fromEntries(
			translatableLanguages.map((l) => [l, languageName(l, event.locals.lang)])
		) as Record<TranslatableLanguage, string>,
		gaps
	};
};
