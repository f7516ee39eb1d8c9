import { sql } from 'drizzle-orm';
import type { Executor } from '$lib/server/db/client';
import { searchScope } from './search-index';
import { ftsMatchExpression, normaliseForSearch, queryTerms } from './search-text';
import { isTopicCode, type TopicCode } from './topics';
import ar from './synonyms/ar.json';
import en from './synonyms/en.json';
import nb from './synonyms/nb.json';
import nn from './synonyms/nn.json';
import pl from './synonyms/pl.json';
import so from './synonyms/so.json';
import uk from './synonyms/uk.json';
import textWordFile from './synonyms/text-words.json';

/**
 * Free-text search: everyday words → topics (synonym lists per language, in ./synonyms)
 * plus FTS5 over every translated service text. A young person writes "mamma drikker" or
 * "blir mobba", not "rusmisbruk i familien", so the synonym lists carry most of the weight.
 */
type SynonymFile = Record<string, string[]>;
const files: Record<string, SynonymFile> = { nb, nn, en, uk, pl, ar, so };

/**
 * `short`: one Latin word of three letters or fewer. Those are only tried in their own
 * language: they collide across languages (nb "bo", to live, is Polish "bo", because:
 * "nie mogę spać bo tata pije" put the housing office first).
 */
type Synonym = { pattern: RegExp; topic: TopicCode; short: boolean; at: number };

/**
 * A phrase can only match where a query word starts with its first two letters, so a
 * language's patterns are kept by those letters, and a query tests only the ones under its
 * words' letters (going through all ~6,700 to compare letters cost 0.15 ms a query).
 */
const startOf = (word: string) => word.slice(0, 2);

type SynonymList = Map<string, Synonym[]>;

function compile(file: SynonymFile): SynonymList {
	const out: SynonymList = new Map();
	let at = 0;
	for (const [topic, words] of Object.entries(file)) {
		if (!isTopicCode(topic)) throw new Error(`Synonym list names an unknown topic: ${topic}`);
		for (const word of words) {
			const phrase = wordsOf(word).join(' ');
			if (!phrase) continue;
			const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			// Short words must match whole ("mat" is not "matte"); longer ones also as the start
			// of a word, so "mobbet" and "mobbing" both hit "mobb".
			const tail = phrase.length <= 4 ? '(?= |$)' : '';
			const short = /^[a-z]{1,3}$/.test(phrase);
			const start = startOf(phrase.split(' ')[0]);
			const synonym = {
				pattern: new RegExp(`(?:^| )${escaped}${tail}`, 'u'),
				topic,
				short,
				at: at++
			};
			const same = out.get(start);
			if (same) same.push(synonym);
			else out.set(start, [synonym]);
		}
	}
	return out;
}

/**
 * The words of a synonym or a query, normalised; a hyphen inside a word joins it, so
 * "p-piller" is one word and "piller" (drugs) does not also fire on it.
 */
function wordsOf(text: string): string[] {
	return (
		normaliseForSearch(text)
			.replace(/(?<=\p{L})-(?=\p{L})/gu, '')
			.match(/[\p{L}\p{N}]+/gu) ?? []
	);
}

const synonymsByLanguage = new Map(Object.entries(files).map(([lang, f]) => [lang, compile(f)]));

/**
 * Words too common to search on their own. "Help" and "need" are among them: on a help
 * portal they say nothing about the need, and in a title they only made "Leksehjelp"
 * (homework help) the first answer to "I need help" in Arabic and Ukrainian.
 */
