import { vi, beforeAll, describe, expect, it } from 'vitest';

vi.hoisted(() => {
	process.env.DATABASE_URL = ':memory:';
	process.env.PAGE_CACHE_SECONDS = '0';
});

import { and, eq, ne } from 'drizzle-orm';
import { db } from '$lib/server/db';
import {
	activity,
	activityTranslation,
	municipality,
	service,
	serviceTranslation
} from '$lib/server/db/schema';
import { staffPageSize } from '$lib/server/paging';
import { normaliseForSearch } from '$lib/server/services/search-text';
import { listActivitiesForStaff } from '$lib/server/activities/admin/activities';
import { listServicesForStaff } from './services';
import { seedDemo } from '../../../../../db/seed';
import { seedScale } from '../../../../../db/seed/scale';

let fjordvik: number;
let nordby: number;
const url = (path: string, search = '') => new URL(`http://localhost${path}${search}`);

beforeAll(async () => {
	({ municipalityId: fjordvik } = await seedDemo(db));
	// 160 services and 240 activities: more than one page of each.
	seedScale(db, fjordvik, 5);
	nordby = db
		.select({ id: municipality.id })
		.from(municipality)
		.where(ne(municipality.id, fjordvik))
		.get()!.id;
});

/** Every page of a list, following its "next" links as a person would. */
async function allPages<T extends { id: number }>(
	list: (u: URL) => Promise<{ rows: T[]; pager: { nextHref: string | null; total: number } }>,
	first: URL
) {
	const seen: T[] = [];
	let next: URL | null = first;
	let total = 0;
	while (next) {
		const page = await list(next);
		expect(page.rows.length).toBeLessThanOrEqual(staffPageSize);
		seen.push(...page.rows);
		total = page.pager.total;
		next = page.pager.nextHref ? url(page.pager.nextHref) : null;
	}
	return { seen, total };
}

describe('the staff lists at scale', () => {
	it('show the services a page at a time, each exactly once, and only this municipality’s', async () => {
		const mine = db
			.select({ id: service.id })
			.from(service)
			.where(eq(service.municipalityId, fjordvik))
			.all();
		expect(mine.length).toBeGreaterThan(staffPageSize);
		const { seen, total } = await allPages(
			(u) => listServicesForStaff(fjordvik, u),
			url('/admin/tjenester')
		);
		expect(total).toBe(mine.length);
		expect(new Set(seen.map((s) => s.id))).toEqual(new Set(mine.map((s) => s.id)));
		expect(seen).toHaveLength(mine.length);
		const names = seen.map((s) => s.name);
		expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

		const theirs = await listServicesForStaff(nordby, url('/admin/tjenester'));
		expect(theirs.rows.length).toBeGreaterThan(0);
		expect(theirs.rows.some((r) => mine.some((m) => m.id === r.id))).toBe(false);
	});

	it('find services by words of their name, whatever the case and the æøå', async () => {
		const named = db
			.select({ id: service.id, name: serviceTranslation.name })
			.from(service)
			.innerJoin(
				serviceTranslation,
				and(eq(serviceTranslation.serviceId, service.id), eq(serviceTranslation.lang, 'nb'))
			)
			.where(eq(service.municipalityId, fjordvik))
			.all();
		// A word of a real name, typed in capitals and without its æøå.
		const word = named.map((s) => s.name.split(' ').find((w) => /[æøå]/i.test(w))).find(Boolean)!;
		expect(word).toBeTruthy();
		const typed = word.toUpperCase().replace(/Æ/g, 'AE').replace(/Ø/g, 'O').replace(/Å/g, 'A');
		const { seen, total } = await allPages(
			(u) => listServicesForStaff(fjordvik, u),
			url('/admin/tjenester', `?q=${encodeURIComponent(typed)}`)
		);
		const expected = named.filter((s) =>
			normaliseForSearch(s.name).includes(normaliseForSearch(word))
		);
		expect(total).toBe(expected.length);
		expect(new Set(seen.map((s) => s.id))).toEqual(new Set(expected.map((s) => s.id)));
		// The pager keeps the search.
		const first = await listServicesForStaff(
			fjordvik,
			url('/admin/tjenester', `?q=${encodeURIComponent(typed)}`)
		);
		if (first.pager.nextHref) expect(first.pager.nextHref).toContain('q=');
		expect(first.search).toBe(typed);

		const none = await listServicesForStaff(fjordvik, url('/admin/tjenester', '?q=zzqxv'));
		expect(none.rows).toEqual([]);
		expect(none.pager.total).toBe(0);
	});

	it('show the last page for a page number past the end', async () => {
		const last = await listServicesForStaff(fjordvik, url('/admin/tjenester', '?side=999'));
		expect(last.rows.length).toBeGreaterThan(0);
		expect(last.pager.nextHref).toBeNull();
		expect(last.pager.page).toBe(last.pager.pages);
	});

	it('page the activities the same way', async () => {
		const mine = db
			.select({ id: activity.id })
			.from(activity)
			.innerJoin(
				activityTranslation,
				and(eq(activityTranslation.activityId, activity.id), eq(activityTranslation.lang, 'nb'))
			)
			.where(eq(activity.municipalityId, fjordvik))
			.all();
		expect(mine.length).toBeGreaterThan(staffPageSize);
		const { seen, total } = await allPages(
			(u) => listActivitiesForStaff(fjordvik, u),
			url('/admin/aktiviteter')
		);
		expect(total).toBe(mine.length);
		expect(new Set(seen.map((a) => a.id))).toEqual(new Set(mine.map((a) => a.id)));
		expect(seen).toHaveLength(mine.length);
	});
});
