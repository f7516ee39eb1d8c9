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
			// Visual order of the line's characters: bidi-js's rule L1/L2 reversals, applied in order.
			const order = Array.from({ length: end - start }, (_, i) => start + i);
			for (const [from, to] of bidi.getReorderSegments(text, embedding, start, end - 1)) {
				order.splice(
					from - start,
					to - from + 1,
					...order.slice(from - start, to - start + 1).reverse()
				);
			}
			// Runs: neighbours on the page that were neighbours in the text, at the same level.
			const runs: { indices: number[]; level: number }[] = [];
			for (const i of order) {
				const level = embedding.levels[i];
				const last = runs.at(-1);
				const previous = last?.indices.at(-1);
				if (last && last.level === level && previous !== undefined && Math.abs(previous - i) === 1)
					last.indices.push(i);
				else runs.push({ indices: [i], level });
			}
			return runs.map((run) => {
				const runRtl = run.level % 2 === 1;
				// Logical order, which is what fontkit wants for a run holding right-to-left letters.
				const logical = [...run.indices].sort((a, b) => a - b);
				let chars = '';
				for (const i of logical) {
					// Directional controls (LRI…PDI, marks) have done their work and draw nothing.
					if (!bidiControl.test(text[i])) chars += mirrored.get(i) ?? text[i];
				}
				if (runRtl && !rtlLetter.test(chars)) chars = [...chars].reverse().join('');
				return { text: chars, rtl: runRtl };
			});
		}
	};
}
