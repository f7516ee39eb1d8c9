import { and, asc, count, eq, gte, inArray, max, ne, or, sql, type SQL } from 'drizzle-orm';
import { db } from '$lib/server/db';
import {
	location,
	locationTranslation,
	organization,
	organizationTranslation,
	service,
	serviceAtLocation,
	serviceLanguage,
	serviceTaxonomy,
	taxonomyTerm
} from '$lib/server/db/schema';
import { loadCatalog, publishedServiceCondition } from '$lib/server/services/finder';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { dataMemo, dataMemoMs, memoised } from '$lib/server/page-cache';
import { isLanguage, sourceLanguage, type Language } from '$lib/i18n/languages';
import { searchText, searchWords } from '$lib/server/services/search-sql';
import { normaliseForSearch } from '$lib/server/services/search-text';
import { osloInstant, osloOffset, osloToday, parseClock } from '$lib/server/time';
import { BadParameter, integerParameter } from '$lib/server/opendata/http';
import { timeSlicer } from '$lib/server/slices';
import { stableUuid } from '$lib/server/opendata/ids';

/**
 * Read-only HSDS 3.0 view of the finder's services. Only what the public finder shows:
 * active services and their organisation, locations, phones, hours, languages and topics.
 * Nothing about visitors or staff is in these tables, and nothing else is read.
 *
 * The lists filter and order in SQL (publishedServiceCondition, the finder's rule) and cut
 * the page from those ids, then load and shape only the page's rows (100 at a time, letting
 * other requests run between), so a list costs a page however large the catalogue grows. `search` compares the same folded text as before through the SQL function
 * `search_text` (normaliseForSearch). The matching ids in order and each shaped record are
 * memoised (dataMemo); one record by id finds its service through the memoised id map and
 * shapes that one alone.
 */

export const hsdsVersion = '3.0';
export const hsdsProfile = 'https://openreferral.org/profiles/hsds-3.0'; // core HSDS, no profile changes

/** Taxonomies: the finder's topics live in the database; the threshold flags are fixed codes. */
const topicTaxonomy = {
	id: stableUuid('taxonomy', 'inngang-topic'),
	name: 'Inngang topics',
	description: "What a young person says is hard (the finder's topics).",
	version: '1'
};
const thresholdTaxonomy = {
	id: stableUuid('taxonomy', 'inngang-threshold'),
	name: 'Inngang threshold',
	description: 'How easy a service is to reach: free, drop-in, anonymous, no referral, emergency.',
	version: '1'
};
const levelTaxonomy = {
	id: stableUuid('taxonomy', 'prevention-level'),
	name: 'Prevention level',
	description: 'Universal, selective or indicated prevention, as in the municipal plans.',
	version: '1'
};
export const taxonomies = [topicTaxonomy, thresholdTaxonomy, levelTaxonomy];

const fixedTerms = [
	...(['free', 'drop_in', 'anonymous', 'no_referral', 'emergency'] as const).map((code) => ({
		code,
		taxonomy: thresholdTaxonomy
	})),
	...(['universal', 'selective', 'indicated'] as const).map((code) => ({
		code,
		taxonomy: levelTaxonomy
	}))
];
const fixedTermNames: Record<string, string> = {
	free: 'Free',
	drop_in: 'Drop-in',
	anonymous: 'Can be anonymous',
	no_referral: 'No referral needed',
	emergency: 'Emergency',
	universal: 'Universal prevention',
	selective: 'Selective prevention',
	indicated: 'Indicated prevention'
};

export type HsdsTaxonomyTerm = {
	id: string;
	code: string;
	name: string;
	description: string;
	taxonomy: string;
	taxonomy_id: string;
	language: string;
};

/**
 * One term, the same object nested in an attribute and listed in /taxonomy_terms. Topic names
 * are the finder's Norwegian names (`nb`); the fixed threshold and level terms are English.
 */
const terms = new Map<string, HsdsTaxonomyTerm>();
function termObject(code: string, name: string, taxonomy: typeof topicTaxonomy): HsdsTaxonomyTerm {
	// Shaping asks for the same few terms thousands of times; each id is a SHA-1.
	const key = `${taxonomy.id}\n${code}\n${name}`;
	let term = terms.get(key);
	if (!term) {
		if (terms.size > 10_000) terms.clear();
		term = newTermObject(code, name, taxonomy);
		terms.set(key, term);
	}
	return term;
}
function newTermObject(
	code: string,
	name: string,
	taxonomy: typeof topicTaxonomy
): HsdsTaxonomyTerm {
	return {
		id: stableUuid('taxonomy_term', `${taxonomy.id}:${code}`),
		code,
		name,
		description: name,
		taxonomy: taxonomy.name,
		taxonomy_id: taxonomy.id,
		language: taxonomy === topicTaxonomy ? sourceLanguage : 'en'
	};
}

export async function listTaxonomyTerms(): Promise<HsdsTaxonomyTerm[]> {
	const topics = await db.select().from(taxonomyTerm).orderBy(taxonomyTerm.code).all();
	return [
		...topics.map((t) => termObject(t.code, t.name, topicTaxonomy)),
		...fixedTerms.map((t) => termObject(t.code, fixedTermNames[t.code], t.taxonomy))
	];
}

