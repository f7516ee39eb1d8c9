import { normaliseForSearch } from './search-text';

/**
 * The order results are shown in: first by how well a service fits the need, then by how
 * easy it is to reach. One comparator, so the rules are in one place, each with a test in
 * ranking.spec.ts:
 *
 * 1. Acute need first. When the topic or the words point to danger now (see acute.ts),
 *    the services named for that need that can answer this minute (open now, or an
 *    emergency number) come first, in the order the need's list gives. No closed or
 *    unrelated service ever ranks above them.
 * 2. "I need help now" ticked: emergency numbers, then what is open now, before the rest.
 * 3. Age: services for the visitor's age before those that are not (no age fits all).
 * 4. Fit, as one score (see `fitScore`): the typed words in the title count most, then in
 *    the summary; a topic's primary services before those that merely also cover it;
 *    a match only somewhere in the long text counts least.
 * 5. Lowest threshold: one point each for open now or within two hours, free, no referral,
 *    can be anonymous, drop-in.
 * 6. Local before national: the municipality's own services know the area.
 * 7. Name, so the order is stable.
 *
 * "Én dør inn" has no rule of its own: it is a good default because of its threshold, and
 * never pushes a service that fits better down.
 */
export type Rankable = {
	name: string;
	/** Position in the acute need's list when it can answer now; null otherwise. */
	acuteOrder: number | null;
	isEmergency: boolean;
	openNow: boolean;
	openOrSoon: boolean;
	/** See `fitScore`. */
	fit: number;
	/** false when an age was given and is outside the service's range. */
	ageFits: boolean;
	isFree: boolean;
	referralRequired: boolean;
	canBeAnonymous: boolean;
	dropIn: boolean;
	isLocal: boolean;
};

/** How a service relates to the chosen or matched topics. */
export type TopicFit = 'primary' | 'covers' | 'none';

const fitPoints = {
	titleWord: 5,
	summaryWord: 2,
	commonTitleWord: 1,
	commonSummaryWord: 0,
	primaryTopic: 4,
	coversTopic: 2,
	textOnly: 1
};

/**
 * Query words shorter than `prefixMinLength` must match a whole word; longer ones also the
 * start of one ("mobbet" meets "mobbeombudet"). From `stemMinLength` letters on, a word
 * need only share all but the term's last `endingLength` letters, so an inflected form meets
 * the one a summary uses: pl "rzuciłem" meets "rzucić", uk "підробіток" "підробітку".
 * Shorter words keep their ending: "rodzice" (parents) must not meet "rodziny" (family).
 * Arabic is left out: its words start with the article and prepositions (المدر… is "the
 * scho…" and "the teach…"), so a cut-off start says little.
 */
const prefixMinLength = 5;
const stemMinLength = 8;
const endingLength = 3;
const arabicLetter = /[\u0600-\u06ff]/;

// Titles and summaries are the same few hundred texts on every request: normalise each once.
const wordsOfText = new Map<string, readonly string[]>();

export function textWords(text: string): readonly string[] {
	const known = wordsOfText.get(text);
	if (known) return known;
	const words = normaliseForSearch(text).match(/[\p{L}\p{N}]+/gu) ?? [];
	if (wordsOfText.size >= 20_000) wordsOfText.clear();
	wordsOfText.set(text, words);
	return words;
}

/** `stem` is null for a short term, which must match whole. */
function holdsTerm(words: readonly string[], term: string, stem: string | null): boolean {
	for (const w of words) if (w === term || (stem !== null && w.startsWith(stem))) return true;
	return false;
}

// A query's few terms are scored against every candidate: cut each once.
const stems = new Map<string, string | null>();

/** The start of a term a word must share with it (see `prefixMinLength`), or null. */
function stemOf(term: string): string | null {
	let stem = stems.get(term);
	if (stem === undefined) {
		if (stems.size >= 20_000) stems.clear();
		stems.set(term, (stem = cutStem(term)));
	}
	return stem;
}

function cutStem(term: string): string | null {
	// Counted in code points, so a five-letter Arabic or Ukrainian word counts as five.
	const letters = [...term];
	if (letters.length < prefixMinLength) return null;
	if (letters.length < stemMinLength || arabicLetter.test(term)) return term;
	return letters.slice(0, letters.length - endingLength).join('');
}

/**
 * Fit: per query term, 5 when the title holds it (see `prefixMinLength` for how a word
 * matches), else 2 when the summary does; plus 4 for a primary topic, 2 for a topic it also
 * covers; 1 when only the full-text index matched. `terms` are the normalised search terms
 * (stopwords gone).
 *
 * A primary topic outweighs a covering service's one summary word: "мені погано" (I feel
 * bad) is in BUP's summary ("коли тобі так погано"), and BUP, which needs a referral, came
 * before the helplines primary for sadness. A word in the title still outweighs a primary
 * topic: "gravid" in the midwife's title puts her before the health clinic for "jeg er gravid".
 */
export function fitScore(input: {
	terms: readonly string[];
	name: string;
	summary: string;
	topicFit: TopicFit;
	textHit: boolean;
}): number {
	return fitOfWords(wordScore(input.terms, input.name, input.summary), input);
}

/**
 * The typed words' part of the fit, each term counted in full. It depends only on the texts
 * (`fitOfWords` adds the rest); the finder keeps each service's words per language, asks
 * `termHits` and weighs the hits against the other candidates' (`commonTerms`).
 */
