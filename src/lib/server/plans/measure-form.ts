import {
	indicatorSources,
	measureStatuses,
	preventionLevels,
	type IndicatorSource,
	type MeasureStatus,
	type PreventionLevel
} from '$lib/server/db/schema';

/**
 * Parsing of the staff forms for measures, indicators, measured values and focus areas.
 * FormData is unknown input: every field is checked here, on the server, and each error is a
 * code the page turns into a field-level message (`admin_plans.error_<code>`). What was typed
 * comes back in `values` so a refused form keeps it.
 */
export type FormValues = Record<string, string | string[]>;
export type Parsed<T> =
	| { ok: true; value: T; values: FormValues }
	| { ok: false; errors: Record<string, string>; values: FormValues };

export type MeasureEdit = {
	title: string;
	titleEn: string | null;
	description: string;
	descriptionEn: string | null;
	level: PreventionLevel;
	focusAreaId: number;
	targetGroup: string;
	targetGroupEn: string | null;
	ageMin: number | null;
	ageMax: number | null;
	purpose: string;
	purposeEn: string | null;
	responsible: string;
	participants: string;
	status: MeasureStatus;
	periodStart: number;
	periodEnd: number;
	/** Finder services, in the order they were ticked. */
	serviceIds: number[];
	changeNote: string;
	/** The consultation round this change answers, if any. */
	roundId: number | null;
};

/** What the form may pick from: anything else is refused, whatever the browser sent. */
export type MeasureFormChoices = {
	focusAreaIds: readonly number[];
	serviceIds: readonly number[];
	roundIds: readonly number[];
};

const textFields = {
	title: 300,
	titleEn: 300,
	description: 4000,
	descriptionEn: 4000,
	targetGroup: 300,
	targetGroupEn: 300,
	purpose: 1000,
	purposeEn: 1000,
	responsible: 300,
	participants: 500,
	changeNote: 500
} as const;

const raw = (form: FormData, name: string): string => {
	const v = form.get(name);
	return typeof v === 'string' ? v.trim() : '';
};

/** Reads text fields, records "too_long" instead of silently cutting what was typed. */
function texts<K extends string>(
	form: FormData,
	limits: Record<K, number>,
	values: FormValues,
	errors: Record<string, string>
): Record<K, string> {
	const out = {} as Record<K, string>;
	for (const [name, max] of Object.entries(limits) as [K, number][]) {
		const v = raw(form, name);
		values[name] = v;
		if (v.length > max) errors[name] = 'too_long';
		out[name] = v;
	}
	return out;
}

/** A whole number in [min, max], or null when empty; NaN when typed but not valid. */
export function parseWhole(text: string, min: number, max: number): number | null {
	if (text === '') return null;
	if (!/^-?\d{1,6}$/.test(text)) return Number.NaN;
	const n = Number(text);
	return n >= min && n <= max ? n : Number.NaN;
}

/** A decimal number, with a comma or a point ("12,5" is what Norwegians type). */
export function parseDecimal(text: string): number | null {
	if (text === '') return null;
	const normalized = text.replace(/\s/g, '').replace(',', '.');
	if (!/^-?\d{1,9}(\.\d{1,4})?$/.test(normalized)) return Number.NaN;
	return Number(normalized);
}

function positiveId(text: string): number | null {
	return /^\d{1,9}$/.test(text) && Number(text) > 0 ? Number(text) : null;
}

/** The version the form was based on (optimistic concurrency). */
export function baseVersionOf(form: FormData): number | null {
	return positiveId(raw(form, 'baseVersion'));
}

export function parseMeasureForm(form: FormData, choices: MeasureFormChoices): Parsed<MeasureEdit> {
	const errors: Record<string, string> = {};
	const values: FormValues = {};
	const t = texts(form, textFields, values, errors);
	for (const k of ['title', 'description', 'targetGroup', 'responsible'] as const)
		if (!t[k]) errors[k] = 'required';

	const level = raw(form, 'level');
	const status = raw(form, 'status');
	values.level = level;
	values.status = status;
	if (!(preventionLevels as readonly string[]).includes(level)) errors.level = 'not_in_list';
	if (!(measureStatuses as readonly string[]).includes(status)) errors.status = 'not_in_list';

	values.focusAreaId = raw(form, 'focusAreaId');
	const focusAreaId = positiveId(values.focusAreaId);
	if (focusAreaId === null || !choices.focusAreaIds.includes(focusAreaId))
		errors.focusAreaId = 'not_in_list';

	values.ageMin = raw(form, 'ageMin');
	values.ageMax = raw(form, 'ageMax');
	const ageMin = parseWhole(values.ageMin, 0, 30);
	const ageMax = parseWhole(values.ageMax, 0, 30);
	if (Number.isNaN(ageMin)) errors.ageMin = 'age_invalid';
	if (Number.isNaN(ageMax)) errors.ageMax = 'age_invalid';
	if (!errors.ageMin && !errors.ageMax) {
		if ((ageMin === null) !== (ageMax === null))
			errors[ageMin === null ? 'ageMin' : 'ageMax'] = 'age_both';
		else if (ageMin !== null && ageMax !== null && ageMax < ageMin) errors.ageMax = 'age_order';
	}

	values.periodStart = raw(form, 'periodStart');
	values.periodEnd = raw(form, 'periodEnd');
	const periodStart = parseWhole(values.periodStart, 2000, 2100);
	const periodEnd = parseWhole(values.periodEnd, 2000, 2100);
	if (periodStart === null) errors.periodStart = 'required';
	else if (Number.isNaN(periodStart)) errors.periodStart = 'year_invalid';
	if (periodEnd === null) errors.periodEnd = 'required';
	else if (Number.isNaN(periodEnd)) errors.periodEnd = 'year_invalid';
	else if (periodStart !== null && !Number.isNaN(periodStart) && periodEnd < periodStart)
		errors.periodEnd = 'period_order';

	const picked = form.getAll('serviceIds').filter((v): v is string => typeof v === 'string');
	values.serviceIds = picked;
	const serviceIds: number[] = [];
	for (const p of picked) {
		const id = positiveId(p.trim());
		if (id === null || !choices.serviceIds.includes(id)) {
			errors.serviceIds = 'unknown_service';
			continue;
		}
		if (!serviceIds.includes(id)) serviceIds.push(id);
	}
	if (serviceIds.length > 20) errors.serviceIds = 'too_many_services';

	values.roundId = raw(form, 'roundId');
	let roundId: number | null = null;
	if (values.roundId) {
		roundId = positiveId(values.roundId);
		if (roundId === null || !choices.roundIds.includes(roundId)) errors.roundId = 'not_in_list';
	}

	if (Object.keys(errors).length) return { ok: false, errors, values };
	return {
		ok: true,
		values,
		value: {
			title: t.title,
			titleEn: t.titleEn || null,
			description: t.description,
			descriptionEn: t.descriptionEn || null,
			level: level as PreventionLevel,
			focusAreaId: focusAreaId!,
			targetGroup: t.targetGroup,
			targetGroupEn: t.targetGroupEn || null,
			ageMin,
			ageMax,
			purpose: t.purpose,
			purposeEn: t.purposeEn || null,
			responsible: t.responsible,
			participants: t.participants,
			status: status as MeasureStatus,
			periodStart: periodStart!,
			periodEnd: periodEnd!,
			serviceIds,
			changeNote: t.changeNote,
			roundId
		}
	};
}