/**
 * HSDS says: leave an optional property out rather than send null. Drops null and undefined
 * properties (deeply), so every shape below may write `field: maybeNull` and still conform.
 */
export function withoutNulls<T>(value: T): T {
	if (Array.isArray(value)) return value.map(withoutNulls) as T;
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value))
			if (v !== null && v !== undefined) out[k] = withoutNulls(v);
		return out as T;
	}
	return value;
}

/**
 * Norway's counties by the first two digits of the municipality number (2024 division); HSDS
 * requires `state_province`, and the county is what fills that place in a Norwegian address.
 */
const counties: Record<string, string> = {
	'03': 'Oslo',
	'11': 'Rogaland',
	'15': 'Møre og Romsdal',
	'18': 'Nordland',
	'31': 'Østfold',
	'32': 'Akershus',
	'33': 'Buskerud',
	'34': 'Innlandet',
	'39': 'Vestfold',
	'40': 'Telemark',
	'42': 'Agder',
	'46': 'Vestland',
	'50': 'Trøndelag',
	'55': 'Troms',
	'56': 'Finnmark'
};
export function countyOf(kommunenummer: string | undefined): string | null {
	return (kommunenummer && counties[kommunenummer.slice(0, 2)]) || null;
}

/** Text fields in the requested language, field by field falling back to nb. */
function text<T extends { lang: string }, K extends keyof T>(
	rows: T[] | undefined,
	lang: Language,
	field: K
): T[K] | null {
	const preferred = rows?.find((r) => r.lang === lang)?.[field];
	if (preferred !== undefined && preferred !== null && preferred !== '') return preferred;
	return rows?.find((r) => r.lang === sourceLanguage)?.[field] ?? null;
}

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
	const map = new Map<K, T[]>();
	for (const row of rows) {
		const k = key(row);
		const list = map.get(k);
		if (list) list.push(row);
		else map.set(k, [row]);
	}
	return map;
}

/**
 * An Oslo wall-clock time with the UTC offset it has on `date`, as HSDS wants a time with an
 * offset (today's date, so a rule read on a DST day gets that day's offsets).
 */
const offsetTimes = new Map<string, string>();
function withOsloOffset(today: string, validFrom: string | null, time: string): string {
	// The offset on the day the rule next applies: today, or its first day if that is later.
	const date = validFrom && validFrom > today ? validFrom : today;
	const key = `${date}T${time}`;
	let found = offsetTimes.get(key);
	if (found === undefined) {
		if (offsetTimes.size > 10_000) offsetTimes.clear();
		found = `${time}${osloOffset(osloInstant(date, parseClock(time) ?? 0))}`;
		offsetTimes.set(key, found);
	}
	return found;
}

export type HsdsService = ReturnType<typeof shapeService>;
type Loaded = Awaited<ReturnType<typeof loadPublicData>>;

/**
 * Everything the API may publish: the finder's catalogue (the same services the public
 * finder shows, with their texts, phones, hours and topics) plus the organisations,
 * locations and languages HSDS nests.
 */
async function loadPublicData(only?: number[]) {
	const services = await loadCatalog(only);
	const ids = services.map((s) => s.id);
	const orgIds = [...new Set(services.map((s) => s.organizationId))];
	const [orgs, orgTexts, links, langs, topicNames] = await Promise.all([
		db.select().from(organization).where(inArray(organization.id, orgIds)).all(),
		db
			.select()
			.from(organizationTranslation)
			.where(inArray(organizationTranslation.organizationId, orgIds))
			.all(),
		db.select().from(serviceAtLocation).where(inArray(serviceAtLocation.serviceId, ids)).all(),
		db.select().from(serviceLanguage).where(inArray(serviceLanguage.serviceId, ids)).all(),
		db.select({ code: taxonomyTerm.code, name: taxonomyTerm.name }).from(taxonomyTerm).all()
	]);
	const locationIds = [...new Set(links.map((l) => l.locationId))];
	const [locations, locationTexts] = await Promise.all([
		db.select().from(location).where(inArray(location.id, locationIds)).all(),
		db
			.select()
			.from(locationTranslation)
			.where(inArray(locationTranslation.locationId, locationIds))
			.all()
	]);
	const municipality = await getCurrentMunicipality();
	return {
		services,
		county: countyOf(municipality?.kommunenummer),
		topicNames: new Map(topicNames.map((t) => [t.code, t.name])),
		organizations: new Map(orgs.map((o) => [o.id, o])),
		organizationTexts: groupBy(orgTexts, (t) => t.organizationId),
		links: groupBy(links, (l) => l.serviceId),
		locations: new Map(locations.map((l) => [l.id, l])),
		locationTexts: groupBy(locationTexts, (t) => t.locationId),
		languages: groupBy(langs, (l) => l.serviceId)
	};
}

