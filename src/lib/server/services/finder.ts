import { and, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { preparedOnce } from '$lib/server/db/prepared';
import {
	location,
	locationTranslation,
	organization,
	organizationTranslation,
	phone,
	phoneTranslation,
	schedule,
	scheduleException,
	service,
	serviceAtLocation,
	serviceLanguage,
	serviceTaxonomy,
	serviceTranslation,
	taxonomyTerm,
	topicDailyCount
} from '$lib/server/db/schema';
import { isLanguage, sourceLanguage, type Language } from '$lib/i18n/languages';
import { pickLocalized, type Localized } from '$lib/i18n/localized';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { addVisitCount } from '$lib/server/visit-counts';
import {
	dataMemo,
	dataMemoMs,
	publicDataGeneration,
	rowsToReread,
	withReread
} from '$lib/server/page-cache';
import { osloToday } from '$lib/server/time';
import { timeSlicer } from '$lib/server/slices';
import type {
	AcuteHelp,
	ChosenServices,
	FinderQuery as FinderQueryOf,
	FinderResult as FinderResultOf,
	ServiceCard,
	ServiceDetail as ServiceDetailOf
} from '$lib/types/services';
import { acuteNeeds, acuteNeedsFor, acuteServiceSlugs, helpForNeed } from './acute';
import { maxChosen, parseChosenList } from './chosen-list';
import {
	dropInLabel,
	isNoticeOn,
	isOpenOrSoon,
	openingLabel,
	openingStatus,
	typicalTimes,
	weeklyHours,
	type OpeningStatus
} from './opening-hours';
import {
	ageFits,
	fitOfWords,
	commonTerms,
	scoreOfHits,
	termHits,
	type TermHits,
	rankServices,
	topRanked,
	textWords,
	type Rankable,
	type TopicFit
} from './ranking';
import { fullTextMatches, searchTerms, termMatches, topicsForQuery } from './search';
import { isTopicCode, topicMask, type TopicCode } from './topics';

export type { FinderFilters, ServiceCard, ServicePhone } from '$lib/types/services';
export type FinderQuery = FinderQueryOf<TopicCode>;
export type FinderResult = FinderResultOf<TopicCode>;
export type ServiceDetail = ServiceDetailOf<TopicCode>;

const maxAge = 120;

/** URL query → filters. Nonsense (an age of -3 or 9999, `na=banana`) is ignored, not an error. */
export function parseFinderQuery(
	params: URLSearchParams,
	topic: TopicCode | null = null
): FinderQuery {
	const rawAge = (params.get('alder') ?? '').trim();
	const age = /^\d{1,3}$/.test(rawAge) ? Number(rawAge) : NaN;
	const flag = (name: string) => params.get(name) === '1';
	return {
		topic,
		q: (params.get('q') ?? '').slice(0, 200),
		age: Number.isInteger(age) && age >= 0 && age <= maxAge ? age : null,
		urgent: flag('na'),
		free: flag('gratis'),
		noReferral: flag('uten-henvisning'),
		anonymous: flag('anonym'),
		dropIn: flag('drop-in'),
		openNow: flag('apent'),
		forFriend: params.get('for') === 'venn',
		chosen: parseChosenList(params).slugs
	};
}

/**
 * Texts already picked, per translation rows array: the finder index (and the child memo)
 * hand the same arrays to every request, so a topic of a thousand services picks each name
 * and summary once per language, not once per visit. Goes with the arrays.
 */
const localizedByRows = new WeakMap<object, Map<string, Localized | null>>();

/** One field of translation rows in `lang`, else nb; blank texts count as missing. */
function localize<T extends { lang: string }>(
	rows: readonly T[],
	lang: Language,
	field: keyof T
): Localized | null {
	let known = localizedByRows.get(rows);
	if (!known) localizedByRows.set(rows, (known = new Map()));
	const key = `${lang}:${String(field)}`;
	if (known.has(key)) return known.get(key)!;
	const picked = pickField(rows, lang, field);
	known.set(key, picked);
	return picked;
}

function pickField<T extends { lang: string }>(
	rows: readonly T[],
	lang: Language,
	field: keyof T
): Localized | null {
	const texts: Partial<Record<Language, string>> = {};
	for (const row of rows) {
		const value = row[field];
		if (isLanguage(row.lang) && typeof value === 'string' && value.trim()) texts[row.lang] = value;
	}
	return pickLocalized(texts, lang);
}

/** Norwegian numbers get +47 so `tel:` works from a foreign phone too; short codes don't. */
export function phoneHref(number: string): string {
	const digits = number.replace(/[^\d+]/g, '');
	if (digits.startsWith('+') || digits.length <= 6) return digits;
	return digits.length === 8 ? `+47${digits}` : digits;
}

export function mapUrl(latitude: number | null, longitude: number | null): string | null {
	if (latitude === null || longitude === null) return null;
	const lat = latitude.toFixed(5);
	const lon = longitude.toFixed(5);
	return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

export type CatalogService = typeof service.$inferSelect & {
	translations: (typeof serviceTranslation.$inferSelect)[];
	topics: TopicCode[];
	/** `topics` as a `topicMask`, for the finder's hot loop. */
	topicBits: number;
	/** The topics the service is for (the rest it also covers), as a `topicMask`. */
	primaryBits: number;
	phones: {
		row: typeof phone.$inferSelect;
		translations: (typeof phoneTranslation.$inferSelect)[];
	}[];
	rules: (typeof schedule.$inferSelect)[];
	exceptions: (typeof scheduleException.$inferSelect)[];
	/**
	 * Name and summary as picked per language, filled on first use (`textsOf`). It travels
	 * with the child rows, so the finder index and the child memo pick them once per
	 * language, not once per request for each of a topic's thousands of candidates.
	 */
	picked: Partial<Record<Language, PickedTexts>>;
	/**
	 * Its opening state in the Oslo minute it was last worked out (`statusOf`). Like
	 * `picked`, one object per read of the child rows, so a copy of the service shares it.
	 */
	opening: { minute: number; status: OpeningStatus | null };
};

type PickedTexts = {
	name: Localized | null;
	summary: Localized | null;
	/** The words of name and summary as search compares them, on the first search. */
	words?: { name: readonly string[]; summary: readonly string[] };
};

/** The service's name and summary in `lang` (else nb), picked once per language. */
function textsOf(s: CatalogService, lang: Language): PickedTexts {
	return (s.picked[lang] ??= {
		name: pickField(s.translations, lang, 'name'),
		summary: pickField(s.translations, lang, 'summary')
	});
}

/**
 * What the finder may narrow the catalog to in SQL, so a topic or a search never loads
 * the whole catalogue: services on one of `topics`, or among `ids` (text hits), or an
 * emergency service when `emergency`; and only those with each attribute asked for.
 */
export type CatalogFilter = {
	topics?: readonly TopicCode[];
	ids?: readonly number[];
	/** Services by slug: the lines that answer an acute need (`acuteServiceSlugs`). */
	slugs?: readonly string[];
	emergency?: boolean;
	/** The safety net: emergency, "én dør inn" and national services with a phone. */
	safetyNet?: boolean;
	free?: boolean;
	noReferral?: boolean;
	anonymous?: boolean;
	dropIn?: boolean;
};

function catalogCondition(filter: CatalogFilter) {
	const anyOf = [];
	if (filter.topics?.length)
		anyOf.push(
			inArray(
				service.id,
				db
					.select({ id: serviceTaxonomy.serviceId })
					.from(serviceTaxonomy)
					.innerJoin(taxonomyTerm, eq(taxonomyTerm.id, serviceTaxonomy.taxonomyTermId))
					.where(inArray(taxonomyTerm.code, [...filter.topics]))
			)
		);
	if (filter.ids?.length) anyOf.push(inArray(service.id, [...filter.ids]));
	if (filter.slugs?.length) anyOf.push(inArray(service.slug, [...filter.slugs]));
	if (filter.emergency) anyOf.push(eq(service.isEmergency, true));
	if (filter.safetyNet)
		anyOf.push(
			eq(service.isEmergency, true),
			eq(service.isOneDoor, true),
			and(
				isNull(service.municipalityId),
				inArray(service.id, db.select({ id: phone.serviceId }).from(phone))
			)
		);
	const conditions = [anyOf.length ? or(...anyOf) : sql`0`];
	if (filter.free) conditions.push(eq(service.isFree, true));
	if (filter.noReferral) conditions.push(eq(service.referralRequired, false));
	if (filter.anonymous) conditions.push(eq(service.canBeAnonymous, true));
	if (filter.dropIn) conditions.push(eq(service.dropIn, true));
	return and(...conditions);
}

/** Rows grouped by a key in one pass (never a `filter` per parent row). */
function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const row of rows) {
		const k = key(row);
		const list = groups.get(k);
		if (list) list.push(row);
		else groups.set(k, [row]);
	}
	return groups;
}

