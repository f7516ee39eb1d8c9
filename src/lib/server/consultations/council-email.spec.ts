import { describe, expect, it } from 'vitest';
import { languages } from '$lib/i18n/languages';
import { councilEmail } from './council-email';

const title = 'Høring om tiltaksplanen 2026';
const url = 'https://fjordvik.example/rad/horinger/7';

describe('councilEmail', () => {
	for (const { code } of languages) {
		it(`tells a member in ${code} about a round and the feedback, with the title and link`, () => {
			for (const kind of ['opened', 'feedback'] as const) {
				const email = councilEmail(kind, code, title, url);
				expect(email.subject).toContain(title);
				expect(email.text).toContain(url);
				// A missing key would come back as the key itself.
				expect(email.subject).not.toContain('email_');
			}
		});
	}

	it('writes Arabic in Arabic and keeps the Norwegian title and the link in one piece', () => {
		const email = councilEmail('opened', 'ar', title, url);
		expect(email.subject).toMatch(/استشارة جديدة/);
		expect(email.subject).toContain(`\u2068${title}\u2069`);
		expect(email.text).toContain(`\u2066${url}\u2069`);
		expect(councilEmail('opened', 'uk', title, url).subject).toMatch(/^Нове обговорення/);
	});
});
