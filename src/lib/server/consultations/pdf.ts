import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { bidiParagraph } from './pdf-bidi';
import { parseStatement } from './statement';
import { timeSlicer } from '$lib/server/slices';

const a4 = { width: 595.28, height: 841.89 };
const margin = 56;

/**
 * DejaVu Sans (Bitstream Vera licence + public domain, free to embed and redistribute):
 * one family with Latin (æøå), Cyrillic and Arabic, including the Arabic contextual forms.
 * Read from the package on the first export and kept in memory; never part of the JS bundle.
 * Only the glyphs a statement uses are embedded (`subset: true`).
 */
const fontFiles = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;
const require = createRequire(import.meta.url);
let fontBytes: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

function loadFonts() {
	fontBytes ??= Promise.all(
		Object.values(fontFiles).map((file) =>
			readFile(require.resolve(`dejavu-fonts-ttf/ttf/${file}`))
		)
	).then(([regular, bold]) => ({ regular, bold }));
	return fontBytes;
}

const characterSets = new WeakMap<PDFFont, Set<number>>();

/** Characters the font has no glyph for become "?", never a blank box or a lost letter. */
function drawable(text: string, font: PDFFont): string {
	let supported = characterSets.get(font);
	if (!supported) characterSets.set(font, (supported = new Set(font.getCharacterSet())));
	let out = '';
	for (const char of text.replace(/\s+/g, ' ')) {
		const cp = char.codePointAt(0)!;
		// Bidi controls (LRI…PDI and friends) steer the layout and draw nothing.
		if (/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(char)) out += char;
		else out += supported.has(cp) ? char : '?';
	}
	return out;
}

/**
 * Lines of at most `width`, as [start, end) ranges of `text` (whitespace already collapsed
 * to single spaces): broken between words, and inside a word only when the word alone is
 * wider than the page (a long link). A line's width is the sum of its words and spaces:
 * Arabic joins letters within a word, never across a space.
 */
export function wrapRanges(
	text: string,
	measure: (s: string) => number,
	width: number
): [number, number][] {
	const lines: [number, number][] = [];
	const space = measure(' ');
	let start = -1;
	let end = -1;
	let lineWidth = 0;
	for (const match of text.matchAll(/\S+/g)) {
		const wordStart = match.index;
		const wordEnd = wordStart + match[0].length;
		const wordWidth = measure(match[0]);
		if (start >= 0 && lineWidth + space + wordWidth <= width) {
			end = wordEnd;
			lineWidth += space + wordWidth;
			continue;
		}
		if (start >= 0) lines.push([start, end]);
		let s = wordStart;
		let rest = wordWidth;
		while (rest > width) {
			let e = s + 1;
			while (e < wordEnd && measure(text.slice(s, e + 1)) <= width) e++;
			// Never split a surrogate pair.
			if (e < wordEnd && /[\ud800-\udbff]/.test(text[e - 1])) e++;
			lines.push([s, e]);
			s = e;
			rest = measure(text.slice(s, wordEnd));
		}
		start = s;
		end = wordEnd;
		lineWidth = rest;
	}
	if (start >= 0 && end > start) lines.push([start, end]);
	return lines;
}

type Writer = { page: PDFPage; y: number };

/**
 * The statement as an A4 PDF, made in plain JavaScript (no browser at run time): headings,
 * paragraphs and lists from the same Markdown the page shows. Members write comments and
 * advice in their own language, so every paragraph may be Norwegian, Ukrainian or Arabic:
 * each is laid out in its own direction (Arabic right-aligned, right to left) and shaped.
 */
export async function statementPdf(markdown: string, footer: string): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	doc.registerFontkit(fontkit);
	const bytes = await loadFonts();
	const regular = await doc.embedFont(bytes.regular, { subset: true });
	const bold = await doc.embedFont(bytes.bold, { subset: true });
	const out: Writer = { page: doc.addPage([a4.width, a4.height]), y: a4.height - margin };
	const width = a4.width - 2 * margin;
	const ink = rgb(0.1, 0.1, 0.1);

	const write = (raw: string, font: PDFFont, size: number, indent = 0, gapAfter = 4) => {
		const para = bidiParagraph(drawable(raw, font));
		const measure = (s: string) => font.widthOfTextAtSize(s, size);
		for (const [start, end] of wrapRanges(para.text, measure, width - indent)) {
			if (out.y - size < margin) {
				out.page = doc.addPage([a4.width, a4.height]);
				out.y = a4.height - margin;
			}
			const runs = para.line(start, end).map((run) => ({ ...run, w: measure(run.text) }));
			const lineWidth = runs.reduce((sum, run) => sum + run.w, 0);
			// Indents and alignment follow the paragraph's direction, like logical CSS.
			let x = para.rtl ? margin + width - indent - lineWidth : margin + indent;
			for (const run of runs) {
				if (run.text.trim())
					out.page.drawText(run.text, { x, y: out.y - size, size, font, color: ink });
				x += run.w;
			}
			out.y -= size * 1.35;
		}
		out.y -= gapAfter;
	};

	// Shaping and wrapping a long statement takes seconds: other requests run between slices.
	const slice = timeSlicer();
	for (const block of parseStatement(markdown)) {
		await slice();
		if (block.kind === 'h1') write(block.text, bold, 18, 0, 10);
		else if (block.kind === 'h2') write(block.text, bold, 14, 0, 6);
		else if (block.kind === 'h3') write(block.text, bold, 12, 0, 4);
		else if (block.kind === 'p') write(block.text, regular, 11, 0, 8);
		else if (block.kind === 'ul' || block.kind === 'ol') {
			for (const [i, item] of block.items.entries()) {
				await slice();
				write(`${block.kind === 'ol' ? `${i + 1}.` : '–'} ${item}`, regular, 11, 12, 2);
			}
			out.y -= 6;
		}
	}
	const pages = doc.getPages();
	pages.forEach((p, i) =>
		p.drawText(drawable(`${footer} – ${i + 1}/${pages.length}`, regular), {
			x: margin,
			y: margin / 2,
			size: 9,
			font: regular,
			color: rgb(0.35, 0.35, 0.35)
		})
	);
	doc.setTitle(footer);
	await slice();
	return doc.save({ objectsPerTick: 20 });
}
