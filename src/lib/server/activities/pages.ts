/**
 * What the activity pages load: routes call one function each and get plain,
 * serialisable view data (texts already in the visitor's language, dates formatted).
 */
import { error, redirect } from '@sveltejs/kit';
import { createI18n, translator } from '$lib/i18n';
import { languageName } from '$lib/i18n/language-names';
import { languages, localizedPath, sourceLanguage, type Language } from '$lib/i18n/languages';
import { pickLocalized, type Localized } from '$lib/i18n/localized';
import { messagesFor } from '$lib/i18n/messages.server';
import { getCurrentMunicipality } from '$lib/server/municipality';
import { timeSlicer } from '$lib/server/slices';
import { pageNumber, pagerLinks } from '$lib/server/paging';
import { activityCategories } from '$lib/server/db/schema';
import {
	activityLanguages,
	agenda,
	getActivityBySlug,
	listAreas,
	matchingActivities,
	type ActivityDetails
} from './catalog';
import { calendarSeries } from './feeds';
import {
	activeFilterCount,
	dateRange,
	filterQuery,
	parseFilters,
	timeOfDaySlugs,
	weekdaySlugs,
	type ActivityFilters
} from './filters';
import { dayHeading, longDate, shortDay, weekdayList, weekdayName } from './format';
import { renderCalendar, type CalendarSeries } from './ical';
import { activityJsonLd } from './json-ld';
import { scheduleDays, upcomingOccurrences, type Occurrence } from './schedule';
import { addDays, mondayOf, osloToday } from '$lib/server/time';
import type { ActivityCard, MapCard, OccurrenceView } from '$lib/types/activities';

async function municipalityId(): Promise<number> {
	const municipality = await getCurrentMunicipality();
	if (!municipality) error(503, 'The municipality is not set up');
	return municipality.id;
}

function localizedReason(reason: Record<string, string>, lang: Language): Localized {
	return (
		pickLocalized(reason, lang) ?? { text: Object.values(reason)[0] ?? '', lang: sourceLanguage }
	);
}

function occurrenceView(occurrence: Occurrence, lang: Language): OccurrenceView {
	return {
		date: occurrence.date,
		day: shortDay(occurrence.date, lang),
		dayLong: dayHeading(occurrence.date, lang),
		startTime: occurrence.startTime,
		endTime: occurrence.endTime,
		status: occurrence.status,
		reason: occurrence.reason ? localizedReason(occurrence.reason, lang) : null
	};
}

function card(
	activity: ActivityDetails,
	lang: Language,
	next: Occurrence | undefined
): ActivityCard {
	return {
		slug: activity.slug,
		href: localizedPath(`/aktiviteter/${activity.slug}`, lang),
		name: activity.name,
		kind: activity.kind,
		category: activity.category,
		ageMin: activity.ageMin,
		ageMax: activity.ageMax,
		isFree: activity.isFree,
		priceNok: activity.priceNok,
		dropIn: activity.dropIn,
		accessible: activity.wheelchairAccessible || activity.adapted || activity.sensoryFriendly,
		place: activity.location.name,
		areaName: activity.location.areaName,
		areaSlug: activity.location.areaSlug,
		next: next ? occurrenceView(next, lang) : null
	};
}

/** A card with its place's coordinates, for the map. */
function mapCard(activity: ActivityDetails, lang: Language, next: Occurrence | undefined): MapCard {
	return {
		...card(activity, lang, next),
		latitude: activity.location.latitude,
		longitude: activity.location.longitude
	};
}

/** The values the filter form shows, as the form's own field values. */
function formValues(filters: ActivityFilters) {
	const slugOf = <T extends string>(map: Record<string, T>, codes: T[] | undefined) =>
		Object.entries(map)
			.filter(([, code]) => codes?.includes(code))
			.map(([slug]) => slug);
	return {
		alder: filters.age === undefined ? '' : String(filters.age),
		gratis: filters.free ?? false,
		dag: slugOf(weekdaySlugs, filters.days),
		tid: slugOf(timeOfDaySlugs, filters.times),
		omrade: filters.area ?? '',
		kategori: filters.category ?? '',
		tilrettelagt: filters.accessible ?? false,
		sprak: filters.language ?? '',
		dropin: filters.dropIn ?? false
	};
}

