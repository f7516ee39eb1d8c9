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
