import { db } from '$lib/server/db';
import { inTransaction, type Transaction } from '$lib/server/db/client';
import { recordChange } from '$lib/server/audit/log';
import type { AuthUser } from '$lib/server/auth/guard';
import { invalidatePublicPages } from '$lib/server/page-cache';
import { parseCsv, toCsv, type CsvProblem } from './csv';
import { timeSlicer } from '$lib/server/slices';

/**
 * The shared shape of a CSV import: read the file, check every row, compare each with what
 * is stored (through the same cells the export writes, so re-importing an export changes
 * nothing), and only then write, all in one transaction.
 */
/**
 * `message` is English; `key`, when given, is a translation key (`namespace.key`) the staff
 * page shows instead, in the person's workspace language.
 */
export type CellErrors = { column: string; message: string; key?: string }[];

export type ExistingRecord<T> = { id: number; record: T };

export type ImportKind<T> = {
	entity: 'service' | 'activity';
	columns: readonly string[];
	required: readonly string[];
	/**
	 * What the municipality already has, by external id (`foreign` ids belong to others), and
	 * the sets of known codes and keys the row checks need (topics, organisations...).
	 */
	prepare(municipalityId: number): Promise<Prepared<T>>;
	/** Typed value from the cells, or every problem found; `previous` fills absent columns. */
	parse(
		cells: Record<string, string>,
		previous: T | null,
		context: ImportContext
	): { value: T } | { errors: CellErrors };
	cells(record: T): Record<string, string>;
	/** Writes one row inside the import's transaction: synchronous calls through `tx` only. */
	write(
		tx: Transaction,
		municipalityId: number,
		record: T,
		existingId: number | null,
		changed: Set<string>
	): void;
	/** Runs once after all rows are written, inside the transaction. */
	afterWrite?(tx: Transaction, municipalityId: number): void;
};

export type Prepared<T> = {
	own: Map<string, ExistingRecord<T>>;
	foreign: Set<string>;
	known: Record<string, Set<string>>;
};

export type ImportContext = { municipalityId: number; known: Record<string, Set<string>> };

export type RowPlan = {
	row: number;
	externalId: string;
	action: 'create' | 'update' | 'unchanged';
	changed: string[];
};

export type ImportReport = {
	ok: boolean;
	rows: RowPlan[];
	problems: CsvProblem[];
	encoding: string | null;
	counts: { create: number; update: number; unchanged: number };
};

type Planned<T> = RowPlan & { value: T; existingId: number | null };

async function plan<T>(
	kind: ImportKind<T>,
	bytes: Uint8Array,
	municipalityId: number
): Promise<{ report: ImportReport; planned: Planned<T>[] }> {
	const parsed = await parseCsv(bytes, kind.columns, kind.required);
	const empty = { create: 0, update: 0, unchanged: 0 };
	if (!parsed.ok)
		return {
			report: { ok: false, rows: [], problems: parsed.problems, encoding: null, counts: empty },
			planned: []
		};
	const problems = [...parsed.problems];
	const { own, foreign, known } = await kind.prepare(municipalityId);
	const context: ImportContext = { municipalityId, known };
	const seen = new Map<string, number>();
	const planned: Planned<T>[] = [];
	const present = parsed.csv.header;
	// Checking thousands of rows takes seconds: other requests run between slices. Only the
	// write that follows is one synchronous transaction.
	const slice = timeSlicer();
	for (const { row, cells } of parsed.csv.rows) {
		await slice();
		const externalId = cells.external_id ?? '';
		if (seen.has(externalId)) {
			problems.push({
				row,
				column: 'external_id',
				message: `the same external_id as row ${seen.get(externalId)}`
			});
			continue;
		}
		seen.set(externalId, row);
		if (foreign.has(externalId)) {
			problems.push({
				row,
				column: 'external_id',
				message: 'this external_id belongs to a national entry (shared by every municipality)'
			});
			continue;
		}
		const previous = own.get(externalId) ?? null;
		const result = kind.parse(cells, previous?.record ?? null, context);
		if ('errors' in result) {
			for (const e of result.errors)
				problems.push({
					row,
					column: e.column,
					message: e.message,
					...(e.key ? { key: e.key } : {})
				});
			continue;
		}
		const next = kind.cells(result.value);
		const before = previous ? kind.cells(previous.record) : null;
		const changed = before
			? present.filter((c) => (next[c] ?? '') !== (before[c] ?? ''))
			: [...present];
		planned.push({
			row,
			externalId,
			action: !previous ? 'create' : changed.length ? 'update' : 'unchanged',
			changed: previous ? changed : [],
			value: result.value,
			existingId: previous?.id ?? null
		});
	}
	problems.sort((a, b) => a.row - b.row);
	const counts = { ...empty };
	for (const p of planned) counts[p.action]++;
	return {
		report: {
			ok: problems.length === 0,
			rows: planned.map(({ row, externalId, action, changed }) => ({
				row,
				externalId,
				action,
				changed
			})),
			problems,
			encoding: parsed.csv.encoding,
			counts
		},
		planned
	};
}

