import { and, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { db } from '$lib/server/db';
import { activity, activityTranslation } from '$lib/server/db/schema';
import type { AuthUser } from '$lib/server/auth/guard';
import { parseFields, requiredText } from '$lib/server/forms';
import {
	filledRowsOf,
	getTranslationsOf,
	saveTranslationOf,
	translatableLanguages,
	type TranslatableContent,
	type TranslatableLanguage,
	type TranslationSave,
	type Texts
} from '$lib/server/translations';
import { coverageOf } from '$lib/server/translations/coverage';

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
	filledOf(tx, ids) {
		return filledRowsOf(
			tx,
			activityTranslation,
			activityTranslation.activityId,
			activityTextFields,
			ids
		);
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
	},
	changeOf: (id) => ({ services: [], activities: [id] })
};

export function getActivityTranslations(municipalityId: number, activityId: number) {
	return getTranslationsOf(activityTexts, municipalityId, activityId);
}

/** How far the translations of the municipality's published activities have come. */
export async function activityTranslationCoverage(municipalityId: number) {
	const published = db
		.select({ id: activity.id })
		.from(activity)
		.where(and(eq(activity.municipalityId, municipalityId), eq(activity.published, true)))
		.all()
		.map((r) => r.id);
	return coverageOf(activityTexts, published);
}

export function saveActivityTranslation(
	user: AuthUser,
	activityId: number,
	lang: TranslatableLanguage,
	text: ActivityText,
	version: number
): TranslationSave<keyof ActivityText> {
	return saveTranslationOf(activityTexts, user, activityId, lang, text, version);
}

const optionalTranslation = (max: number) =>
	v.pipe(v.string(), v.trim(), v.maxLength(max, 'too_long'));
const TranslationForm = v.object({
	lang: v.picklist(translatableLanguages),
	name: requiredText(200),
	description: requiredText(5000),
	howToJoin: optionalTranslation(1000),
	bring: optionalTranslation(1000),
	priceText: optionalTranslation(500),
	accessibilityNote: optionalTranslation(1000)
});

/** One language of an activity's texts; an empty optional text is saved as "none". */
export function parseActivityTranslationForm(form: FormData) {
	return parseFields(TranslationForm, form, ['lang', ...activityTextFields]);
}

/** Only the fields the nb source has are offered for translation (name and description always). */
export function translatableFields(source: ActivityText): ActivityTextField[] {
	return activityTextFields.filter((f) => f === 'name' || f === 'description' || source[f] !== '');
}
