/**
 * Dates in the visitor's language, formatted on the server so the browser shows exactly
 * what the server rendered (no hydration differences between ICU versions). Digits are
 * Latin in every language, like the times (17:30) and phone numbers beside them.
 */
import type { Language } from '$lib/i18n/languages';
import type { LocalDate } from '$lib/server/time';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = lang + JSON.stringify(options);
	let formatter = formats.get(key);
	if (!formatter) {
		formatter = new Intl.DateTimeFormat(lang === 'nn' ? 'nn-NO' : lang, {
			...options,
			numberingSystem: 'latn',
			timeZone: 'UTC'
		});
		formats.set(key, formatter);
	}
	return formatter;
}

const noon = (date: LocalDate) => new Date(`${date}T12:00:00Z`);

/** "tirsdag 24. november" */
export function dayHeading(date: LocalDate, lang: Language): string {
	return format(lang, { weekday: 'long', day: 'numeric', month: 'long' }).format(noon(date));
}

/** "tir. 24. nov." */
export function shortDay(date: LocalDate, lang: Language): string {
	return format(lang, { weekday: 'short', day: 'numeric', month: 'short' }).format(noon(date));
}

/** "24. november 2026" */
export function longDate(date: LocalDate, lang: Language): string {
	return format(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(noon(date));
}

/** "tirsdag" for a weekday code, from a known Monday. */
export function weekdayName(code: string, lang: Language): string {
	const index = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(code);
	return format(lang, { weekday: 'long' }).format(
		noon(`2026-01-${String(5 + index).padStart(2, '0')}`)
	);
}

const lists = new Map<string, Intl.ListFormat>();

/** "tirsdag og torsdag", "الثلاثاء والخميس": weekdays joined the way the language does it. */
export function weekdayList(codes: readonly string[], lang: Language): string {
	let list = lists.get(lang);
	if (!list)
		lists.set(
			lang,
			(list = new Intl.ListFormat(lang === 'nn' ? 'nn-NO' : lang, { type: 'conjunction' }))
		);
	return list.format(codes.map((code) => weekdayName(code, lang)));
}
