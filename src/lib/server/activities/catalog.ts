/**
 * Reading activities from the database for the public pages. Every query is scoped to one
 * municipality; texts come in the visitor's language with nb as the fallback, and each
 * text says which language it is really in so the page can mark it with `lang`.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { db } from '$lib/server/db';
import {
	activity,
	activityArea,
	activityCancellation,
	activityExceptDate,
	activityLocation,
	activityOrganizer,
	activitySchedule,
	activityTranslation,
	type Activity,
	type ActivityTranslation
} from '$lib/server/db/schema';
import { sourceLanguage, type Language } from '$lib/i18n/languages';
import { pickLocalized, type Localized } from '$lib/i18n/localized';
import { matchesFilters, narrowSchedules, type ActivityFilters, type Filterable } from './filters';
import { expandSchedules, upcomingOccurrences, type Occurrence, type Schedule } from './schedule';
import type { LocalDate } from '$lib/server/time';

export type ActivityDetails = Filterable &
	Pick<
		Activity,
		| 'id'
		| 'slug'
		| 'kind'
		| 'activityType'
		| 'priceNok'
		| 'paymentSupportUrl'
		| 'registrationUrl'
		| 'registrationDeadline'
		| 'equipmentLendingUrl'
		| 'genderRestriction'
		| 'capacity'
		| 'imageUrl'
		| 'lastCheckedAt'
	> & {
		name: Localized;
		description: Localized;
		priceText: Localized | null;
		howToJoin: Localized | null;
		bring: Localized | null;
		accessibilityNote: Localized | null;
		imageAlt: Localized | null;
		organizer: {
			slug: string;
			name: string;
			kind: string;
			email: string | null;
			phone: string | null;
			url: string | null;
		};
		location: {
			slug: string;
			name: string;
			streetAddress: string;
			postalCode: string | null;
			postalTown: string | null;
			latitude: number | null;
			longitude: number | null;
			areaSlug: string;
			areaName: string;
		};
	};

type TextField =
	'name' | 'description' | 'priceText' | 'howToJoin' | 'bring' | 'accessibilityNote' | 'imageAlt';

function pick(
	field: TextField,
	lang: Language,
	wanted: ActivityTranslation | undefined,
	source: ActivityTranslation | undefined
): Localized | null {
	return pickLocalized({ [sourceLanguage]: source?.[field], [lang]: wanted?.[field] }, lang);
}

/**
 * The activity row's own attributes, as they are, for every reader of the table (the
 * catalogue, the CSV export); texts, schedules, organizer and place are joined separately.
 */
export function activityAttributes(a: Activity) {
	return {
		kind: a.kind,
		category: a.category,
		activityType: a.activityType,
		ageMin: a.ageMin,
		ageMax: a.ageMax,
		isFree: a.isFree,
		priceNok: a.priceNok,
		paymentSupportUrl: a.paymentSupportUrl,
		dropIn: a.dropIn,
		registrationUrl: a.registrationUrl,
		registrationDeadline: a.registrationDeadline,
		equipmentLendingUrl: a.equipmentLendingUrl,
		wheelchairAccessible: a.wheelchairAccessible,
		adapted: a.adapted,
		sensoryFriendly: a.sensoryFriendly,
		inLanguage: a.inLanguage,
		genderRestriction: a.genderRestriction,
		capacity: a.capacity,
		imageUrl: a.imageUrl,
		lastCheckedAt: a.lastCheckedAt
	};
}

