import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * The layout rules of STYLE.md that a reviewer would otherwise check by hand: feature folders
 * do not import each other in a circle, components never reach into the server, and route
 * files hold no validation schema (those live in the feature's `*-form.ts`).
 */
function filesUnder(dir: string, pattern: RegExp): string[] {
	const out: string[] = [];
	for (const name of readdirSync(dir)) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) out.push(...filesUnder(path, pattern));
		else if (pattern.test(name)) out.push(path);
	}
	return out;
}

const serverRoot = join('src', 'lib', 'server');
const isSpec = (path: string) => /\.spec\.ts$/.test(path);

/** The feature a server file belongs to: its first folder under src/lib/server (or its name). */
function featureOf(path: string): string {
	return relative(serverRoot, path).split(sep)[0].replace(/\.ts$/, '');
}

function importedFeatures(source: string): string[] {
	return [...source.matchAll(/(?:from |import )'\$lib\/server\/([^/']+)/g)].map((m) =>
		m[1].replace(/\.ts$/, '')
	);
}

describe('code layout', () => {
	it('has no import cycle between server feature folders', () => {
		const edges = new Map<string, Set<string>>();
		for (const file of filesUnder(serverRoot, /\.ts$/).filter((f) => !isSpec(f))) {
			const from = featureOf(file);
			for (const to of importedFeatures(readFileSync(file, 'utf8'))) {
				if (to === from) continue;
				if (!edges.has(from)) edges.set(from, new Set());
				edges.get(from)!.add(to);
			}
		}
		const cycles: string[] = [];
		const visit = (node: string, path: string[]) => {
			for (const next of edges.get(node) ?? []) {
				if (next === path[0]) cycles.push([...path, next].join(' → '));
				else if (!path.includes(next) && next > path[0]) visit(next, [...path, next]);
			}
		};
		for (const start of edges.keys()) visit(start, [start]);
		expect(edges.size).toBeGreaterThan(5);
		expect(cycles).toEqual([]);
	});

	it('keeps components and pages away from server modules', () => {
		const offenders = filesUnder('src', /\.svelte$/).filter((file) =>
			/from '\$lib\/server/.test(readFileSync(file, 'utf8'))
		);
		expect(offenders).toEqual([]);
	});

	it('keeps validation schemas out of route files', () => {
		const routes = filesUnder(join('src', 'routes'), /\+(page|layout)\.server\.ts$|\+server\.ts$/);
		const offenders = routes.filter((file) =>
			/\bv\.(object|pipe|union|picklist|strictObject)\(/.test(readFileSync(file, 'utf8'))
		);
		expect(routes.length).toBeGreaterThan(20);
		expect(offenders).toEqual([]);
	});
});