const languageNames = new Map<string, string>();
function languageName(code: string, lang: Language): string {
	// Intl.DisplayNames is costly to make, and the same few codes come back for every service.
	const key = `${lang}:${code}`;
	let name = languageNames.get(key);
	if (name === undefined) {
		try {
			name = new Intl.DisplayNames([lang, 'en'], { type: 'language' }).of(code) ?? code;
		} catch {
			name = code;
		}
		if (languageNames.size > 10_000) languageNames.clear();
		languageNames.set(key, name);
	}
	return name;
}

function shapeOrganization(
	data: Pick<Loaded, 'organizations' | 'organizationTexts'>,
	organizationId: number,
	lang: Language
) {
	const org = data.organizations.get(organizationId);
	const texts = data.organizationTexts.get(organizationId);
	return withoutNulls({
		id: stableUuid('organization', org?.slug ?? organizationId),
		name: text(texts, lang, 'name') ?? org?.slug ?? '',
		alternate_name: null,
		description: text(texts, lang, 'description') ?? text(texts, lang, 'name') ?? '',
		email: org?.email ?? null,
		website: org?.website ?? null
	});
}

function shapeLocation(
	data: Pick<Loaded, 'locations' | 'locationTexts' | 'county'>,
	locationId: number,
	lang: Language
) {
	const row = data.locations.get(locationId)!;
	const texts = data.locationTexts.get(locationId);
	const id = stableUuid('location', row.slug);
	const accessibility = text(texts, lang, 'accessibility');
	return withoutNulls({
		id,
		location_type: row.locationType,
		url: row.url,
		name: text(texts, lang, 'name'),
		alternate_name: null,
		description: null,
		transportation: text(texts, lang, 'directions'),
		latitude: row.latitude,
		longitude: row.longitude,
		addresses:
			row.locationType === 'physical' && row.address
				? [
						{
							id: stableUuid('address', row.slug),
							location_id: id,
							attention: null,
							address_1: row.address,
							address_2: null,
							city: row.city ?? '',
							// Norway has counties (fylker) where HSDS has states; the field is required.
							state_province: data.county ?? row.city ?? 'Norge',
							postal_code: row.postalCode ?? '',
							country: 'NO',
							address_type: 'physical' as const
						}
					]
				: [],
		accessibility: accessibility
			? [
					{
						id: stableUuid('accessibility', row.slug),
						location_id: id,
						description: accessibility,
						details: null,
						url: null
					}
				]
			: []
	});
}

function shapeService(data: Loaded, row: Loaded['services'][number], lang: Language, now: Date) {
	const id = stableUuid('service', row.slug);
	const texts = row.translations;
	const today = osloToday(now);
	const fees = text(texts, lang, 'fees');
	const attribute = (code: string, name: string, taxonomy: typeof topicTaxonomy) => {
		const term = termObject(code, name, taxonomy);
		return {
			id: stableUuid('attribute', `${row.slug}:${term.id}`),
			link_id: id,
			link_type: 'service',
			link_entity: 'service',
			taxonomy_term_id: term.id,
			taxonomy_term: term
		};
	};
	const flags: [boolean, string][] = [
		[row.isFree, 'free'],
		[row.dropIn, 'drop_in'],
		[row.canBeAnonymous, 'anonymous'],
		[!row.referralRequired, 'no_referral'],
		[row.isEmergency, 'emergency']
	];
	return withoutNulls({
		id,
		organization_id: stableUuid(
			'organization',
			data.organizations.get(row.organizationId)?.slug ?? row.organizationId
		),
		name: text(texts, lang, 'name') ?? row.slug,
		alternate_name: null,
		description: text(texts, lang, 'description'),
		url: row.website,
		email: row.email,
		status: row.status,
		interpretation_services: null,
		application_process: text(texts, lang, 'applicationProcess'),
		fees_description: fees,
		accreditations: null,
		eligibility_description: text(texts, lang, 'eligibility'),
		minimum_age: row.minAge,
		maximum_age: row.maxAge,
		assured_date: row.assuredDate,
		alert: text(texts, lang, 'alert'),
		last_modified: new Date(row.updatedAt).toISOString(),
		phones: row.phones.map(({ row: p, translations }) => ({
			id: stableUuid('phone', `${row.slug}:${p.number}:${p.type}`),
			service_id: id,
			number: p.number,
			extension: null,
			type: p.type,
			description: text(translations, lang, 'description'),
			languages: []
		})),
		schedules: row.rules.map((h, index) => ({
			id: stableUuid('schedule', `${row.slug}:${index}`),
			service_id: id,
			valid_from: h.validFrom,
			valid_to: h.validTo,
			freq: 'WEEKLY' as const,
			wkst: 'MO' as const,
			byday: h.byday,
			// Wall-clock times in Europe/Oslo, each with its offset today, as the spec asks for one.
			opens_at: withOsloOffset(today, h.validFrom, h.opensAt),
			closes_at: withOsloOffset(today, h.validFrom, h.closesAt),
			attending_type: h.kind === 'drop_in' ? 'drop-in' : null,
			description:
				h.kind === 'drop_in' ? 'Drop-in hours (Europe/Oslo)' : 'Opening hours (Europe/Oslo)'
		})),
		service_at_locations: (data.links.get(row.id) ?? []).map((link) => ({
			id: stableUuid(
				'service_at_location',
				`${row.slug}:${data.locations.get(link.locationId)?.slug}`
			),
			service_id: id,
			location_id: stableUuid(
				'location',
				data.locations.get(link.locationId)?.slug ?? link.locationId
			),
			location: shapeLocation(data, link.locationId, lang)
		})),
		languages: (data.languages.get(row.id) ?? []).map((l) => ({
			id: stableUuid('language', `${row.slug}:${l.code}`),
			service_id: id,
			name: languageName(l.code, lang),
			code: l.code,
			note: null
		})),
		organization: shapeOrganization(data, row.organizationId, lang),
		cost_options: row.isFree
			? [
					{
						id: stableUuid('cost_option', row.slug),
						service_id: id,
						option: fees,
						currency: 'NOK',
						amount: 0,
						amount_description: fees
					}
				]
			: fees
				? [
						{
							id: stableUuid('cost_option', row.slug),
							service_id: id,
							option: fees,
							currency: 'NOK',
							amount: null,
							amount_description: fees
						}
					]
				: [],
		attributes: [
			...row.topics.map((code) =>
				attribute(code, data.topicNames.get(code) ?? code, topicTaxonomy)
			),
			...flags
				.filter(([on]) => on)
				.map(([, code]) => attribute(code, fixedTermNames[code], thresholdTaxonomy)),
			attribute(row.level, fixedTermNames[row.level], levelTaxonomy)
		]
	});
}

