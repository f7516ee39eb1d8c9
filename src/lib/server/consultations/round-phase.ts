import { osloToday } from '$lib/server/time';

/**
 * Deadlines are typed as Europe/Oslo wall-clock time ("2026-03-01T23:59") and stored as UTC
 * instants (`fromOsloLocal` in `$lib/server/time`), so "after the deadline" is one
 * comparison whatever the server's time zone. The opening day is an Oslo calendar date.
 */
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
