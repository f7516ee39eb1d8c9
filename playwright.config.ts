import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/** System Chromium first: Playwright cannot download its own browser on every machine. */
function chromiumPath(): string | undefined {
	if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return undefined;
}

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	// Two workers everywhere (Playwright's default is half the cores: one on a 2-core CI
	// machine, which doubled the run). E2E_WORKERS overrides.
	workers: Number(process.env.E2E_WORKERS) || 2,
	// One retry so a timing flake on a busy machine does not block a landing; Playwright
	// still reports such a test as flaky, and a test that fails twice fails the run.
	retries: 1,
	reporter: 'list',
	timeout: 30_000,
	use: {
		baseURL: `http://localhost:${port}`,
		...devices['Desktop Chrome'],
		viewport: { width: 360, height: 740 },
		launchOptions: {
			executablePath: chromiumPath(),
			args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update']
		},
		trace: 'retain-on-failure'
	},
	// The built app on a fresh demo database for every run.
	webServer: {
		command: 'npx tsx db/seed/run.ts --reset && node build',
		port,
		reuseExistingServer: false,
		timeout: 60_000,
		env: {
			DATABASE_URL: 'db/e2e.sqlite',
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://localhost:${port}`,
			REQUEST_LOG: 'off',
			// The lock tests in save-conflicts.e2e.ts hold the write lock for this long and more:
			// shorter than the default keeps the other worker's saves out of that window.
			SAVE_LOCK_WAIT_MS: '300',
			BODY_SIZE_LIMIT: '8M',
			// Map tiles from another host, as in production (the map page's CSP must let them in),
			// that tests answer themselves (tileOrigin in tests/fixtures.ts): never the internet.
			MAP_TILE_URL: 'https://tiles.inngang.invalid/{z}/{x}/{y}.png'
		}
	}
});