/**
 * The services the public sees: active, of an active organisation (staff unpublish an
 * organisation to take all its services off the portal at once), the municipality's own
 * and the national ones. The HSDS lists page over the same rule in SQL.
 */
export function publishedServiceCondition(municipalityId: number | null) {
	return and(
		municipalityId !== null
			? or(eq(service.municipalityId, municipalityId), isNull(service.municipalityId))
			: isNull(service.municipalityId),
		eq(service.status, 'active'),
		inArray(
			service.organizationId,
			db.select({ id: organization.id }).from(organization).where(eq(organization.status, 'active'))
		)
	);
}

/**
 * The assembled child rows of a service (texts, topics, phones, hours), kept per service id
 * for `dataMemoMs`: dropped on every `invalidatePublicPages()` (the generation changes) and
 * after `DATA_MEMO_SECONDS` (default: the page cache's lifetime), so a burst of distinct searches reads
 * each service's children once instead of on every request. The service rows themselves
 * (which decide what is published and the order) are always read fresh. Off with
 * `DATA_MEMO_SECONDS=0`.
 */
const childMemoMs = dataMemoMs;
type Children = Omit<CatalogService, keyof typeof service.$inferSelect>;
type MemoEntry = { row: typeof service.$inferSelect; children: Children };
const memoFor = dataMemo<number, MemoEntry>();

/**
 * Every active service this portal shows: the municipality's own and the national ones;
 * only `ids`, or only what `filter` narrows to, when given (the filtering happens in SQL).
 * `memoised`: reuse the child rows read by an earlier request of this page-cache generation
 * (the finder's search and topic pages; see `childMemo`).
 */
export async function loadCatalog(
	ids?: number[],
	filter?: CatalogFilter,
	memoised = false
): Promise<CatalogService[]> {
	const municipality = await getCurrentMunicipality();
	const where = and(
		publishedServiceCondition(municipality?.id ?? null),
		ids ? inArray(service.id, ids) : undefined,
		filter ? catalogCondition(filter) : undefined
	);
	const memo = memoised && childMemoMs > 0 ? memoFor(municipality?.id ?? null) : null;
	if (memo) return memoisedCatalog(memo, where);
	const rows = await db.select().from(service).where(where).all();
	if (rows.length === 0) return [];
	const loaded = await loadChildren(rows.map((r) => r.id));
	return rows.map((row) => ({ ...row, ...loaded(row.id) }));
}

