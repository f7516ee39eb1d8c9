import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Runes everywhere in our own code; libraries decide for themselves.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		adapter: adapter(),
		// Test-only helpers (in-memory databases, vendored schemas) live outside src/.
		alias: { $fixtures: 'tests/fixtures' },
		// The browser asks the server which route a link goes to instead of downloading the
		// whole route table (staff and council routes included) with every public page.
		router: { resolution: 'server' },
		// Every script SvelteKit inlines is allowed by its hash; nothing else inline may run.
		// Hashes, not nonces, so a public page is the same bytes for every visitor and can be
		// cached (src/lib/server/page-cache.ts). Public pages load nothing from other hosts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// SvelteKit's route announcer is the one element with an inline style; allow that
				// exact attribute by hash, nothing else (recompute if a SvelteKit update changes it).
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['none'],
				'object-src': ['none']
			}
		},
		typescript: {
			config: (config) => {
				config.include.push(
					'../drizzle.config.ts',
					'../playwright.config.ts',
					'../db/**/*.ts',
					'../tests/**/*.ts'
				);
			}
		}
	}
};

export default config;
