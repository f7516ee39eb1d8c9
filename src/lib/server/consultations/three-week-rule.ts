/**
 * The youth council must get time to meet and agree before a case goes to political decision.
 * We hold a round to "at least three weeks": counted in calendar days from the day the round
 * opens to the day of the political decision, and the deadline for answers must fall before
 * that decision. Dates are ISO calendar days (Europe/Oslo), so no time zone arithmetic.
 */
export const minimumCouncilDays = 21;

export type CouncilTime = {
	/** Days from opening to the political decision. */
	days: number;
	enough: boolean;
	/** Answers are due after (or on) the day of decision: the statement can never reach it. */
	deadlineAfterDecision: boolean;
};

function dayNumber(isoDate: string): number {
	const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
	return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function councilTime(opensOn: string, deadline: string, decisionDate: string): CouncilTime {
	const days = dayNumber(decisionDate) - dayNumber(opensOn);
	const deadlineAfterDecision = dayNumber(deadline) >= dayNumber(decisionDate);
	return {
		days,
		enough: days >= minimumCouncilDays && !deadlineAfterDecision,
		deadlineAfterDecision
	};
}
