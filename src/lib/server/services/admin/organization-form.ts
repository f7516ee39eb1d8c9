import * as v from 'valibot';
import {
	formVersion,
	optionalEmail,
	optionalText,
	optionalUrl,
	parseFields,
	requiredText,
	type FormValues,
	type Parsed
} from '$lib/server/forms';
import type { OrganizationEdit } from './organizations';

const Fields = v.object({
	name: requiredText(200),
	description: optionalText(2000),
	website: optionalUrl,
	email: optionalEmail,
	status: v.picklist(['active', 'inactive'], 'required')
});

const keys = ['name', 'description', 'website', 'email', 'status'] as const;

/** The "new organization" form, from FormData (every value `unknown`) to an `OrganizationEdit`. */
export function parseNewOrganizationForm(form: FormData): Parsed<OrganizationEdit> {
	return parseFields(Fields, form, keys);
}

/**
 * The edit form: the same fields plus the `version` it was rendered with, without which a
 * save could not be checked against someone else's (`stale_form`).
 */
export function parseOrganizationForm(
	form: FormData
): Parsed<OrganizationEdit> & { version: number } {
	const parsed = parseFields(Fields, form, keys);
	const version = formVersion(form);
	if (version > 0) return { ...parsed, version };
	const errors = { ...(parsed.ok ? {} : parsed.errors), form: 'stale_form' };
	return { ok: false, errors, values: parsed.values, version };
}

export function organizationFormValues(edit: OrganizationEdit): FormValues {
	return {
		name: edit.name,
		description: edit.description ?? '',
		website: edit.website ?? '',
		email: edit.email ?? '',
		status: edit.status
	};
}
