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
	const ok = (schema: object) => ({
		description: 'OK. Responses carry ETag and Last-Modified; send them back for a 304.',
		content: { 'application/json': { schema } }
	});
	return {
		openapi: '3.1.0',
		info: {
			title: 'Inngang open data',
			version: hsdsVersion,
			description:
				'Read-only Open Referral HSDS 3.0 API for youth services and an RPDE feed of activities. No key; CORS open to all origins.',
			license: { name: 'NLOD 2.0', url: 'https://data.norge.no/nlod/en/2.0' }
		},
		servers: [{ url: `${origin}/api` }],
		paths: {
			'/hsds/': {
				get: { summary: 'API version and profile', responses: { 200: ok({ type: 'object' }) } }
			},
			'/hsds/services': {
				get: {
					summary: 'Search services',
					parameters: [
						parameter('search', 'Words that must all appear in the name, summary or description.'),
						parameter(
							'taxonomy_term_id',
							'UUID of a taxonomy term (see /taxonomy_terms).',
							'string',
							'uuid'
						),
						parameter('organization_id', 'UUID of an organization.', 'string', 'uuid'),
						parameter(
							'modified_after',
							'Only services changed after this ISO 8601 date-time.',
							'string',
							'date-time'
						),
						parameter('min_age', 'Only services that take someone this old or older.', 'integer'),
						parameter(
							'max_age',
							'Only services that take someone this young or younger.',
							'integer'
						),
						...paging
					],
					responses: {
						200: ok(page('compiled/service_list.json')),
						304: { description: 'Not modified' },
						400: error
					}
				}
			},
			'/hsds/services/{id}': {
				get: {
					summary: 'One service, fully nested',
					parameters: [
						{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
						paging[2]
					],
					responses: {
						200: ok({ $ref: schemaBase + 'service.json' }),
						404: { description: 'No such public service' }
					}
				}
			},
			'/hsds/taxonomies': {
				get: {
					summary: 'Taxonomies',
					parameters: paging,
					responses: { 200: ok(page('taxonomy.json')), 400: error }
				}
			},
			'/hsds/taxonomy_terms': {
				get: {
					summary: 'Taxonomy terms',
					parameters: paging,
					responses: { 200: ok(page('taxonomy_term.json')), 400: error }
				}
			},
			'/hsds/organizations': {
				get: {
					summary: 'Organizations',
					parameters: paging,
					responses: { 200: ok(page('organization.json')), 400: error }
				}
			},
			'/hsds/service_at_locations': {
				get: {
					summary: 'Services at locations',
					parameters: paging,
					responses: { 200: ok(page('service_at_location.json')), 400: error }
				}
			},
			'/feeds/activities': {
				get: {
					summary: 'RPDE feed of activities (OpenActive SessionSeries)',
					parameters: [
						parameter(
							'afterTimestamp',
							'Modified time (ms since epoch) of the last item you have.',
							'integer'
						),
						parameter('afterId', 'Id of the last item you have.', 'string')
					],
					responses: {
						200: { description: 'An RPDE page; follow `next` until `items` is empty.' },
						400: error
					}
				}
			}
		}
	};
}
