import { and, eq, inArray } from 'drizzle-orm';
import { db } from '$lib/server/db';
import type { Executor } from '$lib/server/db/client';
import {
	activity,
	activityArea,
	activityCancellation,
	activityCategories,
	activityExceptDate,
	activityKinds,
	activityLocation,
	activityOrganizer,
	activitySchedule,
	activityTranslation,
	organizerKinds,
	type ActivityCategory,
	type ActivityKind,
	type OrganizerKind
} from '$lib/server/db/schema';
import { activityTypes, isActivityType, reservedSlugs } from '$lib/server/activities/vocabulary';
import { expandSchedule, scheduleProblems } from '$lib/server/activities/schedule';
import { activityAttributes } from '$lib/server/activities/catalog';
import { weekdayCodes } from '$lib/server/time';
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

/**
 * Activities as CSV: one row per activity, nb texts, organiser and place inline (matched on
 * their ids within the municipality), schedules in one cell. Cancelled sessions are not in
 * the file: they are day-to-day news, set in the staff workspace. The columns are listed in opendata/README.md.
 */
export const activityColumns = [
	'external_id',
	'name',
	'description',
	'price_text',
	'how_to_join',
	'bring',
	'accessibility_note',
	'image_alt',
	'kind',
	'category',
	'activity_type',
	'age_min',
	'age_max',
	'is_free',
	'price_nok',
	'payment_support_url',
	'drop_in',
	'registration_url',
	'registration_deadline',
	'equipment_lending_url',
	'wheelchair_accessible',
	'adapted',
	'sensory_friendly',
	'in_language',
	'gender_restriction',
	'capacity',
	'image_url',
	'last_checked',
	'published',
	'schedules',
	'cancelled_sessions',
	'organizer_id',
	'organizer_name',
	'organizer_kind',
	'organizer_email',
	'organizer_phone',
	'organizer_url',
	'location_id',
	'location_name',
	'street_address',
	'postal_code',
	'postal_town',
	'latitude',
	'longitude',
	'area_id',
	'area_name'
] as const;

export const activityRequired = [
	'external_id',
	'name',
	'description',
	'activity_type',
	'age_min',
	'age_max',
	'schedules',
	'organizer_id',
	'location_id'
] as const;

const textColumns = [
	'name',
	'description',
	'price_text',
	'how_to_join',
	'bring',
	'accessibility_note',
	'image_alt'
] as const;

type ScheduleRecord = {
	byDay: string | null;
	startTime: string;
	endTime: string;
	startDate: string;
	endDate: string | null;
	exceptDates: string[];
};

export type ActivityRecord = {
	externalId: string;
	texts: Record<(typeof textColumns)[number], string>;
	kind: ActivityKind;
	category: ActivityCategory;
	activityType: string;
	ageMin: number;
	ageMax: number;
	isFree: boolean;
	priceNok: number | null;
	paymentSupportUrl: string | null;
	dropIn: boolean;
	registrationUrl: string | null;
	registrationDeadline: string | null;
	equipmentLendingUrl: string | null;
	wheelchairAccessible: boolean;
	adapted: boolean;
	sensoryFriendly: boolean;
	inLanguage: string[];
	genderRestriction: 'girls' | 'boys' | null;
	capacity: number | null;
	imageUrl: string | null;
	lastCheckedAt: string;
	published: boolean;
	schedules: ScheduleRecord[];
	/** Sessions called off, with the reason young people see (nb). */
	cancelled: { date: string; reason: string }[];
	organizer: {
		slug: string;
		name: string;
		kind: OrganizerKind;
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

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function scheduleCell(s: ScheduleRecord): string {
	if (!s.byDay) return `${s.startDate} ${s.startTime}-${s.endTime}`;
	const except = s.exceptDates.length ? ` except ${[...s.exceptDates].sort().join(',')}` : '';
	return `${s.byDay} ${s.startTime}-${s.endTime} ${s.startDate}..${s.endDate ?? ''}${except}`;
}

function parseSchedules(value: string, errors: CellErrors): ScheduleRecord[] {
	const out: ScheduleRecord[] = [];
	for (const part of listCell(value)) {
		const single = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})-(\d{2}:\d{2})$/.exec(part);
		const weekly =
			/^([A-Z,]+) (\d{2}:\d{2})-(\d{2}:\d{2}) (\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})?(?: except ([\d,-]+))?$/.exec(
				part
			);
		const s: ScheduleRecord | null = single
			? {
					byDay: null,
					startTime: single[2],
					endTime: single[3],
					startDate: single[1],
					endDate: single[1],
					exceptDates: []
				}
			: weekly
				? {
						byDay: weekly[1],
						startTime: weekly[2],
						endTime: weekly[3],
						startDate: weekly[4],
						endDate: weekly[5] ?? null,
						exceptDates: weekly[6] ? weekly[6].split(',').filter(Boolean) : []
					}
				: null;
		const problems = s ? scheduleProblems({ ...s, timezone: 'Europe/Oslo' }) : ['format'];
		if (
			s?.byDay &&
			s.byDay.split(',').some((d) => !(weekdayCodes as readonly string[]).includes(d))
		)
			problems.push('by_day');
		if (s && s.exceptDates.some((d) => !isoDate.test(d))) problems.push('except');
		if (!s || problems.length) {
			errors.push({
				column: 'schedules',
				message: `"${part}" is not like "MO,WE 17:00-19:00 2026-08-20..2026-12-15" or "2026-11-30 12:00-14:00" (${problems.join(', ')})`
			});
			continue;
		}
		out.push(s);
	}
	if (out.length === 0 && !errors.some((e) => e.column === 'schedules'))
		errors.push({ column: 'schedules', message: 'at least one time is required' });
	return out;
}