const stopwords = new Set(
	normaliseForSearch(
		'jeg eg i meg deg du er og det en ei et som på pa å til med har hva kva ikke ikkje så sa ' +
			'min mi mitt mine blir vil kan skal the a an and is am are to of in on my me it for with ' +
			'what how i im have has be been was not so very all time cant dont just really ' +
			'hjelp trenger treng help need ' +
			'допомога допомоги допомогу допоможіть допоможи допоможе допомогти потрібна потрібно мені я ' +
			'pomoc pomocy pomoz pomóż pomozcie pomóżcie potrzebuję potrzebuje ' +
			'مساعدة مساعده احتاج أحتاج انا أنا ' +
			'caawimaad caawin u baahanahay ayaan ' +
			// Somali particles: "la" (one, by) as a prefix would match "la'aan" and "lacag".
			'waa la ku ka iyo ma aan waan ayaa waxaan wuu way oo ah ' +
			// Small words and times that steal a match: "går" (yesterday, also "goes") found
			// "går med deg videre" in Fjordvik UNG's summary for "typen slo meg i går", and "av"
			// put SLT ("forebygging av rus") first for "blir slått av kjæresten".
			'av om fra fra for ble vart han hun ho de dei den dem seg sin sitt sine ' +
			'gar igar idag dag na no igjen att alltid bare berre helt heilt veldig mye mykje ' +
			'hele heile tiden tida helga helg hver kvar flere fleire ganger gonger ' +
			'tror trur kanskje lurer ' +
			'by at up got get getting he she they his her him them yesterday today always every ' +
			'day too much again do did does im ive want wanna think someone weekend weekends ' +
			'мене мною мій моя у в з і та що дуже вчора сьогодні кожен кожні кожного день завжди вихідні вихідних ' +
			'mnie mi sie się w z ze i na do mój moja wczoraj dzisiaj codziennie bardzo jestem weekend weekendy ' +
			'في من على علي عن امس اليوم كل يوم ما عندي جدا كثير كثيرا ' +
			'shalay maanta i iga igu baan ayey ayuu ' +
			// Asking words and "or", "without", "someone", "find": they carry no need, and in a
			// summary they put the wrong service first ("hjelpe" found Mental Helse's
			// "hjelpetelefonen" for homework, "utan/without" found "Unge uten bolig" for abortion
			// and condoms, Polish "nie/chce" and Ukrainian "де/знайти" whatever had them).
			'hjelpe hjelpa hjelper noen nokon noe noko hvor kor hvordan korleis hvorfor kvifor ' +
			'man ein eller uten utan ut vet veit ta sykt ' +
			'we us our had gets got without or where find anyone somebody ' +
			'де як чи або без знайти немає нема зовсім постійно весь вся все ' +
			'nie nic chce chcę wiem wie co albo lub bez gdzie jak ciagle ciągle moj mój moje ktos ktoś ' +
			'او بدون وين فين كيف حالي حاسس حاسه الشباب شباب ' +
			'mise ama la aan rabaa inaan waxaan ' +
			// More of the same from a second round of questions: times of day, "can", "never",
			// "about", uk "не/хто/може/шоб", pl "po/potem/cały", ar "بعد/مع/فيه" (after, with,
			// there is), so "buu/wuuna". Not "out": "drop out", "kicked me out" need it.
			'kveld kvelden kvelder natt natta morgen dager dag bli hadde vore sidan men ingen ' +
			'can could never ever about abt if when ' +
			// Weekdays and "if": "fredag" in the outreach workers' summary put them before
			// Ung og rus for a father drunk every Friday, "viss" (if) 113 before eating help.
			'mandag tirsdag onsdag torsdag fredag lordag sondag tysdag laurdag sundag ' +
			'monday tuesday wednesday thursday friday saturday sunday hvis viss eit ' +
			'не ні хто може можна мого моя моє шоб щоб після завтра нічо нічого ' +
			// "перед" (before) met 113's "передозування", "зі" the school nurse's "Зі шкільною".
			'перед зі із від для про робити зробити przed dla od robic robić zrobic zrobić ' +
			'po potem caly cały cala cała moge mogę lat nocy dzien dzień ' +
			'بعد مع فيه لها له وش مره كتير كثير اريد بدي للشباب بالليل الليل ' +
			'buu wuuna walba maalin hayo meel'
	).split(' ')
);

/**
 * Topics the words of a query point to. The visitor's language is tried first; the others
 * too, since people mix languages ("jeg er stressed", a parent typing in Polish on /nb).
 *
 * The longer phrase wins: a topic whose every match lies inside a longer match of another
 * topic is dropped, so "etter skolen" (leisure) is not also school, and "slo opp" (broke
 * up) is not also whatever "opp" might be. Equal matches keep both topics.
 */
export function topicsForQuery(query: string, lang: string): TopicCode[] {
	const queryWords = wordsOf(query.slice(0, 200));
	const haystack = queryWords.join(' ');
	if (!haystack) return [];
	const starts = new Set(queryWords.map(startOf));
	const matches: { topic: TopicCode; start: number; end: number }[] = [];
	const tryList = (list: SynonymList, own: boolean) => {
		// In the list's order, as if every pattern were tried: it decides the topics' order.
		const synonyms = [...starts].flatMap((start) => list.get(start) ?? []);
		if (starts.size > 1) synonyms.sort((a, b) => a.at - b.at);
		for (const synonym of synonyms) {
			if (synonym.short && !own) continue;
			const hit = synonym.pattern.exec(haystack);
			if (!hit) continue;
			// The pattern starts with the space before the word (or the start of the text).
			const start = hit.index + (hit[0].startsWith(' ') ? 1 : 0);
			matches.push({ topic: synonym.topic, start, end: hit.index + hit[0].length });
		}
	};
	// Own language first (it decides the order of the topics), then the others; each list is
	// tested once (the own list used to be tested a second time as part of all of them).
	tryList(synonymsByLanguage.get(lang) ?? new Map(), true);
	for (const [other, synonyms] of synonymsByLanguage) if (other !== lang) tryList(synonyms, false);
	const inside = (m: (typeof matches)[number]) =>
		matches.some(
			(o) =>
				o.topic !== m.topic &&
				o.start <= m.start &&
				o.end >= m.end &&
				o.end - o.start > m.end - m.start
		);
	const found = new Set<TopicCode>();
	for (const m of matches) if (!inside(m)) found.add(m.topic);
	// "Noe annet" is for what fits no other topic: its words ("hjelp", "snakke") come with
	// every need, and made the one-door service outrank homework help for "hjelp med lekser".
	if (found.size > 1) found.delete('noe-annet');
	return [...found];
}

