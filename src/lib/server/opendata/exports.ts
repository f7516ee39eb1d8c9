import { and, asc, eq, ne } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { consultationRound } from '$lib/server/db/schema';
import { recordChange } from '$lib/server/audit/log';
import type { AuthUser } from '$lib/server/auth/guard';
import { listMeasuresForStaff } from '$lib/server/plans/measures';
import { loadRoundResults } from '$lib/server/consultations/results';
import { toCsv } from './csv';
import {
	activityImport,
	activityColumns,
	activityTemplateExample
} from '$lib/server/activities/csv';
import { exportCsv, templateCsv } from './import';
import { serviceColumns, serviceImport, serviceTemplateExample } from './services-csv';

export const exportKinds = ['tjenester', 'aktiviteter', 'tiltak', 'horingsresultater'] as const;
export type ExportKind = (typeof exportKinds)[number];

export function isExportKind(value: string): value is ExportKind {
	return (exportKinds as readonly string[]).includes(value);
}

const measureColumns = [
	'measure_id',
	'version',
	'focus_area',
	'title',
	'title_en',
	'description',
	'level',
	'target_group',
	'age_min',
	'age_max',
	'purpose',
	'responsible',
	'participants',
	'status',
	'period_start',
	'period_end',
	'service_ids'
] as const;

async function measuresCsv(municipalityId: number): Promise<string> {
	const found = await listMeasuresForStaff(municipalityId);
	const rows = (found?.measures ?? []).map(({ m, v, area, services }) => ({
		measure_id: m.id,
		version: v.version,
		focus_area: area.title,
		title: v.title,
		title_en: v.titleEn,
		description: v.description,
		level: v.level,
		target_group: v.targetGroup,
		age_min: v.ageMin,
		age_max: v.ageMax,
		purpose: v.purpose,
		responsible: v.responsible,
		participants: v.participants,
		status: v.status,
		period_start: v.periodStart,
		period_end: v.periodEnd,
		service_ids: services
			.map((s) => s.slug)
			.filter(Boolean)
			.join('|')
	}));
	return toCsv(measureColumns, rows);
}

const resultColumns = [
	'round_id',
	'round_title',
	'round_status',
	'deadline',
	'measure',
	'submitted_responses',
	'answered',
	'support',
	'support_with_changes',
	'do_not_support',
	'not_sure',
	'importance_mean',
	'importance_spread',
	'rank',
	'comments',
	'suggested_changes'
] as const;

/**
 * Aggregated answers per round and measure. Never a name: not the members', and not the
 * name a member chose to sign a comment with.
 */
async function consultationResultsCsv(municipalityId: number): Promise<string> {
	const rounds = await db
		.select()
		.from(consultationRound)
		.where(
			and(
				eq(consultationRound.municipalityId, municipalityId),
				ne(consultationRound.status, 'draft')
			)
		)
		.orderBy(asc(consultationRound.opensOn))
		.all();
	const rows: Record<string, string | number | null>[] = [];
	for (const round of rounds) {
		const results = await loadRoundResults(round.id);
		for (const rm of results.roundMeasures) {
			const a = results.aggregates.get(rm.id);
			rows.push({
				round_id: round.id,
				round_title: round.title,
				round_status: round.status,
				deadline: round.deadline,
				measure: rm.frozen.title,
				submitted_responses: results.submitted,
				answered: a?.answered ?? 0,
				support: a?.stances.support ?? 0,
				support_with_changes: a?.stances.support_with_changes ?? 0,
				do_not_support: a?.stances.do_not_support ?? 0,
				not_sure: a?.stances.not_sure ?? 0,
				importance_mean: a?.importanceMean ?? null,
				importance_spread: a?.importanceSpread ?? null,
				rank: results.ranking.find((r) => r.roundMeasureId === rm.id)?.rank ?? null,
				comments: (a?.comments ?? []).map((c) => c.text).join(' | '),
				suggested_changes: (a?.suggestedChanges ?? []).map((c) => c.text).join(' | ')
			});
		}
	}
	return toCsv(resultColumns, rows);
}

/** The CSV for a download, recorded in the audit log as an export. */
export async function exportFor(user: AuthUser, kind: ExportKind): Promise<string> {
	const csv =
		kind === 'tjenester'
			? await exportCsv(serviceImport, user.municipalityId)
			: kind === 'aktiviteter'
				? await exportCsv(activityImport, user.municipalityId)
				: kind === 'tiltak'
					? await measuresCsv(user.municipalityId)
					: await consultationResultsCsv(user.municipalityId);
	await recordChange({
		actorId: user.id,
		municipalityId: user.municipalityId,
		entity: kind,
		entityId: 'csv',
		action: 'export',
		changes: { rows: { old: null, new: csv.split('\r\n').length - 2 } }
	});
	return csv;
}

export function templateFor(kind: 'tjenester' | 'aktiviteter'): string {
	return kind === 'tjenester'
		? templateCsv(serviceColumns, serviceTemplateExample)
		: templateCsv(activityColumns, activityTemplateExample);
}

/** A CSV download: never cached (staff data), named so a spreadsheet program opens it. */
export function csvResponse(csv: string, fileName: string): Response {
	return new Response(csv, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': `attachment; filename="${fileName}"`,
			'cache-control': 'private, no-store'
		}
	});
}
