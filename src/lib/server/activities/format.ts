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

/**
 * Formatted dates per style, language and date: a calendar page writes the same few dozen
 * days for hundreds of sessions, and ICU formatting was a sixth of its CPU (issue 15). The
 * texts never change while the process runs; bounded, as the dates come from the URL.
 */
const written = new Map<string, string>();

function write(
	style: string,
	options: Intl.DateTimeFormatOptions,
	date: LocalDate,
	lang: Language
) {
	const key = `${style}|${lang}|${date}`;
	let text = written.get(key);
	if (text === undefined) {
		text = format(lang, options).format(noon(date));
		if (written.size >= 20_000) written.clear();
		written.set(key, text);
	}
	return text;
}

const dayHeadingStyle: Intl.DateTimeFormatOptions = {
	weekday: 'long',
	day: 'numeric',
	month: 'long'
};
const shortDayStyle: Intl.DateTimeFormatOptions = {
	weekday: 'short',
	day: 'numeric',
	month: 'short'
};
const longDateStyle: Intl.DateTimeFormatOptions = {
	day: 'numeric',
	month: 'long',
	year: 'numeric'
};

/** "tirsdag 24. november" */
export function dayHeading(date: LocalDate, lang: Language): string {
	return write('heading', dayHeadingStyle, date, lang);
}

/** "tir. 24. nov." */
export function shortDay(date: LocalDate, lang: Language): string {
	return write('short', shortDayStyle, date, lang);
}

/** "24. november 2026" */
export function longDate(date: LocalDate, lang: Language): string {
	return write('long', longDateStyle, date, lang);
}

// Seven days in seven languages: each name is formatted once, not on every filter form and card.
const weekdayNames = new Map<string, string>();

/** "tirsdag" for a weekday code, from a known Monday. */
export function weekdayName(code: string, lang: Language): string {
	const key = `${lang}:${code}`;
	let name = weekdayNames.get(key);
	if (name === undefined) {
		const index = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].indexOf(code);
		name = format(lang, { weekday: 'long' }).format(
			noon(`2026-01-${String(5 + index).padStart(2, '0')}`)
		);
		// Only real codes are kept, so odd input cannot grow the map.
		if (index >= 0) weekdayNames.set(key, name);
	}
	return name;
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
