import { describe, expect, it } from 'vitest';
import {
	PDFArray,
	PDFDict,
	PDFDocument,
	PDFName,
	PDFRawStream,
	PDFRef,
	decodePDFRawStream,
	type PDFObject
} from 'pdf-lib';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { statementPdf, wrapRanges } from './pdf';
import { bidiParagraph } from './pdf-bidi';

function streamText(doc: PDFDocument, object: PDFObject | undefined): string {
	const stream = object instanceof PDFRef ? doc.context.lookup(object) : object;
	if (!(stream instanceof PDFRawStream)) throw new Error('not a stream');
	return new TextDecoder().decode(decodePDFRawStream(stream).decode());
}

/** glyph id (hex) → the text it stands for, from every embedded font's ToUnicode map. */
function toUnicodeMaps(doc: PDFDocument): Map<string, string>[] {
	const maps: Map<string, string>[] = [];
	for (const [, object] of doc.context.enumerateIndirectObjects()) {
		if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0'))
			continue;
		const cmap = streamText(doc, object.get(PDFName.of('ToUnicode')));
		const map = new Map<string, string>();
		const hexText = (hex: string) =>
			String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
		for (const [, glyph, unicode] of cmap.matchAll(/<([0-9a-f]{4})>\s*<([0-9a-f]+)>/gi)) {
			map.set(glyph.toLowerCase(), hexText(unicode));
		}
		maps.push(map);
	}
	return maps;
}

/** The text drawn on every page, run by run in the order it is drawn (left to right). */
function drawnText(doc: PDFDocument): string[] {
	const maps = toUnicodeMaps(doc);
	const decode = (hex: string) => {
		const glyphs = hex.toLowerCase().match(/.{4}/g) ?? [];
		const map = maps.find((m) => glyphs.every((g) => m.has(g)));
		return map ? glyphs.map((g) => map.get(g)).join('') : '\ufffd';
	};
	const runs: string[] = [];
	for (const page of doc.getPages()) {
		const contents = page.node.get(PDFName.of('Contents'));
		const parts = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
		for (const part of parts) {
			for (const [, hex] of streamText(doc, part).matchAll(/<([0-9a-fA-F]+)>\s*Tj/g)) {
				runs.push(decode(hex));
			}
		}
	}
	return runs;
}

/** `glyphs`: the text of each glyph, left to right (a ligature's glyph stands for two letters). */
type PlacedRun = { x: number; y: number; size: number; text: string; glyphs: string[] };

/** Every drawn run with where it starts and its font size (pdf-lib writes `x y Tm … Tj`). */
function placedRuns(doc: PDFDocument): PlacedRun[] {
	const maps = toUnicodeMaps(doc);
	const runs: PlacedRun[] = [];
	for (const page of doc.getPages()) {
		const contents = page.node.get(PDFName.of('Contents'));
		const parts = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
		for (const part of parts) {
			let size = 0;
			let x = 0;
			let y = 0;
			const ops = streamText(doc, part).matchAll(
				/\/\S+ ([\d.]+) Tf|1 0 0 1 ([\d.-]+) ([\d.-]+) Tm|<([0-9a-fA-F]+)> Tj/g
			);
			for (const [, tf, tx, ty, hex] of ops) {
				if (tf) size = Number(tf);
				else if (tx) [x, y] = [Number(tx), Number(ty)];
				else {
					const glyphs = hex.toLowerCase().match(/.{4}/g) ?? [];
					const map = maps.find((m) => glyphs.every((g) => m.has(g)))!;
					const texts = glyphs.map((g) => map.get(g)!);
					runs.push({ x, y, size, text: texts.join(''), glyphs: texts });
				}
			}
		}
	}
	return runs;
}

const reversed = (s: string) => [...s].reverse().join('');