export type ServiceQuery = {
	page: number;
	perPage: number;
	search: string | null;
	taxonomyTermId: string | null;
	taxonomyId: string | null;
	organizationId: string | null;
	modifiedAfter: Date | null;
	minAge: number | null;
	maxAge: number | null;
	lang: Language;
	format: 'json' | 'ndjson';
	minimal: boolean;
	full: boolean;
};

/** Parameters every list takes (HSDS 3.0 API: search, page, per_page, format; plus lang). */
const listParameters = ['search', 'page', 'per_page', 'format', 'lang'];
/** /services, as the HSDS 3.0 API and the UK profile name them; min_age/max_age are old aliases. */
export const serviceParameters = [
	...listParameters,
	'taxonomy_term_id',
	'taxonomy_id',
	'organization_id',
	'modified_after',
	'minimal',
	'full',
	'minimum_age',
	'maximum_age',
	'min_age',
	'max_age'
];

/** Answers 400 (through BadParameter) for a parameter the endpoint does not know. */
export function onlyParameters(url: URL, allowed: readonly string[]): void {
	for (const name of url.searchParams.keys())
		if (!allowed.includes(name))
			throw new BadParameter(
				name,
				`Unknown parameter ${name}; this endpoint takes ${allowed.join(', ') || 'none'}`
			);
}

function booleanParameter(url: URL, name: string): boolean {
	const raw = url.searchParams.get(name);
	if (raw === null || raw === '' || raw === 'false') return false;
	if (raw === 'true') return true;
	throw new BadParameter(name, `${name} must be true or false`);
}

function formatParameter(url: URL): 'json' | 'ndjson' {
	const raw = url.searchParams.get('format');
	if (raw === null || raw === '' || raw === 'json') return 'json';
	if (raw === 'ndjson') return 'ndjson';
	throw new BadParameter('format', 'format must be json or ndjson');
}

/** search, paging, format and lang for the lists other than /services. */
export type ListQuery = {
	page: number;
	perPage: number;
	search: string[];
	lang: Language;
	format: 'json' | 'ndjson';
};
export function parseListQuery(url: URL, extra: readonly string[] = []): ListQuery {
	onlyParameters(url, [...listParameters, ...extra]);
	return {
		...pagingOf(url),
		search: searchWords(url.searchParams.get('search')),
		lang: languageParameter(url),
		format: formatParameter(url)
	};
}

/** Whether every search word is in one of the texts (normalised as the finder does). */
export function matchesSearch(words: string[], ...texts: (string | null | undefined)[]): boolean {
	if (words.length === 0) return true;
	const haystack = normaliseForSearch(texts.filter(Boolean).join(' '));
	return words.every((w) => haystack.includes(w));
}