/**
 * The catalogue with the memo: which services match is always asked of the database, with
 * each one's version and last change; only a service the memo does not hold, or holds in
 * another version, has its row and child rows read (every staff save bumps the version, and
 * every write drops the memo anyway).
 */
const refillChunk = 100;

async function memoisedCatalog(
	memo: Map<number, MemoEntry>,
	where: ReturnType<typeof and>
): Promise<CatalogService[]> {
	const matches = await db
		.select({ id: service.id, version: service.version, updatedAt: service.updatedAt })
		.from(service)
		.where(where)
		.all();
	const stale = matches.filter((m) => {
		const hit = memo.get(m.id);
		return !hit || hit.row.version !== m.version || hit.row.updatedAt !== m.updatedAt;
	});
	// After a write the memo is empty and a topic refills it for a thousand services: in
	// slices, so a save or a cached page waiting meanwhile is answered between them.
	const slice = timeSlicer();
	for (let at = 0; at < stale.length; at += refillChunk) {
		const staleIds = stale.slice(at, at + refillChunk).map((m) => m.id);
		const [rows, loaded] = await Promise.all([
			db.select().from(service).where(inArray(service.id, staleIds)).all(),
			loadChildren(staleIds)
		]);
		for (const row of rows) memo.set(row.id, { row, children: loaded(row.id) });
		await slice();
	}
	return matches.flatMap((m) => {
		const hit = memo.get(m.id);
		return hit ? [{ ...hit.row, ...hit.children }] : [];
	});
}

async function loadChildren(serviceIds: number[]): Promise<(id: number) => Children> {
	const [translations, topics, phones, phoneTexts, rules, exceptions] = await Promise.all([
		db
			.select()
			.from(serviceTranslation)
			.where(inArray(serviceTranslation.serviceId, serviceIds))
			.all(),
		db
			.select({
				serviceId: serviceTaxonomy.serviceId,
				code: taxonomyTerm.code,
				isPrimary: serviceTaxonomy.isPrimary
			})
			.from(serviceTaxonomy)
			.innerJoin(taxonomyTerm, eq(taxonomyTerm.id, serviceTaxonomy.taxonomyTermId))
			.where(inArray(serviceTaxonomy.serviceId, serviceIds))
			.all(),
		db
			.select()
			.from(phone)
			.where(inArray(phone.serviceId, serviceIds))
			.orderBy(phone.sortOrder)
			.all(),
		db
			.select({ t: phoneTranslation, serviceId: phone.serviceId })
			.from(phoneTranslation)
			.innerJoin(phone, eq(phone.id, phoneTranslation.phoneId))
			.where(inArray(phone.serviceId, serviceIds))
			.all(),
		db.select().from(schedule).where(inArray(schedule.serviceId, serviceIds)).all(),
		db
			.select()
			.from(scheduleException)
			.where(inArray(scheduleException.serviceId, serviceIds))
			.all()
	]);
	const translationsOf = groupBy(translations, (t) => t.serviceId);
	const topicsOf = groupBy(topics, (t) => t.serviceId);
	const phonesOf = groupBy(phones, (p) => p.serviceId);
	const phoneTextsOf = groupBy(phoneTexts, (x) => x.t.phoneId);
	const rulesOf = groupBy(rules, (r) => r.serviceId);
	const exceptionsOf = groupBy(exceptions, (e) => e.serviceId);
	return (id) => {
		const terms = topicsOf.get(id) ?? [];
		const topics = terms.filter((t) => isTopicCode(t.code)).map((t) => t.code as TopicCode);
		return {
			translations: translationsOf.get(id) ?? [],
			topics,
			topicBits: topicMask(topics),
			primaryBits: topicMask(
				terms.filter((t) => t.isPrimary && isTopicCode(t.code)).map((t) => t.code as TopicCode)
			),
			phones: (phonesOf.get(id) ?? []).map((p) => ({
				row: p,
				translations: (phoneTextsOf.get(p.id) ?? []).map((x) => x.t)
			})),
			rules: rulesOf.get(id) ?? [],
			exceptions: exceptionsOf.get(id) ?? [],
			picked: {},
			opening: { minute: -1, status: null }
		};
	};
}

/**
 * Where the finder takes its candidates from: the services `filter` narrows to (the whole
 * published catalogue without one), in the database's order. Two sources give the same
 * answer: `databaseCatalogue` asks SQL on every request (the path before issue 15, kept for
 * the equivalence spec and for `DATA_MEMO_SECONDS=0`), `indexedCatalogue` filters the
 * finder index in memory.
 */
export type CatalogueSource = (filter?: CatalogFilter) => Promise<CatalogService[]>;

export const databaseCatalogue: CatalogueSource = (filter) => loadCatalog(undefined, filter, true);

/**
 * The finder index (issue 15): every published service of this municipality and the
 * national ones, with its texts, topics, phones and hours, read once per municipality and
 * data generation. It goes with the data memos' rule (`dataMemo`): on every
 * `invalidatePublicPages()` (every public write calls it) and after `DATA_MEMO_SECONDS`, so a
 * save, new hours or a hidden service show on the next request. Held as one promise, so 50
 * visitors arriving after a write wait for one build. At 3,200 services a topic page read
 * a thousand services' rows from SQL on every request; now it filters this array.
 */
const indexMemo = dataMemo<'index', Promise<CatalogService[]>>();
const indexChunk = 100;