/** The first schedule that has a session on `date`, by index, or -1. */
function scheduleOn(schedules: ScheduleRecord[], date: string): number {
	return schedules.findIndex(
		(s) =>
			!s.exceptDates.includes(date) &&
			expandSchedule(
				{ ...s, id: 0, timezone: 'Europe/Oslo', exceptDates: [], cancellations: [] },
				date,
				date
			).length > 0
	);
}

function parseCancelled(value: string, schedules: ScheduleRecord[], errors: CellErrors) {
	const out: ActivityRecord['cancelled'] = [];
	for (const part of listCell(value)) {
		const m = /^(\d{4}-\d{2}-\d{2}):\s*(.+)$/.exec(part);
		if (!m) {
			errors.push({
				column: 'cancelled_sessions',
				message: `"${part}" is not like "2026-12-01: The coach is ill"`
			});
		} else if (scheduleOn(schedules, m[1]) < 0) {
			errors.push({ column: 'cancelled_sessions', message: `there is no session on ${m[1]}` });
		} else out.push({ date: m[1], reason: m[2].trim() });
	}
	return out.sort((a, b) => a.date.localeCompare(b.date));
}

const numberText = (n: number | null) => (n === null ? '' : String(n));

function cellsOf(r: ActivityRecord): Record<string, string> {
	return {
		external_id: r.externalId,
		...Object.fromEntries(textColumns.map((c) => [c, r.texts[c]])),
		kind: r.kind,
		category: r.category,
		activity_type: r.activityType,
		age_min: String(r.ageMin),
		age_max: String(r.ageMax),
		is_free: booleanCell(r.isFree),
		price_nok: numberText(r.priceNok),
		payment_support_url: r.paymentSupportUrl ?? '',
		drop_in: booleanCell(r.dropIn),
		registration_url: r.registrationUrl ?? '',
		registration_deadline: r.registrationDeadline ?? '',
		equipment_lending_url: r.equipmentLendingUrl ?? '',
		wheelchair_accessible: booleanCell(r.wheelchairAccessible),
		adapted: booleanCell(r.adapted),
		sensory_friendly: booleanCell(r.sensoryFriendly),
		in_language: r.inLanguage.join('|'),
		gender_restriction: r.genderRestriction ?? '',
		capacity: numberText(r.capacity),
		image_url: r.imageUrl ?? '',
		last_checked: r.lastCheckedAt,
		published: booleanCell(r.published),
		schedules: r.schedules.map(scheduleCell).join(' | '),
		cancelled_sessions: r.cancelled.map((c) => `${c.date}: ${c.reason}`).join(' | '),
		organizer_id: r.organizer.slug,
		organizer_name: r.organizer.name,
		organizer_kind: r.organizer.kind,
		organizer_email: r.organizer.email ?? '',
		organizer_phone: r.organizer.phone ?? '',
		organizer_url: r.organizer.url ?? '',
		location_id: r.location.slug,
		location_name: r.location.name,
		street_address: r.location.streetAddress,
		postal_code: r.location.postalCode ?? '',
		postal_town: r.location.postalTown ?? '',
		latitude: numberText(r.location.latitude),
		longitude: numberText(r.location.longitude),
		area_id: r.location.areaSlug,
		area_name: r.location.areaName
	};
}

