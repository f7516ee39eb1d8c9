/**
 * Reading activities from the database for the public pages. Every query is scoped to one
 * municipality; texts come in the visitor's language with nb as the fallback, and each
 * text says which language it is really in so the page can mark it with `lang`.
 */
import { alias } from 'drizzle-orm/sqlite-core';
import { and, asc, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
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
import {
	filterQuery,
	matchesFilters,
	narrowSchedules,
	scheduleMatches,
	type ActivityFilters,
	type Filterable
} from './filters';
import { expandSchedules, upcomingOccurrences, type Occurrence, type Schedule } from './schedule';
import { addDays, osloToday, type LocalDate } from '$lib/server/time';
import {
	dataMemo,
	dataMemoMs,
	memoised,
	publicDataGeneration,
	rowsToReread,
	withReread
} from '$lib/server/page-cache';
import { timeSlicer } from '$lib/server/slices';

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

/**
 * Published activities of a municipality with texts in `lang` (nb where missing): all of
 * them, the one with `slug`, or those with `ids` (a page: only their rows are read).
 */
export async function loadActivities(
	municipalityId: number,
	lang: Language,
	only: { slug?: string; ids?: readonly number[] } = {}
): Promise<ActivityDetails[]> {
	if (only.ids && only.ids.length === 0) return [];
	const where = and(
		eq(activity.municipalityId, municipalityId),
		eq(activity.published, true),
		only.slug === undefined ? undefined : eq(activity.slug, only.slug),
		only.ids === undefined ? undefined : inArray(activity.id, [...only.ids])
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

	const schedulesByActivity = groupSchedules(schedules, exceptDates, cancellations);
	const texts = new Map<string, ActivityTranslation>();
	for (const t of translations) texts.set(`${t.activityId}:${t.lang}`, t);

	return rows.map(({ activity: a, organizer, location, area }) => {
		const wanted = texts.get(`${a.id}:${lang}`);
		const source = texts.get(`${a.id}:${sourceLanguage}`);
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

type ScheduleRow = typeof activitySchedule.$inferSelect;

/** Schedule rows with their except dates and cancellations, per activity (Maps, one pass each). */
function groupSchedules(
	schedules: readonly ScheduleRow[],
	exceptDates: readonly { scheduleId: number; date: string }[],
	cancellations: readonly { scheduleId: number; date: string; reason: Record<string, string> }[]
): Map<number, Schedule[]> {
	const skipped = new Map<number, string[]>();
	for (const e of exceptDates) {
		const list = skipped.get(e.scheduleId);
		if (list) list.push(e.date);
		else skipped.set(e.scheduleId, [e.date]);
	}
	const cancelled = new Map<number, Schedule['cancellations']>();
	for (const c of cancellations) {
		const entry = { date: c.date, reason: c.reason };
		const list = cancelled.get(c.scheduleId);
		if (list) list.push(entry);
		else cancelled.set(c.scheduleId, [entry]);
	}
	const byActivity = new Map<number, Schedule[]>();
	for (const s of schedules) {
		const schedule: Schedule = {
			id: s.id,
			byDay: s.byDay,
			startTime: s.startTime,
			endTime: s.endTime,
			startDate: s.startDate,
			endDate: s.endDate,
			timezone: s.timezone,
			exceptDates: skipped.get(s.id) ?? [],
			cancellations: cancelled.get(s.id) ?? []
		};
		const list = byActivity.get(s.activityId);
		if (list) list.push(schedule);
		else byActivity.set(s.activityId, [schedule]);
	}
	return byActivity;
}

/** What sorting and paging need of an activity: the name it sorts by and its schedules. */
type ActivityTiming = { id: number; name: string; schedules: Schedule[] };

const wantedText = alias(activityTranslation, 'wanted_text');
const sourceText = alias(activityTranslation, 'source_text');

/**
 * The activities that fit the filters, with only their name and their schedules (narrowed
 * to the asked-for days and times). From the index when the memos are on; otherwise every
 * attribute filter runs in SQL, weekday and time-of-day (which need the schedule) here, and
 * of the except dates and cancellations only those from `since` on are read.
 */
async function activityTimings(
	municipalityId: number,
	lang: Language,
	filters: ActivityFilters,
	since: LocalDate
): Promise<ActivityTiming[]> {
	const index = activityIndex(municipalityId, lang);
	if (index) return indexTimings(await index, filters);
	const conditions: (SQL | undefined)[] = [
		eq(activity.municipalityId, municipalityId),
		eq(activity.published, true)
	];
	if (filters.age !== undefined)
		conditions.push(lte(activity.ageMin, filters.age), gte(activity.ageMax, filters.age));
	if (filters.free) conditions.push(eq(activity.isFree, true));
	if (filters.category) conditions.push(eq(activity.category, filters.category));
	if (filters.dropIn) conditions.push(eq(activity.dropIn, true));
	if (filters.accessible)
		conditions.push(
			or(
				eq(activity.wheelchairAccessible, true),
				eq(activity.adapted, true),
				eq(activity.sensoryFriendly, true)
			)
		);
	if (filters.language)
		conditions.push(
			sql`exists (select 1 from json_each(${activity.inLanguage}) where value = ${filters.language})`
		);
	if (filters.area)
		conditions.push(
			inArray(
				activity.locationId,
				db
					.select({ id: activityLocation.id })
					.from(activityLocation)
					.innerJoin(activityArea, eq(activityArea.id, activityLocation.areaId))
					.where(
						and(
							eq(activityArea.municipalityId, municipalityId),
							eq(activityArea.slug, filters.area)
						)
					)
			)
		);
	const where = and(...conditions);
	const rows = await db
		.select({
			id: activity.id,
			slug: activity.slug,
			name: sql<string | null>`coalesce(${wantedText.name}, ${sourceText.name})`
		})
		.from(activity)
		.leftJoin(wantedText, and(eq(wantedText.activityId, activity.id), eq(wantedText.lang, lang)))
		.leftJoin(
			sourceText,
			and(eq(sourceText.activityId, activity.id), eq(sourceText.lang, sourceLanguage))
		)
		.where(where)
		.all();
	if (rows.length === 0) return [];
	const byActivity = await readSchedules(
		inArray(
			activitySchedule.activityId,
			db.select({ id: activity.id }).from(activity).where(where)
		),
		since
	);
	const timings: ActivityTiming[] = [];
	const narrowing = filters.days !== undefined || filters.times !== undefined;
	for (const row of rows) {
		const all = byActivity.get(row.id) ?? [];
		if (narrowing && !all.some((s) => scheduleMatches(s, filters))) continue;
		timings.push({
			id: row.id,
			name: row.name ?? row.slug,
			schedules: narrowing ? narrowSchedules(all, filters) : all
		});
	}
	return timings;
}

/**
 * The published activities of a municipality in one language, shaped once (texts picked,
 * schedules grouped, place and organizer joined) and kept by `dataMemo`: emptied on every
 * invalidatePublicPages() (every activity, place, organizer or area write calls it) and
 * after `dataMemoMs`. The list, calendar, map, an activity's page and the RPDE feed then
 * filter these rows instead of reading and shaping tables for every request. Undefined
 * with the memos off (`DATA_MEMO_SECONDS=0`): then every page reads what it shows.
 */
export type ActivityIndex = {
	/** In id order. */
	all: ActivityDetails[];
	byId: Map<number, ActivityDetails>;
	bySlug: Map<string, ActivityDetails>;
	/** Languages the activities are held in. */
	languages: Set<string>;
};

const indexMemo = dataMemo<Language, Promise<ActivityIndex>>();

/**
 * The last index built per municipality and language, with the data generation it was read
 * in. When the memo only timed out (no write since: same generation), visitors keep getting
 * it while the new one is read, instead of all waiting for the rebuild; after a write they
 * wait, so a change shows at once. After writes of this process that said which activities
 * they changed (`changedSince`: an activity saved, its times, a cancellation, a translation;
 * a service or a plan changes none), the next index is this one with those activities read
 * again, in milliseconds instead of a full read per language; after any other write (an
 * import) everyone waits for the full read.
 */
const lastBuilt = new Map<
	string,
	{
		generation: number;
		index: ActivityIndex;
		/** When the full read under it was made (see `rowsToReread`). */
		readAt: number;
	}
>();

export function activityIndex(
	municipalityId: number,
	lang: Language
): Promise<ActivityIndex> | undefined {
	if (dataMemoMs <= 0) return undefined;
	const memo = indexMemo(municipalityId);
	let held = memo.get(lang);
	if (!held) {
		const key = `${municipalityId} ${lang}`;
		const generation = publicDataGeneration();
		const previous = lastBuilt.get(key);
		const changed =
			previous?.generation !== generation ? rowsToReread('activities', previous) : null;
		const readAt = changed ? previous!.readAt : Date.now();
		const building = changed
			? refreshedIndex(previous!.index, changed, municipalityId, lang)
			: buildIndex(municipalityId, lang);
		const stale = previous?.generation === generation ? previous.index : undefined;
		memo.set(lang, (held = stale ? Promise.resolve(stale) : building));
		building.then(
			(index) => {
				if (publicDataGeneration() !== generation) return;
				lastBuilt.set(key, { generation, index, readAt });
				if (memo.get(lang) === held) memo.set(lang, building);
			},
			// A failed read is not kept: the next request tries again.
			() => {
				if (memo.get(lang) === building) memo.delete(lang);
			}
		);
	}
	return held;
}

const indexChunk = 200;

async function buildIndex(municipalityId: number, lang: Language): Promise<ActivityIndex> {
	const ids = db
		.select({ id: activity.id })
		.from(activity)
		.where(and(eq(activity.municipalityId, municipalityId), eq(activity.published, true)))
		.orderBy(asc(activity.id))
		.all()
		.map((r) => r.id);
	const all: ActivityDetails[] = [];
	// Read in slices after a write, so other requests are answered in between: 200 activities
	// with their texts and times take ~15 ms at 100× the demo (500 took 40).
	const slice = timeSlicer();
	for (let at = 0; at < ids.length; at += indexChunk) {
		const chunk = ids.slice(at, at + indexChunk);
		for (const a of await loadActivities(municipalityId, lang, { ids: chunk })) all.push(a);
		await slice();
	}
	return indexOf(all);
}

function indexOf(all: ActivityDetails[]): ActivityIndex {
	return {
		all,
		byId: new Map(all.map((a) => [a.id, a])),
		bySlug: new Map(all.map((a) => [a.slug, a])),
		languages: new Set(all.flatMap((a) => a.inLanguage))
	};
}

/**
 * `previous` with the `changed` activities read again: gone if no longer published,
 * replaced, or put in their place (id order) if new. The others keep their objects, and with
 * them what was already worked out for them (`nextOccurrence` remembers by schedules array).
 * No change at all (a service or a plan was saved) is the same index.
 */
async function refreshedIndex(
	previous: ActivityIndex,
	changed: ReadonlySet<number>,
	municipalityId: number,
	lang: Language
): Promise<ActivityIndex> {
	if (changed.size === 0) return previous;
	const fresh = await loadActivities(municipalityId, lang, { ids: [...changed] });
	return indexOf(withReread(previous.all, changed, fresh, (a, b) => a.id - b.id));
}

/** The activities of the index that fit the filters, as `activityTimings` gives them. */
function indexTimings(index: ActivityIndex, filters: ActivityFilters): ActivityTiming[] {
	const narrowing = filters.days !== undefined || filters.times !== undefined;
	const timings: ActivityTiming[] = [];
	for (const a of index.all) {
		if (!matchesFilters(a, filters)) continue;
		timings.push({
			id: a.id,
			name: a.name.text,
			// Unnarrowed, the index's own array (so `nextOccurrence` can remember it).
			schedules: narrowing ? narrowedSchedules(a.schedules, filters) : a.schedules
		});
	}
	return timings;
}

/**
 * Narrowed schedule lists, remembered per list and filter so that `nextOccurrence` and
 * `sessionsBetween` find the same array on the next request with the same days and times.
 */
const narrowedByList = new WeakMap<object, Map<string, Schedule[]>>();

function narrowedSchedules(schedules: Schedule[], filters: ActivityFilters): Schedule[] {
	let byFilter = narrowedByList.get(schedules);
	if (!byFilter) narrowedByList.set(schedules, (byFilter = new Map()));
	const key = `${filters.days?.join(',') ?? ''}/${filters.times?.join(',') ?? ''}`;
	let narrowed = byFilter.get(key);
	if (!narrowed) {
		if (byFilter.size >= 16) byFilter.clear();
		byFilter.set(key, (narrowed = narrowSchedules(schedules, filters)));
	}
	return narrowed;
}

async function readSchedules(
	ofMatches: SQL,
	since: LocalDate | null
): Promise<Map<number, Schedule[]>> {
	const from = (column: typeof activityExceptDate.date | typeof activityCancellation.date) =>
		since === null ? undefined : gte(column, since);
	const [schedules, exceptDates, cancellations] = await Promise.all([
		db.select().from(activitySchedule).where(ofMatches).orderBy(asc(activitySchedule.id)).all(),
		db
			.select({ scheduleId: activityExceptDate.scheduleId, date: activityExceptDate.date })
			.from(activityExceptDate)
			.innerJoin(activitySchedule, eq(activitySchedule.id, activityExceptDate.scheduleId))
			.where(and(ofMatches, from(activityExceptDate.date)))
			.all(),
		db
			.select({
				scheduleId: activityCancellation.scheduleId,
				date: activityCancellation.date,
				reason: activityCancellation.reason
			})
			.from(activityCancellation)
			.innerJoin(activitySchedule, eq(activitySchedule.id, activityCancellation.scheduleId))
			.where(and(ofMatches, from(activityCancellation.date)))
			.all()
	]);
	return groupSchedules(schedules, exceptDates, cancellations);
}

/**
 * The next session that has not ended, per schedule list and Oslo minute: sessions start and
 * end on whole minutes, so within a minute it is the same, and memoised lists (see
 * `activityIndex`) are the same arrays from one request to the next.
 */
const nextByList = new WeakMap<object, { minute: number; next: Occurrence | undefined }>();

/** The sessions of a schedule list between two dates, remembered per list (see above). */
const sessionsByList = new WeakMap<object, Map<string, Occurrence[]>>();

function sessionsBetween(schedules: Schedule[], from: LocalDate, to: LocalDate): Occurrence[] {
	let byRange = sessionsByList.get(schedules);
	if (!byRange) sessionsByList.set(schedules, (byRange = new Map()));
	const key = `${from}/${to}`;
	let sessions = byRange.get(key);
	if (!sessions) {
		if (byRange.size >= 8) byRange.clear();
		byRange.set(key, (sessions = expandSchedules(schedules, from, to)));
	}
	return sessions;
}

function nextOccurrence(schedules: Schedule[], now: Date): Occurrence | undefined {
	const minute = Math.floor(now.getTime() / 60_000);
	const known = nextByList.get(schedules);
	if (known && known.minute === minute) return known.next;
	const [next] = upcomingOccurrences(schedules, now, 1, { onlyScheduled: false });
	nextByList.set(schedules, { minute, next });
	return next;
}

/** The details of `ids`, in that order (one that vanished in between is left out). */
async function detailsInOrder(
	municipalityId: number,
	lang: Language,
	ids: readonly number[]
): Promise<ActivityDetails[]> {
	const index = activityIndex(municipalityId, lang);
	if (index) {
		const { byId } = await index;
		return ids.flatMap((id) => byId.get(id) ?? []);
	}
	const byId = new Map((await loadActivities(municipalityId, lang, { ids })).map((a) => [a.id, a]));
	return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Languages the municipality's published activities are held in. */
export async function activityLanguages(
	municipalityId: number,
	lang: Language = sourceLanguage
): Promise<Set<string>> {
	const index = activityIndex(municipalityId, lang);
	if (index) return (await index).languages;
	const rows = await db
		.selectDistinct({ code: sql<string>`value` })
		.from(sql`${activity}, json_each(${activity.inLanguage})`)
		.where(and(eq(activity.municipalityId, municipalityId), eq(activity.published, true)))
		.all();
	return new Set(rows.map((r) => r.code));
}

export async function getActivityBySlug(
	municipalityId: number,
	slug: string,
	lang: Language
): Promise<ActivityDetails | undefined> {
	const index = activityIndex(municipalityId, lang);
	if (index) return (await index).bySlug.get(slug);
	return (await loadActivities(municipalityId, lang, { slug }))[0];
}

/** The municipality's areas (the filter's choices), kept by the data memos' rule. */
const areasMemo = dataMemo<'areas', ReturnType<typeof readAreas>>();

export async function listAreas(municipalityId: number) {
	return memoised(areasMemo, municipalityId, 'areas', () => readAreas(municipalityId));
}

function readAreas(municipalityId: number) {
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

/**
 * The sorted matches of one list or calendar question (filters, language, range or minute),
 * kept beside the index (same `dataMemo` rule), so the next visitor with the same filters
 * gets a slice of a sorted array. Computed afresh with the memos off.
 */
const answerMemo = dataMemo<string, Promise<unknown>>();

async function remembered<T>(
	key: string,
	compute: () => Promise<T>,
	municipalityId: number
): Promise<T> {
	if (dataMemoMs <= 0) return compute();
	const memo = answerMemo(municipalityId);
	let held = memo.get(key) as Promise<T> | undefined;
	if (!held) {
		// A burst of distinct filters cannot grow it without end.
		if (memo.size >= 500) memo.clear();
		const computing = compute();
		memo.set(key, (held = computing));
		void computing.catch(() => {
			if (memo.get(key) === computing) memo.delete(key);
		});
	}
	return held;
}

export type ActivityMatch = { activity: ActivityDetails; next: Occurrence | undefined };

/** Which part of a long answer to read: `limit` items after the first `offset`. */
export type PageWindow = { offset: number; limit: number };

/** Ties in time go by name, as `localeCompare` orders them, without a collator per call. */
const byName = new Intl.Collator();

/**
 * Activities that fit the filters and still have a session ahead (or run until further
 * notice), soonest first, `window` of them (all without one), and how many there are. `next`
 * is the next session on a day and time the filters allow, cancelled or not, so the list can
 * warn "next Tuesday is cancelled". Sorting needs only each match's schedules; texts, place
 * and organizer are read for the activities on the page alone.
 */
export async function matchingActivities(
	municipalityId: number,
	lang: Language,
	filters: ActivityFilters,
	now: Date,
	window?: PageWindow
): Promise<{ total: number; matches: ActivityMatch[] }> {
	const upcoming = await remembered(
		`list ${lang} ${filterQuery(filters)} ${Math.floor(now.getTime() / 60_000)}`,
		async () => {
			const timings = await activityTimings(
				municipalityId,
				lang,
				filters,
				addDays(osloToday(now), -1)
			);
			const upcoming: { timing: ActivityTiming; next: Occurrence }[] = [];
			// Thousands of activities at a large municipality, once a minute per filter: in
			// slices, so the list's other visitors are answered in between.
			const slice = timeSlicer();
			for (const timing of timings) {
				const next = nextOccurrence(timing.schedules, now);
				if (next) upcoming.push({ timing, next });
				await slice();
			}
			return upcoming.sort(
				(a, b) =>
					a.next.start.getTime() - b.next.start.getTime() ||
					byName.compare(a.timing.name, b.timing.name)
			);
		},
		municipalityId
	);
	const page = window ? upcoming.slice(window.offset, window.offset + window.limit) : upcoming;
	const details = await detailsInOrder(
		municipalityId,
		lang,
		page.map((u) => u.timing.id)
	);
	const nextOf = new Map(page.map((u) => [u.timing.id, u.next]));
	return {
		total: upcoming.length,
		matches: details.map((activity) => ({ activity, next: nextOf.get(activity.id) }))
	};
}

export type CalendarDay = {
	date: LocalDate;
	entries: { activity: ActivityDetails; occurrence: Occurrence }[];
};

/**
 * An agenda: the days from..to with the sessions of the matching activities, `window` of
 * the sessions (in time order), how many sessions there are and how many of them take place
 * (not cancelled or skipped).
 */
export async function agenda(
	municipalityId: number,
	lang: Language,
	filters: ActivityFilters,
	from: LocalDate,
	to: LocalDate,
	window?: PageWindow
): Promise<{ total: number; scheduled: number; days: CalendarDay[] }> {
	const { sessions, scheduled } = await remembered(
		`agenda ${lang} ${filterQuery(filters)} ${from} ${to}`,
		async () => {
			const timings = await activityTimings(municipalityId, lang, filters, from);
			const sessions: { id: number; occurrence: Occurrence }[] = [];
			for (const timing of timings) {
				for (const occurrence of sessionsBetween(timing.schedules, from, to))
					sessions.push({ id: timing.id, occurrence });
			}
			sessions.sort(
				(a, b) =>
					a.occurrence.date.localeCompare(b.occurrence.date) ||
					a.occurrence.start.getTime() - b.occurrence.start.getTime()
			);
			const scheduled = sessions.filter((s) => s.occurrence.status === 'scheduled').length;
			return { sessions, scheduled };
		},
		municipalityId
	);
	const page = window ? sessions.slice(window.offset, window.offset + window.limit) : sessions;
	const details = new Map(
		(await detailsInOrder(municipalityId, lang, [...new Set(page.map((s) => s.id))])).map((a) => [
			a.id,
			a
		])
	);
	const days = new Map<LocalDate, CalendarDay['entries']>();
	for (const { id, occurrence } of page) {
		const activity = details.get(id);
		if (!activity) continue;
		const list = days.get(occurrence.date);
		if (list) list.push({ activity, occurrence });
		else days.set(occurrence.date, [{ activity, occurrence }]);
	}
	return {
		total: sessions.length,
		scheduled,
		days: [...days.entries()].map(([date, entries]) => ({ date, entries }))
	};
}
