/**
 * Shapes the plan pages and components share with the server modules in
 * `$lib/server/plans`. Types only, so components can use them without importing server code.
 */

/** Geometry for the small indicator chart (`chartGeometry`), drawn as SVG without script. */
export type ChartGeometry = {
	width: number;
	height: number;
	points: { x: number; y: number; value: number; year: string }[];
	path: string;
	baselineY: number;
	targetY: number;
	min: number;
	max: number;
};

/** One stretch of a word diff: unchanged, added in the newer text, or removed from the older. */
export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** A field that differs between two versions of a measure, with its word diff. */
export type FieldChange = { field: string; before: string; after: string; parts: DiffPart[] };
