import type { AcuteNeed } from '$lib/types/services';
import type { TopicCode } from './topics';
import ar from './acute/ar.json';
import en from './acute/en.json';
import nb from './acute/nb.json';
import nn from './acute/nn.json';
import pl from './acute/pl.json';
import so from './acute/so.json';
import uk from './acute/uk.json';

export type { AcuteNeed };

/**
 * Acute-need detection: does what a young person typed (or the topic they chose) point to
 * danger now? The signal phrases live in ./acute/<lang>.json, one list per need, reviewed by
 * people who speak the language; `not_acute` holds near-misses kept there for review and
 * tests, never used as a veto (a real cry for help may contain them).
 *
 * Matching, the same rule as the review tool the lists were checked with:
 * - both sides folded: lower case, apostrophes gone, æ→ae ø→o å→a, Latin accents and ł
 *   stripped (Cyrillic й/ї kept), Arabic vowel marks and tatweel gone, أإآ→ا ة→ه ى→ي;
 * - a phrase fires when every one of its words is a word of the query, or (for a phrase word
 *   of five letters or more) the start of one: "selvmord" catches "selvmordstanker".
 * Word order is free, so "slår pappa meg" and "pappa slår meg" both fire.
 * - `masks` are the other meaning of a signal word, by its neighbours: "slo opp" (broke up),
 *   "slår … sjakk", "beat … chess", "soo garaac" (ring me). A mask's words must stand side
 *   by side in the query, in its order; " … " lets up to four other words stand between
 *   ("pappa slår meg alltid i sjakk"). The words a mask matched are taken out before the
 *   signals are tried, so "kjæresten slo opp med meg" is not violence, while "kjæresten
 *   slo opp og slo meg" and "typen slo meg og jeg gikk opp" still are. Unlike `not_acute`,
 *   a mask is used: keep masks to words that have no alarming reading together.
 *
 * Every language's phrases are tried on every query: people mix languages, and a parent may
 * type Arabic on the Norwegian page. Erring towards showing the calm help card is the safe
 * side; known false positives ("pappa slår meg alltid i sjakk") are listed in
 * ./acute/README.md.
 */
export const acuteNeeds = [
	'suicide',
	'violence_home',
	'sexual_assault',
	'overdose',
	'danger_now'
] as const satisfies readonly AcuteNeed[];

type PhraseFile = Record<AcuteNeed | 'not_acute', string[]> & { masks?: string[] };
export const phraseFiles: Record<string, PhraseFile> = { nb, nn, en, uk, pl, ar, so };

/** Phrase words this short must match a whole word, never the start of one. */
const prefixMinLength = 5;

