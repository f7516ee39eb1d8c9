import { db } from '$lib/server/db';
import { outboxEmail } from '$lib/server/db/schema';

export type EmailMessage = { to: string; subject: string; text: string; municipalityId: number };

type Transport = { sendMail(mail: object): Promise<unknown> };
let transport: Promise<Transport> | undefined;

/** nodemailer, loaded only when SMTP is configured, so the demo never needs it at run time. */
async function smtpTransport(): Promise<Transport> {
	transport ??= import('nodemailer').then(({ default: nodemailer }) =>
		nodemailer.createTransport({
			host: process.env.SMTP_HOST,
			port: Number(process.env.SMTP_PORT || 587),
			secure: process.env.SMTP_SECURE === 'true',
			auth: process.env.SMTP_USER
				? { user: process.env.SMTP_USER, pass: process.env.SMTP_PASSWORD }
				: undefined
		})
	);
	return transport;
}

/**
 * Sends through SMTP when `SMTP_HOST` is set; otherwise keeps the email in the outbox that
 * admins read at /admin/outbox, so invitations and resets work on a fresh machine.
 * Plain text only: nothing a person typed can turn into markup in someone's mail client.
 */
export async function sendEmail(message: EmailMessage): Promise<void> {
	if (process.env.SMTP_HOST) {
		const smtp = await smtpTransport();
		await smtp.sendMail({
			from: process.env.SMTP_FROM || 'Inngang <noreply@inngang.invalid>',
			to: message.to,
			subject: message.subject,
			text: message.text
		});
		return;
	}
	await db
		.insert(outboxEmail)
		.values({
			municipalityId: message.municipalityId,
			recipient: message.to,
			subject: message.subject,
			body: message.text
		})
		.run();
}
