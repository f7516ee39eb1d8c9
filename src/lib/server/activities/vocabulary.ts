import type { ActivityCategory } from '$lib/server/db/schema';

/**
 * The controlled list of activity types, each under one category. Labels are UI strings
 * (`activities.type_<code>`), so adding a type means a line here and a key in every locale.
 */
export const activityTypes = {
	youth_club: 'club',
	junior_club: 'club',
	football: 'sport',
	handball: 'sport',
	basketball: 'sport',
	floorball: 'sport',
	swimming: 'sport',
	climbing: 'sport',
	dance: 'sport',
	adapted_sport: 'sport',
	music: 'culture',
	theatre: 'culture',
	art: 'culture',
	concert: 'culture',
	reading: 'library',
	homework_help: 'library',
	coding: 'library',
	board_games: 'library',
	chess: 'library',
	esports: 'gaming',
	hiking: 'outdoors',
	fishing: 'outdoors',
	paddling: 'outdoors',
	skiing: 'outdoors',
	holiday_activities: 'holiday',
	camp: 'holiday',
	equipment_lending: 'lending',
	swap: 'reuse',
	repair: 'reuse',
	cooking: 'club'
} as const satisfies Record<string, ActivityCategory>;

export type ActivityType = keyof typeof activityTypes;

export function isActivityType(value: string): value is ActivityType {
	return Object.hasOwn(activityTypes, value);
}

/** Slugs the activity page can never have: they are the portal's own sub-pages. */
export const reservedSlugs = new Set(['kalender', 'kart', 'kalender.ics']);