/** Reads the list parameters; throws BadParameter (a 400) for anything it cannot use. */
export function parseServiceQuery(url: URL): ServiceQuery {
	onlyParameters(url, serviceParameters);
	const modifiedRaw = url.searchParams.get('modified_after');
	let modifiedAfter: Date | null = null;
	if (modifiedRaw) {
		modifiedAfter = new Date(modifiedRaw);
		if (!/^\d{4}-\d{2}-\d{2}/.test(modifiedRaw) || Number.isNaN(modifiedAfter.getTime()))
			throw new BadParameter(
				'modified_after',
				'modified_after must be an ISO 8601 date or date-time'
			);
	}
	const age = (name: string, alias: string) =>
		url.searchParams.has(name)
			? ([integerParameter(url, name, null, 0, 130), name] as const)
			: ([integerParameter(url, alias, null, 0, 130), alias] as const);
	const [minAge, minName] = age('minimum_age', 'min_age');
	const [maxAge] = age('maximum_age', 'max_age');
	if (minAge !== null && maxAge !== null && minAge > maxAge)
		throw new BadParameter(minName, `${minName} must not be greater than the maximum age`);
	return {
		...pagingOf(url),
		search: url.searchParams.get('search')?.trim() || null,
		taxonomyTermId: url.searchParams.get('taxonomy_term_id') || null,
		taxonomyId: url.searchParams.get('taxonomy_id') || null,
		organizationId: url.searchParams.get('organization_id') || null,
		modifiedAfter,
		minAge,
		maxAge,
		lang: languageParameter(url),
		format: formatParameter(url),
		minimal: booleanParameter(url, 'minimal'),
		full: booleanParameter(url, 'full')
	};
}

export function pagingOf(url: URL): { page: number; perPage: number } {
	return {
		page: integerParameter(url, 'page', 1, 1, 100_000)!,
		perPage: integerParameter(url, 'per_page', 20, 1, 500)!
	};
}

export function languageParameter(url: URL): Language {
	const raw = url.searchParams.get('lang');
	if (raw === null || raw === '') return sourceLanguage;
	if (!isLanguage(raw))
		throw new BadParameter('lang', 'lang must be one of nb, nn, en, uk, pl, ar, so');
	return raw;
}

/** The HSDS page wrapper (3.0 API: total_items, total_pages, page_number, size, ...). */
export function hsdsPage<T>(items: T[], page: number, perPage: number) {
	return hsdsPageOf(items.slice((page - 1) * perPage, page * perPage), items.length, page, perPage);
}

/** The wrapper around one page already cut in SQL, out of `total` matches. */
export function hsdsPageOf<T>(contents: T[], total: number, page: number, perPage: number) {
	const totalPages = Math.max(1, Math.ceil(total / perPage));
	return {
		total_items: total,
		total_pages: totalPages,
		page_number: page,
		size: contents.length,
		first_page: page === 1,
		last_page: page >= totalPages,
		empty: contents.length === 0,
		contents
	};
}

/**
 * The list form HSDS 3.0 gives in /services (schema/compiled/service_list.json): the
 * service's own fields and its organization, without the nested phones, schedules,
 * locations, languages, costs and attributes that /services/{id} carries.
 */
const nestedFields = [
	'phones',
	'schedules',
	'service_at_locations',
	'languages',
	'cost_options',
	'attributes'
] as const;

type ListShape = Omit<HsdsService, (typeof nestedFields)[number]>;

/** Per shaped service (they are memoised): paging through a list makes each copy once. */
const listShapes = new WeakMap<HsdsService, ListShape>();

export function listShape(s: HsdsService): ListShape {
	let shaped = listShapes.get(s);
	if (!shaped) {
		// Built without `delete`, which turns an object into a slow dictionary for JSON.stringify.
		const nested = new Set<string>(nestedFields);
		shaped = Object.fromEntries(
			Object.entries(s).filter(([field]) => !nested.has(field))
		) as ListShape;
		listShapes.set(s, shaped);
	}
	return shaped;
}

const memoMs = dataMemoMs;

/**
 * Shaped services by id, in one language, for one Oslo day (a shape's times carry the
 * day's offset): kept for `dataMemoMs` and dropped on every invalidation, so paging
 * through the list shapes each service once instead of on every request. Only the
 * services not held are read.
 */
const shapedMemo = dataMemo<string, HsdsService>();
/** Services read at a time: one read of 50 and their child rows is ~10 ms at scale. */
const loadBatch = 50;

async function shapedServices(
	ids: number[],
	lang: Language,
	now: Date
): Promise<Map<number, HsdsService>> {
	const found = new Map<number, HsdsService>();
	if (ids.length === 0) return found;
	const day = osloToday(now);
	const keyOf = (id: number) => `${lang}:${day}:${id}`;
	const memo = memoMs > 0 ? shapedMemo() : null;
	const missing: number[] = [];
	for (const id of ids) {
		const hit = memo?.get(keyOf(id));
		if (hit) found.set(id, hit);
		else missing.push(id);
	}
	if (memo && memo.size + missing.length > 50_000) memo.clear();
	// In slices, letting other requests run in between: 500 services shaped in one go held
	// every other visitor for over half a second at scale, and 100 at a time still ~40 ms.
	const slice = timeSlicer();
	for (let at = 0; at < missing.length; at += loadBatch) {
		await slice();
		const data = await loadPublicData(missing.slice(at, at + loadBatch));
		for (const row of data.services) {
			await slice();
			const shaped = shapeService(data, row, lang, now);
			found.set(row.id, shaped);
			memo?.set(keyOf(row.id), shaped);
		}
	}
	return found;
}