/** All published activities of a municipality, with texts in `lang` (nb where missing). */
export async function loadActivities(
	municipalityId: number,
	lang: Language,
	only?: { slug: string } | { ids: number[] }
): Promise<ActivityDetails[]> {
	const where = and(
		eq(activity.municipalityId, municipalityId),
		eq(activity.published, true),
		only && 'slug' in only ? eq(activity.slug, only.slug) : undefined,
		only && 'ids' in only ? inArray(activity.id, only.ids) : undefined
	);
	const rows = await db
		.select({
			activity,
			organizer: activityOrganizer,
			location: activityLocation,
			area: activityArea
		})
		.from(activity)
		.innerJoin(activityOrganizer, eq(activityOrganizer.id, activity.organizerId))
		.innerJoin(activityLocation, eq(activityLocation.id, activity.locationId))
		.innerJoin(activityArea, eq(activityArea.id, activityLocation.areaId))
		.where(where)
		.orderBy(asc(activity.id))
		.all();
	if (rows.length === 0) return [];
	const ids = rows.map((r) => r.activity.id);
	const languages = [...new Set([lang, sourceLanguage])];
	const [translations, schedules] = await Promise.all([
		db
			.select()
			.from(activityTranslation)
			.where(
				and(
					inArray(activityTranslation.activityId, ids),
					inArray(activityTranslation.lang, languages)
				)
			)
			.all(),
		db
			.select()
			.from(activitySchedule)
			.where(inArray(activitySchedule.activityId, ids))
			.orderBy(asc(activitySchedule.id))
			.all()
	]);
	const scheduleIds = schedules.map((s) => s.id);
	const [exceptDates, cancellations] = scheduleIds.length
		? await Promise.all([
				db
					.select()
					.from(activityExceptDate)
					.where(inArray(activityExceptDate.scheduleId, scheduleIds))
					.all(),
				db
					.select()
					.from(activityCancellation)
					.where(inArray(activityCancellation.scheduleId, scheduleIds))
					.all()
			])
		: [[], []];

	const schedulesByActivity = new Map<number, Schedule[]>();
	for (const s of schedules) {
		const list = schedulesByActivity.get(s.activityId) ?? [];
		list.push({
			id: s.id,
			byDay: s.byDay,
			startTime: s.startTime,
			endTime: s.endTime,
			startDate: s.startDate,
			endDate: s.endDate,
			timezone: s.timezone,
			exceptDates: exceptDates.filter((e) => e.scheduleId === s.id).map((e) => e.date),
			cancellations: cancellations
				.filter((c) => c.scheduleId === s.id)
				.map((c) => ({ date: c.date, reason: c.reason }))
		});
		schedulesByActivity.set(s.activityId, list);
	}

	return rows.map(({ activity: a, organizer, location, area }) => {
		const wanted = translations.find((t) => t.activityId === a.id && t.lang === lang);
		const source = translations.find((t) => t.activityId === a.id && t.lang === sourceLanguage);
		return {
			id: a.id,
			slug: a.slug,
			...activityAttributes(a),
			areaSlug: area.slug,
			schedules: schedulesByActivity.get(a.id) ?? [],
			name: pick('name', lang, wanted, source) ?? { text: a.slug, lang: sourceLanguage },
			description: pick('description', lang, wanted, source) ?? { text: '', lang: sourceLanguage },
			priceText: pick('priceText', lang, wanted, source),
			howToJoin: pick('howToJoin', lang, wanted, source),
			bring: pick('bring', lang, wanted, source),
			accessibilityNote: pick('accessibilityNote', lang, wanted, source),
			imageAlt: pick('imageAlt', lang, wanted, source),
			organizer: {
				slug: organizer.slug,
				name: organizer.name,
				kind: organizer.kind,
				email: organizer.email,
				phone: organizer.phone,
				url: organizer.url
			},
			location: {
				slug: location.slug,
				name: location.name,
				streetAddress: location.streetAddress,
				postalCode: location.postalCode,
				postalTown: location.postalTown,
				latitude: location.latitude,
				longitude: location.longitude,
				areaSlug: area.slug,
				areaName: area.name
			}
		};
	});
}

export async function getActivityBySlug(
	municipalityId: number,
	slug: string,
	lang: Language
): Promise<ActivityDetails | undefined> {
	return (await loadActivities(municipalityId, lang, { slug }))[0];
}

export async function listAreas(municipalityId: number) {
	return db
		.select({
			slug: activityArea.slug,
			name: activityArea.name,
			latitude: activityArea.latitude,
			longitude: activityArea.longitude
		})
		.from(activityArea)
		.where(eq(activityArea.municipalityId, municipalityId))
		.orderBy(asc(activityArea.name))
		.all();
}

export type ActivityMatch = { activity: ActivityDetails; next: Occurrence | undefined };

/**
 * Activities that fit the filters and still have a session ahead (or run until further
 * notice), soonest first. `next` is the next session on a day and time the filters allow,
 * cancelled or not, so the list can warn "next Tuesday is cancelled".
 */
export function matchingActivities(
	activities: readonly ActivityDetails[],
	filters: ActivityFilters,
	now: Date
): ActivityMatch[] {
	const matches: ActivityMatch[] = [];
	for (const item of activities) {
		if (!matchesFilters(item, filters)) continue;
		const schedules = narrowSchedules(item.schedules, filters);
		const [next] = upcomingOccurrences(schedules, now, 1, { onlyScheduled: false });
		if (!next) continue;
		matches.push({ activity: item, next });
	}
	return matches.sort(
		(a, b) =>
			a.next!.start.getTime() - b.next!.start.getTime() ||
			a.activity.name.text.localeCompare(b.activity.name.text)
	);
}

export type CalendarDay = {
	date: LocalDate;
	entries: { activity: ActivityDetails; occurrence: Occurrence }[];
};

/** An agenda: every day from..to with the sessions of the matching activities. */
export function agenda(
	activities: readonly ActivityDetails[],
	filters: ActivityFilters,
	from: LocalDate,
	to: LocalDate
): CalendarDay[] {
	const days = new Map<LocalDate, CalendarDay['entries']>();
	for (const item of activities) {
		if (!matchesFilters(item, filters)) continue;
		const schedules = narrowSchedules(item.schedules, filters);
		for (const occurrence of expandSchedules(schedules, from, to)) {
			const list = days.get(occurrence.date) ?? [];
			list.push({ activity: item, occurrence });
			days.set(occurrence.date, list);
		}
	}
	return [...days.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([date, entries]) => ({
			date,
			entries: entries.sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime())
		}));
}