export function wordScore(terms: readonly string[], name: string, summary: string): number {
	if (terms.length === 0) return 0;
	return scoreOfHits(termHits(terms, textWords(name), textWords(summary)), 0);
}

/** Which terms a text holds: bit i for `terms[i]`, title and summary apart. */
export type TermHits = { title: number; summary: number };

/** Room in a hit mask; a query has at most twelve terms (see `searchTerms`). */
const maxMaskedTerms = 31;

export function termHits(
	terms: readonly string[],
	title: readonly string[],
	summary: readonly string[]
): TermHits {
	const hits = { title: 0, summary: 0 };
	for (let i = 0; i < terms.length && i < maxMaskedTerms; i++) {
		const stem = stemOf(terms[i]);
		if (holdsTerm(title, terms[i], stem)) hits.title |= 1 << i;
		else if (holdsTerm(summary, terms[i], stem)) hits.summary |= 1 << i;
	}
	return hits;
}

/**
 * Terms most of the candidates hold say little about which one fits: "skolen" is in the
 * school nurse's title and in the summaries of homework help, PPT, the bullying ombud and
 * the follow-up service, so in "droppa ut av skolen" it must not outweigh "droppa"
 * (→ "slutte"), which only the follow-up service's summary has. A term held (in title or
 * summary) by at least a quarter of the candidates, and by three or more, is common: it
 * counts `commonTitleWord`/`commonSummaryWord` instead. Proportions, so a municipality
 * ten times the size weighs the same words the same way.
 */
const commonShare = 0.25;
const commonMinimum = 3;

/** The mask of the common terms among these candidates' hits. */
export function commonTerms(hits: readonly TermHits[], termCount: number): number {
	let common = 0;
	for (let i = 0; i < termCount && i < maxMaskedTerms; i++) {
		const bit = 1 << i;
		let holders = 0;
		for (const h of hits) if ((h.title | h.summary) & bit) holders++;
		if (holders >= commonMinimum && holders >= commonShare * hits.length) common |= bit;
	}
	return common;
}

/** The typed words' part of the fit from the hits, common terms counting less. */
export function scoreOfHits(hits: TermHits, common: number): number {
	return (
		fitPoints.titleWord * bitCount(hits.title & ~common) +
		fitPoints.commonTitleWord * bitCount(hits.title & common) +
		fitPoints.summaryWord * bitCount(hits.summary & ~common) +
		fitPoints.commonSummaryWord * bitCount(hits.summary & common)
	);
}

function bitCount(mask: number): number {
	let n = 0;
	for (let m = mask; m; m &= m - 1) n++;
	return n;
}

/** `fitScore` from a `wordScore` already known. */
export function fitOfWords(words: number, input: { topicFit: TopicFit; textHit: boolean }): number {
	let score = words;
	if (input.topicFit === 'primary') score += fitPoints.primaryTopic;
	else if (input.topicFit === 'covers') score += fitPoints.coversTopic;
	else if (score === 0 && input.textHit) score += fitPoints.textOnly;
	return score;
}

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

// The same order as `localeCompare(b, 'nb')`, without looking the collator up per comparison.
const byNorwegianName = new Intl.Collator('nb').compare;

export function compareServices(urgent: boolean) {
	return (a: Rankable, b: Rankable): number => {
		if (a.acuteOrder !== b.acuteOrder) {
			if (a.acuteOrder === null) return 1;
			if (b.acuteOrder === null) return -1;
			return a.acuteOrder - b.acuteOrder;
		}
		if (urgent) {
			if (a.isEmergency !== b.isEmergency) return a.isEmergency ? -1 : 1;
			if (a.openNow !== b.openNow) return a.openNow ? -1 : 1;
		}
		if (a.ageFits !== b.ageFits) return a.ageFits ? -1 : 1;
		if (a.fit !== b.fit) return b.fit - a.fit;
		const threshold = thresholdScore(b) - thresholdScore(a);
		if (threshold !== 0) return threshold;
		if (a.isLocal !== b.isLocal) return a.isLocal ? -1 : 1;
		return byNorwegianName(a.name, b.name);
	};
}

export function rankServices<T extends Rankable>(services: readonly T[], urgent: boolean): T[] {
	return [...services].sort(compareServices(urgent));
}

/**
 * The first `count` of `rankServices(services, urgent)`, the same services in the same
 * order (ties keep their input order, as the stable sort does), without sorting the rest:
 * a topic page at a large municipality ranks a thousand services to show twenty.
 */
export function topRanked<T extends Rankable>(
	services: readonly T[],
	urgent: boolean,
	count: number
): T[] {
	if (count >= services.length) return rankServices(services, urgent);
	if (count <= 0) return [];
	const compare = compareServices(urgent);
	// Kept in order; a later service goes in only when it ranks strictly before the last
	// one held, so among equals the earlier stays ahead.
	const top: T[] = [];
	for (const s of services) {
		if (top.length === count && compare(s, top[count - 1]) >= 0) continue;
		let low = 0;
		let high = top.length;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (compare(s, top[middle]) < 0) high = middle;
			else low = middle + 1;
		}
		top.splice(low, 0, s);
		if (top.length > count) top.pop();
	}
	return top;
}
