/**
 * The whole activity feed through OpenActive's own validators, offline:
 * `@openactive/data-model-validator` on every item's `data` (default mode), and
 * `@openactive/rpde-validator` walking the feed over HTTP from a local server.
 *
 * The data-model validator fetches the Activity List (and any context or concept scheme an
 * item names) over the network. It is given them through its remote-JSON cache
 * (`remoteJsonCachePath`), pre-seeded from tests/fixtures/standards/ and from the portal's own
 * local scheme; every outgoing HTTP(S) request to another host fails the test.
 */
import { vi, afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { and, eq } from 'drizzle-orm';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
});

import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import { activity } from '$lib/server/db/schema';
import { seedDemo } from '../../../../db/seed';
import {
	activityFeedPage,
	activityTypeScheme,
	parseFeedCursor,
	recordActivityDeletion
} from './feed';
import { localActivityTypes } from './vocabulary';

type ValidationResult = { severity: string; type: string; path: string; message: string };
const require = createRequire(import.meta.url);
const { validate } = require('@openactive/data-model-validator') as {
	validate: (data: unknown, options: object) => Promise<ValidationResult[]>;
};
const { RpdeValidator } = require('@openactive/rpde-validator') as {
	RpdeValidator: (url: string, options: object) => Promise<{ pages: RpdeLogPage[] }>;
};
type RpdeLogPage = { url: string; errors: { data: ValidationResult }[] };

const standards = join(import.meta.dirname, '../../../../tests/fixtures/standards');
let cacheDir = '';
let server: http.Server;
let origin = '';
const blocked: string[] = [];
const originals = {
	http: http.request,
	https: https.request,
	httpGet: http.get,
	httpsGet: https.get
};

function seedCache(url: string, data: unknown) {
	const key = createHash('sha256').update(url).digest('hex');
	const entry = {
		errorCode: 'error_none',
		statusCode: 200,
		contentType: 'application/ld+json',
		url,
		data,
		exception: null,
		fetchTime: Date.now()
	};
	writeFileSync(join(cacheDir, `${key}.json`), JSON.stringify(entry));
}

/** Refuses every request to a host that is not this test's own server. */
function guard<T extends (...args: never[]) => unknown>(original: T): T {
	return ((...args: Parameters<T>) => {
		const [target] = args as unknown[];
		const host =
			typeof target === 'string' || target instanceof URL
				? new URL(target).hostname
				: ((target as { hostname?: string; host?: string }).hostname ??
					(target as { host?: string }).host);
		if (host !== '127.0.0.1' && host !== 'localhost') {
			blocked.push(String(host));
			throw new Error(`network request to ${host} refused in the validator test`);
		}
		return original(...args);
	}) as T;
}

const validatorOptions = () => ({
	loadRemoteJson: true,
	remoteJsonCachePath: cacheDir,
	remoteJsonCacheTimeToLive: 24 * 3600
});

let municipalityId: number;

beforeAll(async () => {
	({ municipalityId } = await seedDemo(db));
	// One deletion, so the feed shows how it publishes them (the RPDE validator asks for one).
	const removed = db
		.select()
		.from(activity)
		.where(eq(activity.municipalityId, municipalityId))
		.get()!;
	inTransaction(db, (tx) => {
		tx.delete(activity).where(eq(activity.id, removed.id)).run();
		recordActivityDeletion(tx, municipalityId, removed.id, removed.kind);
	});

	const route = await import('../../../routes/api/feeds/activities/+server');
	server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', origin);
		void (route.GET as (e: unknown) => Promise<Response>)({ request: new Request(url), url }).then(
			async (response) => {
				res.writeHead(response.status, Object.fromEntries(response.headers));
				res.end(await response.text());
			}
		);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	cacheDir = mkdtempSync(join(tmpdir(), 'openactive-cache-'));
	const read = (file: string) => JSON.parse(readFileSync(join(standards, file), 'utf8'));
	seedCache('https://openactive.io/activity-list', read('openactive/activity-list.jsonld'));
	seedCache('https://schema.org/', read('schemaorg/schemaorgcontext-30.0.jsonld'));
	seedCache(`${origin}/api/feeds/activity-types`, activityTypeScheme(origin));

	http.request = guard(originals.http);
	http.get = guard(originals.httpGet);
	https.request = guard(originals.https);
	https.get = guard(originals.httpsGet);
});

