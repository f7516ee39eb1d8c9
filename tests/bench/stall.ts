/**
 * How long long work freezes everyone else (issue 14, item 8): the longest gap between
 * ticks of a 1 ms timer (what a public page request would have waited) while a large
 * statement PDF is made and a large services CSV is checked. Printed, never asserted.
 *
 *   npx tsx tests/bench/stall.ts                 # with slicing (the default)
 *   SLICE_MS=Infinity npx tsx tests/bench/stall.ts   # without, as before issue 14
 *
 * Target: under 100 ms. The apply's write transaction is synchronous by design and not
 * measured here; its length is printed separately.
 */
export {};

process.env.DATABASE_URL = ':memory:';
process.env.PAGE_CACHE_SECONDS = '0';
process.env.MUNICIPALITY = 'fjordvik';

const { db } = await import('../../src/lib/server/db');
const { seedDemo } = await import('../../db/seed');
const { statementPdf } = await import('../../src/lib/server/consultations/pdf');
const { dryRun, exportCsv } = await import('../../src/lib/server/opendata/import');
const { serviceImport } = await import('../../src/lib/server/services/csv');

const { municipalityId } = await seedDemo(db);

async function longestStall(
	work: () => Promise<unknown>
): Promise<{ stall: number; total: number }> {
	let last = performance.now();
	let stall = 0;
	const timer = setInterval(() => {
		const now = performance.now();
		stall = Math.max(stall, now - last);
		last = now;
	}, 1);
	const started = performance.now();
	await work();
	const total = performance.now() - started;
	clearInterval(timer);
	stall = Math.max(stall, performance.now() - last);
	return { stall, total };
}

const paragraph =
	'Ungdomsrådet mener tiltaket treffer godt, men at det må nå ut til flere skoler. ' +
	'Молодь хоче більше зустрічей після школи. الشباب يريدون أماكن آمنة للقاء بعد المدرسة. ';
const markdown = Array.from(
	{ length: 120 },
	(_, i) => `## Tiltak ${i + 1}\n\n${paragraph.repeat(3)}\n\n- ${paragraph}\n- ${paragraph}`
).join('\n\n');

// A big file from the demo rows: the export, its rows repeated under new external ids.
const exported = await exportCsv(serviceImport, municipalityId);
const [header, ...rows] = exported
	.replace(/^\ufeff/, '')
	.trim()
	.split('\r\n');
const big = [header];
for (let copy = 0; big.length < 4000; copy++)
	for (const row of rows) big.push(row.replace(/^([^;]+)/, `$1-kopi${copy}`));
const bytes = new TextEncoder().encode(big.join('\r\n'));

const pdf = await longestStall(() => statementPdf(markdown, 'Uttalelse: bench'));
const csv = await longestStall(() => dryRun(serviceImport, bytes, municipalityId));
const mode = process.env.SLICE_MS === 'Infinity' ? 'unsliced' : 'sliced';
console.log(
	`${mode}: statement PDF (${markdown.length} chars) total ${pdf.total.toFixed(0)} ms, longest stall ${pdf.stall.toFixed(0)} ms`
);
console.log(
	`${mode}: services CSV check (${big.length - 1} rows, ${(bytes.length / 1e6).toFixed(1)} MB) total ${csv.total.toFixed(0)} ms, longest stall ${csv.stall.toFixed(0)} ms`
);
process.exit(0);
