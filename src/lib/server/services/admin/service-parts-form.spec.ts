import { describe, expect, it } from 'vitest';
import { parseLocationForm, parsePhoneForm } from './service-parts-form';
import { parseNewOrganizationForm, parseOrganizationForm } from './organization-form';
import { parseNewServiceForm } from './service-form';

function formOf(entries: Record<string, string>): FormData {
	const form = new FormData();
	for (const [key, value] of Object.entries(entries)) form.append(key, value);
	return form;
}

const place = {
	version: '2',
	rowId: '7',
	name: 'Helsehuset',
	address: 'Storgata 1',
	postalCode: '0150',
	city: 'Fjordvik',
	latitude: '59,91234',
	longitude: '10.75',
	accessibility: '',
	directions: ' Buss 20 til torget. '
};

describe('parseLocationForm', () => {
	it('accepts a place, turns comma decimals into numbers and empty fields into null', () => {
		const parsed = parseLocationForm(formOf(place));
		expect(parsed).toMatchObject({ ok: true, version: 2, rowId: 7 });
		if (!parsed.ok) return;
		expect(parsed.value).toEqual({
			name: 'Helsehuset',
			address: 'Storgata 1',
			postalCode: '0150',
			city: 'Fjordvik',
			latitude: 59.91234,
			longitude: 10.75,
			accessibility: null,
			directions: 'Buss 20 til torget.'
		});
	});

	it('names each wrong field and keeps what was typed', () => {
		const parsed = parseLocationForm(
			formOf({ ...place, name: ' ', postalCode: '150', latitude: '91', longitude: 'øst' })
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({
			name: 'required',
			postalCode: 'postal_code_invalid',
			latitude: 'coordinate_invalid',
			longitude: 'coordinate_invalid'
		});
		expect(parsed.values.postalCode).toBe('150');
		expect(parsed.values.longitude).toBe('øst');
	});

	it('wants both coordinates or neither', () => {
		const parsed = parseLocationForm(formOf({ ...place, longitude: '' }));
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors).toEqual({ longitude: 'coordinates_pair' });
		expect(parseLocationForm(formOf({ ...place, latitude: '', longitude: '' })).ok).toBe(true);
	});

	it('treats a missing row id as a new row', () => {
		expect(parseLocationForm(formOf({ ...place, rowId: '' })).rowId).toBeNull();
	});
});

describe('parsePhoneForm', () => {
	it.each(['116 111', '113', '22 00 00 00', '+47 22 00 00 00', '91234567'])(
		'accepts %s',
		(number) => {
			expect(parsePhoneForm(formOf({ number, type: 'voice', description: '' })).ok).toBe(true);
		}
	);

	it.each(['12', 'ring oss', '22-00-00-00', '+47 1234567890123456', ''])('refuses %j', (number) => {
		const parsed = parsePhoneForm(formOf({ number, type: 'text', description: '' }));
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors.number).toBe(number ? 'phone_invalid' : 'required');
	});

	it('only knows voice and text', () => {
		const parsed = parsePhoneForm(formOf({ number: '113', type: 'fax', description: '' }));
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) expect(parsed.errors.type).toBe('required');
	});
});

describe('parseOrganizationForm', () => {
	it('checks website and email and keeps the typed text', () => {
		const parsed = parseOrganizationForm(
			formOf({
				version: '1',
				name: 'Fjordvik frivilligsentral',
				description: '',
				website: 'http://frivillig.example',
				email: 'post@',
				status: 'active'
			})
		);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(parsed.errors).toEqual({ website: 'url_invalid', email: 'email_invalid' });
		expect(parsed.values.website).toBe('http://frivillig.example');
	});

	it('gives null for empty optional fields', () => {
		const parsed = parseNewOrganizationForm(
			formOf({ name: 'Frivilligsentralen', website: '', email: '', status: 'inactive' })
		);
		expect(parsed).toMatchObject({
			ok: true,
			value: { description: null, website: null, email: null, status: 'inactive' }
		});
	});

	it('refuses an edit without the version it was rendered with', () => {
		const parsed = parseOrganizationForm(
			formOf({ name: 'Frivilligsentralen', website: '', email: '', status: 'inactive' })
		);
		expect(parsed).toMatchObject({ ok: false, errors: { form: 'stale_form' }, version: 0 });
	});
});

describe('parseNewServiceForm', () => {
	it('needs a name and an organization', () => {
		const parsed = parseNewServiceForm(formOf({ name: '', organizationId: '' }));
		expect(parsed.ok).toBe(false);
		if (!parsed.ok)
			expect(parsed.errors).toEqual({ name: 'required', organizationId: 'organization_required' });
		expect(parseNewServiceForm(formOf({ name: 'Leksehjelp', organizationId: '3' }))).toMatchObject({
			ok: true,
			value: { name: 'Leksehjelp', organizationId: 3 }
		});
	});
});
