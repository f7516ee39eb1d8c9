import {
	measureStatuses,
	preventionLevels,
	type MeasureStatus,
	type PreventionLevel
} from '$lib/server/db/schema';
import type { MeasureEdit } from './measures';

function str(form: FormData, name: string, max = 4000): string {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim().slice(0, max) : '';
}

export function parseMeasureForm(
	form: FormData
): { ok: true; value: MeasureEdit } | { ok: false; errors: Record<string, string> } {
	const errors: Record<string, string> = {};
	const level = str(form, 'level');
	const status = str(form, 'status');
	const roundId = Number(str(form, 'roundId') || 0);
	const value: MeasureEdit = {
		title: str(form, 'title', 300),
		titleEn: str(form, 'titleEn', 300) || null,
		description: str(form, 'description'),
		descriptionEn: str(form, 'descriptionEn') || null,
		targetGroup: str(form, 'targetGroup', 300),
		purpose: str(form, 'purpose', 1000),
		responsible: str(form, 'responsible', 300),
		participants: str(form, 'participants', 500),
		level: level as PreventionLevel,
		status: status as MeasureStatus,
		changeNote: str(form, 'changeNote', 500),
		roundId: Number.isSafeInteger(roundId) && roundId > 0 ? roundId : null
	};
	for (const k of ['title', 'description', 'targetGroup', 'responsible'] as const)
		if (!value[k]) errors[k] = 'required';
	if (!(preventionLevels as readonly string[]).includes(level)) errors.level = 'required';
	if (!(measureStatuses as readonly string[]).includes(status)) errors.status = 'required';
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}