afterAll(() => {
	Object.assign(http, { request: originals.http, get: originals.httpGet });
	Object.assign(https, { request: originals.https, get: originals.httpsGet });
	server?.close();
	if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
});

let validated: Promise<{ item: FeedItem; results: ValidationResult[] }[]> | undefined;
/** Every updated item with what the validator said of it (validated once, ~0.1 s an item). */
function validatedFeed() {
	validated ??= wholeFeed().then((items) =>
		Promise.all(
			items
				.filter((i) => i.state === 'updated')
				.map(async (item) => ({ item, results: await validate(item.data, validatorOptions()) }))
		)
	);
	return validated;
}

type FeedItem = Awaited<ReturnType<typeof activityFeedPage>>['items'][number];

async function wholeFeed() {
	const items = [];
	let cursor = null;
	for (;;) {
		const page = await activityFeedPage(cursor, origin);
		if (page.items.length === 0) return items;
		items.push(...page.items);
		cursor = parseFeedCursor(new URL(page.next));
	}
}

describe('OpenActive data-model validator', () => {
	it('finds no errors in any item; activities the Activity List has no Concept for are left out', async () => {
		const feed = await validatedFeed();
		const items = feed.map((f) => f.item);
		expect(items.length).toBeGreaterThan(10);
		const failures = feed.flatMap(({ item, results }) =>
			results
				.filter((r) => r.severity === 'failure')
				.map((r) => `${item.id} ${item.data!['@type']} ${r.path}: ${r.type} ${r.message}`)
		);
		expect(failures).toEqual([]);
		// A youth club, chess or homework help is in the feed only as "deleted".
		const local = new Set<string>(localActivityTypes());
		const published = await db
			.select({ id: activity.id, type: activity.activityType })
			.from(activity)
			.where(and(eq(activity.published, true), eq(activity.municipalityId, municipalityId)))
			.all();
		const all = await wholeFeed();
		const physical = published.filter((a) => !local.has(a.type)).map((a) => String(a.id));
		const other = published.filter((a) => local.has(a.type)).map((a) => String(a.id));
		expect(other.length).toBeGreaterThan(0);
		expect(items.map((i) => i.id).sort()).toEqual(physical.sort());
		for (const id of other)
			expect(all.find((i) => i.id === id)).toMatchObject({ state: 'deleted' });
		expect(blocked).toEqual([]);
	}, 60_000);

	it('finds every activity Concept in the scheme it names, with the right label', async () => {
		const feed = await validatedFeed();
		const items = feed.map((f) => f.item);
		const notFound: string[] = [];
		for (const { item, results } of feed) {
			for (const r of results.filter((r) => r.type === 'activity_not_in_activity_list'))
				notFound.push(`${item.id}: ${r.message}`);
		}
		expect(notFound).toEqual([]);
		const schemes = new Set(items.map((i) => i.data!.activity[0].inScheme));
		expect([...schemes]).toEqual(['https://openactive.io/activity-list']);
	}, 60_000);
});

describe('OpenActive RPDE validator', () => {
	it('walks the feed to its last page with no errors and no warnings', async () => {
		const feedUrl = `${origin}/api/feeds/activities`;
		const end = (await activityFeedPage(null, origin)).next;
		const log = await RpdeValidator(feedUrl, { pageLimit: 20 });
		const problems = log.pages.flatMap((page) =>
			page.errors
				.map((e) => e.data)
				.filter((e) => e.severity === 'failure' || e.severity === 'warning')
				// The walk applies its HTTP rules to a page before it has read that the page is the
				// last one, so it asks the walk's own last page for an hour's caching too; the same
				// rule then checks the last page as last (8 seconds), which is what RPDE says.
				.filter((e) => !(page.url === end && e.type === 'missing_cache_control'))
				.map((e) => `${page.url}: ${e.severity} ${e.type} ${e.message}`)
		);
		expect(log.pages.map((p) => p.url)).toContain(end);
		expect(log.pages.length).toBeGreaterThan(2);
		expect(problems).toEqual([]);
		expect(blocked).toEqual([]);
	});
});
