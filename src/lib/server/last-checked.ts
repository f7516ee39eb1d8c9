import { and, asc, eq, isNull, lt, or } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction } from '$lib/server/db/client';
import { activity, activityTranslation, service, serviceTranslation } from '$lib/server/db/schema';
import { recordChange } from '$lib/server/audit/log';
import type { AuthUser } from '$lib/server/auth/guard';
import { invalidatePublicPages } from '$lib/server/page-cache';

export type StaleItem = {
	entity: 'service' | 'activity';
	id: number;
	name: string;
	checked: string | null;
	href: string;
};

/** The date six months before `today` (YYYY-MM-DD), the line for "not checked lately". */
export function sixMonthsBefore(today: string): string {
	const date = new Date(`${today}T12:00:00Z`);
	date.setUTCMonth(date.getUTCMonth() - 6);
	return date.toISOString().slice(0, 10);
}

/** Services and activities not checked for six months, never-checked and oldest first. */
export async function listStaleContent(
	municipalityId: number,
	today: string = new Date().toISOString().slice(0, 10)
): Promise<StaleItem[]> {
	const line = sixMonthsBefore(today);
	const services = await db
		.select({ id: service.id, name: serviceTranslation.name, checked: service.assuredDate })
		.from(service)
		.innerJoin(
			serviceTranslation,
			and(eq(serviceTranslation.serviceId, service.id), eq(serviceTranslation.lang, 'nb'))
		)
		.where(
			and(
				eq(service.municipalityId, municipalityId),
				or(isNull(service.assuredDate), lt(service.assuredDate, line))
			)
		)
		.all();
	const activities = await db
		.select({ id: activity.id, name: activityTranslation.name, checked: activity.lastCheckedAt })
		.from(activity)
		.innerJoin(
			activityTranslation,
			and(eq(activityTranslation.activityId, activity.id), eq(activityTranslation.lang, 'nb'))
		)
		.where(and(eq(activity.municipalityId, municipalityId), lt(activity.lastCheckedAt, line)))
		.orderBy(asc(activity.lastCheckedAt))
		.all();
	return [
		...services.map((s) => ({
			entity: 'service' as const,
			...s,
			href: `/admin/tjenester/${s.id}`
		})),
		...activities.map((a) => ({
			entity: 'activity' as const,
			...a,
			href: `/admin/aktiviteter/${a.id}`
		}))
	].sort((a, b) => (a.checked ?? '').localeCompare(b.checked ?? ''));
}

/** "Still correct": records that someone checked it today; nothing else changes. */
export async function confirmStillCorrect(
	user: AuthUser,
	entity: 'service' | 'activity',
	id: number,
	today: string = new Date().toISOString().slice(0, 10)
): Promise<boolean> {
	const done = await inTransaction(db, async () => {
		if (entity === 'service') {
			const row = await db
				.select({ checked: service.assuredDate })
				.from(service)
				.where(and(eq(service.id, id), eq(service.municipalityId, user.municipalityId)))
				.get();
			if (!row) return false;
			await db.update(service).set({ assuredDate: today }).where(eq(service.id, id)).run();
			await record(user, entity, id, row.checked, today);
			return true;
		}
		const row = await db
			.select({ checked: activity.lastCheckedAt })
			.from(activity)
			.where(and(eq(activity.id, id), eq(activity.municipalityId, user.municipalityId)))
			.get();
		if (!row) return false;
		await db.update(activity).set({ lastCheckedAt: today }).where(eq(activity.id, id)).run();
		await record(user, entity, id, row.checked, today);
		return true;
	});
	if (done) invalidatePublicPages();
	return done;
}

async function record(
	user: AuthUser,
	entity: string,
	id: number,
	old: string | null,
	today: string
) {
	await recordChange({
		actorId: user.id,
		municipalityId: user.municipalityId,
		entity,
		entityId: String(id),
		action: 'confirm_checked',
		changes: { checked: { old, new: today } }
	});
}