/** The dry run: what would happen to every row, and every problem with its row and column. */
export async function dryRun<T>(kind: ImportKind<T>, bytes: Uint8Array, municipalityId: number) {
	return (await plan(kind, bytes, municipalityId)).report;
}

/**
 * Checks the file again and, only when no row has a problem, writes every created or
 * changed row and the audit entry in one transaction: the whole file lands or none of it.
 */
export async function applyImport<T>(
	kind: ImportKind<T>,
	bytes: Uint8Array,
	user: AuthUser,
	fileName: string
): Promise<ImportReport> {
	const { report, wrote } = await writeImport(kind, bytes, user, fileName);
	if (wrote) invalidatePublicPages();
	return report;
}

/**
 * `applyImport` without the page cache: the check and the one write transaction, and
 * whether any row was written. A worker thread runs this (src/lib/server/workers); the
 * main thread, which holds the cache, then drops the public pages.
 */
export async function writeImport<T>(
	kind: ImportKind<T>,
	bytes: Uint8Array,
	user: AuthUser,
	fileName: string
): Promise<{ report: ImportReport; wrote: boolean }> {
	const { report, planned } = await plan(kind, bytes, user.municipalityId);
	if (!report.ok) return { report, wrote: false };
	const work = planned.filter((p) => p.action !== 'unchanged');
	inTransaction(db, (tx) => {
		for (const p of work)
			kind.write(tx, user.municipalityId, p.value, p.existingId, new Set(p.changed));
		if (work.length && kind.afterWrite) kind.afterWrite(tx, user.municipalityId);
		recordChange(tx, {
			actorId: user.id,
			municipalityId: user.municipalityId,
			entity: kind.entity,
			entityId: 'csv',
			action: 'import',
			changes: {
				file: { old: null, new: fileName },
				created: {
					old: null,
					new: work.filter((p) => p.action === 'create').map((p) => p.externalId)
				},
				updated: {
					old: null,
					new: work.filter((p) => p.action === 'update').map((p) => p.externalId)
				},
				unchanged: { old: null, new: report.counts.unchanged }
			}
		});
	});
	return { report, wrote: work.length > 0 };
}

/** The municipality's records as CSV, in the columns the import reads. */
export async function exportCsv<T>(kind: ImportKind<T>, municipalityId: number): Promise<string> {
	const { own } = await kind.prepare(municipalityId);
	const rows = [...own.values()]
		.map((e) => kind.cells(e.record))
		.sort((a, b) => a.external_id.localeCompare(b.external_id));
	return toCsv(kind.columns, rows);
}

/** A template: the header and one example row. */
export function templateCsv(columns: readonly string[], example: Record<string, string>): string {
	return toCsv(columns, [example]);
}

/** Shared cell checks. */
export const externalIdPattern = /^[a-z0-9][a-z0-9-]{0,79}$/;

export function ageCell(
	value: string,
	column: string,
	errors: CellErrors,
	required: boolean
): number | null {
	if (value === '') {
		if (required) errors.push({ column, message: 'an age is required' });
		return null;
	}
	if (!/^\d{1,3}$/.test(value) || Number(value) > 120) {
		errors.push({ column, message: 'an age must be a whole number from 0 to 120' });
		return null;
	}
	return Number(value);
}

export function urlCell(value: string, column: string, errors: CellErrors): string | null {
	if (value === '') return null;
	if (value.startsWith('/')) return value;
	try {
		const url = new URL(value);
		if (url.protocol === 'https:' || url.protocol === 'http:') return value;
	} catch {
		// reported below
	}
	errors.push({ column, message: 'a web address must start with https://' });
	return null;
}

export function emailCell(value: string, column: string, errors: CellErrors): string | null {
	if (value === '') return null;
	if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
		errors.push({ column, message: 'not an email address' });
		return null;
	}
	return value;
}

export function numberCell(
	value: string,
	column: string,
	errors: CellErrors,
	min: number,
	max: number
): number | null {
	if (value === '') return null;
	const n = Number(value.replace(',', '.'));
	if (!Number.isFinite(n) || n < min || n > max) {
		errors.push({ column, message: `must be a number from ${min} to ${max}` });
		return null;
	}
	return n;
}

export function listCell(value: string): string[] {
	return value
		.split('|')
		.map((v) => v.trim())
		.filter(Boolean);
}
