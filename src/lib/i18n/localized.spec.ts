import { describe, expect, it } from 'vitest';
import { isolateNumbers, pickLocalized } from './localized';

describe('numbers in right-to-left content', () => {
	it('isolates a grouped phone number in an Arabic text, once', () => {
		const typed = 'خط المساعدة – 116 111';
		const shown = pickLocalized({ nb: 'Hjelpetelefonen – 116 111', ar: typed }, 'ar')!;
		expect(shown).toEqual({ text: 'خط المساعدة – \u2066116 111\u2069', lang: 'ar' });
		expect(isolateNumbers(shown.text)).toBe(shown.text);
		expect(isolateNumbers('اتصل 22 33 44 55 أو 113')).toBe('اتصل \u206622 33 44 55\u2069 أو 113');
	});

	it('leaves left-to-right texts as staff typed them', () => {
		expect(pickLocalized({ nb: 'Ring 116 111' }, 'ar')).toEqual({
			text: 'Ring 116 111',
			lang: 'nb'
		});
		expect(pickLocalized({ nb: 'Ring 116 111', en: 'Call 116 111' }, 'en')!.text).toBe(
			'Call 116 111'
		);
	});
});