function parseRow(
	input: Record<string, string>,
	previous: ActivityRecord | null,
	known: Record<string, Set<string>>
): { value: ActivityRecord } | { errors: CellErrors } {
	const fallback = previous ? cellsOf(previous) : {};
	const cell = (c: string) => undefuse(c in input ? input[c] : (fallback[c] ?? ''));
	const errors: CellErrors = [];
	const externalId = cell('external_id');
	if (!externalIdPattern.test(externalId) || reservedSlugs.has(externalId))
		errors.push({
			column: 'external_id',
			message: 'use lowercase letters, digits and hyphens (not kalender or kart)'
		});
	for (const c of ['name', 'description'] as const)
		if (!cell(c)) errors.push({ column: c, message: 'this text is required' });
	const activityType = cell('activity_type');
	if (!isActivityType(activityType))
		errors.push({
			column: 'activity_type',
			message: `unknown activity type "${activityType}" (known: ${Object.keys(activityTypes).join(', ')})`
		});
	const category =
		cell('category') || (isActivityType(activityType) ? activityTypes[activityType] : '');
	if (!(activityCategories as readonly string[]).includes(category))
		errors.push({ column: 'category', message: `use one of ${activityCategories.join(', ')}` });
	const kind = cell('kind') || 'session_series';
	if (!(activityKinds as readonly string[]).includes(kind))
		errors.push({ column: 'kind', message: `use one of ${activityKinds.join(', ')}` });
	const ageMin = ageCell(cell('age_min'), 'age_min', errors, true);
	const ageMax = ageCell(cell('age_max'), 'age_max', errors, true);
	if (ageMin !== null && ageMax !== null && ageMin > ageMax)
		errors.push({ column: 'age_max', message: 'age_max is lower than age_min' });
	const flag = (c: string, fallbackValue: boolean) => {
		const v = parseBoolean(cell(c), fallbackValue);
		if (v === null) errors.push({ column: c, message: 'use ja or nei' });
		return v ?? fallbackValue;
	};
	const isFree = flag('is_free', true);
	const priceNok = numberCell(cell('price_nok'), 'price_nok', errors, 0, 100_000);
	if (!isFree && priceNok === null && !cell('price_text'))
		errors.push({
			column: 'price_nok',
			message: 'an activity that is not free needs a price or a price text'
		});
	const deadline = cell('registration_deadline') || null;
	if (deadline && !isoDate.test(deadline))
		errors.push({ column: 'registration_deadline', message: 'use a date like 2026-11-22' });
	const lastChecked = cell('last_checked') || new Date().toISOString().slice(0, 10);
	if (!isoDate.test(lastChecked))
		errors.push({ column: 'last_checked', message: 'use a date like 2026-11-22' });
	const inLanguage = listCell(cell('in_language') || 'nb');
	for (const l of inLanguage)
		if (!/^[a-z]{2,3}$/.test(l))
			errors.push({
				column: 'in_language',
				message: `"${l}" is not a language code like nb or en`
			});
	const gender = cell('gender_restriction');
	if (gender && gender !== 'girls' && gender !== 'boys')
		errors.push({ column: 'gender_restriction', message: 'use girls, boys or leave it empty' });
	const capacity = numberCell(cell('capacity'), 'capacity', errors, 1, 100_000);
	const organizerSlug = cell('organizer_id');
	if (!externalIdPattern.test(organizerSlug))
		errors.push({ column: 'organizer_id', message: 'use lowercase letters, digits and hyphens' });
	const organizerKind = cell('organizer_kind') || 'municipal';
	if (!(organizerKinds as readonly string[]).includes(organizerKind))
		errors.push({ column: 'organizer_kind', message: `use one of ${organizerKinds.join(', ')}` });
	if (!known.organizers.has(organizerSlug) && !cell('organizer_name'))
		errors.push({ column: 'organizer_name', message: 'a new organiser needs a name' });
	const locationSlug = cell('location_id');
	if (!externalIdPattern.test(locationSlug))
		errors.push({ column: 'location_id', message: 'use lowercase letters, digits and hyphens' });
	if (!cell('location_name'))
		errors.push({ column: 'location_name', message: 'the place needs a name' });
	if (!cell('street_address'))
		errors.push({ column: 'street_address', message: 'the place needs an address' });
	const areaSlug = cell('area_id');
	if (!externalIdPattern.test(areaSlug))
		errors.push({ column: 'area_id', message: 'use lowercase letters, digits and hyphens' });
	else if (!known.areas.has(areaSlug) && !cell('area_name'))
		errors.push({ column: 'area_name', message: 'a new area needs a name' });
	const value: ActivityRecord = {
		externalId,
		texts: Object.fromEntries(textColumns.map((c) => [c, cell(c)])) as ActivityRecord['texts'],
		kind: kind as ActivityKind,
		category: category as ActivityCategory,
		activityType,
		ageMin: ageMin ?? 0,
		ageMax: ageMax ?? 0,
		isFree,
		priceNok: priceNok === null ? null : Math.round(priceNok),
		paymentSupportUrl: urlCell(cell('payment_support_url'), 'payment_support_url', errors),
		dropIn: flag('drop_in', false),
		registrationUrl: urlCell(cell('registration_url'), 'registration_url', errors),
		registrationDeadline: deadline,
		equipmentLendingUrl: urlCell(cell('equipment_lending_url'), 'equipment_lending_url', errors),
		wheelchairAccessible: flag('wheelchair_accessible', false),
		adapted: flag('adapted', false),
		sensoryFriendly: flag('sensory_friendly', false),
		inLanguage,
		genderRestriction: gender === 'girls' || gender === 'boys' ? gender : null,
		capacity: capacity === null ? null : Math.round(capacity),
		imageUrl: urlCell(cell('image_url'), 'image_url', errors),
		lastCheckedAt: lastChecked,
		published: flag('published', true),
		schedules: [],
		cancelled: [],
		organizer: {
			slug: organizerSlug,
			name: cell('organizer_name'),
			kind: organizerKind as OrganizerKind,
			email: emailCell(cell('organizer_email'), 'organizer_email', errors),
			phone: cell('organizer_phone') || null,
			url: urlCell(cell('organizer_url'), 'organizer_url', errors)
		},
		location: {
			slug: locationSlug,
			name: cell('location_name'),
			streetAddress: cell('street_address'),
			postalCode: cell('postal_code') || null,
			postalTown: cell('postal_town') || null,
			latitude: numberCell(cell('latitude'), 'latitude', errors, -90, 90),
			longitude: numberCell(cell('longitude'), 'longitude', errors, -180, 180),
			areaSlug,
			areaName: cell('area_name')
		}
	};
	value.schedules = parseSchedules(cell('schedules'), errors);
	value.cancelled = parseCancelled(cell('cancelled_sessions'), value.schedules, errors);
	return errors.length ? { errors } : { value };
}

