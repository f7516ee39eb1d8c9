import { and, eq } from 'drizzle-orm';
import { activity, activityTranslation } from '$lib/server/db/schema';
import type { AuthUser } from '$lib/server/auth/guard';
import {
	getTranslationsOf,
	saveTranslationOf,
	type TranslatableContent,
	type TranslatableLanguage,
	type Texts
} from '$lib/server/translations';

export const activityTextFields = [
	'name',
	'description',
	'howToJoin',
	'bring',
	'priceText',
	'accessibilityNote'
] as const;
export type ActivityTextField = (typeof activityTextFields)[number];
export type ActivityText = Texts<ActivityTextField>;

const activityTexts: TranslatableContent<ActivityTextField> = {
	entity: 'activity',
	fields: activityTextFields,
	required: ['name', 'description'],
	exists(tx, municipalityId, id) {
		const row = tx
			.select({ id: activity.id })
			.from(activity)
			.where(and(eq(activity.id, id), eq(activity.municipalityId, municipalityId)))
			.get();
		return row !== undefined;
	},
	rows(tx, id) {
		return tx
			.select()
			.from(activityTranslation)
			.where(eq(activityTranslation.activityId, id))
			.all();
	},
	write(tx, id, lang, text) {
		const values = { ...text, name: text.name ?? '', description: text.description ?? '' };
		tx.insert(activityTranslation)
			.values({ activityId: id, lang, ...values })
			.onConflictDoUpdate({
				target: [activityTranslation.activityId, activityTranslation.lang],
				set: values
			})
			.run();
		// The open-data feed orders by updatedAt: a new translation is a change.
		tx.update(activity)
			.set({ updatedAt: new Date().toISOString() })
			.where(eq(activity.id, id))
			.run();
	}
};

export function getActivityTranslations(municipalityId: number, activityId: number) {
	return getTranslationsOf(activityTexts, municipalityId, activityId);
}

export function saveActivityTranslation(
	user: AuthUser,
	activityId: number,
	lang: TranslatableLanguage,
	text: ActivityText
): boolean {
	return saveTranslationOf(activityTexts, user, activityId, lang, text);
}
