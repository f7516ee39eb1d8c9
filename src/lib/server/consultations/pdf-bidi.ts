import bidiFactory from 'bidi-js';

const bidi = bidiFactory();

/** Letters of the right-to-left scripts; fontkit lays such a run out right to left itself. */
const rtlLetter = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

const bidiControl = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

export type VisualRun = {
	/** The text to hand to pdf-lib for this run (see `visualLine`). */
	text: string;
	rtl: boolean;
};

export type BidiParagraph = {
	text: string;
	rtl: boolean;
	/** One line of the paragraph, `start` to `end` (exclusive), as runs from left to right. */
	line(start: number, end: number): VisualRun[];
};

/**
 * The Unicode bidirectional algorithm (UAX #9, via bidi-js) for one paragraph of the PDF.
 * Its direction comes from its first strong letter, like `dir="auto"` on the page, so an
 * Arabic comment inside the Norwegian statement is laid out right to left.
 *
 * pdf-lib draws glyphs left to right in the order fontkit returns them. fontkit shapes
 * Arabic (initial, medial, final and isolated forms, lam-alef) and, for a run whose script
 * is right to left, returns the glyphs reversed. So a right-to-left run is handed over in
 * logical order when it holds Arabic letters, and already reversed when it holds only
 * neutral characters (spaces, punctuation), which fontkit would leave as they are.
 */
export function bidiParagraph(text: string): BidiParagraph {
	const embedding = bidi.getEmbeddingLevels(text);
	const rtl = (embedding.paragraphs[0]?.level ?? 0) % 2 === 1;
	return {
		text,
		rtl,
		line(start, end) {
			const mirrored = bidi.getMirroredCharactersMap(text, embedding.levels, start, end - 1);
			const runs: { start: number; end: number; level: number }[] = [];
			for (let i = start; i < end; i++) {
				const level = embedding.levels[i];
				const last = runs.at(-1);
				if (last && last.level === level) last.end = i + 1;
				else runs.push({ start: i, end: i + 1, level });
			}
			// Rule L2: from the highest level down to the lowest odd one, reverse every
			// stretch of runs at that level or higher.
			const highest = Math.max(0, ...runs.map((r) => r.level));
			const lowestOdd = Math.min(
				highest + 1,
				...runs.map((r) => (r.level % 2 === 1 ? r.level : r.level + 1))
			);
			for (let level = highest; level >= lowestOdd; level--) {
				for (let i = 0; i < runs.length; i++) {
					if (runs[i].level < level) continue;
					let j = i;
					while (j + 1 < runs.length && runs[j + 1].level >= level) j++;
					runs.splice(i, j - i + 1, ...runs.slice(i, j + 1).reverse());
					i = j;
				}
			}
			return runs.map((run) => {
				let chars = '';
				for (let i = run.start; i < run.end; i++) {
					// Directional controls (LRI…PDI, marks) have done their work and draw nothing.
					if (!bidiControl.test(text[i])) chars += mirrored.get(i) ?? text[i];
				}
				const runRtl = run.level % 2 === 1;
				if (runRtl && !rtlLetter.test(chars)) chars = [...chars].reverse().join('');
				return { text: chars, rtl: runRtl };
			});
		}
	};
}