async function loadOwnActivities(
	municipalityId: number
): Promise<Map<string, ExistingRecord<ActivityRecord>>> {
	const rows = await db
		.select({ a: activity, o: activityOrganizer, l: activityLocation, area: activityArea })
		.from(activity)
		.innerJoin(activityOrganizer, eq(activityOrganizer.id, activity.organizerId))
		.innerJoin(activityLocation, eq(activityLocation.id, activity.locationId))
		.innerJoin(activityArea, eq(activityArea.id, activityLocation.areaId))
		.where(eq(activity.municipalityId, municipalityId))
		.all();
	const ids = rows.map((r) => r.a.id);
	const [texts, schedules] = await Promise.all([
		db
			.select()
			.from(activityTranslation)
			.where(and(inArray(activityTranslation.activityId, ids), eq(activityTranslation.lang, 'nb')))
			.all(),
		db
			.select()
			.from(activitySchedule)
			.where(inArray(activitySchedule.activityId, ids))
			.orderBy(activitySchedule.id)
			.all()
	]);
	const scheduleIds = schedules.map((s) => s.id);
	const [excepts, cancellations] = await Promise.all([
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
	]);
	const result = new Map<string, ExistingRecord<ActivityRecord>>();
	for (const { a, o, l, area } of rows) {
		const nb = texts.find((t) => t.activityId === a.id);
		result.set(a.slug, {
			id: a.id,
			record: {
				externalId: a.slug,
				texts: {
					name: nb?.name ?? '',
					description: nb?.description ?? '',
					price_text: nb?.priceText ?? '',
					how_to_join: nb?.howToJoin ?? '',
					bring: nb?.bring ?? '',
					accessibility_note: nb?.accessibilityNote ?? '',
					image_alt: nb?.imageAlt ?? ''
				},
				...activityAttributes(a),
				published: a.published,
				schedules: schedules
					.filter((s) => s.activityId === a.id)
					.map((s) => ({
						byDay: s.byDay,
						startTime: s.startTime,
						endTime: s.endTime,
						startDate: s.startDate,
						endDate: s.endDate,
						exceptDates: excepts.filter((e) => e.scheduleId === s.id).map((e) => e.date)
					})),
				cancelled: cancellations
					.filter((c) => schedules.some((s) => s.id === c.scheduleId && s.activityId === a.id))
					.map((c) => ({ date: c.date, reason: c.reason.nb ?? Object.values(c.reason)[0] ?? '' }))
					.sort((x, y) => x.date.localeCompare(y.date)),
				organizer: {
					slug: o.slug,
					name: o.name,
					kind: o.kind,
					email: o.email,
					phone: o.phone,
					url: o.url
				},
				location: {
					slug: l.slug,
					name: l.name,
					streetAddress: l.streetAddress,
					postalCode: l.postalCode,
					postalTown: l.postalTown,
					latitude: l.latitude,
					longitude: l.longitude,
					areaSlug: area.slug,
					areaName: area.name
				}
			}
		});
	}
	return result;
}

