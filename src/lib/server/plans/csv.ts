import { listMeasuresForStaff } from '$lib/server/plans/measures';
import { toCsv } from '$lib/server/opendata/csv';

/** The plan's current measures as open data, one row per measure at its latest version. */
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

export async function measuresCsv(municipalityId: number): Promise<string> {
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
