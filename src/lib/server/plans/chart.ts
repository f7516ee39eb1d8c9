import type { ChartGeometry } from '$lib/types/plans';

/**
 * Geometry for the small indicator chart, computed on the server so the SVG needs no
 * script. Values are plotted against time; baseline and target are horizontal guides.
 */
export type ChartInput = {
	values: { measuredOn: string; value: number }[];
	baseline: number;
	target: number;
};

export type { ChartGeometry };

export function chartGeometry(
	input: ChartInput,
	width = 300,
	height = 130,
	pad = 24
): ChartGeometry {
	const all = [input.baseline, input.target, ...input.values.map((v) => v.value)];
	let min = Math.min(...all);
	let max = Math.max(...all);
	if (min === max) {
		min -= 1;
		max += 1;
	}
	const span = max - min;
	min = Math.max(0, min - span * 0.15);
	max = max + span * 0.15;
	const times = input.values.map((v) => Date.parse(v.measuredOn));
	const t0 = Math.min(...times);
	const t1 = Math.max(...times);
	const x = (t: number) =>
		t1 === t0 ? width / 2 : pad + ((t - t0) / (t1 - t0)) * (width - 2 * pad);
	const y = (v: number) =>
		Math.round((pad + (1 - (v - min) / (max - min)) * (height - 2 * pad)) * 10) / 10;
	const points = input.values.map((v, i) => ({
		x: Math.round(x(times[i]) * 10) / 10,
		y: y(v.value),
		value: v.value,
		year: v.measuredOn.slice(0, 4)
	}));
	return {
		width,
		height,
		points,
		path: points.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(' '),
		baselineY: y(input.baseline),
		targetY: y(input.target),
		min,
		max
	};
}
