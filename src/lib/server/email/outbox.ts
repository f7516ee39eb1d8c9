import { desc, eq } from 'drizzle-orm';
import { db } from '$lib/server/db';
import { outboxEmail, type OutboxEmail } from '$lib/server/db/schema';

export async function listOutbox(municipalityId: number, limit = 100): Promise<OutboxEmail[]> {
	return db
		.select()
		.from(outboxEmail)
		.where(eq(outboxEmail.municipalityId, municipalityId))
		.orderBy(desc(outboxEmail.id))
		.limit(limit)
		.all();
}
