import { and, eq, inArray, isNull, ne, or } from 'drizzle-orm';
import { db } from '$lib/server/db';
import type { Transaction } from '$lib/server/db/client';
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
	taxonomyTerm
} from '$lib/server/db/schema';
import { rebuildServiceSearchIndex } from './search-index';
import { booleanCell, parseBoolean, undefuse } from '$lib/server/opendata/csv';
import {
	emptyToNull,
	insertOrBumpVersion,
	touchedBy,
	writeSourceTexts
} from '$lib/server/opendata/upsert';
import {
	ageCell,
	emailCell,
	externalIdPattern,
	listCell,
	numberCell,
	urlCell,
	type CellErrors,
	type ExistingRecord,
	type ImportKind
} from '$lib/server/opendata/import';
import { messagesFor } from '$lib/i18n/messages.server';
import { osloToday } from '$lib/server/time';
import {
	checkContactFacts,
	storedContactFacts,
	type ContactFactKey,
	type ContactFacts
} from './admin/contact-facts-form';

/**
 * Services as CSV: one row per service, nb texts (other languages are edited in the
 * translation screen, which then marks them for review), the organisation and at most one
 * location inline, and lists inside a cell separated by `|`. The column list is documented
 * in README.md beside this file.
 */
/** The place's columns: one place per service row (its first place when it has several). */
const locationColumns = [
	'location_id',
	'location_type',
	'location_name',
	'address',
	'postal_code',
	'city',
	'latitude',
	'longitude',
	'location_url',
	'accessibility',
	'directions'
] as const;

/**
 * The notice dates and "what happens when you get in touch" facts (issue 12), checked by the
 * same rules as the staff form (`admin/contact-facts-form.ts`); added after the older
 * columns so files made before them still line up. The notice text itself is `alert`.
 */
const factField = {
	who_answers: 'whoAnswers',
	written_down: 'writtenDown',
	who_is_told: 'whoIsTold',
	own_decision_age: 'ownDecisionAge',
	bring_friend: 'bringFriend',
	interpreter: 'interpreter',
	reply_minutes: 'replyMinutes',
	wait_days: 'waitDays',
	times_confirmed_on: 'timesConfirmedOn',
	alert_from: 'alertFrom',
	alert_to: 'alertTo'
} as const satisfies Record<string, Exclude<ContactFactKey, 'alert'>>;
type FactColumn = keyof typeof factField;
const factColumns = Object.keys(factField) as FactColumn[];
const columnOfFact = Object.fromEntries([
	['alert', 'alert'],
	...Object.entries(factField).map(([column, key]) => [key, column])
]) as Record<ContactFactKey, string>;

export const serviceColumns = [
	'external_id',
	'name',
	'summary',
	'description',
	'application_process',
	'eligibility',
	'fees',
	'referral_info',
	'confidentiality',
	'alert',
	'status',
	'level',
	'min_age',
	'max_age',
	'is_free',
	'referral_required',
	'can_be_anonymous',
	'drop_in',
	'is_emergency',
	'website',
	'email',
	'chat_url',
	'assured_date',
	'organization_id',
	'organization_name',
	'organization_website',
	'topics',
	'languages',
	'phones',
	'hours',
	'closed_days',
	...locationColumns,
	...factColumns
] as const;

export const serviceRequired = [
	'external_id',
	'name',
	'summary',
	'description',
	'organization_id'
] as const;

const textColumns = [
	'name',
	'summary',
	'description',
	'application_process',
	'eligibility',
	'fees',
	'referral_info',
	'confidentiality',
	'alert'
] as const;

type Hours = {
	kind: 'open' | 'drop_in';
	byday: string;
	opensAt: string;
	closesAt: string;
	validFrom: string | null;
	validTo: string | null;
};
type ClosedDay = { date: string; opensAt: string | null; closesAt: string | null };
type PhoneRow = { type: 'voice' | 'text'; number: string; description: string };
type LocationRecord = {
	slug: string;
	type: 'physical' | 'virtual';
	name: string;
	address: string | null;
	postalCode: string | null;
	city: string | null;
	latitude: number | null;
	longitude: number | null;
	url: string | null;
	accessibility: string | null;
	directions: string | null;
};

