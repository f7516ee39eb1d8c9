import type {
	ClassReaction,
	OutcomeDecision,
	PreventionLevel,
	QuestionKind,
	Stance
} from '$lib/plans-vocabulary';

/**
 * Shapes the council and consultation pages share with `$lib/server/consultations`. Types
 * only, so components can use them without importing server code.
 */

/** A block of the statement's small Markdown: rendered as text, never as HTML. */
export type StatementBlock =
	{ kind: 'h1' | 'h2' | 'h3' | 'p'; text: string } | { kind: 'ul' | 'ol'; items: string[] };

export type ParticipationStatus = 'submitted' | 'draft' | 'none';
export type ParticipationCounts = Record<ParticipationStatus, number> & { total: number };
export type Participant = { name: string; status: ParticipationStatus };

/** A member's text; `name` only when the member chose to sign it. */
export type SignedText = { text: string; name: string | null };

/**
 * The aggregated answers of a round and who has answered, for the coordinator and the
 * council leader only (`roundResultsView`).
 */
export type RoundResultsView = {
	submitted: number;
	participation: Participant[];
	participationCounts: ParticipationCounts;
	measures: {
		id: number;
		title: string;
		level: PreventionLevel;
		rank: number;
		answered: number;
		stances: { stance: Stance; count: number }[];
		importanceMean: number | null;
		importanceSpread: number | null;
		comments: SignedText[];
		suggestedChanges: (SignedText & { answerId: number })[];
	}[];
	advice: { focusAreaId: number; focusArea: string; items: string[] }[];
	/** The general questions, aggregated (issue 17). */
	general?: GeneralAnswersView;
	/** Young people's reactions with class codes (issue 17). */
	classReactions?: ClassReactionsView;
};

/** The answers to a round's general questions, aggregated; never a name. */
export type GeneralAnswersView = {
	questions: {
		id: number;
		kind: QuestionKind;
		prompt: string;
		answered: number;
		/** Options with how many ticked them, or measures with their ranking points. */
		counts: { label: string; count: number }[];
		/** Free-text answers, sorted by text. */
		texts: string[];
	}[];
};

/** A count shown only from 5 up: smaller groups read "fewer than 5". */
export type SuppressedCount = { count: number } | { fewerThan: number };

export type ClassReactionsView = {
	/** Codes the coordinator made for the round (used or not): 0 means class codes are not in use. */
	codes: number;
	answers: number;
	measures: {
		roundMeasureId: number;
		reactions: { reaction: ClassReaction; count: SuppressedCount }[];
		comments: string[];
	}[];
};

/** A follow-up as the public and the council see it. */
export type FollowUpView = {
	responsible: string;
	dueOn: string | null;
	overdue: boolean;
	latest: { text: string; textEn: string | null; writtenOn: string } | null;
};

export type { OutcomeDecision };
