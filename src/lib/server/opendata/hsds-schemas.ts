/**
 * JSON Schemas of the HSDS 3.0 objects this API publishes, written from the specification's
 * field list (openreferral/specification, schema/*.json: names, types, required fields and
 * enums). `additionalProperties: false` makes a misspelt field fail the contract test too.
 * Used by hsds.spec.ts; kept beside the code so a change to the API meets them first.
 */
const uuid = {
	type: 'string',
	pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
};
const text = { type: ['string', 'null'] };
const number = { type: ['number', 'null'] };
const date = { type: ['string', 'null'], pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
const time = { type: ['string', 'null'], pattern: '^\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})$' };

function object(required: string[], properties: Record<string, unknown>) {
	return { type: 'object', required, properties, additionalProperties: false };
}

export const taxonomySchema = object(['id', 'name', 'description'], {
	id: uuid,
	name: { type: 'string' },
	description: { type: 'string' },
	uri: text,
	version: text
});

export const taxonomyTermSchema = object(['id', 'name', 'description'], {
	id: uuid,
	code: text,
	name: { type: 'string', minLength: 1 },
	description: { type: 'string' },
	parent_id: { anyOf: [uuid, { type: 'null' }] },
	taxonomy: text,
	taxonomy_id: { anyOf: [uuid, { type: 'null' }] },
	language: text,
	term_uri: text
});

export const organizationSchema = object(['id', 'name', 'description'], {
	id: uuid,
	name: { type: 'string', minLength: 1 },
	alternate_name: text,
	description: { type: 'string' },
	email: text,
	website: text
});

const addressSchema = object(
	['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'],
	{
		id: uuid,
		location_id: uuid,
		attention: text,
		address_1: { type: 'string', minLength: 1 },
		address_2: text,
		city: { type: 'string' },
		region: text,
		state_province: { type: 'string' },
		postal_code: { type: 'string' },
		country: { type: 'string', pattern: '^[A-Z]{2}$' },
		address_type: { enum: ['physical', 'postal', 'virtual'] }
	}
);

const accessibilitySchema = object(['id'], {
	id: uuid,
	location_id: uuid,
	description: text,
	details: text,
	url: text
});

export const locationSchema = object(['id', 'location_type'], {
	id: uuid,
	location_type: { enum: ['physical', 'postal', 'virtual'] },
	url: text,
	name: text,
	alternate_name: text,
	description: text,
	transportation: text,
	latitude: number,
	longitude: number,
	addresses: { type: 'array', items: addressSchema },
	accessibility: { type: 'array', items: accessibilitySchema }
});

export const serviceAtLocationSchema = object(['id'], {
	id: uuid,
	service_id: uuid,
	location_id: uuid,
	description: text,
	location: locationSchema
});

const phoneSchema = object(['id', 'number'], {
	id: uuid,
	service_id: uuid,
	number: { type: 'string', minLength: 1 },
	extension: number,
	type: { enum: ['text', 'voice', 'fax', 'cell', 'video', 'pager', 'textphone', null] },
	description: text,
	languages: { type: 'array' }
});

const scheduleSchema = object(['id'], {
	id: uuid,
	service_id: uuid,
	valid_from: date,
	valid_to: date,
	freq: { enum: ['WEEKLY', 'MONTHLY', null] },
	wkst: { enum: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU', null] },
	byday: { type: ['string', 'null'], pattern: '^((-?\\d)?(MO|TU|WE|TH|FR|SA|SU),?)+$' },
	opens_at: time,
	closes_at: time,
	attending_type: text,
	description: text
});

const languageSchema = object(['id'], {
	id: uuid,
	service_id: uuid,
	name: text,
	code: text,
	note: text
});

const costOptionSchema = object(['id'], {
	id: uuid,
	service_id: uuid,
	valid_from: date,
	valid_to: date,
	option: text,
	currency: { type: ['string', 'null'], pattern: '^[A-Z]{3}$' },
	amount: number,
	amount_description: text
});

const attributeSchema = object(['id', 'taxonomy_term_id'], {
	id: uuid,
	link_id: uuid,
	link_type: text,
	link_entity: text,
	taxonomy_term_id: uuid,
	value: text,
	label: text,
	taxonomy_term: taxonomyTermSchema
});

export const serviceSchema = object(['id', 'name', 'status'], {
	id: uuid,
	organization_id: uuid,
	name: { type: 'string', minLength: 1 },
	alternate_name: text,
	description: text,
	url: text,
	email: text,
	status: { enum: ['active', 'inactive', 'defunct', 'temporarily closed'] },
	interpretation_services: text,
	application_process: text,
	fees_description: text,
	accreditations: text,
	eligibility_description: text,
	minimum_age: number,
	maximum_age: number,
	assured_date: date,
	alert: text,
	last_modified: {
		type: 'string',
		pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$'
	},
	phones: { type: 'array', items: phoneSchema },
	schedules: { type: 'array', items: scheduleSchema },
	service_at_locations: { type: 'array', items: serviceAtLocationSchema },
	languages: { type: 'array', items: languageSchema },
	organization: organizationSchema,
	cost_options: { type: 'array', items: costOptionSchema },
	attributes: { type: 'array', items: attributeSchema }
});

/** The HSDS API's paginated wrapper around any of the objects above. */
export function pageSchema(item: object) {
	return object(
		[
			'total_items',
			'total_pages',
			'page_number',
			'size',
			'first_page',
			'last_page',
			'empty',
			'contents'
		],
		{
			total_items: { type: 'integer', minimum: 0 },
			total_pages: { type: 'integer', minimum: 1 },
			page_number: { type: 'integer', minimum: 1 },
			size: { type: 'integer', minimum: 0 },
			first_page: { type: 'boolean' },
			last_page: { type: 'boolean' },
			empty: { type: 'boolean' },
			contents: { type: 'array', items: item }
		}
	);
}

/** The list form of a service (service_list.json): no nested arrays, a shallow organization. */
export const serviceListSchema = (() => {
	const properties = { ...serviceSchema.properties } as Record<string, unknown>;
	for (const nested of [
		'phones',
		'schedules',
		'service_at_locations',
		'languages',
		'cost_options',
		'attributes'
	])
		delete properties[nested];
	return object(['id', 'name', 'status'], properties);
})();