export type ServiceRecord = {
	externalId: string;
	texts: Record<(typeof textColumns)[number], string>;
	status: 'active' | 'inactive';
	level: 'universal' | 'selective' | 'indicated';
	minAge: number | null;
	maxAge: number | null;
	isFree: boolean;
	referralRequired: boolean;
	canBeAnonymous: boolean;
	dropIn: boolean;
	isEmergency: boolean;
	website: string | null;
	email: string | null;
	chatUrl: string | null;
	assuredDate: string | null;
	organization: { slug: string; name: string; website: string | null };
	topics: string[];
	languages: string[];
	phones: PhoneRow[];
	hours: Hours[];
	closedDays: ClosedDay[];
	location: LocationRecord | null;
	/** The facts; the notice text is `texts.alert`. */
	facts: Omit<ContactFacts, 'alert'>;
};

const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const clock = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function hoursCell(h: Hours): string {
	const range = h.validFrom || h.validTo ? ` ${h.validFrom ?? ''}..${h.validTo ?? ''}` : '';
	return `${h.kind === 'drop_in' ? 'drop_in ' : ''}${h.byday} ${h.opensAt}-${h.closesAt}${range}`;
}

function parseHours(value: string, errors: CellErrors): Hours[] {
	const out: Hours[] = [];
	for (const part of listCell(value)) {
		const m =
			/^(?:(open|drop_in)\s+)?([A-Z,]+)\s+(\d{2}:\d{2})-(\d{2}:\d{2})(?:\s+(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?$/.exec(
				part
			);
		if (
			!m ||
			!m[2].split(',').every((d) => days.includes(d)) ||
			!clock.test(m[3]) ||
			!clock.test(m[4])
		) {
			errors.push({
				column: 'hours',
				message: `"${part}" is not like "MO,TU 09:00-15:00" or "drop_in WE 14:00-16:00"`
			});
			continue;
		}
		out.push({
			kind: m[1] === 'drop_in' ? 'drop_in' : 'open',
			byday: m[2],
			opensAt: m[3],
			closesAt: m[4],
			validFrom: m[5] ?? null,
			validTo: m[6] ?? null
		});
	}
	return out;
}

function closedDayCell(c: ClosedDay): string {
	return c.opensAt && c.closesAt ? `${c.date} ${c.opensAt}-${c.closesAt}` : c.date;
}

function parseClosedDays(value: string, errors: CellErrors): ClosedDay[] {
	const out: ClosedDay[] = [];
	for (const part of listCell(value)) {
		const m = /^(\d{4}-\d{2}-\d{2})(?:\s+(\d{2}:\d{2})-(\d{2}:\d{2}))?$/.exec(part);
		if (!m || Number.isNaN(Date.parse(m[1]))) {
			errors.push({
				column: 'closed_days',
				message: `"${part}" is not a date like 2026-12-24 (or 2026-12-24 10:00-14:00)`
			});
			continue;
		}
		out.push({ date: m[1], opensAt: m[2] ?? null, closesAt: m[3] ?? null });
	}
	return out.sort((a, b) => a.date.localeCompare(b.date));
}

function phoneCell(p: PhoneRow): string {
	return `${p.type}:${p.number}${p.description ? `:${p.description}` : ''}`;
}

function parsePhones(value: string, errors: CellErrors): PhoneRow[] {
	const out: PhoneRow[] = [];
	for (const part of listCell(value)) {
		const m = /^(voice|text):([+\d][\d ]{1,20}\d)(?::(.*))?$/.exec(part);
		if (!m) {
			errors.push({
				column: 'phones',
				message: `"${part}" is not like "voice:22 00 00 00:Reception" or "text:2222"`
			});
			continue;
		}
		out.push({ type: m[1] as PhoneRow['type'], number: m[2], description: (m[3] ?? '').trim() });
	}
	return out;
}

const numberText = (n: number | null) => (n === null ? '' : String(n));
/** A yes/no fact: empty is "not known", never a "nei". */
const yesNoUnknownCell = (value: boolean | null) => (value === null ? '' : booleanCell(value));

function factCell(facts: ServiceRecord['facts'], column: FactColumn): string {
	const value = facts[factField[column]];
	if (value === null) return '';
	if (typeof value === 'boolean') return yesNoUnknownCell(value);
	return String(value);
}

const english = messagesFor('en', ['admin', 'admin_opendata']);

/**
 * A form message key as a CSV problem: `key` is what the staff page shows in the person's
 * language (nb or en), `message` the English text for logs and tests. A choice the form
 * offers as a select needs the codes spelt out in a file.
 */
function factError(field: ContactFactKey, formKey: string): CellErrors[number] {
	const column = columnOfFact[field];
	const csvKey =
		formKey !== 'choice_invalid'
			? null
			: field === 'writtenDown'
				? 'csv_error_written_down'
				: field === 'whoIsTold'
					? 'csv_error_who_is_told'
					: 'csv_error_yes_no_unknown';
	const [ns, key] = csvKey ? ['admin_opendata', csvKey] : ['admin', `error_${formKey}`];
	return { column, key: `${ns}.${key}`, message: english[ns][key] ?? formKey };
}

/** A yes/no cell (ja/nei, yes/no…) as the form field holds it; anything else is refused. */
function yesNoFormValue(value: string): string {
	if (value.trim() === '') return '';
	const parsed = parseBoolean(value, false);
	return parsed === null ? value : parsed ? 'yes' : 'no';
}

function parseFacts(
	cell: (column: string) => string,
	errors: CellErrors
): { alert: string; facts: ServiceRecord['facts'] } | null {
	const input = { alert: cell('alert') } as Record<ContactFactKey, string>;
	for (const column of factColumns) {
		const value = cell(column);
		input[factField[column]] =
			column === 'bring_friend' || column === 'interpreter' ? yesNoFormValue(value) : value;
	}
	const result = checkContactFacts(input, osloToday());
	if (!result.ok) {
		for (const [field, key] of Object.entries(result.errors))
			errors.push(factError(field as ContactFactKey, key));
		return null;
	}
	const { alert, ...facts } = result.value;
	return { alert: alert ?? '', facts };
}

const noFacts: ServiceRecord['facts'] = {
	alertFrom: null,
	alertTo: null,
	replyMinutes: null,
	waitDays: null,
	timesConfirmedOn: null,
	whoAnswers: null,
	writtenDown: null,
	whoIsTold: null,
	ownDecisionAge: null,
	bringFriend: null,
	interpreter: null
};

function cellsOf(r: ServiceRecord): Record<string, string> {
	return {
		external_id: r.externalId,
		...Object.fromEntries(textColumns.map((c) => [c, r.texts[c]])),
		status: r.status,
		level: r.level,
		min_age: numberText(r.minAge),
		max_age: numberText(r.maxAge),
		is_free: booleanCell(r.isFree),
		referral_required: booleanCell(r.referralRequired),
		can_be_anonymous: booleanCell(r.canBeAnonymous),
		drop_in: booleanCell(r.dropIn),
		is_emergency: booleanCell(r.isEmergency),
		website: r.website ?? '',
		email: r.email ?? '',
		chat_url: r.chatUrl ?? '',
		assured_date: r.assuredDate ?? '',
		organization_id: r.organization.slug,
		organization_name: r.organization.name,
		organization_website: r.organization.website ?? '',
		topics: [...r.topics].sort().join('|'),
		languages: r.languages.join('|'),
		phones: r.phones.map(phoneCell).join(' | '),
		hours: r.hours.map(hoursCell).join(' | '),
		closed_days: r.closedDays.map(closedDayCell).join(' | '),
		location_id: r.location?.slug ?? '',
		location_type: r.location?.type ?? '',
		location_name: r.location?.name ?? '',
		address: r.location?.address ?? '',
		postal_code: r.location?.postalCode ?? '',
		city: r.location?.city ?? '',
		latitude: numberText(r.location?.latitude ?? null),
		longitude: numberText(r.location?.longitude ?? null),
		location_url: r.location?.url ?? '',
		accessibility: r.location?.accessibility ?? '',
		directions: r.location?.directions ?? '',
		...Object.fromEntries(factColumns.map((c) => [c, factCell(r.facts, c)]))
	};
}

function parseRow(
	input: Record<string, string>,
	previous: ServiceRecord | null,
	known: Record<string, Set<string>>
): { value: ServiceRecord } | { errors: CellErrors } {
	const fallback = previous ? cellsOf(previous) : {};
	const cell = (c: string) => undefuse(c in input ? input[c] : (fallback[c] ?? ''));
	const errors: CellErrors = [];
	const externalId = cell('external_id');
	if (!externalIdPattern.test(externalId))
		errors.push({
			column: 'external_id',
			message: 'use lowercase letters, digits and hyphens (like helsestasjon-for-ungdom)'
		});
	for (const c of ['name', 'summary', 'description'] as const)
		if (!cell(c)) errors.push({ column: c, message: 'this text is required' });
	const status = cell('status') || 'active';
	if (status !== 'active' && status !== 'inactive')
		errors.push({ column: 'status', message: 'use active or inactive' });
	const level = cell('level') || 'universal';
	if (!['universal', 'selective', 'indicated'].includes(level))
		errors.push({ column: 'level', message: 'use universal, selective or indicated' });
	const minAge = ageCell(cell('min_age'), 'min_age', errors, false);
	const maxAge = ageCell(cell('max_age'), 'max_age', errors, false);
	if (minAge !== null && maxAge !== null && minAge > maxAge)
		errors.push({ column: 'max_age', message: 'max_age is lower than min_age' });
	const flag = (c: string, fallbackValue: boolean) => {
		const v = parseBoolean(cell(c), fallbackValue);
		if (v === null) errors.push({ column: c, message: 'use ja or nei' });
		return v ?? fallbackValue;
	};
	const topics = listCell(cell('topics'));
	for (const t of topics)
		if (!known.topics.has(t))
			errors.push({
				column: 'topics',
				message: `unknown topic "${t}" (known: ${[...known.topics].join(', ')})`
			});
	const languages = listCell(cell('languages'));
	for (const l of languages)
		if (!/^[a-z]{2,3}$/.test(l))
			errors.push({ column: 'languages', message: `"${l}" is not a language code like nb or en` });
	const assuredDate = cell('assured_date') || null;
	if (assuredDate && !isoDate.test(assuredDate))
		errors.push({ column: 'assured_date', message: 'use a date like 2026-11-22' });
	const orgSlug = cell('organization_id');
	if (!externalIdPattern.test(orgSlug))
		errors.push({
			column: 'organization_id',
			message: 'use lowercase letters, digits and hyphens'
		});
	else if (!known.organizations.has(orgSlug) && !cell('organization_name'))
		errors.push({ column: 'organization_name', message: 'a new organisation needs a name' });
	const locationSlug = cell('location_id');
	let place: LocationRecord | null = null;
	if (locationSlug) {
		if (!externalIdPattern.test(locationSlug))
			errors.push({ column: 'location_id', message: 'use lowercase letters, digits and hyphens' });
		const type = cell('location_type') || 'physical';
		if (type !== 'physical' && type !== 'virtual')
			errors.push({ column: 'location_type', message: 'use physical or virtual' });
		if (!known.locations.has(locationSlug) && !cell('location_name'))
			errors.push({ column: 'location_name', message: 'a new location needs a name' });
		place = {
			slug: locationSlug,
			type: type === 'virtual' ? 'virtual' : 'physical',
			name: cell('location_name'),
			address: cell('address') || null,
			postalCode: cell('postal_code') || null,
			city: cell('city') || null,
			latitude: numberCell(cell('latitude'), 'latitude', errors, -90, 90),
			longitude: numberCell(cell('longitude'), 'longitude', errors, -180, 180),
			url: urlCell(cell('location_url'), 'location_url', errors),
			accessibility: cell('accessibility') || null,
			directions: cell('directions') || null
		};
	}
	// A file without any of these columns leaves the stored facts as they are, unchecked
	// (the form checked them); otherwise the row's facts are checked as one, as the form does.
	const factsInFile = ['alert', ...factColumns].some((c) => c in input);
	const parsedFacts =
		factsInFile || !previous
			? parseFacts(cell, errors)
			: { alert: previous.texts.alert, facts: previous.facts };
	const value: ServiceRecord = {
		externalId,
		texts: Object.fromEntries(textColumns.map((c) => [c, cell(c)])) as ServiceRecord['texts'],
		status: status === 'inactive' ? 'inactive' : 'active',
		level: level as ServiceRecord['level'],
		minAge,
		maxAge,
		isFree: flag('is_free', true),
		referralRequired: flag('referral_required', false),
		canBeAnonymous: flag('can_be_anonymous', false),
		dropIn: flag('drop_in', false),
		isEmergency: flag('is_emergency', false),
		website: urlCell(cell('website'), 'website', errors),
		email: emailCell(cell('email'), 'email', errors),
		chatUrl: urlCell(cell('chat_url'), 'chat_url', errors),
		assuredDate,
		organization: {
			slug: orgSlug,
			name: cell('organization_name'),
			website: urlCell(cell('organization_website'), 'organization_website', errors)
		},
		topics,
		languages,
		phones: parsePhones(cell('phones'), errors),
		hours: parseHours(cell('hours'), errors),
		closedDays: parseClosedDays(cell('closed_days'), errors),
		location: place,
		facts: parsedFacts?.facts ?? noFacts
	};
	if (parsedFacts) value.texts.alert = parsedFacts.alert;
	return errors.length ? { errors } : { value };
}

function nbOf<T extends { lang: string }>(rows: T[]): T | undefined {
	return rows.find((r) => r.lang === 'nb');
}

async function loadOwnServices(
	municipalityId: number
): Promise<Map<string, ExistingRecord<ServiceRecord>>> {
	const rows = await db
		.select()
		.from(service)
		.where(and(eq(service.municipalityId, municipalityId), ne(service.status, 'defunct')))
		.all();
	const ids = rows.map((r) => r.id);
	const orgIds = [...new Set(rows.map((r) => r.organizationId))];
	const [texts, orgs, orgTexts, phones, hours, exceptions, topics, langs, links] =
		await Promise.all([
			db
				.select()
				.from(serviceTranslation)
				.where(and(inArray(serviceTranslation.serviceId, ids), eq(serviceTranslation.lang, 'nb')))
				.all(),
			db.select().from(organization).where(inArray(organization.id, orgIds)).all(),
			db
				.select()
				.from(organizationTranslation)
				.where(inArray(organizationTranslation.organizationId, orgIds))
				.all(),
			db
				.select({ p: phone, description: phoneTranslation.description })
				.from(phone)
				.leftJoin(
					phoneTranslation,
					and(eq(phoneTranslation.phoneId, phone.id), eq(phoneTranslation.lang, 'nb'))
				)
				.where(inArray(phone.serviceId, ids))
				.orderBy(phone.sortOrder, phone.id)
				.all(),
			db.select().from(schedule).where(inArray(schedule.serviceId, ids)).orderBy(schedule.id).all(),
			db.select().from(scheduleException).where(inArray(scheduleException.serviceId, ids)).all(),
			db
				.select({ serviceId: serviceTaxonomy.serviceId, code: taxonomyTerm.code })
				.from(serviceTaxonomy)
				.innerJoin(taxonomyTerm, eq(taxonomyTerm.id, serviceTaxonomy.taxonomyTermId))
				.where(inArray(serviceTaxonomy.serviceId, ids))
				.all(),
			db
				.select()
				.from(serviceLanguage)
				.where(inArray(serviceLanguage.serviceId, ids))
				.orderBy(serviceLanguage.id)
				.all(),
			db
				.select()
				.from(serviceAtLocation)
				.where(inArray(serviceAtLocation.serviceId, ids))
				.orderBy(serviceAtLocation.id)
				.all()
		]);
	const locationIds = [...new Set(links.map((l) => l.locationId))];
	const [places, placeTexts] = await Promise.all([
		db.select().from(location).where(inArray(location.id, locationIds)).all(),
		db
			.select()
			.from(locationTranslation)
			.where(inArray(locationTranslation.locationId, locationIds))
			.all()
	]);
	const result = new Map<string, ExistingRecord<ServiceRecord>>();
	for (const row of rows) {
		const nb = texts.find((t) => t.serviceId === row.id);
		const org = orgs.find((o) => o.id === row.organizationId)!;
		const link = links.find((l) => l.serviceId === row.id);
		const place = link ? places.find((p) => p.id === link.locationId) : undefined;
		const placeNb = place ? nbOf(placeTexts.filter((t) => t.locationId === place.id)) : undefined;
		result.set(row.slug, {
			id: row.id,
			record: {
				externalId: row.slug,
				texts: {
					name: nb?.name ?? '',
					summary: nb?.summary ?? '',
					description: nb?.description ?? '',
					application_process: nb?.applicationProcess ?? '',
					eligibility: nb?.eligibility ?? '',
					fees: nb?.fees ?? '',
					referral_info: nb?.referralInfo ?? '',
					confidentiality: nb?.confidentiality ?? '',
					alert: nb?.alert ?? ''
				},
				status: row.status === 'inactive' ? 'inactive' : 'active',
				level: row.level,
				minAge: row.minAge,
				maxAge: row.maxAge,
				isFree: row.isFree,
				referralRequired: row.referralRequired,
				canBeAnonymous: row.canBeAnonymous,
				dropIn: row.dropIn,
				isEmergency: row.isEmergency,
				website: row.website,
				email: row.email,
				chatUrl: row.chatUrl,
				assuredDate: row.assuredDate,
				organization: {
					slug: org.slug,
					name: nbOf(orgTexts.filter((t) => t.organizationId === org.id))?.name ?? '',
					website: org.website
				},
				topics: topics.filter((t) => t.serviceId === row.id).map((t) => t.code),
				languages: langs.filter((l) => l.serviceId === row.id).map((l) => l.code),
				phones: phones
					.filter((p) => p.p.serviceId === row.id)
					.map((p) => ({ type: p.p.type, number: p.p.number, description: p.description ?? '' })),
				hours: hours
					.filter((h) => h.serviceId === row.id)
					.map((h) => ({
						kind: h.kind,
						byday: h.byday,
						opensAt: h.opensAt,
						closesAt: h.closesAt,
						validFrom: h.validFrom,
						validTo: h.validTo
					})),
				closedDays: exceptions
					.filter((e) => e.serviceId === row.id)
					.map((e) => ({ date: e.date, opensAt: e.opensAt, closesAt: e.closesAt }))
					.sort((a, b) => a.date.localeCompare(b.date)),
				location: place
					? {
							slug: place.slug,
							type: place.locationType,
							name: placeNb?.name ?? '',
							address: place.address,
							postalCode: place.postalCode,
							city: place.city,
							latitude: place.latitude,
							longitude: place.longitude,
							url: place.url,
							accessibility: placeNb?.accessibility ?? null,
							directions: placeNb?.directions ?? null
						}
					: null,
				facts: storedContactFacts(row, nb)
			}
		});
	}
	return result;
}

/**
 * A slug names the municipality's own organisation or location, else a national one (which
 * a service may use but an import never changes). Another municipality's rows are never
 * seen: the same slug there is a different row (issue 14).
 */
function ownOrNational(
	column: typeof organization.municipalityId | typeof location.municipalityId,
	municipalityId: number
) {
	return or(eq(column, municipalityId), isNull(column));
}

function findScoped<T extends { municipalityId: number | null }>(
	rows: T[],
	municipalityId: number
): T | undefined {
	return rows.find((r) => r.municipalityId === municipalityId) ?? rows[0];
}

function upsertOrganization(
	tx: Transaction,
	municipalityId: number,
	org: ServiceRecord['organization']
): number {
	const found = findScoped(
		tx
			.select()
			.from(organization)
			.where(
				and(
					eq(organization.slug, org.slug),
					ownOrNational(organization.municipalityId, municipalityId)
				)
			)
			.all(),
		municipalityId
	);
	if (found && found.municipalityId !== municipalityId) return found.id;
	const id = found
		? found.id
		: tx
				.insert(organization)
				.values({ slug: org.slug, municipalityId, website: org.website })
				.returning({ id: organization.id })
				.get().id;
	if (found)
		tx.update(organization).set({ website: org.website }).where(eq(organization.id, id)).run();
	if (org.name)
		tx.insert(organizationTranslation)
			.values({ organizationId: id, lang: 'nb', name: org.name })
			.onConflictDoUpdate({
				target: [organizationTranslation.organizationId, organizationTranslation.lang],
				set: { name: org.name }
			})
			.run();
	return id;
}

function upsertLocation(tx: Transaction, municipalityId: number, place: LocationRecord): number {
	const found = findScoped(
		tx
			.select()
			.from(location)
			.where(
				and(eq(location.slug, place.slug), ownOrNational(location.municipalityId, municipalityId))
			)
			.all(),
		municipalityId
	);
	if (found && found.municipalityId !== municipalityId) return found.id;
	const values = {
		locationType: place.type,
		address: place.address,
		postalCode: place.postalCode,
		city: place.city,
		latitude: place.latitude,
		longitude: place.longitude,
		url: place.url
	};
	const id = found
		? found.id
		: tx
				.insert(location)
				.values({ slug: place.slug, municipalityId, ...values })
				.returning({ id: location.id })
				.get().id;
	if (found) tx.update(location).set(values).where(eq(location.id, id)).run();
	if (place.name) {
		const texts = {
			name: place.name,
			accessibility: place.accessibility,
			directions: place.directions
		};
		tx.insert(locationTranslation)
			.values({ locationId: id, lang: 'nb', ...texts })
			.onConflictDoUpdate({
				target: [locationTranslation.locationId, locationTranslation.lang],
				set: texts
			})
			.run();
	}
	return id;
}

function writeService(
	tx: Transaction,
	municipalityId: number,
	r: ServiceRecord,
	existingId: number | null,
	changed: Set<string>
) {
	const touched = touchedBy(existingId, changed);
	const organizationId = upsertOrganization(tx, municipalityId, r.organization);
	const values = {
		organizationId,
		status: r.status,
		level: r.level,
		minAge: r.minAge,
		maxAge: r.maxAge,
		isFree: r.isFree,
		referralRequired: r.referralRequired,
		canBeAnonymous: r.canBeAnonymous,
		dropIn: r.dropIn,
		isEmergency: r.isEmergency,
		website: r.website,
		email: r.email,
		chatUrl: r.chatUrl,
		assuredDate: r.assuredDate,
		alertFrom: r.facts.alertFrom,
		alertTo: r.facts.alertTo,
		replyMinutes: r.facts.replyMinutes,
		waitDays: r.facts.waitDays,
		timesConfirmedOn: r.facts.timesConfirmedOn,
		writtenDown: r.facts.writtenDown,
		whoIsTold: r.facts.whoIsTold,
		ownDecisionAge: r.facts.ownDecisionAge,
		bringFriend: r.facts.bringFriend,
		interpreter: r.facts.interpreter,
		updatedAt: new Date().toISOString()
	};
	const id = insertOrBumpVersion(
		tx,
		service,
		existingId,
		{ slug: r.externalId, municipalityId, ...values },
		values
	);
	if (touched(...textColumns, 'who_answers'))
		writeSourceTexts(
			tx,
			'service',
			id,
			{ table: serviceTranslation, owner: serviceTranslation.serviceId, ownerKey: 'serviceId' },
			{
				name: r.texts.name,
				summary: r.texts.summary,
				description: r.texts.description,
				applicationProcess: emptyToNull(r.texts.application_process),
				eligibility: emptyToNull(r.texts.eligibility),
				fees: emptyToNull(r.texts.fees),
				referralInfo: emptyToNull(r.texts.referral_info),
				confidentiality: emptyToNull(r.texts.confidentiality),
				alert: emptyToNull(r.texts.alert),
				whoAnswers: r.facts.whoAnswers
			}
		);
	if (touched('phones')) {
		tx.delete(phone).where(eq(phone.serviceId, id)).run();
		for (const [i, p] of r.phones.entries()) {
			const row = tx
				.insert(phone)
				.values({ serviceId: id, number: p.number, type: p.type, sortOrder: i })
				.returning({ id: phone.id })
				.get();
			if (p.description)
				tx.insert(phoneTranslation)
					.values({ phoneId: row.id, lang: 'nb', description: p.description })
					.run();
		}
	}
	if (touched('hours')) {
		tx.delete(schedule).where(eq(schedule.serviceId, id)).run();
		if (r.hours.length)
			tx.insert(schedule)
				.values(r.hours.map((h) => ({ serviceId: id, ...h })))
				.run();
	}
	if (touched('closed_days')) {
		tx.delete(scheduleException).where(eq(scheduleException.serviceId, id)).run();
		if (r.closedDays.length)
			tx.insert(scheduleException)
				.values(r.closedDays.map((c) => ({ serviceId: id, ...c })))
				.run();
	}
	if (touched('topics')) {
		// The file has no "primary topic" column: a topic that stays keeps its primary mark.
		const primary = new Set(
			tx
				.select({ termId: serviceTaxonomy.taxonomyTermId })
				.from(serviceTaxonomy)
				.where(and(eq(serviceTaxonomy.serviceId, id), eq(serviceTaxonomy.isPrimary, true)))
				.all()
				.map((row) => row.termId)
		);
		tx.delete(serviceTaxonomy).where(eq(serviceTaxonomy.serviceId, id)).run();
		if (r.topics.length) {
			const terms = tx
				.select()
				.from(taxonomyTerm)
				.where(inArray(taxonomyTerm.code, r.topics))
				.all();
			if (terms.length)
				tx.insert(serviceTaxonomy)
					.values(
						terms.map((t) => ({
							serviceId: id,
							taxonomyTermId: t.id,
							isPrimary: primary.has(t.id)
						}))
					)
					.run();
		}
	}
	if (touched('languages')) {
		tx.delete(serviceLanguage).where(eq(serviceLanguage.serviceId, id)).run();
		if (r.languages.length)
			tx.insert(serviceLanguage)
				.values(r.languages.map((code) => ({ serviceId: id, code })))
				.run();
	}
	if (touched(...locationColumns)) {
		tx.delete(serviceAtLocation).where(eq(serviceAtLocation.serviceId, id)).run();
		if (r.location) {
			const locationId = upsertLocation(tx, municipalityId, r.location);
			tx.insert(serviceAtLocation).values({ serviceId: id, locationId }).run();
		}
	}
}

export const serviceImport: ImportKind<ServiceRecord> = {
	entity: 'service',
	columns: serviceColumns,
	required: serviceRequired,
	async prepare(municipalityId) {
		const [own, others, topics, orgs, places] = await Promise.all([
			loadOwnServices(municipalityId),
			// Slugs are unique per municipality, so only a national service's can clash (its
			// public address would be the same); other municipalities' are not even read.
			db.select({ slug: service.slug }).from(service).where(isNull(service.municipalityId)).all(),
			db.select({ code: taxonomyTerm.code }).from(taxonomyTerm).all(),
			db
				.select({ slug: organization.slug })
				.from(organization)
				.where(ownOrNational(organization.municipalityId, municipalityId))
				.all(),
			db
				.select({ slug: location.slug })
				.from(location)
				.where(ownOrNational(location.municipalityId, municipalityId))
				.all()
		]);
		return {
			own,
			foreign: new Set(others.map((s) => s.slug)),
			known: {
				topics: new Set(topics.map((t) => t.code)),
				organizations: new Set(orgs.map((o) => o.slug)),
				locations: new Set(places.map((p) => p.slug))
			}
		};
	},
	parse: (cells, previous, context) => parseRow(cells, previous, context.known),
	cells: cellsOf,
	write: writeService,
	afterWrite: (tx) => rebuildServiceSearchIndex(tx)
};

export const serviceTemplateExample: Record<string, string> = {
	external_id: 'eksempel-ungdomskontakt',
	name: 'Ungdomskontakten',
	summary: 'Voksne du kan snakke med om hva som helst.',
	description:
		'Ungdomskontakten er voksne som jobber ute der ungdom er. Du kan ta kontakt når du vil.',
	application_process: 'Ring, send SMS eller kom innom.',
	eligibility: 'Ungdom 13–20 år',
	fees: 'Gratis',
	status: 'active',
	level: 'selective',
	min_age: '13',
	max_age: '20',
	is_free: 'ja',
	referral_required: 'nei',
	can_be_anonymous: 'ja',
	drop_in: 'ja',
	is_emergency: 'nei',
	website: 'https://kommune.example/ungdomskontakt',
	organization_id: 'kommunen',
	organization_name: 'Kommunen',
	topics: 'ensom|rus',
	languages: 'nb|en',
	phones: 'voice:400 00 000:Ring oss | text:400 00 000',
	hours: 'MO,TU,WE,TH,FR 12:00-20:00 | drop_in WE 14:00-18:00',
	closed_days: '2026-12-24 | 2026-12-25',
	location_id: 'ungdomshuset',
	location_type: 'physical',
	location_name: 'Ungdomshuset',
	address: 'Storgata 1',
	postal_code: '0000',
	city: 'Kommunen',
	latitude: '59.9',
	longitude: '10.7',
	who_answers: 'En av ungdomskontaktene',
	written_down: 'notes',
	who_is_told: 'only_danger',
	own_decision_age: '',
	bring_friend: 'ja',
	interpreter: '',
	reply_minutes: '120',
	wait_days: '',
	times_confirmed_on: '2026-01-15',
	alert_from: '',
	alert_to: ''
};
