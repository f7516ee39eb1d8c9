/**
 * The finder's topics: HSDS taxonomy terms in the `inngang-topic` vocabulary. The code is
 * the URL slug (Norwegian, the same in every language so a shared link works for anyone);
 * `key` names the UI strings in `locales/<lng>/finder.json` (`topic_<key>`, plus
 * `topic_<key>_friend` for the "for a friend" wording).
 */
export const topics = [
	{ code: 'trist-eller-redd', key: 'sad_scared', name: 'Trist eller redd' },
	{ code: 'hjemme', key: 'home', name: 'Vanskelig hjemme' },
	{ code: 'noen-skadet-meg', key: 'hurt', name: 'Noen har skadet meg' },
	{ code: 'rus', key: 'alcohol_drugs', name: 'Alkohol eller rus' },
	{ code: 'kropp-og-sex', key: 'body_sex', name: 'Kropp, sex og prevensjon' },
	{ code: 'mobbing', key: 'bullying', name: 'Mobbing' },
	{ code: 'ensom', key: 'lonely', name: 'Ensom' },
	{ code: 'skole', key: 'school', name: 'Skole' },
	{ code: 'jobb-og-penger', key: 'work_money', name: 'Jobb og penger' },
	{ code: 'bolig', key: 'housing', name: 'Et sted å bo' },
	{ code: 'noe-annet', key: 'something_else', name: 'Noe annet' }
] as const;

/** Not a tile for young people: the parents' and carers' route lists these services. */
export const parentsTopic = { code: 'foreldre', key: 'parents', name: 'For foreldre' } as const;

export const allTopics = [...topics, parentsTopic] as const;

export type TopicCode = (typeof allTopics)[number]['code'];

const byCode = new Map<string, (typeof allTopics)[number]>(allTopics.map((t) => [t.code, t]));

export function topicByCode(code: string) {
	return byCode.get(code);
}

export function isTopicCode(code: unknown): code is TopicCode {
	return typeof code === 'string' && byCode.has(code);
}

const bitOfCode = new Map<string, number>(allTopics.map((t, at) => [t.code, 1 << at]));

/**
 * The topics as a bit mask (bit i for `allTopics[i]`), so the finder tests a candidate
 * against the wanted topics with one `&` instead of a search through two lists.
 */
export function topicMask(codes: Iterable<TopicCode>): number {
	let mask = 0;
	for (const code of codes) mask |= bitOfCode.get(code) ?? 0;
	return mask;
}
