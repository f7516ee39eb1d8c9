/**
 * Text normalising shared by the search index and the query, so both sides agree. Each
 * language's folds are the ones its readers meet when they type on a phone keyboard that
 * is not their own, or copy a word from somewhere else:
 *
 * - nb/nn: SQLite's unicode61 tokenizer (`remove_diacritics 2`) strips é → e but leaves
 *   æ, ø, å alone (letters of their own), so "sovn" would miss "søvn": æ → ae, ø → o, å → a
 *   (and ä, ö, ß).
 * - pl: ą ć ę ń ó ś ź ż lose their marks (NFD), and ł, which has no decomposition, → l:
 *   "nie moge spac" finds "nie mogę spać".
 * - so: Latin script without marks; the apostrophe inside a word (the glottal stop in
 *   "la'aan") is written ', ’ or ʼ — all fold to nothing, as in Ukrainian.
 * - uk: the apostrophe of "б'є", "сім'я" comes as ', ’, ʼ (a letter in Unicode!) or `;
 *   it is dropped inside a word so every spelling is one word. ґ → г and ё → е for
 *   keyboards without ґ (a Russian layout); й and ї stay (they are letters of their own).
 * - ar: tashkeel (harakat, shadda, sukun, dagger alef) and tatweel are dropped; the hamza
 *   forms of alef (أ إ آ ٱ) → ا, ى → ي, ة → ه, ؤ → و, ئ → ي; Arabic-Indic and Persian
 *   digits → 0–9, so "أحتاج" and "احتاج", "مساعدة" and "مساعده" meet.
 */
const letterFolds: [RegExp, string][] = [
	[/æ/g, 'ae'],
	[/ø/g, 'o'],
	[/å/g, 'a'],
	[/ä/g, 'a'],
	[/ö/g, 'o'],
	[/ß/g, 'ss'],
	[/ł/g, 'l'],
	[/ґ/g, 'г'],
	[/ё/g, 'е'],
	// Arabic: marks and tatweel, then letter forms.
	[/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, ''],
	[/[أإآٱ]/g, 'ا'],
	[/ى/g, 'ي'],
	[/ة/g, 'ه'],
	[/ؤ/g, 'و'],
	[/ئ/g, 'ي']
];

/** Apostrophes people type inside a word (uk б'є, so la'aan, en can't). */
const apostropheInWord = /(\p{L})['\u2019\u2018\u02bc\u02bb`\u00b4](?=\p{L})/gu;

function foldDigits(text: string): string {
	return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) =>
		String((d.charCodeAt(0) - (d >= '\u06f0' ? 0x06f0 : 0x0660)) % 10)
	);
}

export function normaliseForSearch(text: string): string {
	let out = text.normalize('NFKC').toLocaleLowerCase('nb');
	out = out.replace(apostropheInWord, '$1');
	for (const [pattern, replacement] of letterFolds) out = out.replace(pattern, replacement);
	// Latin accents only: stripping marks from Cyrillic й or ї would change the letter.
	out = out
		.normalize('NFD')
		.replace(/([a-z])[\u0300-\u036f]+/g, '$1')
		.normalize('NFC');
	return foldDigits(out);
}

/** Longest query we look at; anything beyond is ignored, not an error. */
export const maxQueryLength = 200;
const maxTerms = 8;

/**
 * The words of a query, normalised, with everything that is FTS5 syntax gone: only runs of
 * letters and digits survive, so `"*:^()`, NEAR, AND/OR (lower-cased) cannot reach MATCH.
 */
export function queryTerms(query: string, stopwords: ReadonlySet<string> = new Set()): string[] {
	const words = normaliseForSearch(query.slice(0, maxQueryLength)).match(/[\p{L}\p{N}]+/gu) ?? [];
	const terms: string[] = [];
	for (const word of words) {
		if (word.length < 2 || stopwords.has(word) || terms.includes(word)) continue;
		terms.push(word);
		if (terms.length === maxTerms) break;
	}
	return terms;
}

/**
 * An FTS5 MATCH expression: every term as a quoted prefix query, OR-ed together. Terms hold
 * only letters and digits, and quoting them makes words like `near` or `or` plain text.
 * Returns null when nothing searchable is left.
 */
export function ftsMatchExpression(terms: readonly string[]): string | null {
	if (terms.length === 0) return null;
	return terms.map((term) => `"${term}"*`).join(' OR ');
}