describe('statementPdf', () => {
	it('makes an A4 PDF and adds pages for long statements', async () => {
		const long = [
			'# Uttalelse',
			'',
			...Array.from({ length: 120 }, (_, i) => `- Punkt ${i} med æøå – «sitat»`)
		].join('\n');
		const bytes = await statementPdf(long, 'Ungdomsrådet');
		expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
		const doc = await PDFDocument.load(bytes);
		expect(doc.getPageCount()).toBeGreaterThan(1);
		expect(Math.round(doc.getPage(0).getWidth())).toBe(595);
	});

	it('draws Norwegian, Ukrainian and Arabic text with real glyphs, Arabic right to left', async () => {
		const markdown = [
			'# Uttalelse fra ungdomsrådet',
			'',
			'Vi støtter tiltaket, særlig på kveldstid og i helgene.',
			'',
			'- Потрібно більше місць, де молодь може поговорити з дорослими.',
			'- نريد مكانًا آمنًا للشباب في المساء 2026'
		].join('\n');
		const doc = await PDFDocument.load(await statementPdf(markdown, 'Uttalelse'));
		const runs = drawnText(doc);
		const all = runs.join(' ');
		expect(all).toContain('Vi støtter tiltaket, særlig');
		expect(all).toContain('Потрібно більше місць');
		// Arabic is stored in drawing order (visual, left to right): each word reversed,
		// the number kept as it is, and no letter replaced by "?".
		expect(all).toContain(reversed('نريد مكانًا آمنًا'));
		expect(all).toContain('2026');
		expect(all).not.toContain('?');
		expect(all).not.toContain('\ufffd');
	});

	it('wraps Arabic, Ukrainian and a long link inside the A4 text width', async () => {
		const arabic = Array.from({ length: 30 }, () => 'نريد مكانًا آمنًا للشباب').join(' ');
		const ukrainian = Array.from({ length: 20 }, () => 'Потрібно більше місць для молоді').join(
			' '
		);
		const link = `https://fjordvik.example/${'lenke-uten-mellomrom-'.repeat(12)}`;
		const doc = await PDFDocument.load(
			await statementPdf([arabic, '', ukrainian, '', link].join('\n'), 'x')
		);
		const font = fontkit.create(
			readFileSync(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'))
		);
		// Measured as fontkit lays it out: an Arabic run in its logical order, so it is shaped.
		const widthOf = (run: PlacedRun) => {
			const rtl = /[\u0600-\u06ff]/.test(run.text);
			const logical = rtl ? [...run.glyphs].reverse().join('') : run.text;
			return (font.layout(logical).advanceWidth * run.size) / font.unitsPerEm;
		};
		const body = placedRuns(doc).filter((r) => r.size === 11);
		const lines = (test: RegExp) => new Set(body.filter((r) => test.test(r.text)).map((r) => r.y));
		expect(lines(/[\u0600-\u06ff]/).size).toBeGreaterThan(3);
		expect(lines(/[\u0400-\u04ff]/).size).toBeGreaterThan(3);
		expect(lines(/lenke/).size).toBeGreaterThan(1);
		const [pageWidth, margin] = [doc.getPage(0).getWidth(), 56];
		for (const run of body) {
			expect(run.x, run.text).toBeGreaterThanOrEqual(margin - 0.01);
			expect(run.x + widthOf(run), run.text).toBeLessThanOrEqual(pageWidth - margin + 0.5);
		}
		// Arabic lines end at the right margin: right-aligned, like the page in Arabic.
		const arabicRuns = body.filter((r) => /[\u0600-\u06ff]/.test(r.text));
		const rightEdge = Math.max(...arabicRuns.map((r) => r.x + widthOf(r)));
		expect(rightEdge).toBeCloseTo(pageWidth - margin, 0);
	});

	it('embeds only the glyphs it uses, in Arabic contextual forms', async () => {
		const doc = await PDFDocument.load(await statementPdf('سلام', 'x'));
		const maps = toUnicodeMaps(doc);
		const glyphCount = Math.max(...maps.map((m) => m.size));
		// A subset: a handful of glyphs, not the thousands in the font file.
		expect(glyphCount).toBeLessThan(40);
		// Shaped, not letter by letter: in سلام the lam and alef join into one ligature glyph
		// (ﻻ), which the ToUnicode map gives back as the two letters.
		const texts = maps.flatMap((m) => [...m.values()]);
		expect(texts).toContain('\u0644\u0627');
		expect(texts).toContain('\u0633');
	});
});

describe('bidiParagraph', () => {
	it('orders Arabic runs right to left and keeps numbers and Latin left to right', () => {
		const para = bidiParagraph('مرحبا Inngang 2026');
		expect(para.rtl).toBe(true);
		const runs = para.line(0, para.text.length);
		// Visual order, left to right: the Latin word with its number (one left-to-right run),
		// then the Arabic word at the right, where an Arabic sentence starts.
		expect(runs.map((r) => r.text.trim()).filter(Boolean)).toEqual(['Inngang 2026', 'مرحبا']);
		expect(runs.at(-1)!.rtl).toBe(true);
	});

	it('leaves a Norwegian or Ukrainian paragraph in reading order', () => {
		const para = bidiParagraph('Привіт, ungdomsråd (2026)');
		expect(para.rtl).toBe(false);
		expect(para.line(0, para.text.length).map((r) => r.text)).toEqual([
			'Привіт, ungdomsråd (2026)'
		]);
	});

	it('mirrors brackets inside right-to-left text', () => {
		const para = bidiParagraph('نعم (جدا)');
		const text = para
			.line(0, para.text.length)
			.map((r) => r.text)
			.join('');
		expect(text).toContain(')جدا(');
	});
});

describe('wrapRanges', () => {
	const measure = (s: string) => s.length;
	it('breaks between words and inside a word only when it is wider than the line', () => {
		const text = 'ab cd efghijklmnop q';
		const lines = wrapRanges(text, measure, 6).map(([s, e]) => text.slice(s, e));
		expect(lines).toEqual(['ab cd', 'efghij', 'klmnop', 'q']);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(6);
	});
});
