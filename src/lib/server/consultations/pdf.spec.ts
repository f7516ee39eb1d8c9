import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { statementPdf } from './pdf';

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
});
