import { describe, expect, it } from 'vitest';
import { parseInvitationForm } from './invitation-form';

function form(fields: Record<string, string | string[]>): FormData {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields))
		for (const one of Array.isArray(value) ? value : [value]) data.append(key, one);
	return data;
}

describe('parseInvitationForm', () => {
	it('asks for a council term when a council role is picked', () => {
		const parsed = parseInvitationForm(
			form({ email: 'ny@fjordvik.example', roles: ['council_member'], locale: 'nb' })
		);
		expect(parsed).toMatchObject({ ok: false, errors: { councilTerm: 'council_term_required' } });
	});

	it('drops the council term of a staff-only invitation', () => {
		const parsed = parseInvitationForm(
			form({ email: ' Ny@Fjordvik.example ', roles: ['editor'], councilTerm: '2025', locale: 'en' })
		);
		expect(parsed).toMatchObject({
			ok: true,
			value: { email: 'Ny@Fjordvik.example', roles: ['editor'], councilTerm: null, locale: 'en' }
		});
	});

	it('names each wrong field once and echoes what was typed', () => {
		const parsed = parseInvitationForm(form({ email: 'not an address', roles: ['owner'] }));
		expect(parsed).toEqual({
			ok: false,
			errors: { email: 'email_invalid', roles: 'roles_required', locale: 'locale_invalid' },
			values: { email: 'not an address', roles: ['owner'], councilTerm: '', locale: 'nb' }
		});
	});
});

describe('repeated keys', () => {
	it('reads roles=editor&roles=editor as one role', () => {
		const form = new FormData();
		form.append('email', 'ny@t.example');
		form.append('roles', 'editor');
		form.append('roles', 'editor');
		form.append('locale', 'nb');
		const parsed = parseInvitationForm(form);
		expect(parsed.values.roles).toEqual(['editor']);
	});
});
