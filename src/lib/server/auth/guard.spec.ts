import { isHttpError, isRedirect, type RequestEvent } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { requireRole, type AuthUser, type Role } from './guard';

function eventFor(user: AuthUser | null, path = '/admin/tjenester?side=2') {
	return { locals: { user }, url: new URL(`http://localhost${path}`) } as unknown as RequestEvent;
}

function person(...roles: Role[]): AuthUser {
	return {
		id: 1,
		name: 'Test',
		email: 't@x.example',
		municipalityId: 1,
		roles,
		councilTerm: null,
		locale: 'nb'
	};
}

function outcome(run: () => unknown): string {
	try {
		run();
		return 'allowed';
	} catch (e) {
		if (isRedirect(e)) return `redirect ${e.status} ${e.location}`;
		if (isHttpError(e)) return `error ${e.status}`;
		throw e;
	}
}

describe('requireRole', () => {
	it('sends a visitor to the login page and back afterwards', () => {
		expect(outcome(() => requireRole(eventFor(null), 'editor'))).toBe(
			'redirect 303 /logg-inn?neste=%2Fadmin%2Ftjenester%3Fside%3D2'
		);
	});

	it('refuses a signed-in person without the role', () => {
		expect(outcome(() => requireRole(eventFor(person('council_member')), 'editor'))).toBe(
			'error 403'
		);
		expect(outcome(() => requireRole(eventFor(person('editor')), 'admin'))).toBe('error 403');
	});

	it('lets the role in and returns the user', () => {
		const editor = person('editor');
		expect(requireRole(eventFor(editor), 'coordinator', 'editor')).toBe(editor);
	});

	it('lets admins into staff areas but not into the youth council', () => {
		expect(outcome(() => requireRole(eventFor(person('admin')), 'editor'))).toBe('allowed');
		expect(outcome(() => requireRole(eventFor(person('admin')), 'coordinator'))).toBe('allowed');
		expect(outcome(() => requireRole(eventFor(person('admin')), 'council_member'))).toBe(
			'error 403'
		);
	});
});
