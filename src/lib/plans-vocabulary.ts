/**
 * The fixed vocabularies of plans and consultation rounds. Kept apart from the schema so
 * browser code can use them; the schema builds its enum columns from them.
 */
export const planStatuses = ['draft', 'consultation', 'adopted'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const preventionLevels = ['universal', 'selective', 'indicated'] as const;
export type PreventionLevel = (typeof preventionLevels)[number];

export const measureStatuses = ['planned', 'active', 'evaluated', 'ended'] as const;
export type MeasureStatus = (typeof measureStatuses)[number];

export const indicatorSources = [
	'ungdata',
	'elevundersokelsen',
	'folkehelseprofil',
	'municipal'
] as const;
export type IndicatorSource = (typeof indicatorSources)[number];

export const roundStatuses = ['draft', 'open', 'closed'] as const;
export type RoundStatus = (typeof roundStatuses)[number];

export const questionKinds = ['single', 'multiple', 'text', 'ranking'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const stances = ['support', 'support_with_changes', 'do_not_support', 'not_sure'] as const;
export type Stance = (typeof stances)[number];

export const outcomeDecisions = ['taken_in', 'partly_taken_in', 'not_taken_in', 'noted'] as const;
export type OutcomeDecision = (typeof outcomeDecisions)[number];

export const responseStatuses = ['draft', 'submitted'] as const;

/** A quick reaction to a measure from a young person with a class code (issue 17). */
export const classReactions = ['agree', 'disagree', 'not_sure'] as const;
export type ClassReaction = (typeof classReactions)[number];