/**
 * Cards on one page of the list, sessions on one page of the calendar, places on the map's.
 * A hundred sessions hold a whole week of the demo (about 50) and are already a long scroll
 * on a phone; at a large municipality, 200 made a 77 kB page of 1,400 elements (issue 15).
 */
export const listPageSize = 24;
export const calendarPageSize = 100;
/** How far ahead the calendar's "next" goes. */
export const calendarHorizonDays = 366;
export const mapPageSize = 100;

async function filterContext(url: URL, lang: Language) {
	const id = await municipalityId();
	const parsed = parseFilters(url.searchParams);
	const page = pageNumber(url.searchParams);
	const tidy = [parsed.query, page > 1 ? `side=${page}` : ''].filter(Boolean).join('&');
	// A submitted form sends every field, empty ones too; answer with the tidy URL a parent
	// can share ("?alder=10&gratis=1&dag=tirsdag"). Not when a value was wrong: the page
	// must show what was typed and why it did not work.
	if (parsed.errors.length === 0 && url.search.replace(/^\?/, '') !== tidy) {
		redirect(303, url.pathname + (tidy ? `?${tidy}` : ''));
	}
	const [areas, held] = await Promise.all([listAreas(id), activityLanguages(id, lang)]);
	// Languages activities are held in, named in the page's language ("polsk" on /).
	const languageOptions = languages
		.filter((l) => held.has(l.code))
		.map((l) => ({ code: l.code, name: languageName(l.code, lang) }));
	return {
		municipalityId: id,
		parsed,
		page,
		areas,
		form: {
			values: formValues(parsed.filters),
			errors: parsed.errors,
			activeCount: activeFilterCount(parsed.filters),
			areas: areas.map((a) => ({ slug: a.slug, name: a.name })),
			categories: [...activityCategories],
			languages: languageOptions,
			weekdays: Object.entries(weekdaySlugs).map(([slug, code]) => ({
				slug,
				name: weekdayName(code, lang)
			})),
			times: Object.keys(timeOfDaySlugs)
		},
		query: parsed.query
	};
}