export const indexedCatalogue: CatalogueSource = async (filter) => {
	const services = await finderIndex();
	if (!filter) return services;
	const parts = partsOf(services);
	// The services any of the filter's reasons brings in, from the index's lookups rather
	// than testing every service against every reason (a search brings topics and text hits).
	// Marked by their place in the index, so the union comes out in the index's order
	// without a set or a sort.
	const marked = new Uint8Array(services.length);
	const mark = (places: readonly number[] | undefined) => {
		for (const at of places ?? []) marked[at] = 1;
	};
	for (const topic of filter.topics ?? []) mark(parts.byTopic.get(topic));
	for (const id of filter.ids ?? []) {
		const at = parts.byId.get(id);
		if (at !== undefined) marked[at] = 1;
	}
	for (const slug of filter.slugs ?? []) mark(parts.bySlug.get(slug));
	if (filter.emergency) mark(parts.emergency);
	if (filter.safetyNet) mark(parts.safetyNet);
	const chosen: CatalogService[] = [];
	for (let at = 0; at < marked.length; at++)
		if (marked[at] === 1 && hasAttributes(services[at], filter)) chosen.push(services[at]);
	return chosen;
};

/** `catalogCondition`'s attribute half in memory: free, no referral, anonymous, drop-in. */
function hasAttributes(s: CatalogService, filter: CatalogFilter): boolean {
	return (
		(!filter.free || s.isFree) &&
		(!filter.noReferral || !s.referralRequired) &&
		(!filter.anonymous || s.canBeAnonymous) &&
		(!filter.dropIn || s.dropIn)
	);
}

/**
 * The index's lookups for `catalogCondition`'s "any of" half, worked out once per index:
 * each gives places in the index (the database's order, which ties keep).
 */
type IndexParts = {
	byTopic: Map<TopicCode, number[]>;
	byId: Map<number, number>;
	/** A national and a local service may share a slug. */
	bySlug: Map<string, number[]>;
	emergency: number[];
	/** Emergency, "én dør inn" and national services with a phone. */
	safetyNet: number[];
};

const partsByIndex = new WeakMap<readonly CatalogService[], IndexParts>();

function partsOf(services: readonly CatalogService[]): IndexParts {
	let parts = partsByIndex.get(services);
	if (parts) return parts;
	parts = { byTopic: new Map(), byId: new Map(), bySlug: new Map(), emergency: [], safetyNet: [] };
	const add = <K>(map: Map<K, number[]>, key: K, at: number) => {
		const list = map.get(key);
		if (list) list.push(at);
		else map.set(key, [at]);
	};
	services.forEach((s, at) => {
		parts!.byId.set(s.id, at);
		add(parts!.bySlug, s.slug, at);
		for (const t of new Set(s.topics)) add(parts!.byTopic, t, at);
		if (s.isEmergency) parts!.emergency.push(at);
		if (s.isEmergency || s.isOneDoor || (s.municipalityId === null && s.phones.length > 0))
			parts!.safetyNet.push(at);
	});
	partsByIndex.set(services, parts);
	return parts;
}

/**
 * The last index read and the generation it was read in. When only `DATA_MEMO_SECONDS` has
 * emptied the memo (nothing was written since), requests keep answering from it while the
 * next one is read, so no visitor waits half a second for a rebuild every ten seconds. After
 * a write of this process that said which services it changed (`changedSince`: a service
 * saved, its hours, phones or a translation; a plan or an activity, which change none), the
 * next index is this one with those services read again, in milliseconds; after any other
 * write everyone waits for a full read.
 */
let lastIndex: {
	generation: number;
	scope: number | null;
	services: CatalogService[];
	/** When the full read under it was made (see `rowsToReread`). */
	readAt: number;
} | null = null;

async function finderIndex(): Promise<CatalogService[]> {
	const municipalityId = (await getCurrentMunicipality())?.id ?? null;
	const memo = indexMemo(municipalityId);
	const known = memo.get('index');
	if (known) return known;
	const generation = publicDataGeneration();
	const base = lastIndex?.scope === municipalityId ? lastIndex : null;
	const changed = base?.generation !== generation ? rowsToReread('services', base) : null;
	const readAt = changed ? base!.readAt : Date.now();
	const built = (
		changed
			? refreshedIndex(base!.services, changed, municipalityId)
			: buildFinderIndex(municipalityId)
	).then((services) => {
		if (publicDataGeneration() === generation)
			lastIndex = { generation, scope: municipalityId, services, readAt };
		return services;
	});
	memo.set('index', built);
	// A failed read (a locked file) is not kept: the next request tries again.
	built.catch(() => {
		if (memo.get('index') === built) memo.delete('index');
	});
	if (base && base.generation === generation) return base.services;
	return built;
}

/**
 * The index's order, which ties in ranking keep: the municipality's own services, then the
 * national ones, each by id (as SQLite's plan for `publishedServiceCondition` read them
 * before the order was asked for).
 */
const indexOrder = [sql`${service.municipalityId} is null`, service.id] as const;

function inIndexOrder(a: CatalogService, b: CatalogService): number {
	return Number(a.municipalityId === null) - Number(b.municipalityId === null) || a.id - b.id;
}

/** The published catalogue in the index's order (`indexOrder`), in slices. */
async function buildFinderIndex(municipalityId: number | null): Promise<CatalogService[]> {
	const rows = await db
		.select()
		.from(service)
		.where(publishedServiceCondition(municipalityId))
		.orderBy(...indexOrder)
		.all();
	const services: CatalogService[] = [];
	const slice = timeSlicer();
	for (let at = 0; at < rows.length; at += indexChunk) {
		const chunk = rows.slice(at, at + indexChunk);
		const loaded = await loadChildren(chunk.map((r) => r.id));
		for (const row of chunk) services.push({ ...row, ...loaded(row.id) });
		await slice();
	}
	return services;
}

