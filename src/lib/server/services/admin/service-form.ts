import * as v from 'valibot';
import {
	fieldErrors,
	formText,
	formVersion,
	optionalEmail,
	optionalUrl,
	parseFields,
	requiredText as required,
	type FormErrors,
	type FormValues,
	type Parsed
} from '$lib/server/forms';
import { isLocalDate, osloToday, weekdayCodes } from '$lib/server/time';
import { type NewService, type ServiceEdit, type WeeklyHours } from './services';
import {
	checkContactFacts,
	contactFactKeys,
	yesNoValue,
	type ContactFactKey
} from './contact-facts-form';

export type { FormErrors, FormValues };

/**
 * The service edit form, from FormData (every value `unknown`) to a `ServiceEdit`, with one
 * message key per field that is wrong. Weekly hours come as rows `hours.N.*`; empty rows
 * (the blank ones the form offers for adding) are skipped.
 */
const opening = /^([01]\d|2[0-3]):[0-5]\d$/;
const closing = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const maxHourRows = 30;

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

/** Dates one per line (or comma-separated), each a real YYYY-MM-DD; sorted, no repeats. */
const closedDays = v.pipe(
	v.string(),
	v.transform((text) => [...new Set(text.split(/[\s,]+/).filter(Boolean))].sort()),
	v.check((dates) => dates.length <= 100 && dates.every(isLocalDate), 'dates_invalid')
);

const Fields = v.pipe(
	v.object({
		organizationId,
		name: required(200),
		summary: required(500),
		description: required(5000),
		status: v.picklist(['active', 'inactive'], 'required'),
		minAge: age,
		maxAge: age,
		website: optionalUrl,
		email: optionalEmail,
		chatUrl: optionalUrl,
		closedDays
	}),
	v.forward(
		v.check(
			({ minAge, maxAge }) => minAge === null || maxAge === null || minAge <= maxAge,
			'age_order'
		),
		['maxAge']
	)
);
const fieldKeys = [
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
] as const;
const flagKeys = ['isFree', 'dropIn', 'canBeAnonymous', 'referralRequired'] as const;

const HoursRow = v.object({
	kind: v.pipe(
		v.string(),
		v.transform((kind): WeeklyHours['kind'] => (kind === 'drop_in' ? 'drop_in' : 'open'))
	),
	byday: v.pipe(
		v.string(),
		v.check(
			(days) =>
				days !== '' &&
				days.split(',').every((d) => (weekdayCodes as readonly string[]).includes(d)),
			'byday_invalid'
		)
	),
	opensAt: v.pipe(v.string(), v.regex(opening, 'time_invalid')),
	closesAt: v.pipe(v.string(), v.regex(closing, 'time_invalid'))
});
const hourKeys = ['kind', 'byday', 'opensAt', 'closesAt'] as const;

/** One `hours.N.*` row: what it shows again, and the hours or its field errors. */
function parseHoursRow(form: FormData, n: number) {
	const key = (field: string) => `hours.${n}.${field}`;
	const row = {
		kind: formText(form, key('kind'), 10),
		byday: formText(form, key('byday'), 40).toUpperCase().replace(/\s+/g, ''),
		opensAt: formText(form, key('opensAt'), 5).trim(),
		closesAt: formText(form, key('closesAt'), 5).trim()
	};
	const values = Object.fromEntries(hourKeys.map((field) => [key(field), row[field]]));
	if (!row.byday && !row.opensAt && !row.closesAt) return { values, blank: true as const };
	const result = v.safeParse(HoursRow, row);
	if (result.success) return { values, hours: result.output };
	const errors = Object.entries(fieldErrors(result.issues)).map(([field, message]) => [
		key(field),
		message
	]);
	return { values, errors: Object.fromEntries(errors) as FormErrors };
}

/** `today` (Oslo) only so a "confirmed on" date in the future is refused. */
export function parseServiceForm(
	form: FormData,
	today: string = osloToday()
): Parsed<ServiceEdit> & { version: number } {
	const fields = parseFields(Fields, form, fieldKeys);
	const factValues = Object.fromEntries(
		contactFactKeys.map((key) => [key, formText(form, key)])
	) as Record<ContactFactKey, string>;
	const facts = checkContactFacts(factValues, today);
	const version = formVersion(form);
	const values: FormValues = { ...fields.values, ...factValues };
	const errors: FormErrors = {
		...(fields.ok ? {} : fields.errors),
		...(facts.ok ? {} : facts.errors)
	};
	for (const key of flagKeys) values[key] = form.get(key) === 'on';
	// A repeated key (topics=a&topics=a) is one choice, not a duplicate row.
	const topics = [
		...new Set(form.getAll('topics').filter((t): t is string => typeof t === 'string'))
	].slice(0, 50);
	values.topics = topics;

	const hours: WeeklyHours[] = [];
	for (let n = 0; n < maxHourRows; n++) {
		if (!form.has(`hours.${n}.opensAt`)) continue;
		const row = parseHoursRow(form, n);
		Object.assign(values, row.values);
		if (row.errors) Object.assign(errors, row.errors);
		if (row.hours) hours.push(row.hours);
	}
	if (version === 0) errors.form = 'stale_form';

	if (!fields.ok || !facts.ok || Object.keys(errors).length > 0)
		return { ok: false, errors, values, version };
	const flags = Object.fromEntries(flagKeys.map((key) => [key, values[key] === true])) as Record<
		(typeof flagKeys)[number],
		boolean
	>;
	return {
		ok: true,
		version,
		values,
		value: { ...fields.value, ...facts.value, ...flags, hours, topics: [...topics].sort() }
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
		alert: edit.alert ?? '',
		alertFrom: edit.alertFrom ?? '',
		alertTo: edit.alertTo ?? '',
		replyMinutes: edit.replyMinutes === null ? '' : String(edit.replyMinutes),
		waitDays: edit.waitDays === null ? '' : String(edit.waitDays),
		timesConfirmedOn: edit.timesConfirmedOn ?? '',
		whoAnswers: edit.whoAnswers ?? '',
		writtenDown: edit.writtenDown ?? '',
		whoIsTold: edit.whoIsTold ?? '',
		ownDecisionAge: edit.ownDecisionAge === null ? '' : String(edit.ownDecisionAge),
		bringFriend: yesNoValue(edit.bringFriend),
		interpreter: yesNoValue(edit.interpreter),
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
