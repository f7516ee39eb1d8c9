/**
 * Dates already written: `toLocaleDateString` builds an ICU formatter on every call, and the
 * plan's page writes one or two dates for each of its measures (issue 15).
 */
const written = new Map<string, string>();

/**
 * A calendar date (`2025-05-03`) written out in the reader's language ("3. mai 2025",
 * "3 مايو 2025"). A bare ISO date inside right-to-left text is read in the wrong order and
 * may break at its hyphens; the words never do.
 */
export function calendarDate(iso: string, lang: string): string {
	const key = `${lang}|${iso.slice(0, 10)}`;
	let text = written.get(key);
	if (text === undefined) {
		const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
		if (Number.isNaN(date.getTime())) return iso;
		text = date.toLocaleDateString(lang, {
			day: 'numeric',
			month: 'long',
			year: 'numeric',
			timeZone: 'UTC'
		});
		if (written.size >= 10_000) written.clear();
		written.set(key, text);
	}
	return text;
}
