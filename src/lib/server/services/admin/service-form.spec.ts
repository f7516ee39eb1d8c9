import { describe, expect, it } from 'vitest';
import { formValuesOf, parseServiceForm } from './service-form';

function formOf(entries: Record<string, string | string[]>): FormData {
	const form = new FormData();
	for (const [key, value] of Object.entries(entries))
		for (const v of Array.isArray(value) ? value : [value]) form.append(key, v);
	return form;
}

const valid = {
	version: '3',
	organizationId: '4',
	name: 'Helsestasjon for ungdom',
	summary: 'Gratis og uten timebestilling.',
	description: 'Du kan snakke om alt.',
	status: 'active',
	minAge: '13',
	maxAge: '20',
	website: '',
	email: '',
	closedDays: '2026-12-24\n2026-12-25',
	isFree: 'on',
	'hours.0.kind': 'open',
	'hours.0.byday': 'mo, tu',
	'hours.0.opensAt': '08:00',
	'hours.0.closesAt': '24:00',
	'hours.1.kind': 'open',
	'hours.1.byday': '',
	'hours.1.opensAt': '',
	'hours.1.closesAt': ''
};

const contactFacts = {
	alert: 'Stengt i romjula.',
	alertFrom: '2026-12-20',
	alertTo: '2027-01-02',
	replyMinutes: '120',
	waitDays: '14',
	timesConfirmedOn: '2026-11-30',
	whoAnswers: 'En helsesykepleier.',
	writtenDown: 'record',
	whoIsTold: 'health',
	ownDecisionAge: '16',
	bringFriend: 'yes',
	interpreter: 'no'
};
const today = '2026-12-01';

describe('parseServiceForm: what happens when you get in touch', () => {
	it('reads reply time, wait, dates and contact facts', () => {
		const parsed = parseServiceForm(formOf({ ...valid, ...contactFacts }), today);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.value).toMatchObject({
			alert: 'Stengt i romjula.',
			alertFrom: '2026-12-20',
			alertTo: '2027-01-02',
			replyMinutes: 120,
			waitDays: 14,
			timesConfirmedOn: '2026-11-30',
			whoAnswers: 'En helsesykepleier.',
			writtenDown: 'record',
			whoIsTold: 'health',
			ownDecisionAge: 16,
			bringFriend: true,
			interpreter: false
		});
	});

	it('keeps "not known" apart from "no"', () => {
		const parsed = parseServiceForm(formOf(valid), today);
		if (!parsed.ok) throw new Error('valid form refused');
		expect(parsed.value).toMatchObject({
			alert: null,
			alertFrom: null,
			replyMinutes: null,
			timesConfirmedOn: null,
			writtenDown: null,
			whoIsTold: null,
			ownDecisionAge: null,
			bringFriend: null,
			interpreter: null
		});
	});

	it('names each wrong fact and gives back what was typed', () => {
		const parsed = parseServiceForm(
			formOf({
				...valid,
				...contactFacts,
				alertFrom: '20.12.2026',
				replyMinutes: 'to timer',
				waitDays: '400',
				writtenDown: 'diary',
				ownDecisionAge: '99',
				bringFriend: 'maybe'
			}),
			today
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({
			alertFrom: 'date_invalid',
			replyMinutes: 'reply_minutes_invalid',
			waitDays: 'wait_days_invalid',
			writtenDown: 'choice_invalid',
			ownDecisionAge: 'own_decision_age_invalid',
			bringFriend: 'choice_invalid'
		});
		expect(parsed.values).toMatchObject({
			alertFrom: '20.12.2026',
			replyMinutes: 'to timer',
			whoAnswers: 'En helsesykepleier.',
			interpreter: 'no'
		});
	});

	it('refuses a notice that ends before it starts', () => {
		const parsed = parseServiceForm(
			formOf({ ...valid, ...contactFacts, alertFrom: '2027-01-02', alertTo: '2026-12-20' }),
			today
		);
		expect(parsed.ok || parsed.errors).toEqual({ alertTo: 'date_order' });
	});

	it('wants the date a reply time or wait was confirmed, and not one in the future', () => {
		const missing = parseServiceForm(
			formOf({ ...valid, ...contactFacts, timesConfirmedOn: '' }),
			today
		);
		expect(missing.ok || missing.errors).toEqual({ timesConfirmedOn: 'confirmed_on_required' });
		const future = parseServiceForm(
			formOf({ ...valid, ...contactFacts, timesConfirmedOn: '2026-12-02' }),
			today
		);
		expect(future.ok || future.errors).toEqual({ timesConfirmedOn: 'date_in_future' });
	});

	it('round-trips the facts through the form values', () => {
		const parsed = parseServiceForm(formOf({ ...valid, ...contactFacts }), today);
		if (!parsed.ok) throw new Error('valid form refused');
		// As a browser sends them back: a ticked box as "on", an unticked one not at all.
		const shown = Object.entries(formValuesOf(parsed.value)).flatMap(([key, value]) =>
			value === true ? [[key, 'on']] : value === false ? [] : [[key, value]]
		);
		const again = parseServiceForm(formOf({ ...Object.fromEntries(shown), version: '3' }), today);
		if (!again.ok) throw new Error(JSON.stringify(again.errors));
		expect(again.value).toEqual(parsed.value);
	});
});

describe('parseServiceForm', () => {
	it('turns a valid form into a service edit, skipping blank hour rows', () => {
		const parsed = parseServiceForm(formOf(valid));
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.version).toBe(3);
		expect(parsed.value.hours).toEqual([
			{ kind: 'open', byday: 'MO,TU', opensAt: '08:00', closesAt: '24:00' }
		]);
		expect(parsed.value.closedDays).toEqual(['2026-12-24', '2026-12-25']);
		expect(parsed.value).toMatchObject({ isFree: true, dropIn: false, minAge: 13, maxAge: 20 });
	});

	it('names each wrong field and keeps what was typed', () => {
		const parsed = parseServiceForm(
			formOf({
				...valid,
				name: ' ',
				minAge: 'tolv',
				website: 'javascript:alert(1)',
				'hours.0.byday': 'MO,XX',
				'hours.0.opensAt': '8',
				closedDays: '24.12.2026'
			})
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({
			name: 'required',
			minAge: 'age_invalid',
			website: 'url_invalid',
			'hours.0.byday': 'byday_invalid',
			'hours.0.opensAt': 'time_invalid',
			closedDays: 'dates_invalid'
		});
		expect(parsed.values.minAge).toBe('tolv');
	});

	it('refuses oversized text and ages in the wrong order', () => {
		const long = parseServiceForm(formOf({ ...valid, summary: 'x'.repeat(501) }));
		expect(long.ok || long.errors.summary).toBe('too_long');
		const order = parseServiceForm(formOf({ ...valid, minAge: '20', maxAge: '13' }));
		expect(order.ok || order.errors.maxAge).toBe('age_order');
	});

	it('round-trips a saved service through the form values', () => {
		const parsed = parseServiceForm(formOf(valid));
		if (!parsed.ok) throw new Error('valid form refused');
		const again = formValuesOf(parsed.value);
		expect(again['hours.0.byday']).toBe('MO,TU');
		expect(again.closedDays).toBe('2026-12-24\n2026-12-25');
	});
});