/**
 * `previous` with the `changed` services read again: gone if no longer published, replaced,
 * or put in their place if new. Every other service keeps its object, and with it the texts
 * and words already picked for it and its opening state this minute.
 */
async function refreshedIndex(
	previous: CatalogService[],
	changed: ReadonlySet<number>,
	municipalityId: number | null
): Promise<CatalogService[]> {
	if (changed.size === 0) return previous;
	const rows = await db
		.select()
		.from(service)
		.where(and(publishedServiceCondition(municipalityId), inArray(service.id, [...changed])))
		.orderBy(...indexOrder)
		.all();
	const loaded = rows.length ? await loadChildren(rows.map((r) => r.id)) : null;
	const fresh = rows.map((row): CatalogService => ({ ...row, ...loaded!(row.id) }));
	return withReread(previous, changed, fresh, inIndexOrder);
}

/** The index while the data memos are on; without them, the database every time. */
function defaultCatalogue(): CatalogueSource {
	return dataMemoMs > 0 ? indexedCatalogue : databaseCatalogue;
}

/**
 * The published services (this portal's own and national) with these slugs, in id order
 * as SQL returns them; another municipality's service with the same slug never counts.
 * While the data memos are on they come from the finder index, which every save refreshes:
 * a service page, a shared list and the help-now card on a closed service's page were a
 * dozen queries (and their SQL built anew) per request, a third of the service page's CPU.
 */
async function publishedBySlugs(slugs: readonly string[]): Promise<CatalogService[]> {
	if (slugs.length === 0) return [];
	if (dataMemoMs > 0) {
		const services = await finderIndex();
		const { bySlug } = partsOf(services);
		return [...new Set(slugs)]
			.flatMap((slug) => (bySlug.get(slug) ?? []).map((at) => services[at]))
			.sort((a, b) => a.id - b.id);
	}
	const rows = await db
		.select({ id: service.id })
		.from(service)
		.where(inArray(service.slug, [...slugs]))
		.all();
	return rows.length > 0 ? loadCatalog(rows.map((r) => r.id)) : [];
}

/**
 * Opening state per service and Oslo minute: hours change on whole minutes, so within a
 * minute the answer is the same. Kept in the service's `opening`, which every copy of it
 * shares (the finder index's object lives until the service changes; the child memo's
 * children are spread into a new object per request but keep the same `opening`).
 */
function statusOf(s: CatalogService, now: Date): OpeningStatus {
	const minute = Math.floor(now.getTime() / 60_000);
	const known = s.opening;
	if (known.minute === minute && known.status) return known.status;
	const status = openingStatus(
		s.rules.filter((r) => r.kind === 'open'),
		s.exceptions,
		now
	);
	known.minute = minute;
	known.status = status;
	return status;
}

function toCard(
	s: CatalogService,
	lang: Language,
	now: Date,
	status = statusOf(s, now)
): ServiceCard & { openOrSoon: boolean } {
	return {
		slug: s.slug,
		name: textsOf(s, lang).name ?? { text: s.slug, lang: sourceLanguage },
		summary: textsOf(s, lang).summary ?? { text: '', lang: sourceLanguage },
		isFree: s.isFree,
		noReferral: !s.referralRequired,
		canBeAnonymous: s.canBeAnonymous,
		dropIn: s.dropIn,
		isEmergency: s.isEmergency,
		isNational: s.municipalityId === null,
		isDemo: s.isDemo,
		minAge: s.minAge,
		maxAge: s.maxAge,
		opening: openingLabel(status, now, lang),
		openNow: status.state === 'open' || status.state === 'always',
		openOrSoon: isOpenOrSoon(status, now),
		phones: s.phones.map((p) => ({
			number: p.row.number,
			href: phoneHref(p.row.number),
			type: p.row.type,
			description: localize(p.translations, lang, 'description')
		})),
		chatUrl: s.chatUrl,
		website: s.website,
		alert: isNoticeOn(s.alertFrom, s.alertTo, now) ? localize(s.translations, lang, 'alert') : null,
		nextHelp: [
			...(s.dropIn
				? [
						dropInLabel(
							s.rules.filter((r) => r.kind === 'drop_in'),
							s.exceptions,
							now,
							lang
						)
					]
				: []
			).filter((x) => x !== null),
			...typicalTimes(
				{ replyMinutes: s.replyMinutes, waitDays: s.waitDays, confirmedOn: s.timesConfirmedOn },
				now,
				lang
			)
		]
	};
}

/** Services on one page of Finn hjelp's results. */
export const finderPageSize = 20;

/** `side=N`, the page of the results (1 when absent or not a page number). */
export function finderPage(params: URLSearchParams): number {
	const raw = params.get('side');
	const n = raw && /^\d{1,4}$/.test(raw) ? Number(raw) : 1;
	return n >= 1 ? n : 1;
}

/**
 * The finder: filter, match, rank. A search that matches nothing never returns an empty
 * page: it falls back to the services that are right for anyone (emergency and 24/7
 * helplines and the municipality's "én dør inn"). Every match is ranked; only `page`'s
 * `finderPageSize` of them become cards (a topic can hold a thousand services).
 */
