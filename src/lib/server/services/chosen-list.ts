/**
 * "Share without a trace": the services a young person picked live only in the link,
 * `?valgt=slug1,slug2` (or `valgt=` repeated, as a GET form sends checkboxes). Nothing is
 * stored: no table, no log line (the request log keeps the route, never the query), no
 * cookie or browser storage. This module only reads the list out of a URL.
 *
 * Whatever the link holds, the page answers: pieces that cannot be slugs (HTML, FTS syntax,
 * emoji) count as unknown, repeats count once, and the list is capped so a link with
 * hundreds of slugs costs no more than one with twenty.
 */

/** The most services one list shows; a printed page of twenty is already long. */
export const maxChosen = 20;

/** Pieces read at most from one URL, so a huge link is not split and checked in full. */
const maxPieces = 500;

const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?$/;

export type ChosenList = {
	/** Well-formed slugs, in link order, without repeats, at most `maxChosen`. */
	slugs: string[];
	/** Pieces that cannot be a slug (counted before the cap). */
	malformed: number;
	/** More than `maxChosen` distinct slugs were in the link; the rest were left out. */
	capped: boolean;
};

export function parseChosenList(params: URLSearchParams): ChosenList {
	const pieces = params
		.getAll('valgt')
		.flatMap((value) => value.split(','))
		.map((piece) => piece.trim().toLowerCase())
		.filter((piece) => piece !== '');
	const slugs: string[] = [];
	let malformed = 0;
	let capped = pieces.length > maxPieces;
	for (const piece of pieces.slice(0, maxPieces)) {
		if (!slugPattern.test(piece)) malformed++;
		else if (slugs.includes(piece)) continue;
		else if (slugs.length < maxChosen) slugs.push(piece);
		else capped = true;
	}
	return { slugs, malformed, capped };
}
