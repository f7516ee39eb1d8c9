import * as v from 'valibot';
import {
	fieldErrors,
	formText,
	optionalText,
	parseFields,
	requiredText,
	type Parsed
} from '$lib/server/forms';
import {
	indicatorSources,
	measureStatuses,
	preventionLevels,
	type IndicatorSource,
	type MeasureStatus,
	type PreventionLevel
} from '$lib/server/db/schema';
import { isLocalDate } from '$lib/server/time';

/**
 * The staff forms for measures, indicators, measured values and focus areas, on the one
 * form path (`$lib/server/forms`). Every error is a code the page turns into a field-level
 * message (`admin_plans.error_<code>`); what was typed comes back in `values`, so a refused
 * form keeps it. Texts that are too long are refused ("too_long"), never silently cut.
 */

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

/** A text that may be left empty and is then stored as '' (not null). */
const plainText = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max, 'too_long'));

const isId = (text: string) => /^\d{1,9}$/.test(text) && Number(text) > 0;

/** The id of one of `ids`, typed as text; `message` for anything else. */
const oneOf = (ids: readonly number[], message: string) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.check(isId, message),
		v.transform(Number),
		v.check((id) => ids.includes(id), message)
	);

/** A whole number in [min, max] (ages, years): `message` for text that is not one. */
const whole = (min: number, max: number, message: string) =>
	v.pipe(
		v.string(),
		v.regex(/^-?\d{1,6}$/, message),
		v.transform(Number),
		v.minValue(min, message),
		v.maxValue(max, message)
	);

const blank = v.pipe(
	v.string(),
	v.trim(),
	v.empty(),
	v.transform(() => null)
);
const optionalAge = v.union(
	[blank, v.pipe(v.string(), v.trim(), whole(0, 30, 'age_invalid'))],
	'age_invalid'
);
const year = v.pipe(
	v.string(),
	v.trim(),
	v.nonEmpty('required'),
	whole(2000, 2100, 'year_invalid')
);

/** A decimal number, with a comma or a point ("12,5" is what Norwegians type). */
const decimal = v.pipe(
	v.string(),
	v.trim(),
	v.nonEmpty('required'),
	v.transform((text) => text.replace(/\s/g, '').replace(',', '.')),
	v.regex(/^-?\d{1,9}(\.\d{1,4})?$/, 'number_invalid'),
	v.transform(Number)
);

const measureKeys = [
	'title',
	'titleEn',
	'description',
	'descriptionEn',
	'level',
	'focusAreaId',
	'targetGroup',
	'targetGroupEn',
	'ageMin',
	'ageMax',
	'purpose',
	'purposeEn',
	'responsible',
	'participants',
	'status',
	'periodStart',
	'periodEnd',
	'changeNote',
	'roundId'
] as const;

function measureSchema(choices: MeasureFormChoices) {
	return v.pipe(
		v.object({
			title: requiredText(300),
			titleEn: optionalText(300),
			description: requiredText(4000),
			descriptionEn: optionalText(4000),
			level: v.picklist(preventionLevels, 'not_in_list'),
			focusAreaId: oneOf(choices.focusAreaIds, 'not_in_list'),
			targetGroup: requiredText(300),
			targetGroupEn: optionalText(300),
			ageMin: optionalAge,
			ageMax: optionalAge,
			purpose: plainText(1000),
			purposeEn: optionalText(1000),
			responsible: requiredText(300),
			participants: plainText(500),
			status: v.picklist(measureStatuses, 'not_in_list'),
			periodStart: year,
			periodEnd: year,
			changeNote: plainText(500),
			roundId: v.union([blank, oneOf(choices.roundIds, 'not_in_list')], 'not_in_list')
		}),
		// An age range is both ends or none; the message goes to the end that is missing.
		v.forward(
			v.partialCheck(
				[['ageMin'], ['ageMax']],
				(m) => !(m.ageMin === null && m.ageMax !== null),
				'age_both'
			),
			['ageMin']
		),
		v.forward(
			v.partialCheck(
				[['ageMin'], ['ageMax']],
				(m) => !(m.ageMax === null && m.ageMin !== null),
				'age_both'
			),
			['ageMax']
		),
		v.forward(
			v.partialCheck(
				[['ageMin'], ['ageMax']],
				(m) => m.ageMin === null || m.ageMax === null || m.ageMax >= m.ageMin,
				'age_order'
			),
			['ageMax']
		),
		v.forward(
			v.partialCheck(
				[['periodStart'], ['periodEnd']],
				(m) => m.periodEnd >= m.periodStart,
				'period_order'
			),
			['periodEnd']
		)
	);
}