/** The text of `table` in the requested language or nb (the shapes fall back the same way). */
function translated(lang: Language, table: 'service' | 'organization' | 'location', text: SQL) {
	const owner = { service: service.id, organization: organization.id, location: location.id }[
		table
	];
	const from = sql.raw(`${table}_translation`);
	const key = sql.raw(`${table}_id`);
	return (word: string) =>
		sql`exists (select 1 from ${from} t where t.${key} = ${owner} and t.lang in (${lang}, ${sourceLanguage}) and instr(${searchText(text)}, ${word}) > 0)`;
}

/** A name to order by: in the requested language, else nb, else the slug; case-insensitive. */
function nameOrder(lang: Language, table: 'service' | 'organization', slug: SQL | unknown) {
	const owner = table === 'service' ? service.id : organization.id;
	const from = sql.raw(`${table}_translation`);
	const key = sql.raw(`${table}_id`);
	return sql`coalesce(
		(select t.name from ${from} t where t.${key} = ${owner} and t.lang = ${lang}),
		(select t.name from ${from} t where t.${key} = ${owner} and t.lang = ${sourceLanguage}),
		${slug}) collate nocase`;
}

const thresholdColumns: Record<string, SQL> = {
	free: sql`${service.isFree} = 1`,
	drop_in: sql`${service.dropIn} = 1`,
	anonymous: sql`${service.canBeAnonymous} = 1`,
	no_referral: sql`${service.referralRequired} = 0`,
	emergency: sql`${service.isEmergency} = 1`
};

const withTopic = (code?: string) =>
	inArray(
		service.id,
		db
			.select({ id: serviceTaxonomy.serviceId })
			.from(serviceTaxonomy)
			.innerJoin(taxonomyTerm, eq(taxonomyTerm.id, serviceTaxonomy.taxonomyTermId))
			.where(code ? eq(taxonomyTerm.code, code) : undefined)
	);

/** The attribute filters as SQL: a topic, a threshold flag, or a prevention level. */
async function termCondition(termId: string): Promise<SQL> {
	const term = (await listTaxonomyTerms()).find((t) => t.id === termId);
	if (!term) return sql`0`;
	if (term.taxonomy_id === topicTaxonomy.id) return withTopic(term.code);
	if (term.taxonomy_id === thresholdTaxonomy.id) return thresholdColumns[term.code];
	return eq(service.level, term.code as 'universal' | 'selective' | 'indicated');
}

function taxonomyCondition(taxonomyId: string): SQL {
	if (taxonomyId === topicTaxonomy.id) return withTopic();
	if (taxonomyId === thresholdTaxonomy.id) return or(...Object.values(thresholdColumns))!;
	if (taxonomyId === levelTaxonomy.id) return sql`1`;
	return sql`0`;
}

/** The organisation an HSDS organization id names (ids are derived from slugs). */
function organizationWithUuid(uuid: string): number | null {
	const rows = db.select({ id: organization.id, slug: organization.slug }).from(organization).all();
	return rows.find((o) => stableUuid('organization', o.slug) === uuid)?.id ?? null;
}

async function published(): Promise<SQL> {
	const municipality = await getCurrentMunicipality();
	return publishedServiceCondition(municipality?.id ?? null)!;
}

/**
 * When any published service last changed (every list's Last-Modified). Kept by the data
 * memos' rule: it only moves with a write, and asking SQLite for the maximum over the
 * published services on every request was most of an HSDS page's time at x100 (issue 15).
 */
const latestMemo = dataMemo<'latest', Date | null>();

async function latestPublishedChange(): Promise<Date | null> {
	const id = (await getCurrentMunicipality())?.id ?? null;
	return memoised(latestMemo, id, 'latest', () => latestChange(publishedServiceCondition(id)!));
}

function latestChange(where: SQL): Date | null {
	const row = db
		.select({ latest: max(service.updatedAt) })
		.from(service)
		.where(where)
		.get();
	return row?.latest ? new Date(row.latest) : null;
}

async function serviceListCondition(query: ServiceQuery): Promise<SQL> {
	const conditions: (SQL | undefined)[] = [await published()];
	// "on or after", as the HSDS API says.
	if (query.modifiedAfter)
		conditions.push(gte(service.updatedAt, query.modifiedAfter.toISOString()));
	// Age overlap, as the UK profile's filters: the service takes someone in the asked range.
	if (query.minAge !== null)
		conditions.push(sql`coalesce(${service.maxAge}, 130) >= ${query.minAge}`);
	if (query.maxAge !== null)
		conditions.push(sql`coalesce(${service.minAge}, 0) <= ${query.maxAge}`);
	if (query.organizationId) {
		const id = organizationWithUuid(query.organizationId);
		conditions.push(id === null ? sql`0` : eq(service.organizationId, id));
	}
	if (query.taxonomyTermId) conditions.push(await termCondition(query.taxonomyTermId));
	if (query.taxonomyId) conditions.push(taxonomyCondition(query.taxonomyId));
	const matches = translated(
		query.lang,
		'service',
		sql`t.name || ' ' || t.summary || ' ' || t.description`
	);
	for (const word of searchWords(query.search)) conditions.push(matches(word));
	return and(...conditions)!;
}