function feedPaths(lang: Language, query: string) {
	const suffix = query ? `?${query}` : '';
	return { icsPath: localizedPath('/aktiviteter/kalender.ics', lang) + suffix };
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

const windowOf = (page: number, size: number) => ({ offset: (page - 1) * size, limit: size });

export async function listPage(url: URL, lang: Language, now = new Date()) {
	const context = await filterContext(url, lang);
	const { total, matches } = await matchingActivities(
		context.municipalityId,
		lang,
		context.parsed.filters,
		now,
		windowOf(context.page, listPageSize)
	);
	return {
		form: context.form,
		query: context.query,
		count: total,
		cards: matches.map((m) => card(m.activity, lang, m.next)),
		pager: pagerLinks(
			localizedPath('/aktiviteter', lang),
			new URLSearchParams(context.query),
			context.page,
			listPageSize,
			total
		),
		...feedPaths(lang, context.query)
	};
}

export async function calendarPage(url: URL, lang: Language, now = new Date()) {
	const { municipalityId: id, parsed, page, form, query } = await filterContext(url, lang);
	const today = osloToday(now);
	const { from, to } = dateRange(parsed.filters, today);
	const { total, scheduled, days } = await agenda(
		id,
		lang,
		parsed.filters,
		from,
		to,
		windowOf(page, calendarPageSize)
	);
	const span = Math.max(7, Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1);
	const withoutRange = filterQuery({ ...parsed.filters, from: undefined, to: undefined });
	const nextFrom = addDays(from, span);
	const withRange = (start: string) => {
		const params = new URLSearchParams(withoutRange);
		params.set('fra', start);
		params.set('til', addDays(start, span - 1));
		return `${localizedPath('/aktiviteter/kalender', lang)}?${params}`;
	};
	return {
		form,
		query,
		from: longDate(from, lang),
		to: longDate(to, lang),
		isThisWeek: from === today,
		// The calendar is for what is coming: no way back past today, and none further ahead
		// than a year. Without an end, "previous" and "next" are an endless row of empty
		// weeks for anyone (or any crawler) who follows them.
		previousHref: from > today ? withRange(maxDate(addDays(from, -span), today)) : null,
		nextHref: nextFrom <= addDays(today, calendarHorizonDays) ? withRange(nextFrom) : null,
		todayHref: `${localizedPath('/aktiviteter/kalender', lang)}${withoutRange ? '?' + withoutRange : ''}`,
		days: days.map((day) => ({
			date: day.date,
			heading: dayHeading(day.date, lang),
			isToday: day.date === today,
			isTomorrow: day.date === addDays(today, 1),
			entries: day.entries.map(({ activity, occurrence }) => ({
				key: `${occurrence.scheduleId}-${occurrence.date}`,
				href: localizedPath(`/aktiviteter/${activity.slug}`, lang),
				name: activity.name,
				place: activity.location.name,
				areaName: activity.location.areaName,
				isFree: activity.isFree,
				ageMin: activity.ageMin,
				ageMax: activity.ageMax,
				...occurrenceView(occurrence, lang)
			}))
		})),
		count: scheduled,
		pager: pagerLinks(
			localizedPath('/aktiviteter/kalender', lang),
			new URLSearchParams(query),
			page,
			calendarPageSize,
			total
		),
		weekStart: mondayOf(from),
		...feedPaths(lang, query)
	};
}

export async function mapPage(url: URL, lang: Language, now = new Date()) {
	const context = await filterContext(url, lang);
	const { total, matches } = await matchingActivities(
		context.municipalityId,
		lang,
		context.parsed.filters,
		now,
		windowOf(context.page, mapPageSize)
	);
	const cards = matches.map((m) => mapCard(m.activity, lang, m.next));
	const byArea = new Map<string, MapCard[]>();
	for (const c of cards) {
		const list = byArea.get(c.areaSlug);
		if (list) list.push(c);
		else byArea.set(c.areaSlug, [c]);
	}
	return {
		form: context.form,
		query: context.query,
		count: total,
		areas: context.areas
			.map((area) => ({
				slug: area.slug,
				name: area.name,
				latitude: area.latitude,
				longitude: area.longitude,
				cards: byArea.get(area.slug) ?? []
			}))
			.filter((area) => area.cards.length > 0),
		pager: pagerLinks(
			localizedPath('/aktiviteter/kart', lang),
			new URLSearchParams(context.query),
			context.page,
			mapPageSize,
			total
		),
		...feedPaths(lang, context.query)
	};
}

export async function activityPage(slug: string, lang: Language, origin: string, now = new Date()) {
	const activity = await getActivityBySlug(await municipalityId(), slug, lang);
	if (!activity) error(404, 'Not found');
	const upcoming = upcomingOccurrences(activity.schedules, now, 6);
	const pageUrl = origin + localizedPath(`/aktiviteter/${activity.slug}`, lang);
	const today = osloToday(now);
	return {
		activity: {
			...card(
				activity,
				lang,
				upcoming.find((o) => o.status === 'scheduled')
			),
			description: activity.description,
			activityType: activity.activityType,
			priceText: activity.priceText,
			paymentSupportUrl: activity.paymentSupportUrl,
			howToJoin: activity.howToJoin,
			bring: activity.bring,
			accessibilityNote: activity.accessibilityNote,
			wheelchairAccessible: activity.wheelchairAccessible,
			adapted: activity.adapted,
			sensoryFriendly: activity.sensoryFriendly,
			registrationUrl: activity.registrationUrl,
			registrationDeadline: activity.registrationDeadline
				? longDate(activity.registrationDeadline, lang)
				: null,
			registrationClosed:
				activity.registrationDeadline !== null && activity.registrationDeadline < today,
			equipmentLendingUrl: activity.equipmentLendingUrl
				? activity.equipmentLendingUrl.startsWith('/')
					? localizedPath(activity.equipmentLendingUrl, lang)
					: activity.equipmentLendingUrl
				: null,
			inLanguage: activity.inLanguage.map((code) => languageName(code, lang)),
			genderRestriction: activity.genderRestriction,
			capacity: activity.capacity,
			imageUrl: activity.imageUrl,
			imageAlt: activity.imageAlt,
			lastChecked: longDate(activity.lastCheckedAt, lang),
			organizer: activity.organizer,
			location: activity.location,
			schedules: activity.schedules
				.filter((s) => (s.endDate ?? s.startDate) >= today || (s.byDay && s.endDate === null))
				.map((s) => ({
					single: s.byDay === null,
					days: weekdayList(scheduleDays(s), lang),
					startTime: s.startTime,
					endTime: s.endTime,
					from: longDate(s.startDate, lang),
					until: s.byDay && s.endDate ? longDate(s.endDate, lang) : null,
					started: s.startDate <= today
				}))
		},
		upcoming: upcoming.map((o) => occurrenceView(o, lang)),
		icsPath: localizedPath(`/aktiviteter/${activity.slug}/kalender.ics`, lang),
		jsonLd: activityJsonLd(activity, pageUrl, upcoming)
	};
}

function feedWords(lang: Language, origin: string) {
	const i18n = createI18n(lang, messagesFor(lang, ['common', 'activities']));
	// Remembers each text: a subscription to every activity asks for the same few thousands of times.
	const t = translator(() => i18n);
	return {
		t,
		words: {
			cancelledPrefix: t('activities.ics_cancelled_prefix'),
			pageUrl: (a: ActivityDetails) => origin + localizedPath(`/aktiviteter/${a.slug}`, lang),
			reason: (reason: Record<string, string>) => localizedReason(reason, lang).text,
			describe: (a: ActivityDetails) =>
				[
					a.description.text,
					t('activities.age_range', { min: a.ageMin, max: a.ageMax }),
					a.isFree
						? t('activities.free')
						: (a.priceText?.text ?? t('activities.price_nok', { amount: a.priceNok })),
					a.dropIn ? t('activities.drop_in') : t('activities.registration_needed'),
					origin + localizedPath(`/aktiviteter/${a.slug}`, lang)
				].join('\n')
		}
	};
}

export async function activityCalendarFile(
	slug: string,
	lang: Language,
	origin: string,
	now = new Date()
) {
	const activity = await getActivityBySlug(await municipalityId(), slug, lang);
	if (!activity) error(404, 'Not found');
	const { words } = feedWords(lang, origin);
	return await renderCalendar({
		name: activity.name.text,
		lang,
		now,
		series: calendarSeries([activity], {}, osloToday(now), new URL(origin).host, words)
	});
}

/** Activities turned into calendar series between two looks at the slice's time. */
const seriesPerSlice = 200;

export async function filteredCalendarFile(url: URL, lang: Language, now = new Date()) {
	const id = await municipalityId();
	const parsed = parseFilters(url.searchParams);
	const { matches: all } = await matchingActivities(id, lang, parsed.filters, now);
	const matches = all.map((m) => m.activity);
	const { words, t } = feedWords(lang, url.origin);
	const count = activeFilterCount(parsed.filters);
	const today = osloToday(now);
	// Thousands of activities at a large municipality: written out in time slices, so other
	// visitors are answered in between (renderCalendar slices the rest).
	const slice = timeSlicer();
	const series: CalendarSeries[] = [];
	for (let at = 0; at < matches.length; at += seriesPerSlice) {
		const part = matches.slice(at, at + seriesPerSlice);
		for (const s of calendarSeries(part, parsed.filters, today, url.host, words)) series.push(s);
		await slice();
	}
	return await renderCalendar(
		{
			name: count ? t('activities.ics_filtered_name') : t('activities.ics_all_name'),
			description:
				url.origin + localizedPath('/aktiviteter', lang) + (parsed.query ? `?${parsed.query}` : ''),
			lang,
			now,
			series
		},
		slice
	);
}
