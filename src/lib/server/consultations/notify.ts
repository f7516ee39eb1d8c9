import { listUsersWithRole } from '$lib/server/auth/users';
import { sendEmail } from '$lib/server/email/send';

async function councilOf(municipalityId: number) {
	const [members, leaders] = await Promise.all([
		listUsersWithRole(municipalityId, 'council_member'),
		listUsersWithRole(municipalityId, 'council_leader')
	]);
	const byId = new Map([...members, ...leaders].map((u) => [u.id, u]));
	return [...byId.values()];
}

const texts = {
	opened: {
		nb: (title: string, url: string) => ({
			subject: `Ny høring: ${title}`,
			text: `Hei!\n\nUngdomsrådet har fått en ny høring: «${title}».\nSvar her: ${url}\n\nDu kan lagre og fortsette senere, helt til fristen.`
		}),
		en: (title: string, url: string) => ({
			subject: `New consultation: ${title}`,
			text: `Hi!\n\nThe youth council has a new consultation: "${title}".\nAnswer here: ${url}\n\nYou can save and come back later, until the deadline.`
		})
	},
	feedback: {
		nb: (title: string, url: string) => ({
			subject: `Se hva kommunen gjorde med innspillene: ${title}`,
			text: `Hei!\n\nKommunen har svart på hva den gjorde med ungdomsrådets innspill i «${title}».\nLes det her: ${url}`
		}),
		en: (title: string, url: string) => ({
			subject: `See what the municipality did with your input: ${title}`,
			text: `Hi!\n\nThe municipality has answered what it did with the youth council's input in "${title}".\nRead it here: ${url}`
		})
	}
};

/** Tells every council member about a round; sent after the change is committed. */
export async function notifyCouncil(
	kind: keyof typeof texts,
	municipalityId: number,
	title: string,
	url: string
): Promise<number> {
	const people = await councilOf(municipalityId);
	for (const person of people) {
		const message = texts[kind][person.locale](title, url);
		await sendEmail({ to: person.email, municipalityId, ...message });
	}
	return people.length;
}
