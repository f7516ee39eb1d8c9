import { and, eq } from 'drizzle-orm';
import { inTransaction, type InngangDatabase } from '../../src/lib/server/db/client';
import {
	activity,
	activityArea,
	activityCancellation,
	activityExceptDate,
	activityLocation,
	activityOrganizer,
	activitySchedule,
	activityTranslation
} from '../../src/lib/server/db/schema';
import { activityTypes } from '../../src/lib/server/activities/vocabulary';
import { addDays, mondayOf, osloToday, weekdayCodes } from '../../src/lib/server/time';
import * as fjordvikActivities from './activities-data';
import type { SeedActivity } from './activities-data';
import { seedActivityContent } from './content';

export type ActivitySeedData = Pick<
	typeof fjordvikActivities,
	'areas' | 'organizers' | 'locations' | 'activities'
> & {
	/** Prefix of this data's keys in `db/seed/content/*.json` (none for Fjordvik). */
	contentScope?: string;
};
import { demoCheckedDate, staleDemoChecks } from './last-checked';

/** The municipality's (fictional) page about help to pay for leisure activities. */
export const paymentSupportUrl = 'https://fjordvik.example/fritidskort';
const lendingPath = '/aktiviteter/bua-utlan';

/**
 * Loads the demo activities. Idempotent on stable keys (slug per municipality): areas,
 * organisers and places are updated in place; an activity that already exists is left as
 * it is, so staff edits to demo content survive `npm start` (which seeds every time).
 * Dates are relative to the week the activity is first created.
 */
export function seedActivities(
	db: InngangDatabase,
	municipalityId: number,
	now: Date = new Date(),
	data: ActivitySeedData = fjordvikActivities
): void {
	const { areas, organizers, locations, activities } = data;
	const contentKey = (slug: string) => (data.contentScope ? `${data.contentScope}:${slug}` : slug);
	const monday = mondayOf(osloToday(now));
	inTransaction(db, (tx) => {
		const areaIds = new Map<string, number>();
		for (const area of areas) {
			const row = tx
				.insert(activityArea)
				.values({ municipalityId, ...area })
				.onConflictDoUpdate({
					target: [activityArea.municipalityId, activityArea.slug],
					set: { name: area.name, latitude: area.latitude, longitude: area.longitude }
				})
				.returning({ id: activityArea.id })
				.get();
			areaIds.set(area.slug, row.id);
		}
		const organizerIds = new Map<string, number>();
		for (const organizer of organizers) {
			const values = {
				name: organizer.name,
				kind: organizer.kind,
				email: organizer.email ?? null,
				phone: organizer.phone ?? null,
				url: organizer.url ?? null
			};
			const row = tx
				.insert(activityOrganizer)
				.values({ municipalityId, slug: organizer.slug, ...values })
				.onConflictDoUpdate({
					target: [activityOrganizer.municipalityId, activityOrganizer.slug],
					set: values
				})
				.returning({ id: activityOrganizer.id })
				.get();
			organizerIds.set(organizer.slug, row.id);
		}
		const locationIds = new Map<string, number>();
		for (const place of locations) {
			const values = {
				name: place.name,
				streetAddress: place.street,
				postalCode: '9999',
				postalTown: 'Fjordvik',
				latitude: place.lat,
				longitude: place.lon,
				areaId: areaIds.get(place.area)!
			};
			const row = tx
				.insert(activityLocation)
				.values({ municipalityId, slug: place.slug, ...values })
				.onConflictDoUpdate({
					target: [activityLocation.municipalityId, activityLocation.slug],
					set: values
				})
				.returning({ id: activityLocation.id })
				.get();
			locationIds.set(place.slug, row.id);
		}

		for (const offer of activities) {
			const existing = tx
				.select({ id: activity.id })
				.from(activity)
				.where(and(eq(activity.municipalityId, municipalityId), eq(activity.slug, offer.slug)))
				.get();
			const cancellations = offer.when.flatMap((w, index) =>
				w.cancel ? [{ index, nb: w.cancel.reason.nb }] : []
			);
			// An existing activity keeps staff edits; only its content languages are written again.
			if (existing) {
				seedActivityContent(tx, existing.id, contentKey(offer.slug), cancellations);
				continue;
			}
			const created = tx
				.insert(activity)
				.values(
					activityRow(offer, municipalityId, monday, now, {
						organizerId: organizerIds.get(offer.organizer)!,
						locationId: locationIds.get(offer.location)!
					})
				)
				.returning({ id: activity.id })
				.get();
			for (const [lang, text] of Object.entries(offer.texts)) {
				tx.insert(activityTranslation)
					.values({
						activityId: created.id,
						lang,
						name: text.name,
						description: text.description,
						priceText: text.price ?? null,
						howToJoin: text.howToJoin ?? null,
						bring: text.bring ?? null,
						accessibilityNote: text.access ?? null,
						imageAlt: null
					})
					.run();
			}
			for (const when of offer.when) {
				const firstDay = when.days?.split(',')[0];
				const dayOffset = firstDay ? weekdayCodes.indexOf(firstDay as never) : 0;
				const startDate =
					when.on !== undefined
						? addDays(monday, when.on)
						: addDays(monday, 7 * when.weeks![0] + dayOffset);
				const endDate =
					when.on !== undefined
						? startDate
						: when.weeks![1] === null
							? null
							: addDays(monday, 7 * when.weeks![1] + 6);
				const schedule = tx
					.insert(activitySchedule)
					.values({
						activityId: created.id,
						byDay: when.days ?? null,
						startTime: when.from,
						endTime: when.to,
						startDate,
						endDate
					})
					.returning({ id: activitySchedule.id })
					.get();
				for (const week of when.except ?? []) {
					tx.insert(activityExceptDate)
						.values({ scheduleId: schedule.id, date: addDays(monday, 7 * week + dayOffset) })
						.run();
				}
				if (when.cancel) {
					tx.insert(activityCancellation)
						.values({
							scheduleId: schedule.id,
							date: addDays(monday, 7 * when.cancel.week + dayOffset),
							reason: when.cancel.reason
						})
						.run();
				}
			}
			seedActivityContent(tx, created.id, contentKey(offer.slug), cancellations);
		}
	});
}

function activityRow(
	offer: SeedActivity,
	municipalityId: number,
	monday: string,
	now: Date,
	ids: { organizerId: number; locationId: number }
): typeof activity.$inferInsert {
	return {
		municipalityId,
		slug: offer.slug,
		kind: offer.kind,
		category: activityTypes[offer.type],
		activityType: offer.type,
		...ids,
		ageMin: offer.ages[0],
		ageMax: offer.ages[1],
		isFree: offer.free === true,
		priceNok: offer.free === true ? null : offer.free,
		paymentSupportUrl: offer.free === true ? null : paymentSupportUrl,
		dropIn: offer.dropIn ?? false,
		registrationUrl: offer.registration ? `https://fjordvik.example/pamelding/${offer.slug}` : null,
		registrationDeadline:
			offer.registration && offer.kind !== 'session_series' ? addDays(monday, 10) : null,
		equipmentLendingUrl: offer.lending ? lendingPath : null,
		wheelchairAccessible: offer.wheelchair ?? false,
		adapted: offer.adapted ?? false,
		sensoryFriendly: offer.sensory ?? false,
		inLanguage: offer.langs ?? ['nb'],
		genderRestriction: offer.gender ?? null,
		capacity: offer.capacity ?? null,
		lastCheckedAt:
			offer.slug in staleDemoChecks ? demoCheckedDate(offer.slug, now, 0) : addDays(monday, -3)
	};
}
