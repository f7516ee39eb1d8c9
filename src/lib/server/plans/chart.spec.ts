import { describe, expect, it } from 'vitest';
import { chartGeometry } from './chart';

describe('chartGeometry', () => {
	it('puts higher values higher up and spans the width', () => {
		const g = chartGeometry({
			values: [
				{ measuredOn: '2023-01-01', value: 10 },
				{ measuredOn: '2025-01-01', value: 20 }
			],
			baseline: 10,
			target: 30
		});
		expect(g.points[0].x).toBe(24);
		expect(g.points[1].x).toBe(276);
		expect(g.points[1].y).toBeLessThan(g.points[0].y);
		expect(g.targetY).toBeLessThan(g.points[1].y);
		expect(g.path).toMatch(/^M24 [\d.]+ L276 [\d.]+$/);
	});

	it('centres a single value', () => {
		const g = chartGeometry({
			values: [{ measuredOn: '2024-06-01', value: 5 }],
			baseline: 5,
			target: 5
		});
		expect(g.points[0].x).toBe(150);
		expect(Number.isFinite(g.points[0].y)).toBe(true);
	});
});
