import { and, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { service, serviceTranslation } from '$lib/server/db/schema';
import type { AuthUser } from '$lib/server/auth/guard';
import { updateServiceSearchIndex } from '$lib/server/services/search-index';
import {
	filledRowsOf,
	getTranslationsOf,
	saveTranslationOf,
	type TranslatableContent,
	type TranslatableLanguage,
	type TranslationSave
} from '$lib/server/translations';
import { coverageOf } from '$lib/server/translations/coverage';

/**
 * A service's texts, side by side in every language (the shared editor's description).
 * Who answers and the notice are optional: empty means none in that language.
 */
export type ServiceText = {
	name: string;
	summary: string;
	description: string;
	whoAnswers: string;
	alert: string;
};

const serviceTextFields = ['name', 'summary', 'description', 'whoAnswers', 'alert'] as const;

const serviceTexts: TranslatableContent<keyof ServiceText> = {
	entity: 'service',
	fields: serviceTextFields,
	required: ['name', 'summary', 'description'],
	exists(tx, municipalityId, id) {
		const row = tx
			.select({ id: service.id })
			.from(service)
			.where(and(eq(service.id, id), eq(service.municipalityId, municipalityId)))
			.get();
		return row !== undefined;
	},
	rows(tx, id) {
		return tx.select().from(serviceTranslation).where(eq(serviceTranslation.serviceId, id)).all();
	},
	filledOf(tx, ids) {
		return filledRowsOf(
			tx,
			serviceTranslation,
			serviceTranslation.serviceId,
			serviceTextFields,
			ids
		);
	},
	write(tx, id, lang, text) {
		const values = text as ServiceText;
		tx.insert(serviceTranslation)
			.values({ serviceId: id, lang, ...values })
			.onConflictDoUpdate({
				target: [serviceTranslation.serviceId, serviceTranslation.lang],
				set: values
			})
			.run();
		updateServiceSearchIndex(tx, [id]);
	},
	changeOf: (id) => ({ services: [id], activities: [] })
};

/** The nb source and every other language of a service, side by side. */
export function getServiceTranslations(municipalityId: number, serviceId: number) {
	return getTranslationsOf(serviceTexts, municipalityId, serviceId);
}

export function saveServiceTranslation(
	user: AuthUser,
	serviceId: number,
	lang: TranslatableLanguage,
	text: ServiceText,
	version: number
): TranslationSave<keyof ServiceText> {
	return saveTranslationOf(serviceTexts, user, serviceId, lang, text, version);
}

/** How far the translations of the municipality's active services have come. */
export async function serviceTranslationCoverage(municipalityId: number) {
	const published = db
		.select({ id: service.id })
		.from(service)
		.where(and(eq(service.municipalityId, municipalityId), eq(service.status, 'active')))
		.all()
		.map((r) => r.id);
	return coverageOf(serviceTexts, published);
}
