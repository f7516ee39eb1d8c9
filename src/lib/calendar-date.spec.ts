import { describe, expect, it } from 'vitest';
import { calendarDate } from './calendar-date';

describe('calendarDate', () => {
	it('writes the date out in the reader’s language, on the same day everywhere', () => {
		expect(calendarDate('2025-05-03', 'nb')).toBe('3. mai 2025');
		expect(calendarDate('2025-05-03', 'en')).toBe('May 3, 2025');
		expect(calendarDate('2025-05-03', 'ar')).toContain('مايو');
		expect(calendarDate('2025-12-31', 'uk')).toContain('2025');
	});

	it('leaves something that is not a date as it is', () => {
		expect(calendarDate('snart', 'nb')).toBe('snart');
	});
});
