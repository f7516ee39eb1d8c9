import { hsdsVersion } from './hsds';

/**
 * The OpenAPI 3.1 description of /api/hsds and the activity feed. Object schemas point to
 * the published HSDS 3.0 JSON Schemas rather than copying them, so they cannot drift.
 */
export function openApiDocument(origin: string) {
	const schemaBase = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
	const page = (item: string) => ({
		type: 'object',
		required: [
			'total_items',
			'total_pages',
			'page_number',
			'size',
			'first_page',
			'last_page',
			'empty',
			'contents'
		],
		properties: {
			total_items: { type: 'integer' },
			total_pages: { type: 'integer' },
			page_number: { type: 'integer' },
			size: { type: 'integer' },
			first_page: { type: 'boolean' },
			last_page: { type: 'boolean' },
			empty: { type: 'boolean' },
			contents: { type: 'array', items: { $ref: schemaBase + item } }
		}
	});
	const parameter = (name: string, description: string, type = 'string', format?: string) => ({
		name,
		in: 'query',
		required: false,
		description,
		schema: format ? { type, format } : { type }
	});
	const paging = [
		parameter('page', 'Page number, from 1.', 'integer'),
		parameter('per_page', 'Items per page, 1–500 (default 20).', 'integer'),
		parameter(
			'lang',
			'Language of the text fields: nb (default), nn, en, uk, pl, ar, so. Missing translations fall back to nb.'
		)
	];
	const error = {
		description: 'A parameter could not be used.',
		content: {
			'application/json': {
				schema: {
					type: 'object',
					required: ['error', 'parameter', 'message'],
					properties: {
						error: { type: 'string' },
						parameter: { type: 'string' },
						message: { type: 'string' }
					}
				}
			}
		}
	};
	const ok = (schema: object, type = 'application/json') => ({
		description: 'OK. Responses carry ETag and Last-Modified; send them back for a 304.',
		content: { [type]: { schema } }
	});
	const notModified = { description: 'Not modified: the copy you have (ETag) is current.' };
	const notFound = {
		description: 'No such public record.',
		content: {
			'application/json': {
				schema: {
					type: 'object',
					required: ['error', 'message'],
					properties: { error: { type: 'string' }, message: { type: 'string' } }
				}
			}
		}
	};
	const search = parameter('search', "Words that must all appear in the record's texts.");
	const format = parameter(
		'format',
		'json (default, one page) or ndjson (every matching record, one a line).'
	);
	const idParameter = {
		name: 'id',
		in: 'path',
		required: true,
		schema: { type: 'string', format: 'uuid' }
	};
	const age = (name: string, description: string) => parameter(name, description, 'integer');
	const boolean = (name: string, description: string) => parameter(name, description, 'boolean');
	/** Every operation is public: no key, no cookie (`security: []` says so). */
	const operation = (
		operationId: string,
		summary: string,
		parameters: object[],
		responses: Record<number, object>,
		tag: string
	) => ({
		get: { operationId, summary, tags: [tag], security: [], parameters, responses }
	});
	const list = (operationId: string, summary: string, item: string, extra: object[] = []) =>
		operation(
			operationId,
			summary,
			[search, ...extra, ...paging, format],
			{ 200: ok(page(item)), 304: notModified, 400: error },
			'hsds'
		);
	const one = (operationId: string, summary: string, schema: string, lang = true) =>
		operation(
			operationId,
			summary,
			lang ? [idParameter, paging[2]] : [idParameter],
			{ 200: ok({ $ref: schemaBase + schema }), 304: notModified, 400: error, 404: notFound },
			'hsds'
		);
	return {
		openapi: '3.1.0',
		info: {
			title: 'Inngang open data',
			version: hsdsVersion,
			description:
				'Read-only Open Referral HSDS 3.0 API for youth services and an OpenActive RPDE feed of activities. No key; CORS open to all origins.',
			license: { name: 'NLOD 2.0', url: 'https://data.norge.no/nlod/en/2.0' }
		},
		servers: [{ url: `${origin}/api` }],
		security: [],
		tags: [
			{ name: 'hsds', description: 'Open Referral HSDS 3.0: services, organisations, places.' },
			{ name: 'openactive', description: 'OpenActive: the RPDE activity feed and its vocabulary.' }
		],
		paths: {
			'/hsds': operation(
				'getApiInfo',
				'API version and profile',
				[],
				{ 200: ok({ type: 'object' }), 304: notModified, 400: error },
				'hsds'
			),
			'/hsds/services': list('listServices', 'Search services', 'compiled/service_list.json', [
				parameter(
					'taxonomy_term_id',
					'UUID of a taxonomy term (see /taxonomy_terms).',
					'string',
					'uuid'
				),
				parameter('taxonomy_id', 'UUID of a taxonomy (see /taxonomies).', 'string', 'uuid'),
				parameter('organization_id', 'UUID of an organization.', 'string', 'uuid'),
				parameter(
					'modified_after',
					'Only services changed on or after this ISO 8601 date or date-time.',
					'string'
				),
				age('minimum_age', 'Only services that take someone this old or older.'),
				age('maximum_age', 'Only services that take someone this young or younger.'),
				age('min_age', 'Old name of minimum_age.'),
				age('max_age', 'Old name of maximum_age.'),
				boolean('minimal', 'Only id, name, status and last_modified.'),
				boolean('full', 'Every service fully nested, as /services/{id}.')
			]),
			'/hsds/services/{id}': one('getService', 'One service, fully nested', 'service.json'),
			'/hsds/taxonomies': list('listTaxonomies', 'Taxonomies', 'taxonomy.json'),
			'/hsds/taxonomies/{id}': one('getTaxonomy', 'One taxonomy', 'taxonomy.json', false),
			'/hsds/taxonomy_terms': list('listTaxonomyTerms', 'Taxonomy terms', 'taxonomy_term.json', [
				parameter('taxonomy_id', 'Only the terms of this taxonomy.', 'string', 'uuid'),
				boolean('top_only', 'Only terms without a parent.'),
				parameter('parent_id', 'Only the terms under this term.', 'string', 'uuid')
			]),
			'/hsds/taxonomy_terms/{id}': one(
				'getTaxonomyTerm',
				'One taxonomy term',
				'taxonomy_term.json',
				false
			),
			'/hsds/organizations': list('listOrganizations', 'Organizations', 'organization.json'),
			'/hsds/organizations/{id}': one('getOrganization', 'One organization', 'organization.json'),
			'/hsds/service_at_locations': list(
				'listServiceAtLocations',
				'Services at locations',
				'service_at_location.json'
			),
			'/hsds/service_at_locations/{id}': one(
				'getServiceAtLocation',
				'One service at one location, as the service fully nested',
				'service.json'
			),
			'/feeds/activities': operation(
				'getActivityFeedPage',
				'RPDE feed of activities (OpenActive SessionSeries and CourseInstance)',
				[
					parameter(
						'afterTimestamp',
						'Modified time (ms since epoch) of the last item you have.',
						'integer'
					),
					parameter('afterId', 'Id of the last item you have.', 'string')
				],
				{
					200: {
						description: 'An RPDE page; follow `next` until `items` is empty.',
						content: { 'application/json': { schema: { type: 'object' } } }
					},
					304: notModified,
					400: error
				},
				'openactive'
			),
			'/feeds/activity-types': operation(
				'getActivityTypeScheme',
				'SKOS concept scheme of the activity types the OpenActive Activity List lacks',
				[],
				{
					200: ok({ type: 'object' }, 'application/ld+json'),
					304: notModified,
					400: error
				},
				'openactive'
			)
		}
	};
}