type IdQuery = { all(): { id: number }[] };

/** The ids of the asked page, in the query's order (every id for ndjson, which has no pages). */
function pageIds(
	ordered: IdQuery & { limit(n: number): { offset(n: number): IdQuery } },
	query: { format?: string; page: number; perPage: number }
): number[] {
	const rows =
		query.format === 'ndjson'
			? ordered.all()
			: ordered
					.limit(query.perPage)
					.offset((query.page - 1) * query.perPage)
					.all();
	return rows.map((r) => r.id);
}

/**
 * The ids of every service matching the query's filters, in its order (name in the
 * requested language): memoised like the shapes, so paging through a list, or the same page
 * asked again, costs neither the count nor the ordering's name look-ups again. Concurrent
 * first readers share one promise.
 */
const orderedMemo = dataMemo<string, Promise<number[]>>();

async function orderedServiceIds(query: ServiceQuery): Promise<number[]> {
	const municipality = await getCurrentMunicipality();
	const key = JSON.stringify([
		query.lang,
		query.search,
		query.taxonomyTermId,
		query.taxonomyId,
		query.organizationId,
		query.modifiedAfter?.toISOString() ?? null,
		query.minAge,
		query.maxAge
	]);
	// Distinct searches must not grow the memo without end: 200 keys at most.
	return memoised(
		orderedMemo,
		municipality?.id ?? null,
		key,
		() =>
			serviceListCondition(query).then((where) =>
				db
					.select({ id: service.id })
					.from(service)
					.where(where)
					.orderBy(nameOrder(query.lang, 'service', service.slug), asc(service.id))
					.all()
					.map((r) => r.id)
			),
		200
	);
}

/**
 * HSDS ids are derived from slugs, so an id names a record only through its slug: the
 * published services' and service_at_locations' ids, computed once per memo lifetime, so one
 * record by id reads and shapes that one service, not the whole catalogue.
 */
const uuidMemo = dataMemo<
	'ids',
	Promise<{ services: Map<string, number>; serviceAtLocations: Map<string, number> }>
>();

async function publishedIdsByUuid() {
	const municipality = await getCurrentMunicipality();
	return memoised(uuidMemo, municipality?.id ?? null, 'ids', () => readIdsByUuid());
}

function readIdsByUuid() {
	return published().then((where) => {
		const services = db
			.select({ id: service.id, slug: service.slug })
			.from(service)
			.where(where)
			.all();
		const places = db
			.select({ serviceId: service.id, serviceSlug: service.slug, locationSlug: location.slug })
			.from(serviceAtLocation)
			.innerJoin(service, eq(service.id, serviceAtLocation.serviceId))
			.innerJoin(location, eq(location.id, serviceAtLocation.locationId))
			.where(where)
			.all();
		return {
			services: new Map(services.map((s) => [stableUuid('service', s.slug), s.id])),
			serviceAtLocations: new Map(
				places.map((p) => [salId(p.serviceSlug, p.locationSlug), p.serviceId])
			)
		};
	});
}

/**
 * Services matching the query, shaped as HSDS, ordered by name in the requested language:
 * counted and cut to the page in SQL, then only the page is loaded (all of it for ndjson).
 */
export async function listServices(query: ServiceQuery, now = new Date()) {
	const matching = await orderedServiceIds(query);
	const total = matching.length;
	const ids =
		query.format === 'ndjson'
			? matching
			: matching.slice((query.page - 1) * query.perPage, query.page * query.perPage);
	const shaped = await shapedServices(ids, query.lang, now);
	const shape = (s: HsdsService) =>
		query.minimal
			? { id: s.id, name: s.name, status: s.status, last_modified: s.last_modified }
			: query.full
				? s
				: listShape(s);
	const items = ids.flatMap((id) => {
		const s = shaped.get(id);
		return s ? [shape(s)] : [];
	});
	return {
		items,
		page: hsdsPageOf(items, total, query.page, query.perPage),
		lastModified: await latestPublishedChange()
	};
}

export async function getService(uuid: string, lang: Language, now = new Date()) {
	const id = (await publishedIdsByUuid()).services.get(uuid);
	if (id === undefined) return null;
	const found = (await shapedServices([id], lang, now)).get(id);
	if (!found) return null;
	return { service: found, lastModified: new Date(found.last_modified) };
}

async function loadOrganizations(ids: number[]) {
	const [orgs, texts] = await Promise.all([
		db.select().from(organization).where(inArray(organization.id, ids)).all(),
		db
			.select()
			.from(organizationTranslation)
			.where(inArray(organizationTranslation.organizationId, ids))
			.all()
	]);
	return {
		organizations: new Map(orgs.map((o) => [o.id, o])),
		organizationTexts: groupBy(texts, (t) => t.organizationId)
	};
}