/** The ticked services: each one offered, each once, in the order ticked, at most 20. */
function serviceIdsSchema(offered: readonly number[]) {
	return v.object({
		serviceIds: v.pipe(
			v.array(oneOf(offered, 'unknown_service')),
			v.transform((ids) => [...new Set(ids)]),
			v.maxLength(20, 'too_many_services')
		)
	});
}

export function parseMeasureForm(form: FormData, choices: MeasureFormChoices): Parsed<MeasureEdit> {
	const fields = parseFields(measureSchema(choices), form, measureKeys);
	const ticked = form.getAll('serviceIds').filter((id): id is string => typeof id === 'string');
	const services = v.safeParse(serviceIdsSchema(choices.serviceIds), { serviceIds: ticked });
	const values = { ...fields.values, serviceIds: ticked };
	if (!fields.ok || !services.success) {
		const errors = {
			...(fields.ok ? {} : fields.errors),
			...(services.success ? {} : fieldErrors(services.issues))
		};
		return { ok: false, errors, values };
	}
	return { ok: true, values, value: { ...fields.value, ...services.output } };
}

/** The version the form was based on (optimistic concurrency); null when missing. */
export function baseVersionOf(form: FormData): number | null {
	const text = formText(form, 'baseVersion', 12).trim();
	return isId(text) ? Number(text) : null;
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

const indicatorSchema = v.pipe(
	v.object({
		name: requiredText(200),
		nameEn: optionalText(200),
		source: v.picklist(indicatorSources, 'not_in_list'),
		unit: requiredText(20),
		baseline: decimal,
		baselineYear: year,
		target: decimal,
		targetYear: year
	}),
	v.forward(
		v.partialCheck(
			[['baselineYear'], ['targetYear']],
			(i) => i.targetYear >= i.baselineYear,
			'target_year_order'
		),
		['targetYear']
	)
);

export function parseIndicatorForm(form: FormData): Parsed<IndicatorEdit> {
	return parseFields(indicatorSchema, form, [
		'name',
		'nameEn',
		'source',
		'unit',
		'baseline',
		'baselineYear',
		'target',
		'targetYear'
	]);
}

export type IndicatorValueEdit = { measuredOn: string; value: number };

/** A measured value: a real calendar date, not in the future, and a number. */
export function parseIndicatorValueForm(form: FormData, today: string): Parsed<IndicatorValueEdit> {
	const schema = v.object({
		measuredOn: v.pipe(
			v.string(),
			v.trim(),
			v.nonEmpty('required'),
			v.check((date) => isLocalDate(date) && date >= '2000-01-01', 'date_invalid'),
			v.check((date) => date <= today, 'date_future')
		),
		value: decimal
	});
	return parseFields(schema, form, ['measuredOn', 'value']);
}

export type FocusAreaEdit = {
	title: string;
	titleEn: string | null;
	description: string;
	descriptionEn: string | null;
};

const focusAreaSchema = v.object({
	title: requiredText(200),
	titleEn: optionalText(200),
	description: plainText(1000),
	descriptionEn: optionalText(1000)
});

export function parseFocusAreaForm(form: FormData): Parsed<FocusAreaEdit> {
	return parseFields(focusAreaSchema, form, ['title', 'titleEn', 'description', 'descriptionEn']);
}
