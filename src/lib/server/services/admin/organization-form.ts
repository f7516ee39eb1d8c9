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

/** The organization form, from FormData (every value `unknown`) to an `OrganizationEdit`. */
export function parseOrganizationForm(
	form: FormData
): Parsed<OrganizationEdit> & { version: number } {
	return { ...parseFields(Fields, form, keys), version: formVersion(form) };
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