export async function findServices(
	query: FinderQuery,
	lang: Language,
	now = new Date(),
	page = 1,
	catalogue: CatalogueSource = defaultCatalogue()
): Promise<FinderResult> {
	const words = query.q.trim();
	const matchedTopics = words ? topicsForQuery(words, lang) : [];
	const municipalityId = (await getCurrentMunicipality())?.id ?? null;
	const terms = words ? searchTerms(words, lang) : [];
	const textRanks = terms.length ? textMatches(terms, municipalityId) : new Map<number, number>();
	const wanted = new Set<TopicCode>(query.topic ? [query.topic] : matchedTopics);
	const browsingAll = !query.topic && !words;
	const needs = acuteNeedsFor(query.topic, words, query.urgent);
	const acuteSlugs = acuteServiceSlugs(needs);
	const context: RankContext = {
		terms,
		wanted: topicMask(wanted),
		textRanks,
		acuteOrder: acuteOrderOf(acuteSlugs),
		age: query.age
	};
	// Only the candidates come out of the catalogue: on the topic, a text hit, an emergency
	// service when it is urgent, and (for someone who needs help now) every line that can
	// answer the need, so it is there to rank first. The help-now card is chosen before the
	// visitor's filters apply, so with a need they are applied below, not here.
	const catalog = await catalogue(
		browsingAll
			? undefined
			: {
					topics: [...wanted],
					ids: [...textRanks.keys()],
					slugs: acuteSlugs,
					emergency: query.urgent,
					...(needs.length > 0
						? {}
						: {
								free: query.free,
								noReferral: query.noReferral,
								anonymous: query.anonymous,
								dropIn: query.dropIn
							})
				}
	);

	const candidates: Candidate[] = [];
	for (const s of catalog) {
		const onTopic = (s.topicBits & context.wanted) !== 0;
		const textHit = textRanks.has(s.id);
		const forAcuteNeed = context.acuteOrder.has(s.slug);
		if (!browsingAll && !onTopic && !textHit && !forAcuteNeed && !(query.urgent && s.isEmergency))
			continue;
		candidates.push(candidate(s, lang, now, context));
	}
	weighTerms(candidates, terms.length);
	const acute = acuteHelp(candidates, needs, lang, now);
	const filtered = candidates.filter(
		(c) =>
			(!query.free || c.isFree) &&
			(!query.noReferral || !c.referralRequired) &&
			(!query.anonymous || c.canBeAnonymous) &&
			(!query.dropIn || c.dropIn) &&
			(!query.openNow || c.openNow)
	);
	if (filtered.length > 0) {
		const pages = Math.ceil(filtered.length / finderPageSize);
		const shown = Math.min(page, pages);
		// Only as far down the ranking as this page reaches is put in order.
		const services = topRanked(filtered, query.urgent, shown * finderPageSize)
			.slice((shown - 1) * finderPageSize)
			.map((c) => cardOf(c, lang, now));
		return {
			services,
			matchedTopics,
			fallback: false,
			total: filtered.length,
			acute,
			page: shown,
			pages,
			pageSize: finderPageSize
		};
	}

	const safetyNet = rankServices(
		(await catalogue({ safetyNet: true }))
			.filter((s) => s.isEmergency || s.isOneDoor || isAlwaysOpenHelpline(s, now))
			.map((s) => candidate(s, lang, now, context)),
		true
	).map((c) => cardOf(c, lang, now));
	return {
		services: safetyNet,
		matchedTopics,
		fallback: true,
		total: 0,
		acute,
		page: 1,
		pages: 1,
		pageSize: finderPageSize
	};
}

/**
 * Full-text hits per term, kept by the data memos' rule: the FTS table changes only in the
 * transactions that then call `invalidatePublicPages()`, so the same word gives the same
 * hits until then. A new search reads only the words no one searched for since. Bounded,
 * so a storm of distinct words cannot grow it without end.
 */
const termMatchMemo = dataMemo<string, ReadonlyMap<number, number>>();
const maxTermMatches = 2000;

function textMatches(terms: readonly string[], municipalityId: number | null): Map<number, number> {
	if (dataMemoMs <= 0) return fullTextMatches(db, terms, municipalityId);
	const memo = termMatchMemo(municipalityId);
	return fullTextMatches(db, terms, municipalityId, (term) => {
		let hits = memo.get(term);
		if (!hits) {
			hits = termMatches(db, term, municipalityId);
			if (memo.size >= maxTermMatches) memo.clear();
			memo.set(term, hits);
		}
		return hits;
	});
}

/** The help-now card: the need's services that can answer this minute, in the need's order. */
function acuteHelp(
	candidates: readonly Candidate[],
	needs: AcuteHelp['needs'],
	lang: Language,
	now: Date
): AcuteHelp | null {
	if (needs.length === 0) return null;
	const reachable = candidates
		.filter((c) => c.acuteOrder !== null)
		.sort((a, b) => a.acuteOrder! - b.acuteOrder!)
		.slice(0, 5)
		.map((c) => cardOf(c, lang, now));
	return { needs, services: reachable };
}

/** Slug → first place in the list, as `indexOf` would say. */
function acuteOrderOf(slugs: readonly string[]): Map<string, number> {
	const order = new Map<string, number>();
	slugs.forEach((slug, at) => {
		if (!order.has(slug)) order.set(slug, at);
	});
	return order;
}

type RankContext = {
	terms: readonly string[];
	/** The chosen or matched topics, as a `topicMask`. */
	wanted: number;
	textRanks: ReadonlyMap<number, number>;
	/** Each acute-need line's place in the help-now card, by slug. */
	acuteOrder: ReadonlyMap<string, number>;
	age: number | null;
};

/** What ranking needs of a service: its name, summary and opening state, no card yet. */
type Candidate = Rankable & {
	service: CatalogService;
	status: OpeningStatus;
	/** The typed words in its title and summary, and the rest of its fit, for `weighTerms`. */
	hits: TermHits;
	topicFit: TopicFit;
	textHit: boolean;
};

