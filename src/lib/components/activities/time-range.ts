/** A time range that stays "17:30–19:00" inside right-to-left text (Unicode isolates). */
export function timeRange(start: string, end: string): string {
	return `\u2066${start}–${end}\u2069`;
}
