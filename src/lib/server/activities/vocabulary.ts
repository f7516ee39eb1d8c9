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

const activityList = 'https://openactive.io/activity-list';

/**
 * The Concept of the OpenActive Activity List (CC BY 4.0, tests/fixtures/standards/openactive)
 * each type is, where the list has one that means the same thing. The list is about physical
 * activity: youth clubs, homework help, chess, esports, lending and repair are not in it, and
 * the feed names them from the portal's own concept scheme instead (`localConcept`).
 */
const openActiveConcepts: Partial<Record<ActivityType, [id: string, prefLabel: string]>> = {
	football: ['0a5f732d-e806-4e51-ad40-0a7de0239c8c', 'Football'],
	handball: ['14232d6d-5e9d-493d-b4a9-ce2061b79ba5', 'Handball'],
	basketball: ['e09776e6-f1b4-421b-b667-5c5913cf97aa', 'Basketball'],
	floorball: ['c76018ee-50a6-42b3-b0dd-a9efb56ae7ab', 'Floorball'],
	swimming: ['2750229d-b725-4171-9276-376be913957c', 'Swimming'],
	climbing: ['d09970bc-e11c-40cc-a594-38e4ff32d611', 'Climbing'],
	dance: ['6ca15167-51da-4d91-a1ae-8a45dc47b0ea', 'Dance'],
	adapted_sport: ['26a7b902-1ddd-46fd-9371-853e414c9eb3', 'Multisports'],
	theatre: ['cf9ff8b8-7a15-48d3-8536-1d17e70345a7', 'Acting'],
	hiking: ['619f374a-c1b6-48d2-aabe-a01b6dedb9fd', 'Hiking'],
	fishing: ['72d19892-5f55-4e9c-87b0-a5433baa49c8', 'Angling'],
	paddling: ['e0425262-6f1d-4c58-ba8a-dd790c5351b1', 'Canoeing'],
	skiing: ['3a25e627-27b4-4f2b-ae93-4caf8278b02c', 'Skiing'],
	holiday_activities: ['051e492d-e053-4d24-a54c-e9de9fc637cf', 'Activity Holiday Camp'],
	camp: ['051e492d-e053-4d24-a54c-e9de9fc637cf', 'Activity Holiday Camp']
};

export type ActivityConcept = {
	'@type': 'Concept';
	'@id': string;
	inScheme: string;
	prefLabel: string;
};

/** Where the portal publishes its SKOS scheme of the types the Activity List lacks. */
export function localSchemeUrl(origin: string): string {
	return `${origin}/api/feeds/activity-types`;
}

/** The type as a Concept: the Activity List's where one fits, else the portal's own. */
export function activityConcept(
	type: string,
	origin: string,
	localLabel: (type: ActivityType) => string
): ActivityConcept {
	const official = isActivityType(type) ? openActiveConcepts[type] : undefined;
	if (official)
		return {
			'@type': 'Concept',
			'@id': `${activityList}#${official[0]}`,
			inScheme: activityList,
			prefLabel: official[1]
		};
	return localConcept(isActivityType(type) ? type : 'youth_club', origin, localLabel);
}

function localConcept(
	type: ActivityType,
	origin: string,
	localLabel: (type: ActivityType) => string
): ActivityConcept {
	return {
		'@type': 'Concept',
		'@id': `${localSchemeUrl(origin)}#${type}`,
		inScheme: localSchemeUrl(origin),
		prefLabel: localLabel(type)
	};
}

/** The types the Activity List has no Concept for. */
export function localActivityTypes(): ActivityType[] {
	return (Object.keys(activityTypes) as ActivityType[]).filter((t) => !openActiveConcepts[t]);
}

/**
 * The portal's SKOS concept scheme (OpenActive "describing activity lists" shape: JSON-LD with
 * the OpenActive context, a ConceptScheme whose `concept`s carry `id`, `prefLabel`, `altLabel`).
 */
export function localConceptScheme(
	origin: string,
	labels: { nb: (type: ActivityType) => string; en: (type: ActivityType) => string },
	licence: string
) {
	const scheme = localSchemeUrl(origin);
	return {
		'@context': 'https://openactive.io/',
		// `id` and `type`, the OpenActive context's aliases, as the official Activity List writes them.
		type: 'ConceptScheme',
		id: scheme,
		title: 'Inngang local activity types',
		description:
			'Activity types of the youth portal that the OpenActive Activity List has no Concept for.',
		license: licence,
		concept: localActivityTypes().map((type) => ({
			type: 'Concept',
			id: `${scheme}#${type}`,
			identifier: type,
			inScheme: scheme,
			prefLabel: labels.en(type),
			altLabel: [labels.nb(type)],
			notation: type
		}))
	};
}

/** Slugs the activity page can never have: they are the portal's own sub-pages. */
export const reservedSlugs = new Set(['kalender', 'kart', 'kalender.ics']);
