import { describe, expect, it } from 'vitest';
import { createI18n, translator } from './index';

const messages = {
	finder: {
		open_until: 'Åpent til {{time}}',
		results_one: '{{count}} tjeneste',
		results_other: '{{count}} tjenester',
		greeting: 'Hei, {{name}}!'
	}
};

describe('translator', () => {
	const instance = createI18n('nb', messages);
	const t = translator(() => instance);

	it('gives each set of values its own text, the second time as the first', () => {
		for (let round = 0; round < 2; round++) {
			expect(t('finder.open_until', { time: '16:00' })).toBe('Åpent til 16:00');
			expect(t('finder.open_until', { time: '17:30' })).toBe('Åpent til 17:30');
			expect(t('finder.results', { count: 1 })).toBe('1 tjeneste');
			expect(t('finder.results', { count: 3 })).toBe('3 tjenester');
			// A count written as text is not a count to i18next; remembered, it stays what i18next says.
			const asText = { count: '3' as unknown as number };
			expect(t('finder.results', asText)).toBe(instance.t('finder.results', asText));
		}
	});

	it('does not confuse values that look alike once written out', () => {
		expect(t('finder.greeting', { name: 'true' })).toBe('Hei, true!');
		expect(t('finder.greeting', { name: true as unknown as string })).toBe('Hei, true!');
		expect(t('finder.results', { count: 1 })).not.toBe(t('finder.results', { count: 2 }));
	});

	it('asks i18next every time for options it cannot remember by value', () => {
		const a = t('finder.greeting', { name: 'Aisha', replace: { name: 'Aisha' } });
		const b = t('finder.greeting', { name: 'Ola', replace: { name: 'Ola' } });
		expect([a, b]).toEqual(['Hei, Aisha!', 'Hei, Ola!']);
	});

	it('follows the instance it is given when that changes', () => {
		let current = instance;
		const switching = translator(() => current);
		expect(switching('finder.open_until', { time: '09:00' })).toBe('Åpent til 09:00');
		current = createI18n('en', { finder: { open_until: 'Open until {{time}}' } });
		expect(switching('finder.open_until', { time: '09:00' })).toBe('Open until 09:00');
	});
});
