import * as v from 'valibot';
import {
	optionalEmail,
	optionalUrl,
	parseFields,
	requiredText as required,
	type FormErrors,
	type FormValues,
	type Parsed
} from '$lib/server/forms';
import type { NewService, ServiceEdit, WeeklyHours } from './services';

export type { FormErrors, FormValues };

/**
 * The service edit form, from FormData (every value `unknown`) to a `ServiceEdit`, with one
 * message key per field that is wrong. Weekly hours come as rows `hours.N.*`; empty rows
 * (the blank ones the form offers for adding) are skipped.
 */
const days = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const time = /^([01]\d|2[0-3]):[0-5]\d$/;
const closing = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const age = v.pipe(
	v.string(),
	v.trim(),
	v.regex(/^(\d{1,2})?$/, 'age_invalid'),
	v.transform((value) => (value === '' ? null : Number(value)))
);

const organizationId = v.pipe(
	v.string(),
	v.regex(/^\d{1,9}$/, 'organization_required'),
	v.transform(Number)
);

const Fields = v.object({
	organizationId,
	name: required(200),
	summary: required(500),
	description: required(5000),
	status: v.picklist(['active', 'inactive'], 'required'),
	minAge: age,
	maxAge: age,
	website: optionalUrl,
	email: optionalEmail,
	chatUrl: optionalUrl
});

export type ParsedServiceForm =
	| { ok: true; version: number; value: ServiceEdit; values: FormValues }
	| { ok: false; errors: FormErrors; values: FormValues };

function str(form: FormData, key: string, max = 6000): string {
	const value = form.get(key);
	return typeof value === 'string' ? value.slice(0, max) : '';
}

export function parseServiceForm(form: FormData): ParsedServiceForm {
	const errors: FormErrors = {};
	const values: FormValues = {};
	for (const key of [
		'organizationId',
		'name',
		'summary',
		'description',
		'status',
		'minAge',
		'maxAge',
		'website',
		'email',
		'chatUrl',
		'closedDays'
	])
		values[key] = str(form, key);
	for (const key of ['isFree', 'dropIn', 'canBeAnonymous', 'referralRequired'])
		values[key] = form.get(key) === 'on';
	values.topics = form
		.getAll('topics')
		.filter((t): t is string => typeof t === 'string')
		.slice(0, 50);

	const fields = v.safeParse(
		Fields,
		Object.fromEntries(
			[
				'organizationId',
				'name',
				'summary',
				'description',
				'status',
				'minAge',
				'maxAge',
				'website',
				'email',
				'chatUrl'
			].map((k) => [k, form.get(k) ?? ''])
		)
	);
	if (!fields.success) {
		for (const issue of fields.issues) {
			const key = issue.path?.[0]?.key;
			if (typeof key === 'string' && !errors[key]) errors[key] = issue.message;
		}
	}

	const hours: WeeklyHours[] = [];
	for (let i = 0; i < 30; i++) {
		if (!form.has(`hours.${i}.opensAt`)) continue;
		const row = {
			kind: str(form, `hours.${i}.kind`, 10),
			byday: str(form, `hours.${i}.byday`, 40).toUpperCase().replace(/\s+/g, ''),
			opensAt: str(form, `hours.${i}.opensAt`, 5).trim(),
			closesAt: str(form, `hours.${i}.closesAt`, 5).trim()
		};
		values[`hours.${i}.kind`] = row.kind;
		values[`hours.${i}.byday`] = row.byday;
		values[`hours.${i}.opensAt`] = row.opensAt;
		values[`hours.${i}.closesAt`] = row.closesAt;
		if (!row.byday && !row.opensAt && !row.closesAt) continue;
		if (!row.byday || row.byday.split(',').some((d) => !days.includes(d)))
			errors[`hours.${i}.byday`] = 'byday_invalid';
		if (!time.test(row.opensAt)) errors[`hours.${i}.opensAt`] = 'time_invalid';
		if (!closing.test(row.closesAt)) errors[`hours.${i}.closesAt`] = 'time_invalid';
		hours.push({
			kind: row.kind === 'drop_in' ? 'drop_in' : 'open',
			byday: row.byday,
			opensAt: row.opensAt,
			closesAt: row.closesAt
		});
	}

	const closedDays = [
		...new Set(
			String(values.closedDays)
				.split(/[\s,]+/)
				.filter(Boolean)
		)
	];
	if (
		closedDays.length > 100 ||
		closedDays.some((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || Number.isNaN(Date.parse(d)))
	)
		errors.closedDays = 'dates_invalid';

	const version = Number(str(form, 'version', 12));
	if (!Number.isInteger(version) || version < 1) errors.form = 'stale_form';

	if (!fields.success || Object.keys(errors).length > 0) return { ok: false, errors, values };
	const f = fields.output;
	if (f.minAge !== null && f.maxAge !== null && f.minAge > f.maxAge)
		return { ok: false, errors: { maxAge: 'age_order' }, values };
	return {
		ok: true,
		version,
		values,
		value: {
			...f,
			isFree: values.isFree as boolean,
			dropIn: values.dropIn as boolean,
			canBeAnonymous: values.canBeAnonymous as boolean,
			referralRequired: values.referralRequired as boolean,
			hours,
			closedDays: closedDays.sort(),
			topics: [...(values.topics as string[])].sort()
		}
	};
}

/** The form's values for a saved service (what the fields show before any edit). */
export function formValuesOf(edit: ServiceEdit): FormValues {
	const values: FormValues = {
		organizationId: String(edit.organizationId),
		name: edit.name,
		summary: edit.summary,
		description: edit.description,
		status: edit.status,
		minAge: edit.minAge === null ? '' : String(edit.minAge),
		maxAge: edit.maxAge === null ? '' : String(edit.maxAge),
		website: edit.website ?? '',
		email: edit.email ?? '',
		chatUrl: edit.chatUrl ?? '',
		closedDays: edit.closedDays.join('\n'),
		isFree: edit.isFree,
		dropIn: edit.dropIn,
		canBeAnonymous: edit.canBeAnonymous,
		referralRequired: edit.referralRequired,
		topics: edit.topics
	};
	edit.hours.forEach((h, i) => {
		values[`hours.${i}.kind`] = h.kind;
		values[`hours.${i}.byday`] = h.byday;
		values[`hours.${i}.opensAt`] = h.opensAt;
		values[`hours.${i}.closesAt`] = h.closesAt;
	});
	return values;
}

const NewServiceFields = v.object({ name: required(200), organizationId });

/** The "new service" form: only what a draft needs (its nb name and who runs it). */
export function parseNewServiceForm(form: FormData): Parsed<NewService> {
	return parseFields(NewServiceFields, form, ['name', 'organizationId']);
}
