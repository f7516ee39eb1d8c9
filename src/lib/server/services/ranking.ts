/**
 * The order results are shown in, as one comparator so the rules are in one place:
 *
 * 1. When the visitor says they need help now: emergency numbers first, then services
 *    open right now (24/7 lines are always open), so something they can reach this minute
 *    is at the top.
 * 2. Fit: services for the visitor's age before services that are not (an unknown age fits
 *    everything), then services on the chosen topic (or matched by the words typed).
 * 3. Lowest threshold first: one point each for free, no referral, can be anonymous,
 *    drop-in, and open now or within two hours.
 * 4. Local before national: the municipality's own services know the area.
 * 5. Name, so the order is stable.
 */
export type Rankable = {
	name: string;
	isEmergency: boolean;
	openNow: boolean;
	openOrSoon: boolean;
	/** Relevance: 2 = on the chosen topic, 1 = matched only by text, 0 = neither. */
	relevance: number;
	/** false when an age was given and is outside the service's range. */
	ageFits: boolean;
	isFree: boolean;
	referralRequired: boolean;
	canBeAnonymous: boolean;
	dropIn: boolean;
	isLocal: boolean;
};

export function thresholdScore(s: Rankable): number {
	return (
		Number(s.isFree) +
		Number(!s.referralRequired) +
		Number(s.canBeAnonymous) +
		Number(s.dropIn) +
		Number(s.openOrSoon)
	);
}

export function ageFits(age: number | null, minAge: number | null, maxAge: number | null): boolean {
	if (age === null) return true;
	return (minAge === null || age >= minAge) && (maxAge === null || age <= maxAge);
}

export function compareServices(urgent: boolean) {
	return (a: Rankable, b: Rankable): number => {
		if (urgent) {
			if (a.isEmergency !== b.isEmergency) return a.isEmergency ? -1 : 1;
			if (a.openNow !== b.openNow) return a.openNow ? -1 : 1;
		}
		if (a.ageFits !== b.ageFits) return a.ageFits ? -1 : 1;
		if (a.relevance !== b.relevance) return b.relevance - a.relevance;
		const threshold = thresholdScore(b) - thresholdScore(a);
		if (threshold !== 0) return threshold;
		if (a.isLocal !== b.isLocal) return a.isLocal ? -1 : 1;
		return a.name.localeCompare(b.name, 'nb');
	};
}

export function rankServices<T extends Rankable>(services: readonly T[], urgent: boolean): T[] {
	return [...services].sort(compareServices(urgent));
}