/** Organisations with a published service, ordered by name, paged in SQL. */
export async function listOrganizations(query: ListQuery) {
	const services = await published();
	const matches = translated(
		query.lang,
		'organization',
		sql`t.name || ' ' || coalesce(t.description, '')`
	);
	const where = and(
		inArray(
			organization.id,
			db.select({ id: service.organizationId }).from(service).where(services)
		),
		...query.search.map(matches)
	);
	const total = db.select({ n: count() }).from(organization).where(where).get()?.n ?? 0;
	const ordered = db
		.select({ id: organization.id })
		.from(organization)
		.where(where)
		.orderBy(nameOrder(query.lang, 'organization', organization.slug), asc(organization.id));
	const ids = pageIds(ordered, query);
	const data = await loadOrganizations(ids);
	const items = ids.map((id) => shapeOrganization(data, id, query.lang));
	return {
		items,
		page: hsdsPageOf(items, total, query.page, query.perPage),
		lastModified: await latestPublishedChange()
	};
}

export async function getOrganization(uuid: string, lang: Language) {
	const id = organizationWithUuid(uuid);
	if (id === null) return null;
	const services = await published();
	const hasService = db
		.select({ id: service.id })
		.from(service)
		.where(and(services, eq(service.organizationId, id)))
		.get();
	if (!hasService) return null;
	return {
		organization: shapeOrganization(await loadOrganizations([id]), id, lang),
		lastModified: await latestPublishedChange()
	};
}

function salId(serviceSlug: string, locationSlug: string | undefined) {
	return stableUuid('service_at_location', `${serviceSlug}:${locationSlug}`);
}

/** Every (published service, location) pair, ordered by service and location, paged in SQL. */
export async function listServiceAtLocations(query: ListQuery) {
	const services = await published();
	const serviceNamed = translated(query.lang, 'service', sql`t.name`);
	const locationNamed = translated(query.lang, 'location', sql`t.name`);
	const where = and(
		services,
		...query.search.map((word) =>
			or(
				serviceNamed(word),
				locationNamed(word),
				sql`instr(${searchText(sql`coalesce(${location.city}, '')`)}, ${word}) > 0`
			)
		)
	);
	const joined = () =>
		db
			.select({ serviceSlug: service.slug, locationId: location.id, locationSlug: location.slug })
			.from(serviceAtLocation)
			.innerJoin(service, eq(service.id, serviceAtLocation.serviceId))
			.innerJoin(location, eq(location.id, serviceAtLocation.locationId))
			.where(where)
			.orderBy(asc(service.id), asc(location.id));
	const total =
		db
			.select({ n: count() })
			.from(serviceAtLocation)
			.innerJoin(service, eq(service.id, serviceAtLocation.serviceId))
			.innerJoin(location, eq(location.id, serviceAtLocation.locationId))
			.where(where)
			.get()?.n ?? 0;
	const rows =
		query.format === 'ndjson'
			? joined().all()
			: joined()
					.limit(query.perPage)
					.offset((query.page - 1) * query.perPage)
					.all();
	const locationIds = [...new Set(rows.map((r) => r.locationId))];
	const [locations, locationTexts, municipality] = await Promise.all([
		db.select().from(location).where(inArray(location.id, locationIds)).all(),
		db
			.select()
			.from(locationTranslation)
			.where(inArray(locationTranslation.locationId, locationIds))
			.all(),
		getCurrentMunicipality()
	]);
	const data = {
		locations: new Map(locations.map((l) => [l.id, l])),
		locationTexts: groupBy(locationTexts, (t) => t.locationId),
		county: countyOf(municipality?.kommunenummer)
	};
	const items = rows.map((r) => ({
		id: salId(r.serviceSlug, r.locationSlug),
		service_id: stableUuid('service', r.serviceSlug),
		location_id: stableUuid('location', r.locationSlug),
		location: shapeLocation(data, r.locationId, query.lang)
	}));
	return {
		items,
		page: hsdsPageOf(items, total, query.page, query.perPage),
		lastModified: await latestPublishedChange()
	};
}

/**
 * /service_at_locations/{id}: the official API answers with the fully nested service
 * (`compiled/service.json`), here with only this one service_at_location in it.
 */
export async function getServiceAtLocation(uuid: string, lang: Language, now = new Date()) {
	const id = (await publishedIdsByUuid()).serviceAtLocations.get(uuid);
	if (id === undefined) return null;
	const found = (await shapedServices([id], lang, now)).get(id);
	const sal = found?.service_at_locations.find((l) => l.id === uuid);
	if (!found || !sal) return null;
	return {
		service: { ...found, service_at_locations: [sal] },
		lastModified: new Date(found.last_modified)
	};
}

export function getTaxonomy(uuid: string) {
	return taxonomies.find((t) => t.id === uuid) ?? null;
}

export async function getTaxonomyTerm(uuid: string) {
	return (await listTaxonomyTerms()).find((t) => t.id === uuid) ?? null;
}

/** When any published service last changed; Last-Modified of every HSDS answer. */
export async function hsdsLastModified(): Promise<Date | null> {
	const row = await db
		.select({ latest: max(service.updatedAt) })
		.from(service)
		.where(ne(service.status, 'defunct'))
		.get();
	return row?.latest ? new Date(row.latest) : null;
}
