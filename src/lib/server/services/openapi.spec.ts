/**
 * The generated OpenAPI document through Redocly's own linter (`@redocly/openapi-core`, the
 * engine of `redocly lint`) with its `recommended` ruleset, offline: the HSDS schemas the
 * document points to are read from tests/fixtures/standards/hsds-3.0 (see its SOURCE.md).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { openApiDocument } from './openapi';

const schemaDir = join(import.meta.dirname, '../../../../tests/fixtures/standards/hsds-3.0/schema');
const published = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
// The vendored copy leaves out compiled/ (the same schemas with references inlined).
const compiled: Record<string, string> = {
	'compiled/service_list.json': 'service.json',
	'compiled/service.json': 'service.json'
};

function offline(doc: unknown): string {
	return JSON.stringify(doc).replace(
		/https:\/\/raw\.githubusercontent\.com\/openreferral\/specification\/3\.0\/schema\/([\w/]+\.json)/g,
		(_, file: string) => `./${compiled[file] ?? file}`
	);
}

describe('OpenAPI document', () => {
	it('passes Redocly lint with the recommended rules', async () => {
		const doc = openApiDocument('https://inngang.example');
		const source = offline(doc);
		expect(source).not.toContain(published);
		const config = await createConfig({ extends: ['recommended'] });
		const ours = join(schemaDir, 'inngang-openapi.json');
		const problems = await lintFromString({ source, absoluteRef: ours, config });
		// Open Referral's schema files carry their own annotation keywords (`name`, `core`,
		// `constraints`, …) and a few examples their own schemas refuse, which `struct` and
		// `no-invalid-schema-examples` report inside those files; they are theirs to change. Everything found in this portal's document must be clean.
		const inTheirs = problems.filter((p) => p.location[0]?.source.absoluteRef !== ours);
		for (const p of inTheirs) {
			expect(['struct', 'no-invalid-schema-examples']).toContain(p.ruleId);
			expect(p.location[0]?.source.absoluteRef.startsWith(schemaDir)).toBe(true);
		}
		expect(
			problems
				.filter((p) => p.location[0]?.source.absoluteRef === ours)
				.map((p) => `${p.severity} ${p.ruleId}: ${p.message} ${p.location[0]?.pointer ?? ''}`)
		).toEqual([]);
	}, 30_000);

	it('names every operation, declares it public and answers 4xx documented', () => {
		const doc = openApiDocument('https://inngang.example');
		const operations = Object.entries(doc.paths).map(([path, item]) => ({ path, ...item.get }));
		expect(operations.length).toBeGreaterThanOrEqual(12);
		for (const op of operations) {
			expect(op.operationId, op.path).toMatch(/^[a-z][A-Za-z]+$/);
			expect(op.security, op.path).toEqual([]);
			expect(op.path).not.toMatch(/\/$/);
			expect(
				Object.keys(op.responses).some((code) => /^4/.test(code)),
				op.path
			).toBe(true);
		}
		expect(new Set(operations.map((o) => o.operationId)).size).toBe(operations.length);
		// Every referenced HSDS schema is one the vendored copy has.
		const files = new Set(readdirSync(schemaDir));
		for (const [, file] of offline(doc).matchAll(/"\.\/([\w.]+)"/g)) expect(files).toContain(file);
	});
});
