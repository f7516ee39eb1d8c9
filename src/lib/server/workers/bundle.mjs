/**
 * Bundles the worker thread's entry (src/lib/server/job-thread/jobs.ts) into one file that plain Node runs.
 *
 * - `npm run build` runs this file after `vite build`: build/workers/jobs.js, for the
 *   production server.
 * - Under `vite dev` and Vitest, run.ts calls `bundleJobs` before starting a worker (into
 *   .svelte-kit/workers/, a fraction of a second), so the worker runs the current source.
 *
 * Our own modules are bundled in and packages stay imports from node_modules, as in the
 * SvelteKit build. The one Vite feature the worker's modules use, `import.meta.glob` (the
 * UI strings in src/lib/i18n/messages.server.ts), becomes a read of the same files.
 */
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @param {string} outfile */
export async function bundleJobs(outfile) {
	await build({
		entryPoints: [resolve('src/lib/server/job-thread/jobs.ts')],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node22',
		packages: 'external',
		alias: { $lib: resolve('src/lib') },
		inject: [resolve('src/lib/server/workers/glob.ts')],
		define: { 'import.meta.glob': 'viteGlob' },
		logLevel: 'warning'
	});
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
	await bundleJobs(resolve('build/workers/jobs.js'));
