/**
 * The needs picture for planners (issue 17): what young people looked for in Finn hjelp,
 * counted by month, topic and page language. Any group under `hiddenBelow` is null.
 */
export type NeedsPicture = {
	hiddenBelow: number;
	months: string[];
	topics: {
		topic: string;
		/** Per month, in the order of `months`; null when under the threshold. */
		byMonth: (number | null)[];
		total: number | null;
	}[];
	languages: { lang: string; total: number | null }[];
	/** Searches that found nothing, by page language and the topic the words pointed to ('' none). */
	empty: { lang: string; topic: string; count: number }[];
	/** Groups left out of `empty` because they were too small. */
	emptyHidden: number;
	builtOn: string;
};
