import * as v from 'valibot';
import {
	formText,
	formVersion,
	optionalLatitude,
	optionalLongitude,
	optionalPostalCode,
	optionalText,
	parseFields,
	phoneNumber,
	requiredText,
	type FormValues,
	type Parsed
} from '$lib/server/forms';
import type { LocationEdit, PhoneEdit } from './service-parts';

/**
 * The one-row forms on the service page (a location, a phone). Each row is its own form,
 * so field names carry no row number; the row's id comes as `rowId` (absent when adding).
 */

const LocationFields = v.object({
	name: requiredText(200),
	address: optionalText(200),
	postalCode: optionalPostalCode,
	city: optionalText(100),
	latitude: optionalLatitude,
	longitude: optionalLongitude,
	accessibility: optionalText(1000),
	directions: optionalText(1000)
});

const locationKeys = [
	'name',
	'address',
	'postalCode',
	'city',
	'latitude',
	'longitude',
	'accessibility',
	'directions'
] as const;

type RowForm<T> = Parsed<T> & { version: number; rowId: number | null };

function rowId(form: FormData): number | null {
	const id = Number(formText(form, 'rowId', 12));
	return Number.isInteger(id) && id >= 1 ? id : null;
}

export function parseLocationForm(form: FormData): RowForm<LocationEdit> {
	const parsed = parseFields(LocationFields, form, locationKeys);
	const extra = { version: formVersion(form), rowId: rowId(form) };
	if (!parsed.ok) return { ...parsed, ...extra };
	// A map pin needs both halves; one alone would put the place in the sea.
	const { latitude, longitude } = parsed.value;
	if ((latitude === null) !== (longitude === null))
		return {
			ok: false,
			errors: { [latitude === null ? 'latitude' : 'longitude']: 'coordinates_pair' },
			values: parsed.values,
			...extra
		};
	return { ...parsed, ...extra };
}

export function locationFormValues(edit: LocationEdit): FormValues {
	return {
		name: edit.name,
		address: edit.address ?? '',
		postalCode: edit.postalCode ?? '',
		city: edit.city ?? '',
		latitude: edit.latitude === null ? '' : String(edit.latitude),
		longitude: edit.longitude === null ? '' : String(edit.longitude),
		accessibility: edit.accessibility ?? '',
		directions: edit.directions ?? ''
	};
}

const PhoneFields = v.object({
	number: phoneNumber,
	type: v.picklist(['voice', 'text'], 'required'),
	description: optionalText(300)
});

export function parsePhoneForm(form: FormData): RowForm<PhoneEdit> {
	return {
		...parseFields(PhoneFields, form, ['number', 'type', 'description']),
		version: formVersion(form),
		rowId: rowId(form)
	};
}

export function phoneFormValues(edit: PhoneEdit): FormValues {
	return { number: edit.number, type: edit.type, description: edit.description ?? '' };
}
