import * as v from 'valibot';

/**
 * Valibot pieces the staff forms share. Every message is a key under `admin.error_*`
 * (locales/<lng>/admin.json), so a field shows its problem in the person's workspace
 * language. Empty optional fields become `null`, which is what the database stores.
 */

export type FormValues = Record<string, string | string[] | boolean>;
export type FormErrors = Record<string, string>;

export const requiredText = (max: number) =>
	v.pipe(v.string(), v.trim(), v.nonEmpty('required'), v.maxLength(max, 'too_long'));

const blank = v.pipe(
	v.string(),
	v.trim(),
	v.empty(),
	v.transform(() => null)
);

export const optionalText = (max: number) =>
	v.union([blank, v.pipe(v.string(), v.trim(), v.maxLength(max, 'too_long'))], 'too_long');

/** Only https: a young person's browser should never be sent to a plain-text page. */
export const optionalUrl = v.union(
	[
		blank,
		v.pipe(
			v.string(),
			v.trim(),
			v.maxLength(500, 'too_long'),
			v.url('url_invalid'),
			v.startsWith('https://', 'url_invalid')
		)
	],
	'url_invalid'
);

export const optionalEmail = v.union(
	[blank, v.pipe(v.string(), v.trim(), v.maxLength(254, 'too_long'), v.email('email_invalid'))],
	'email_invalid'
);

/**
 * A number a young person can dial or text: short codes (113, 116 111), eight-digit
 * Norwegian numbers and international ones with `+`. Spaces are kept as written, since
 * staff group digits the way the service advertises them.
 */
export const phoneNumber = v.pipe(
	v.string(),
	v.trim(),
	v.nonEmpty('required'),
	v.regex(/^\+?\d[\d ]*$/, 'phone_invalid'),
	v.check((value) => {
		const digits = value.replace(/\D/g, '').length;
		return digits >= 3 && digits <= 15;
	}, 'phone_invalid')
);

/** Norwegian postal codes are four digits (0001–9991). */
export const optionalPostalCode = v.union(
	[blank, v.pipe(v.string(), v.trim(), v.regex(/^\d{4}$/, 'postal_code_invalid'))],
	'postal_code_invalid'
);

const coordinate = (limit: number) =>
	v.union(
		[
			blank,
			v.pipe(
				v.string(),
				v.trim(),
				// A comma is what a Norwegian keyboard gives for decimals.
				v.transform((value) => value.replace(',', '.')),
				v.regex(/^-?\d{1,3}(\.\d{1,8})?$/, 'coordinate_invalid'),
				v.transform(Number),
				v.minValue(-limit, 'coordinate_invalid'),
				v.maxValue(limit, 'coordinate_invalid')
			)
		],
		'coordinate_invalid'
	);

export const optionalLatitude = coordinate(90);
export const optionalLongitude = coordinate(180);

/** A string from FormData, or '' for a missing field or a file; cut at `max` characters. */
export function formText(form: FormData, key: string, max = 6000): string {
	const value = form.get(key);
	return typeof value === 'string' ? value.slice(0, max) : '';
}

/** The first problem of each field, keyed by field name (nested issues by their top key). */
export function fieldErrors(issues: readonly v.BaseIssue<unknown>[]): FormErrors {
	const errors: FormErrors = {};
	for (const issue of issues) {
		const key = issue.path?.[0]?.key;
		if (typeof key === 'string' && !errors[key]) errors[key] = issue.message;
	}
	return errors;
}

/** The `version` a form was rendered with; 0 when it is missing or nonsense. */
export function formVersion(form: FormData): number {
	const version = Number(formText(form, 'version', 12));
	return Number.isInteger(version) && version >= 1 ? version : 0;
}

export type Parsed<T> =
	| { ok: true; value: T; values: FormValues }
	| { ok: false; errors: FormErrors; values: FormValues };

/**
 * Reads `keys` from the form as text (what the fields show again on an error) and runs them
 * through `schema`. Keys in `lists` (checkbox groups, multiple selects) are read as every
 * string value they have; files and missing fields read as '' (or []).
 */
export function parseFields<S extends v.GenericSchema>(
	schema: S,
	form: FormData,
	keys: readonly string[],
	lists: readonly string[] = []
): Parsed<v.InferOutput<S>> {
	const values: FormValues = {};
	for (const key of keys) values[key] = formText(form, key);
	for (const key of lists)
		values[key] = form.getAll(key).filter((x): x is string => typeof x === 'string' && x !== '');
	const result = v.safeParse(schema, values);
	if (!result.success) return { ok: false, errors: fieldErrors(result.issues), values };
	return { ok: true, value: result.output, values };
}