export type IndicatorEdit = {
	name: string;
	nameEn: string | null;
	source: IndicatorSource;
	unit: string;
	baseline: number;
	baselineYear: number;
	target: number;
	targetYear: number;
};

export function parseIndicatorForm(form: FormData): Parsed<IndicatorEdit> {
	const errors: Record<string, string> = {};
	const values: FormValues = {};
	const t = texts(form, { name: 200, nameEn: 200, unit: 20 }, values, errors);
	if (!t.name) errors.name = 'required';
	if (!t.unit) errors.unit = 'required';
	const source = raw(form, 'source');
	values.source = source;
	if (!(indicatorSources as readonly string[]).includes(source)) errors.source = 'not_in_list';
	const numbers: Record<string, number> = {};
	for (const name of ['baseline', 'target'] as const) {
		values[name] = raw(form, name);
		const n = parseDecimal(values[name]);
		if (n === null) errors[name] = 'required';
		else if (Number.isNaN(n)) errors[name] = 'number_invalid';
		else numbers[name] = n;
	}
	for (const name of ['baselineYear', 'targetYear'] as const) {
		values[name] = raw(form, name);
		const n = parseWhole(values[name], 2000, 2100);
		if (n === null) errors[name] = 'required';
		else if (Number.isNaN(n)) errors[name] = 'year_invalid';
		else numbers[name] = n;
	}
	if (!errors.baselineYear && !errors.targetYear && numbers.targetYear < numbers.baselineYear)
		errors.targetYear = 'target_year_order';
	if (Object.keys(errors).length) return { ok: false, errors, values };
	return {
		ok: true,
		values,
		value: {
			name: t.name,
			nameEn: t.nameEn || null,
			source: source as IndicatorSource,
			unit: t.unit,
			baseline: numbers.baseline,
			baselineYear: numbers.baselineYear,
			target: numbers.target,
			targetYear: numbers.targetYear
		}
	};
}

export type IndicatorValueEdit = { measuredOn: string; value: number };

/** A measured value: a real calendar date, not in the future, and a number. */
export function parseIndicatorValueForm(form: FormData, today: string): Parsed<IndicatorValueEdit> {
	const errors: Record<string, string> = {};
	const values: FormValues = { measuredOn: raw(form, 'measuredOn'), value: raw(form, 'value') };
	const date = values.measuredOn as string;
	if (!date) errors.measuredOn = 'required';
	else if (!isCalendarDate(date) || date < '2000-01-01') errors.measuredOn = 'date_invalid';
	else if (date > today) errors.measuredOn = 'date_future';
	const n = parseDecimal(values.value as string);
	if (n === null) errors.value = 'required';
	else if (Number.isNaN(n)) errors.value = 'number_invalid';
	if (Object.keys(errors).length) return { ok: false, errors, values };
	return { ok: true, values, value: { measuredOn: date, value: n! } };
}

export function isCalendarDate(text: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
	const d = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export type FocusAreaEdit = {
	title: string;
	titleEn: string | null;
	description: string;
	descriptionEn: string | null;
};

export function parseFocusAreaForm(form: FormData): Parsed<FocusAreaEdit> {
	const errors: Record<string, string> = {};
	const values: FormValues = {};
	const t = texts(
		form,
		{ title: 200, titleEn: 200, description: 1000, descriptionEn: 1000 },
		values,
		errors
	);
	if (!t.title) errors.title = 'required';
	if (Object.keys(errors).length) return { ok: false, errors, values };
	return {
		ok: true,
		values,
		value: {
			title: t.title,
			titleEn: t.titleEn || null,
			description: t.description,
			descriptionEn: t.descriptionEn || null
		}
	};
}

/** A URL-safe key from a title: "Læring og mestring" → "laering-og-mestring". */
export function slugify(text: string): string {
	const slug = text
		.toLowerCase()
		.replace(/æ/g, 'ae')
		.replace(/ø/g, 'o')
		.replace(/å/g, 'a')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/g, '');
	return slug || 'tiltak';
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) return base;
	for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