function candidate(s: CatalogService, lang: Language, now: Date, context: RankContext): Candidate {
	const status = statusOf(s, now);
	const texts = textsOf(s, lang);
	const name = texts.name?.text ?? s.slug;
	const summary = texts.summary?.text ?? '';
	const openNow = status.state === 'open' || status.state === 'always';
	const topicFit: TopicFit =
		(s.primaryBits & context.wanted) !== 0
			? 'primary'
			: (s.topicBits & context.wanted) !== 0
				? 'covers'
				: 'none';
	const hits = termHitsOf(context, texts, name, summary);
	const textHit = context.textRanks.has(s.id);
	const acuteIndex = context.acuteOrder.get(s.slug) ?? -1;
	// Only what can answer this minute leads for an acute need: a closed office waits its turn.
	const reachableNow = openNow || s.isEmergency;
	return {
		service: s,
		status,
		name,
		acuteOrder: acuteIndex >= 0 && reachableNow ? acuteIndex : null,
		isEmergency: s.isEmergency,
		openNow,
		openOrSoon: isOpenOrSoon(status, now),
		fit: fitOfWords(scoreOfHits(hits, 0), { topicFit, textHit }),
		hits,
		topicFit,
		textHit,
		ageFits: ageFits(context.age, s.minAge, s.maxAge),
		isFree: s.isFree,
		referralRequired: s.referralRequired,
		canBeAnonymous: s.canBeAnonymous,
		dropIn: s.dropIn,
		isLocal: s.municipalityId !== null
	};
}

const noHits: TermHits = { title: 0, summary: 0 };

function termHitsOf(context: RankContext, texts: PickedTexts, name: string, summary: string) {
	if (context.terms.length === 0) return noHits;
	const words = (texts.words ??= { name: textWords(name), summary: textWords(summary) });
	return termHits(context.terms, words.name, words.summary);
}

/** The fits again, with the words most candidates share counting less (`commonTerms`). */
function weighTerms(candidates: Candidate[], termCount: number): void {
	if (termCount < 2) return;
	const common = commonTerms(
		candidates.map((c) => c.hits),
		termCount
	);
	if (common === 0) return;
	for (const c of candidates) c.fit = fitOfWords(scoreOfHits(c.hits, common), c);
}

function cardOf(c: Candidate, lang: Language, now: Date): ServiceCard {
	return stripRanking(toCard(c.service, lang, now, c.status));
}

function isAlwaysOpenHelpline(s: CatalogService, now: Date): boolean {
	return (
		s.municipalityId === null &&
		s.phones.length > 0 &&
		openingStatus(
			s.rules.filter((r) => r.kind === 'open'),
			s.exceptions,
			now
		).state === 'always'
	);
}

function stripRanking(card: ServiceCard & { openOrSoon?: boolean }): ServiceCard {
	const { openOrSoon, ...rest } = card;
	void openOrSoon;
	return {
		slug: rest.slug,
		name: rest.name,
		summary: rest.summary,
		isFree: rest.isFree,
		noReferral: rest.noReferral,
		canBeAnonymous: rest.canBeAnonymous,
		dropIn: rest.dropIn,
		isEmergency: rest.isEmergency,
		isNational: rest.isNational,
		isDemo: rest.isDemo,
		minAge: rest.minAge,
		maxAge: rest.maxAge,
		opening: rest.opening,
		openNow: rest.openNow,
		phones: rest.phones,
		chatUrl: rest.chatUrl,
		website: rest.website,
		alert: rest.alert,
		nextHelp: rest.nextHelp
	};
}

/** The service page's own queries (organisation texts, languages, places, their texts). */
const servicePageQueries = preparedOnce(prepareServicePageQueries);

function prepareServicePageQueries() {
	const id = sql.placeholder('id');
	return {
		organizationTexts: db
			.select()
			.from(organizationTranslation)
			.where(eq(organizationTranslation.organizationId, id))
			.prepare(),
		languages: db.select().from(serviceLanguage).where(eq(serviceLanguage.serviceId, id)).prepare(),
		places: db
			.select({ location })
			.from(serviceAtLocation)
			.innerJoin(location, eq(location.id, serviceAtLocation.locationId))
			.where(eq(serviceAtLocation.serviceId, id))
			.orderBy(serviceAtLocation.id)
			.prepare(),
		// The places' ids as one JSON array, so the statement is the same for any number of them.
		placeTexts: db
			.select()
			.from(locationTranslation)
			.where(
				sql`${locationTranslation.locationId} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`
			)
			.prepare()
	};
}