/**
 * Everyday words → the word service texts use for the same thing (synonyms/text-words.json):
 * a summary says "drinks", "п’є", "pije", "lekser"; a young person types "drunk", "бухає",
 * "chleje", "innlevering". Topics do not tell these apart (a parent's drinking and one's own
 * are both `rus`), the summary's word does. Keys and words are normalised like the query.
 */
const textWordsByLanguage = new Map(
	Object.entries(textWordFile as Record<string, Record<string, string>>).map(([lang, words]) => [
		lang,
		new Map(
			Object.entries(words).map(([word, text]) => [
				normaliseForSearch(word),
				normaliseForSearch(text)
			])
		)
	])
);

/** Room for the text words beside the query's own eight terms. */
const maxTermsWithTextWords = 12;

/**
 * The query's search terms (stopwords gone), then the text word of each everyday word in
 * it: the visitor's language first, any other when it has none ("drunk" typed on /nb).
 */
export function searchTerms(query: string, lang?: string): string[] {
	const terms = queryTerms(query, stopwords);
	const own = lang ? textWordsByLanguage.get(lang) : undefined;
	const added: string[] = [];
	for (const term of terms) {
		let text = own?.get(term);
		if (text === undefined)
			for (const words of textWordsByLanguage.values()) if ((text = words.get(term))) break;
		if (text && !terms.includes(text) && !added.includes(text)) added.push(text);
	}
	return [...terms, ...added].slice(0, maxTermsWithTextWords);
}

/** How many of one term's best matches count as text hits. */
export const bestPerTerm = 300;

/**
 * Services whose text matches one term, as serviceId → rank (lower is better, bm25), its
 * best `bestPerTerm`: the municipality's own and the national ones, filtered inside MATCH
 * (the `scope` column), so the limit is never used up by another municipality's services.
 * Terms are letters and digits only (see queryTerms), so no FTS5 syntax can get through.
 * The table is made current once, at start-up (`hooks.server.ts` `init`), and by the seed
 * and every save, not checked again on each search.
 */
export function termMatches(
	db: Executor,
	term: string,
	municipalityId: number | null
): Map<number, number> {
	const match = ftsMatchExpression([term]);
	if (!match) return new Map();
	const scopes =
		municipalityId === null
			? searchScope(null)
			: `${searchScope(municipalityId)} OR ${searchScope(null)}`;
	// One row per service (its rowid), so the best 300 are 300 services.
	const rows = db.all<{ serviceId: number; rank: number }>(sql`
		SELECT rowid AS serviceId, rank FROM service_search
		WHERE service_search MATCH ${`scope : (${scopes}) AND body : (${match})`}
		ORDER BY rank LIMIT ${bestPerTerm}
	`);
	const best = new Map<number, number>();
	for (const row of rows) best.set(row.serviceId, row.rank);
	return best;
}

/**
 * The text hits of a search: every service among the best matches of any of its terms
 * (`termMatches`, which `matchesOf` may answer from a memo), with its best rank. Only
 * membership is used: the finder ranks its candidates itself, by how many and which terms
 * they hold (ranking.ts). Per term rather than one OR query, so a search that shares its
 * words with earlier ones (most do: "lei meg", "lei av skolen") reads only its new words,
 * and a word common at a large municipality cannot push a rarer one's services out.
 */
export function fullTextMatches(
	db: Executor,
	terms: readonly string[],
	municipalityId: number | null,
	matchesOf: (term: string) => ReadonlyMap<number, number> = (term) =>
		termMatches(db, term, municipalityId)
): Map<number, number> {
	const hits = new Map<number, number>();
	for (const term of terms)
		for (const [id, rank] of matchesOf(term)) {
			const known = hits.get(id);
			if (known === undefined || rank < known) hits.set(id, rank);
		}
	return hits;
}
