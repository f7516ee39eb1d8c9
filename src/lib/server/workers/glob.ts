/**
 * `import.meta.glob(pattern, { eager: true, import: 'default' })` for the worker bundle
 * (bundle.mjs): the JSON files matching a `/dir/*\/*.json` pattern from the project root,
 * keyed as Vite keys them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export function viteGlob(pattern: string): Record<string, unknown> {
	const match = /^\/([^*]+)\/\*\/\*\.json$/.exec(pattern);
	if (!match) throw new Error(`the worker bundle cannot glob ${pattern}`);
	const root = resolve(match[1]);
	const files: Record<string, unknown> = {};
	for (const dir of readdirSync(root)) {
		if (!statSync(join(root, dir)).isDirectory()) continue;
		for (const file of readdirSync(join(root, dir)).filter((f) => f.endsWith('.json')))
			files[`/${match[1]}/${dir}/${file}`] = JSON.parse(
				readFileSync(join(root, dir, file), 'utf8')
			);
	}
	return files;
}