/** One service with everything its page shows, or undefined for an unknown or inactive slug. */
export async function getServiceBySlug(
	slug: string,
	lang: Language,
	now = new Date()
): Promise<ServiceDetail | undefined> {
	if (!/^[a-z0-9-]{1,100}$/.test(slug)) return undefined;
	const [s] = await publishedBySlugs([slug]);
	if (!s) return undefined;
	const queries = servicePageQueries();
	const orgTexts = queries.organizationTexts.all({ id: s.organizationId });
	const languages = queries.languages.all({ id: s.id });
	const places = queries.places.all({ id: s.id });
	const placeTexts =
		places.length > 0
			? queries.placeTexts.all({ ids: JSON.stringify(places.map((p) => p.location.id)) })
			: [];
	const card = stripRanking(toCard(s, lang, now));
	return {
		...card,
		description: localize(s.translations, lang, 'description') ?? card.summary,
		applicationProcess: localize(s.translations, lang, 'applicationProcess'),
		eligibility: localize(s.translations, lang, 'eligibility'),
		fees: localize(s.translations, lang, 'fees'),
		referralInfo: localize(s.translations, lang, 'referralInfo'),
		confidentiality: localize(s.translations, lang, 'confidentiality'),
		organization: localize(orgTexts, lang, 'name'),
		email: s.email,
		assuredDate: s.assuredDate,
		level: s.level,
		topics: s.topics,
		languages: languages.map((l) => l.code),
		locations: places.map(({ location: place }) => {
			const texts = placeTexts.filter((t) => t.locationId === place.id);
			return {
				name: localize(texts, lang, 'name'),
				address: place.address,
				postalCode: place.postalCode,
				city: place.city,
				mapUrl: mapUrl(place.latitude, place.longitude),
				accessibility: localize(texts, lang, 'accessibility'),
				directions: localize(texts, lang, 'directions')
			};
		}),
		hours: weeklyHours(
			s.rules.filter((r) => r.kind === 'open'),
			lang
		).filter((d) => d.hours.length > 0),
		dropInHours: weeklyHours(
			s.rules.filter((r) => r.kind === 'drop_in'),
			lang
		).filter((d) => d.hours.length > 0),
		contact: {
			whoAnswers: localize(s.translations, lang, 'whoAnswers'),
			canBeAnonymous: s.canBeAnonymous,
			writtenDown: s.writtenDown,
			whoIsTold: s.whoIsTold,
			ownDecisionAge: s.ownDecisionAge,
			bringFriend: s.bringFriend,
			interpreter: s.interpreter,
			isFree: s.isFree
		}
	};
}

/** The acute needs this service is one of the help-now lines for (see `acute.ts`). */
export function acuteNeedsServed(slug: string): AcuteHelp['needs'] {
	return acuteNeeds.filter((need) => helpForNeed[need].includes(slug));
}

/**
 * The help-now card on a service page: when the service is a line for an acute need but
 * cannot answer this minute (a closed child-welfare office at night), the other lines for
 * that need that can. Null when it is no such line, or when it answers now: then its own
 * call/SMS/chat buttons at the top of the page are the help.
 */
export async function acuteHelpForService(
	detail: ServiceDetail,
	lang: Language,
	now = new Date()
): Promise<AcuteHelp | null> {
	const needs = acuteNeedsServed(detail.slug);
	if (needs.length === 0 || detail.openNow || detail.isEmergency) return null;
	const acuteSlugs = acuteServiceSlugs(needs).filter((slug) => slug !== detail.slug);
	if (acuteSlugs.length === 0) return null;
	const context: RankContext = {
		terms: [],
		wanted: 0,
		textRanks: new Map(),
		acuteOrder: acuteOrderOf(acuteSlugs),
		age: null
	};
	const candidates = (await publishedBySlugs(acuteSlugs)).map((s) =>
		candidate(s, lang, now, context)
	);
	const help = acuteHelp(candidates, needs, lang, now);
	return help && help.services.length > 0 ? help : null;
}

/**
 * Adds one to today's counter for each topic. Deliberately nothing about the visitor or
 * what they typed: a day, a topic code, a number. Written within a second
 * (visit-counts.ts); a read-only or full database skips the count.
 */
export function countTopicUse(topics: readonly TopicCode[], now = new Date()): void {
	// The Oslo calendar day is the only time resolution the counters keep.
	const day = osloToday(now);
	for (const topic of new Set(topics)) {
		addVisitCount(`topic:${day}:${topic}`, (tx, n) =>
			tx
				.insert(topicDailyCount)
				.values({ day, topic, count: n })
				.onConflictDoUpdate({
					target: [topicDailyCount.day, topicDailyCount.topic],
					set: { count: sql`${topicDailyCount.count} + ${n}` }
				})
				.run()
		);
	}
}

/**
 * A shared list (`?valgt=`): the services the link names, in its order, this portal's own
 * and national ones only (slugs are unique per municipality, so another portal's slug is
 * unknown here, as are inactive ones). Nothing about the list is written anywhere.
 */
export async function getChosenServices(
	params: URLSearchParams,
	lang: Language,
	now = new Date()
): Promise<ChosenServices> {
	const list = parseChosenList(params);
	const catalog = await publishedBySlugs(list.slugs);
	// A local service wins over a national one that happens to share its slug.
	const bySlug = new Map(
		[...catalog]
			.sort((a, b) => Number(a.municipalityId !== null) - Number(b.municipalityId !== null))
			.map((s) => [s.slug, s])
	);
	const found = list.slugs.flatMap((slug) => bySlug.get(slug) ?? []);
	const places =
		found.length > 0
			? await db
					.select({ serviceId: serviceAtLocation.serviceId, location })
					.from(serviceAtLocation)
					.innerJoin(location, eq(location.id, serviceAtLocation.locationId))
					.where(
						inArray(
							serviceAtLocation.serviceId,
							found.map((s) => s.id)
						)
					)
					.orderBy(serviceAtLocation.id)
					.all()
			: [];
	const placeTexts =
		places.length > 0
			? await db
					.select()
					.from(locationTranslation)
					.where(
						inArray(
							locationTranslation.locationId,
							places.map((p) => p.location.id)
						)
					)
					.all()
			: [];
	return {
		services: found.map((s) => ({
			...stripRanking(toCard(s, lang, now)),
			places: places
				.filter((p) => p.serviceId === s.id)
				.map(({ location: place }) => ({
					name: localize(
						placeTexts.filter((t) => t.locationId === place.id),
						lang,
						'name'
					),
					address: place.address,
					postalCode: place.postalCode,
					city: place.city
				}))
		})),
		unknown: list.malformed + list.slugs.length - found.length,
		capped: list.capped,
		max: maxChosen
	};
}