function upsertArea(tx: Executor, municipalityId: number, slug: string, name: string): number {
	const found = tx
		.select()
		.from(activityArea)
		.where(and(eq(activityArea.municipalityId, municipalityId), eq(activityArea.slug, slug)))
		.get();
	if (found) {
		if (name && name !== found.name)
			tx.update(activityArea).set({ name }).where(eq(activityArea.id, found.id)).run();
		return found.id;
	}
	return tx
		.insert(activityArea)
		.values({ municipalityId, slug, name })
		.returning({ id: activityArea.id })
		.get().id;
}

function upsertOrganizer(
	tx: Executor,
	municipalityId: number,
	o: ActivityRecord['organizer']
): number {
	const values = {
		kind: o.kind,
		email: o.email,
		phone: o.phone,
		url: o.url,
		...(o.name ? { name: o.name } : {})
	};
	const row = tx
		.insert(activityOrganizer)
		.values({ municipalityId, slug: o.slug, name: o.name, ...values })
		.onConflictDoUpdate({
			target: [activityOrganizer.municipalityId, activityOrganizer.slug],
			set: values
		})
		.returning({ id: activityOrganizer.id })
		.get();
	return row.id;
}

function upsertPlace(tx: Executor, municipalityId: number, l: ActivityRecord['location']): number {
	const areaId = upsertArea(tx, municipalityId, l.areaSlug, l.areaName);
	const values = {
		name: l.name,
		streetAddress: l.streetAddress,
		postalCode: l.postalCode,
		postalTown: l.postalTown,
		latitude: l.latitude,
		longitude: l.longitude,
		areaId
	};
	const row = tx
		.insert(activityLocation)
		.values({ municipalityId, slug: l.slug, ...values })
		.onConflictDoUpdate({
			target: [activityLocation.municipalityId, activityLocation.slug],
			set: values
		})
		.returning({ id: activityLocation.id })
		.get();
	return row.id;
}

