import type { Localized } from '$lib/i18n/localized';

/**
 * What the Finn hjelp pages show, shared by the server (`$lib/server/services/finder.ts`
 * builds these) and the components under `routes/[[lang=lang]]/finn-hjelp/`, which may not
 * import server modules. Topic codes are `Topic`: the server narrows it to its own
 * `TopicCode`; a component needs only the string.
 */

/** Danger now, recognised from the topic or the words (see `services/acute.ts`). */
export type AcuteNeed = 'suicide' | 'violence_home' | 'sexual_assault' | 'overdose' | 'danger_now';

export type FinderFilters = {
	age: number | null;
	urgent: boolean;
	free: boolean;
	noReferral: boolean;
	anonymous: boolean;
	dropIn: boolean;
	openNow: boolean;
	forFriend: boolean;
};

export type FinderQuery<Topic extends string = string> = FinderFilters & {
	topic: Topic | null;
	q: string;
	/** Services picked for a shared list (`?valgt=`), carried from page to page in the URL. */
	chosen: string[];
};

/** The text pieces a page needs to say "Open until 16:00" / "Opens Wednesday 14:30". */
export type OpeningLabel =
	| { key: 'open_always' | 'hours_unknown' | 'closed_for_now' }
	| { key: 'open_until' | 'opens_today' | 'opens_tomorrow'; time: string }
	| { key: 'open_until_day' | 'opens_day'; time: string; day: string };

/** When help is next there, beyond the opening hours: drop-in, reply time, typical wait. */
export type NextHelp =
	| { key: 'drop_in_now'; to: string }
	| { key: 'drop_in_today' | 'drop_in_tomorrow'; from: string; to: string }
	| { key: 'drop_in_day'; from: string; to: string; day: string }
	| { key: 'reply_within' | 'wait_within'; duration: string };

/** "What happens when I get in touch", as values; the page words them for the visitor. */
export type ContactFacts = {
	whoAnswers: Localized | null;
	canBeAnonymous: boolean;
	writtenDown: 'nothing' | 'notes' | 'record' | null;
	whoIsTold: 'only_danger' | 'health' | 'parents_involved' | null;
	ownDecisionAge: number | null;
	bringFriend: boolean | null;
	interpreter: boolean | null;
	isFree: boolean;
};

/** One question of "what happens when I get in touch" and the sentences that answer it. */
export type ContactQuestion =
	| 'who_answers'
	| 'anonymous'
	| 'written_down'
	| 'who_is_told'
	| 'bring_friend'
	| 'cost'
	| 'interpreter';

/**
 * An answer as locale keys (`finder.contact_a_*`) with their values, or the service's own
 * text (who answers). Questions whose value staff have not filled in are left out.
 */
export type ContactAnswer = {
	question: ContactQuestion;
	text?: Localized;
	lines: { key: string; values?: Record<string, number> }[];
};

export type ServicePhone = {
	number: string;
	/** `tel:` / `sms:` target: digits only, with the country code for local numbers. */
	href: string;
	type: 'voice' | 'text';
	description: Localized | null;
};

export type ServiceCard = {
	slug: string;
	name: Localized;
	summary: Localized;
	isFree: boolean;
	noReferral: boolean;
	canBeAnonymous: boolean;
	dropIn: boolean;
	isEmergency: boolean;
	isNational: boolean;
	isDemo: boolean;
	minAge: number | null;
	maxAge: number | null;
	opening: OpeningLabel;
	openNow: boolean;
	phones: ServicePhone[];
	chatUrl: string | null;
	website: string | null;
	alert: Localized | null;
	nextHelp: NextHelp[];
};

export type ServiceDetail<Topic extends string = string> = ServiceCard & {
	description: Localized;
	applicationProcess: Localized | null;
	eligibility: Localized | null;
	fees: Localized | null;
	referralInfo: Localized | null;
	confidentiality: Localized | null;
	organization: Localized | null;
	email: string | null;
	assuredDate: string | null;
	level: 'universal' | 'selective' | 'indicated';
	topics: Topic[];
	languages: string[];
	locations: {
		name: Localized | null;
		address: string | null;
		postalCode: string | null;
		city: string | null;
		mapUrl: string | null;
		accessibility: Localized | null;
		directions: Localized | null;
	}[];
	hours: { day: string; hours: string[] }[];
	dropInHours: { day: string; hours: string[] }[];
	contact: ContactFacts;
};

export type FinderResult<Topic extends string = string> = {
	services: ServiceCard[];
	/** Topics the free text pointed to (shown as "Did you mean…" links). */
	matchedTopics: Topic[];
	/** Nothing matched: `services` holds the crisis lines and the "én dør inn" service. */
	fallback: boolean;
	total: number;
	/** Which page of the ranked results `services` is (`side=N`), of how many. */
	page: number;
	pages: number;
	pageSize: number;
	/** Danger now: what to do and who answers this minute, shown above everything else. */
	acute: AcuteHelp | null;
};

export type AcuteHelp = { needs: AcuteNeed[]; services: ServiceCard[] };

/** One service on a shared list (`/finn-hjelp/valgt`): its card and where to find it. */
export type ChosenService = ServiceCard & {
	places: {
		name: Localized | null;
		address: string | null;
		postalCode: string | null;
		city: string | null;
	}[];
};

/** A shared list as its page shows it, with what was left out of the link and why. */
export type ChosenServices = {
	services: ChosenService[];
	/** Pieces of the link that are no service here (unknown, removed, another portal's). */
	unknown: number;
	/** The link held more than `max` services; only the first `max` are shown. */
	capped: boolean;
	max: number;
};
