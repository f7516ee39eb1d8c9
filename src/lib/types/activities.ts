import type { Localized } from '$lib/i18n/localized';

/**
 * The view data the activity pages hand to their components. Built on the server
 * (`$lib/server/activities/pages.ts`), declared here so components can name it without
 * importing a server module.
 */

export type OccurrenceStatus = 'scheduled' | 'cancelled' | 'skipped';

/** One session, with its dates already formatted in the visitor's language. */
export type OccurrenceView = {
	date: string;
	day: string;
	dayLong: string;
	startTime: string;
	endTime: string;
	status: OccurrenceStatus;
	reason: Localized | null;
};

/** An activity in the list, agenda or map. */
export type ActivityCard = {
	slug: string;
	href: string;
	name: Localized;
	kind: string;
	category: string;
	ageMin: number;
	ageMax: number;
	isFree: boolean;
	priceNok: number | null;
	dropIn: boolean;
	accessible: boolean;
	place: string;
	areaName: string;
	areaSlug: string;
	next: OccurrenceView | null;
};

/** A card with its place's coordinates, for the map. */
export type MapCard = ActivityCard & { latitude: number | null; longitude: number | null };
