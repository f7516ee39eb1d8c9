import { PDFDocument, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { parseStatement } from './statement';

const a4 = { width: 595.28, height: 841.89 };
const margin = 56;

/** Text the standard PDF fonts (WinAnsi) can draw; Norwegian letters are all in it. */
function winAnsi(text: string): string {
	return text
		.replace(/[\u2018\u2019]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/[\u2013\u2014]/g, '-')
		.replace(/[^\x20-\x7e\u00a0-\u00ff«»]/g, '?');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const candidate = line ? `${line} ${word}` : word;
		if (font.widthOfTextAtSize(candidate, size) > width && line) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The statement as an A4 PDF, made in plain JavaScript (no browser at run time): headings,
 * paragraphs and lists from the same Markdown the page shows.
 */
export async function statementPdf(markdown: string, footer: string): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	const regular = await doc.embedFont(StandardFonts.Helvetica);
	const bold = await doc.embedFont(StandardFonts.HelveticaBold);
	let page = doc.addPage([a4.width, a4.height]);
	let y = a4.height - margin;
	const width = a4.width - 2 * margin;

	const write = (text: string, font: PDFFont, size: number, indent = 0, gapAfter = 4) => {
		for (const line of wrap(winAnsi(text), font, size, width - indent)) {
			if (y - size < margin) {
				page = doc.addPage([a4.width, a4.height]);
				y = a4.height - margin;
			}
			page.drawText(line, {
				x: margin + indent,
				y: y - size,
				size,
				font,
				color: rgb(0.1, 0.1, 0.1)
			});
			y -= size * 1.35;
		}
		y -= gapAfter;
	};

	for (const block of parseStatement(markdown)) {
		if (block.kind === 'h1') write(block.text, bold, 18, 0, 10);
		else if (block.kind === 'h2') write(block.text, bold, 14, 0, 6);
		else if (block.kind === 'h3') write(block.text, bold, 12, 0, 4);
		else if (block.kind === 'p') write(block.text, regular, 11, 0, 8);
		else if (block.kind === 'ul' || block.kind === 'ol') {
			block.items.forEach((item, i) =>
				write(`${block.kind === 'ol' ? `${i + 1}.` : '-'} ${item}`, regular, 11, 12, 2)
			);
			y -= 6;
		}
	}
	const pages = doc.getPages();
	pages.forEach((p, i) =>
		p.drawText(winAnsi(`${footer} - ${i + 1}/${pages.length}`), {
			x: margin,
			y: margin / 2,
			size: 9,
			font: regular,
			color: rgb(0.35, 0.35, 0.35)
		})
	);
	doc.setTitle(winAnsi(footer));
	return doc.save();
}
