/**
 * Text normalising shared by the search index and the query, so both sides agree.
 *
 * SQLite's unicode61 tokenizer with `remove_diacritics 2` strips accents like é → e, but it
 * does not fold the Norwegian letters (ø and æ are letters of their own in Unicode, not
 * o and ae with a mark). A young person typing on an English keyboard writes "sovn" for
 * "søvn" and "mobba" for "mobba", so we fold æ → ae, ø → o, å → a (and the Swedish/German
 * ä, ö) on both the indexed text and the query, and strip combining marks as well.
 */
const letterFolds: [RegExp, string][] = [
	[/æ/g, 'ae'],
	[/ø/g, 'o'],
	[/å/g, 'a'],
	[/ä/g, 'a'],
	[/ö/g, 'o'],
	[/ß/g, 'ss']
];

export function normaliseForSearch(text: string): string {
	let out = text.normalize('NFKC').toLocaleLowerCase('nb');
	for (const [pattern, replacement] of letterFolds) out = out.replace(pattern, replacement);
	// Latin accents only: stripping marks from Cyrillic й or Arabic would change the letter.
	out = out
		.normalize('NFD')
		.replace(/([a-z])[\u0300-\u036f]+/g, '$1')
		.normalize('NFC');
	return out;
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