/** One row, inside the import's transaction (synchronous, through `tx` only). */
function writeActivity(
	tx: Executor,
	municipalityId: number,
	r: ActivityRecord,
	existingId: number | null,
	changed: Set<string>
): void {
	const touched = touchedBy(existingId, changed);
	const organizerId = upsertOrganizer(tx, municipalityId, r.organizer);
	const locationId = upsertPlace(tx, municipalityId, r.location);
	const values = {
		kind: r.kind,
		category: r.category,
		activityType: r.activityType,
		organizerId,
		locationId,
		ageMin: r.ageMin,
		ageMax: r.ageMax,
		isFree: r.isFree,
		priceNok: r.priceNok,
		paymentSupportUrl: r.paymentSupportUrl,
		dropIn: r.dropIn,
		registrationUrl: r.registrationUrl,
		registrationDeadline: r.registrationDeadline,
		equipmentLendingUrl: r.equipmentLendingUrl,
		wheelchairAccessible: r.wheelchairAccessible,
		adapted: r.adapted,
		sensoryFriendly: r.sensoryFriendly,
		inLanguage: r.inLanguage,
		genderRestriction: r.genderRestriction,
		capacity: r.capacity,
		imageUrl: r.imageUrl,
		lastCheckedAt: r.lastCheckedAt,
		published: r.published,
		updatedAt: new Date().toISOString()
	};
	const id = insertOrBumpVersion(
		tx,
		activity,
		existingId,
		{ municipalityId, slug: r.externalId, ...values },
		values
	);
	if (touched(...textColumns))
		writeSourceTexts(
			tx,
			'activity',
			id,
			{ table: activityTranslation, owner: activityTranslation.activityId, ownerKey: 'activityId' },
			{
				name: r.texts.name,
				description: r.texts.description,
				priceText: emptyToNull(r.texts.price_text),
				howToJoin: emptyToNull(r.texts.how_to_join),
				bring: emptyToNull(r.texts.bring),
				accessibilityNote: emptyToNull(r.texts.accessibility_note),
				imageAlt: emptyToNull(r.texts.image_alt)
			}
		);
	if (touched('schedules', 'cancelled_sessions')) {
		// Times and their cancelled sessions are written together (a cancellation hangs on a time).
		tx.delete(activitySchedule).where(eq(activitySchedule.activityId, id)).run();
		const scheduleIds: number[] = [];
		for (const s of r.schedules) {
			const row = tx
				.insert(activitySchedule)
				.values({
					activityId: id,
					byDay: s.byDay,
					startTime: s.startTime,
					endTime: s.endTime,
					startDate: s.startDate,
					endDate: s.endDate
				})
				.returning({ id: activitySchedule.id })
				.get();
			for (const date of s.exceptDates)
				tx.insert(activityExceptDate).values({ scheduleId: row.id, date }).run();
			scheduleIds.push(row.id);
		}
		for (const c of r.cancelled)
			tx.insert(activityCancellation)
				.values({
					scheduleId: scheduleIds[scheduleOn(r.schedules, c.date)],
					date: c.date,
					reason: { nb: c.reason }
				})
				.run();
	}
}

export const activityImport: ImportKind<ActivityRecord> = {
	entity: 'activity',
	columns: activityColumns,
	required: activityRequired,
	async prepare(municipalityId) {
		const [own, organizers, areas] = await Promise.all([
			loadOwnActivities(municipalityId),
			db
				.select({ slug: activityOrganizer.slug })
				.from(activityOrganizer)
				.where(eq(activityOrganizer.municipalityId, municipalityId))
				.all(),
			db
				.select({ slug: activityArea.slug })
				.from(activityArea)
				.where(eq(activityArea.municipalityId, municipalityId))
				.all()
		]);
		// Activity slugs are unique per municipality, so no other municipality's can clash.
		return {
			own,
			foreign: new Set<string>(),
			known: {
				organizers: new Set(organizers.map((o) => o.slug)),
				areas: new Set(areas.map((a) => a.slug))
			}
		};
	},
	parse: (cells, previous, context) => parseRow(cells, previous, context.known),
	cells: cellsOf,
	write: writeActivity
};

export const activityTemplateExample: Record<string, string> = {
	external_id: 'eksempel-fotball',
	name: 'Fotball for alle',
	description: 'Åpen trening for alle som vil spille fotball. Ingen påmelding.',
	how_to_join: 'Bare kom.',
	bring: 'Joggesko og drikkeflaske',
	kind: 'session_series',
	category: 'sport',
	activity_type: 'football',
	age_min: '10',
	age_max: '16',
	is_free: 'ja',
	drop_in: 'ja',
	wheelchair_accessible: 'nei',
	adapted: 'nei',
	sensory_friendly: 'nei',
	in_language: 'nb|en',
	published: 'ja',
	schedules: 'TU,TH 17:00-18:30 2026-08-18..2026-12-10 except 2026-10-06 | 2026-12-12 12:00-15:00',
	cancelled_sessions: '2026-11-19: Banen er stengt',
	organizer_id: 'idrettslaget',
	organizer_name: 'Idrettslaget',
	organizer_kind: 'voluntary',
	location_id: 'kunstgressbanen',
	location_name: 'Kunstgressbanen',
	street_address: 'Idrettsveien 2',
	postal_code: '0000',
	postal_town: 'Kommunen',
	area_id: 'sentrum',
	area_name: 'Sentrum'
};
