import { describe, expect, it } from 'vitest';
import { parseLinkForm } from './link-form';

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) data.set(key, value);
	return data;
};

describe('parseLinkForm', () => {
	it('needs a name for an invitation, not for a reset', () => {
		const fields = { name: ' ', password: 'tre blå båter i fjorden' };
		expect(parseLinkForm(form(fields), 'invite')).toMatchObject({
			ok: false,
			errors: { name: 'name_required' }
		});
		expect(parseLinkForm(form(fields), 'reset')).toMatchObject({
			ok: true,
			value: { name: null, password: 'tre blå båter i fjorden' }
		});
	});

	it('applies the password rules and never echoes the password', () => {
		const parsed = parseLinkForm(form({ name: 'Kari', password: 'passord123' }), 'invite');
		expect(parsed).toEqual({
			ok: false,
			errors: { password: 'password_too_common' },
			values: { name: 'Kari' }
		});
		expect(parseLinkForm(form({ name: 'Kari' }), 'invite')).toMatchObject({
			errors: { password: 'password_too_short' }
		});
	});
});