export function foldForSignals(text: string): string {
	let s = text.normalize('NFKC').toLowerCase();
	s = s.replace(/[\u2019\u02BC']/g, '');
	s = s.replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/ł/g, 'l');
	s = s.replace(/[\u00C0-\u024F\u1E00-\u1EFF]/g, (c) =>
		c.normalize('NFD').replace(/[\u0300-\u036F]/g, '')
	);
	s = s.replace(/[\u064B-\u065F\u0670\u0640]/g, '');
	s = s.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
	return s;
}

function words(text: string): string[] {
	return foldForSignals(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * A phrase word, prepared once: `whole` when it must match a whole query word, and its
 * first two letters, which any query word it matches starts with.
 */
type SignalWord = { text: string; whole: boolean; start: string };
type Signal = { need: AcuteNeed; words: SignalWord[] };

const startOf = (word: string) => word.slice(0, 2);

const signals: Signal[] = Object.values(phraseFiles).flatMap((file) =>
	acuteNeeds.flatMap((need) =>
		file[need]
			.map((phrase) => ({
				need,
				words: words(phrase).map((text) => ({
					text,
					whole: [...text].length < prefixMinLength,
					start: startOf(text)
				}))
			}))
			.filter((s) => s.words.length)
	)
);

/** Signals by the start of their first word: only those a query word could begin are tried. */
const signalsByStart = new Map<string, Signal[]>();
for (const signal of signals) {
	const start = signal.words[0].start;
	const list = signalsByStart.get(start);
	if (list) list.push(signal);
	else signalsByStart.set(start, [signal]);
}

function signalWordMatches(word: SignalWord, queryWord: string): boolean {
	return queryWord === word.text || (!word.whole && queryWord.startsWith(word.text));
}

/** A mask: its parts, each a run of words side by side, with a short gap between parts. */
type Mask = string[][];
const maskGap = 4;

const masks: { mask: Mask; starts: string[] }[] = Object.values(phraseFiles)
	.flatMap((file) => file.masks ?? [])
	.map((mask) => mask.split('…').map(words))
	.filter((parts) => parts.length > 0 && parts.every((part) => part.length > 0))
	.map((mask) => ({ mask, starts: [...new Set(mask.flat().map(startOf))] }));

function wordMatches(phraseWord: string, queryWord: string): boolean {
	return (
		queryWord === phraseWord ||
		([...phraseWord].length >= prefixMinLength && queryWord.startsWith(phraseWord))
	);
}

/** Where a mask's words stand in the query (indexes), or null when it does not match. */
function maskAt(mask: Mask, queryWords: readonly string[]): number[] | null {
	for (let first = 0; first < queryWords.length; first++) {
		const at: number[] = [];
		let from = first;
		for (const [index, part] of mask.entries()) {
			const lastStart = index === 0 ? first : Math.min(from + maskGap, queryWords.length - 1);
			let found = -1;
			for (let i = from; i <= lastStart; i++) {
				if (part.every((w, k) => i + k < queryWords.length && wordMatches(w, queryWords[i + k]))) {
					found = i;
					break;
				}
			}
			if (found < 0) break;
			for (let k = 0; k < part.length; k++) at.push(found + k);
			from = found + part.length;
		}
		if (at.length === mask.reduce((n, part) => n + part.length, 0)) return at;
	}
	return null;
}

/**
 * The query's words with the words each matching mask stands on taken out (see the header).
 * A mask word matches a query word that equals it or starts with it, so a mask whose words'
 * first two letters are not all among the query's cannot match: ~700 masks, most skipped.
 */
function unmasked(queryWords: string[]): string[] {
	const starts = new Set(queryWords.map(startOf));
	let left = queryWords;
	for (const { mask, starts: needed } of masks) {
		if (!needed.every((start) => starts.has(start))) continue;
		const at = maskAt(mask, left);
		if (at) left = left.filter((_, i) => !at.includes(i));
	}
	return left;
}

/** The acute needs the words point to, in the order of `acuteNeeds`; [] for none. */
export function acuteNeedsInText(text: string): AcuteNeed[] {
	// Long pastes are cut, not refused; the start is what a person typed first.
	const queryWords = unmasked(words(text.slice(0, 500)));
	if (queryWords.length === 0) return [];
	// Several thousand phrases: only those whose first word starts like a query word, and
	// whose other words do too (set lookups), have their words compared.
	const starts = new Set(queryWords.map(startOf));
	const found = new Set<AcuteNeed>();
	for (const start of starts) {
		for (const signal of signalsByStart.get(start) ?? []) {
			if (found.has(signal.need) || !signal.words.every((w) => starts.has(w.start))) continue;
			if (signal.words.every((w) => queryWords.some((q) => signalWordMatches(w, q)))) {
				found.add(signal.need);
			}
		}
	}
	return acuteNeeds.filter((n) => found.has(n));
}

/**
 * Topics that are acute by themselves: choosing "Noen har skadet meg" is enough. Other
 * topics ("Trist eller redd", "Vanskelig hjemme") become acute only through the words.
 */
const acuteTopics: Partial<Record<TopicCode, AcuteNeed[]>> = {
	'noen-skadet-meg': ['violence_home', 'sexual_assault']
};

export function acuteNeedsFor(topic: TopicCode | null, text: string, urgent: boolean): AcuteNeed[] {
	const found = new Set<AcuteNeed>([
		...(topic ? (acuteTopics[topic] ?? []) : []),
		...acuteNeedsInText(text)
	]);
	// "I need help now" ticked without words we recognise: the general emergency answer.
	if (urgent && found.size === 0) found.add('danger_now');
	return acuteNeeds.filter((n) => found.has(n));
}

/**
 * Who answers each need right now, best first, by service slug (the demo seed's; a
 * municipality with other slugs edits this list). Only services that are open at the
 * moment (24/7 lines always are) are shown; emergency numbers always are.
 */
export const helpForNeed: Record<AcuteNeed, readonly string[]> = {
	suicide: [
		'nodnummer-113-ambulanse',
		'mental-helse-116123',
		'kirkens-sos',
		'alarmtelefonen-116111',
		'legevakt-116117'
	],
	violence_home: [
		'nodnummer-112-politi',
		'alarmtelefonen-116111',
		'fjordvik-barnevernvakt',
		'fjordvik-krisesenter'
	],
	sexual_assault: [
		'nodnummer-112-politi',
		'fjordvik-legevakt',
		'legevakt-116117',
		'fjordvik-overgrepsmottak-stottesenter',
		'alarmtelefonen-116111'
	],
	overdose: ['nodnummer-113-ambulanse', 'legevakt-116117', 'fjordvik-legevakt'],
	danger_now: ['nodnummer-112-politi', 'nodnummer-113-ambulanse', 'alarmtelefonen-116111']
};

/** Slugs for the help-now card: every need's list in turn, without repeats. */
export function acuteServiceSlugs(needs: readonly AcuteNeed[]): string[] {
	return [...new Set(needs.flatMap((n) => helpForNeed[n]))];
}
