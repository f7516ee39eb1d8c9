import { listUsersWithRole } from '$lib/server/auth/users';
import { sendEmail } from '$lib/server/email/send';
import { councilEmail, type CouncilNotice } from './council-email';

async function councilOf(municipalityId: number) {
	const [members, leaders] = await Promise.all([
		listUsersWithRole(municipalityId, 'council_member'),
		listUsersWithRole(municipalityId, 'council_leader')
	]);
	const byId = new Map([...members, ...leaders].map((u) => [u.id, u]));
	return [...byId.values()];
}

/** Tells every council member about a round; sent after the change is committed. */
export async function notifyCouncil(
	kind: CouncilNotice,
	municipalityId: number,
	title: string,
	url: string
): Promise<number> {
	const people = await councilOf(municipalityId);
	for (const person of people) {
		const message = councilEmail(kind, person.locale, title, url);
		await sendEmail({ to: person.email, municipalityId, ...message });
	}
	return people.length;
}
