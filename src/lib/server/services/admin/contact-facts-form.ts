import * as v from 'valibot';
import { fieldErrors, optionalText, type FormErrors } from '$lib/server/forms';
import { isLocalDate } from '$lib/server/time';
import { whoIsToldChoices, writtenDownChoices, type ServiceEdit } from './services';

/**
 * The rules for a service's notice and its "what happens when you get in touch" facts
 * (issue 12), in one place: the staff form (`service-form.ts`) and the CSV import
 * (`../csv.ts`) both run them, so a value the form refuses is refused in a file too, with
 * the same message key (`admin.error_*`). Input is text as a form field holds it: empty is
 * "not known"; yes/no facts are `yes`, `no` or empty.
 */

/** A whole number from 0 to `max`, or null for an empty field. */
const wholeNumber = (max: number, message: string) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.regex(/^\d{0,6}$/, message),
		v.transform((value) => (value === '' ? null : Number(value))),
		v.check((value) => value === null || value <= max, message)
	);

/** One real YYYY-MM-DD date, or null for an empty field. */
const optionalDate = v.pipe(
	v.string(),
	v.trim(),
	v.transform((value) => (value === '' ? null : value)),
	v.check((value) => value === null || isLocalDate(value), 'date_invalid')
);

/** One of `choices`, or null for "not known" (the empty first option). */
const optionalChoice = <T extends string>(choices: readonly T[]) =>
	v.pipe(
		v.string(),
		v.trim(),
		v.transform((value) => (value === '' ? null : value)),
		v.check(
			(value) => value === null || (choices as readonly string[]).includes(value),
			'choice_invalid'
		),
		v.transform((value) => value as T | null)
	);

/** Yes, no, or not known: a fact nobody checked is not a "no". */
const yesNoUnknown = v.pipe(
	v.picklist(['', 'yes', 'no'], 'choice_invalid'),
	v.transform((value) => (value === '' ? null : value === 'yes'))
);

// A reply time beyond two weeks or a wait beyond a year is a typo, not a promise.
export const maxReplyMinutes = 14 * 24 * 60;
export const maxWaitDays = 365;
export const maxOwnDecisionAge = 25;

const ContactFacts = v.pipe(
	v.object({
		alert: optionalText(500),
		alertFrom: optionalDate,
		alertTo: optionalDate,
		replyMinutes: wholeNumber(maxReplyMinutes, 'reply_minutes_invalid'),
		waitDays: wholeNumber(maxWaitDays, 'wait_days_invalid'),
		timesConfirmedOn: optionalDate,
		whoAnswers: optionalText(300),
		writtenDown: optionalChoice(writtenDownChoices),
		whoIsTold: optionalChoice(whoIsToldChoices),
		ownDecisionAge: wholeNumber(maxOwnDecisionAge, 'own_decision_age_invalid'),
		bringFriend: yesNoUnknown,
		interpreter: yesNoUnknown
	}),
	v.forward(
		v.check(
			({ alertFrom, alertTo }) => alertFrom === null || alertTo === null || alertFrom <= alertTo,
			'date_order'
		),
		['alertTo']
	),
	// A reply time or wait shows only with the date someone confirmed it (hidden after 90 days).
	v.forward(
		v.check(
			({ replyMinutes, waitDays, timesConfirmedOn }) =>
				(replyMinutes === null && waitDays === null) || timesConfirmedOn !== null,
			'confirmed_on_required'
		),
		['timesConfirmedOn']
	)
);

export const contactFactKeys = [
	'alert',
	'alertFrom',
	'alertTo',
	'replyMinutes',
	'waitDays',
	'timesConfirmedOn',
	'whoAnswers',
	'writtenDown',
	'whoIsTold',
	'ownDecisionAge',
	'bringFriend',
	'interpreter'
] as const;
export type ContactFactKey = (typeof contactFactKeys)[number];

export type ContactFacts = Pick<ServiceEdit, ContactFactKey>;

/** The facts as stored: on the service row, and "who answers" in its nb text. */
export function storedContactFacts(
	row: Omit<ContactFacts, 'alert' | 'whoAnswers'>,
	nb: { whoAnswers: string | null } | undefined
): Omit<ContactFacts, 'alert'> {
	return {
		alertFrom: row.alertFrom,
		alertTo: row.alertTo,
		replyMinutes: row.replyMinutes,
		waitDays: row.waitDays,
		timesConfirmedOn: row.timesConfirmedOn,
		whoAnswers: nb?.whoAnswers ?? null,
		writtenDown: row.writtenDown,
		whoIsTold: row.whoIsTold,
		ownDecisionAge: row.ownDecisionAge,
		bringFriend: row.bringFriend,
		interpreter: row.interpreter
	};
}

export type ContactFactsResult =
	{ ok: true; value: ContactFacts } | { ok: false; errors: FormErrors };

/**
 * Checks the facts as text; `today` (Oslo, YYYY-MM-DD) so a "confirmed on" date in the
 * future is refused. Errors are one message key per field (`admin.error_<key>`).
 */
export function checkContactFacts(
	input: Record<ContactFactKey, string>,
	today: string
): ContactFactsResult {
	const result = v.safeParse(ContactFacts, input);
	if (!result.success) return { ok: false, errors: fieldErrors(result.issues) };
	if (result.output.timesConfirmedOn !== null && result.output.timesConfirmedOn > today)
		return { ok: false, errors: { timesConfirmedOn: 'date_in_future' } };
	return { ok: true, value: result.output };
}

/** A yes/no/unknown fact as the form field holds it. */
export function yesNoValue(value: boolean | null): string {
	return value === null ? '' : value ? 'yes' : 'no';
}
