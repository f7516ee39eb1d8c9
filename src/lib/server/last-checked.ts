import * as v from 'valibot';
import { and, asc, eq, isNull, lt, or } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { inTransaction, type Transaction } from '$lib/server/db/client';
import { activity, activityTranslation, service, serviceTranslation } from '$lib/server/db/schema';
import { recordChange } from '$lib/server/audit/log';
import type { AuthUser } from '$lib/server/auth/guard';
import { invalidatePublicPages } from '$lib/server/page-cache';
import { addMonths, osloToday, type LocalDate } from '$lib/server/time';

/**
 * "Sist sjekket": services and activities nobody has confirmed for six months. It spans two
 * features (a service's `assured_date`, an activity's `last_checked_at`), so it lives beside
 * them rather than inside either.
 */

export type CheckedEntity = 'service' | 'activity';

export type StaleItem = {
	entity: CheckedEntity;
	id: number;
	name: string;
	checked: string | null;
	href: string;
};

/** The date six months before `today` (YYYY-MM-DD), the line for "not checked lately". */
export function sixMonthsBefore(today: LocalDate): LocalDate {
	return addMonths(today, -6);
}

/** Services and activities not checked for six months, never-checked and oldest first. */
export async function listStaleContent(
	municipalityId: number,
	today: LocalDate = osloToday()
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

const ConfirmFields = v.object({
	entity: v.picklist(['service', 'activity']),
	id: v.pipe(v.string(), v.regex(/^\d{1,9}$/), v.transform(Number))
});

/** The "still correct" button's form: which item, or null for anything else. */
export function parseConfirmForm(form: FormData): { entity: CheckedEntity; id: number } | null {
	const parsed = v.safeParse(ConfirmFields, { entity: form.get('entity'), id: form.get('id') });
	return parsed.success ? parsed.output : null;
}

/** "Still correct": records that someone checked it today; nothing else changes. */
export function confirmStillCorrect(
	user: AuthUser,
	entity: CheckedEntity,
	id: number,
	today: LocalDate = osloToday()
): boolean {
	const done = inTransaction(db, (tx) => {
		if (entity === 'service') {
			const row = tx
				.select({ checked: service.assuredDate })
				.from(service)
				.where(and(eq(service.id, id), eq(service.municipalityId, user.municipalityId)))
				.get();
			if (!row) return false;
			tx.update(service).set({ assuredDate: today }).where(eq(service.id, id)).run();
			record(tx, user, entity, id, row.checked, today);
			return true;
		}
		const row = tx
			.select({ checked: activity.lastCheckedAt })
			.from(activity)
			.where(and(eq(activity.id, id), eq(activity.municipalityId, user.municipalityId)))
			.get();
		if (!row) return false;
		tx.update(activity).set({ lastCheckedAt: today }).where(eq(activity.id, id)).run();
		record(tx, user, entity, id, row.checked, today);
		return true;
	});
	if (done)
		invalidatePublicPages(
			entity === 'service' ? { services: [id], activities: [] } : { services: [], activities: [id] }
		);
	return done;
}

function record(
	tx: Transaction,
	user: AuthUser,
	entity: CheckedEntity,
	id: number,
	old: string | null,
	today: LocalDate
): void {
	recordChange(tx, {
		actorId: user.id,
		municipalityId: user.municipalityId,
		entity,
		entityId: String(id),
		action: 'confirm_checked',
		changes: { checked: { old, new: today } }
	});
}
