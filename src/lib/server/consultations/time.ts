/**
 * Deadlines are typed as Europe/Oslo wall-clock time ("2026-03-01T23:59") and stored as UTC
 * instants, so "after the deadline" is one comparison whatever the server's time zone.
 */
const osloParts = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Oslo',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit',
	hourCycle: 'h23'
});

/** "YYYY-MM-DDTHH:MM" in Oslo for an instant, as a datetime-local input wants it. */
export function toOsloLocal(instant: string | Date): string {
	const parts = Object.fromEntries(
		osloParts.formatToParts(new Date(instant)).map((p) => [p.type, p.value])
	);
	return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** The UTC instant of an Oslo wall-clock time (DST-aware; the offset is +01:00 or +02:00). */
export function fromOsloLocal(local: string): string | null {
	const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
	if (!match) return null;
	const [y, mo, d, h, mi] = match.slice(1).map(Number);
	const asUtc = Date.UTC(y, mo - 1, d, h, mi);
	if (Number.isNaN(asUtc)) return null;
	for (const offsetHours of [1, 2]) {
		const candidate = new Date(asUtc - offsetHours * 3_600_000);
		if (toOsloLocal(candidate) === local) return candidate.toISOString();
	}
	// A time that does not exist (skipped by the spring change): take the hour after.
	return new Date(asUtc - 3_600_000).toISOString();
}

/** Today's calendar date in Oslo. */
export function osloToday(now = new Date()): string {
	return toOsloLocal(now).slice(0, 10);
}

export type RoundPhase = 'upcoming' | 'open' | 'closed';

/** Members may answer from the opening day until the deadline instant, not after. */
export function roundPhase(
	round: { opensOn: string; deadline: string },
	now = new Date()
): RoundPhase {
	if (now.getTime() >= Date.parse(round.deadline)) return 'closed';
	if (osloToday(now) < round.opensOn) return 'upcoming';
	return 'open';
}
