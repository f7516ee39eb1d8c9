import { describe, expect, it } from 'vitest';
import { isMapPath, tileSource, withImageSource } from './map-tiles';

describe('map tiles and the CSP', () => {
	it('takes the origin of a tile URL template', () => {
		expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(
			'https://tile.openstreetmap.org'
		);
		expect(tileSource('https://{s}.tiles.example.no/{z}/{x}/{y}.png')).toBe(
			'https://*.tiles.example.no'
		);
		expect(tileSource('http://localhost:4202/fliser/{z}/{x}/{y}.png')).toBe(
			'http://localhost:4202'
		);
	});

	it('refuses templates that are not web addresses', () => {
		expect(tileSource('javascript:alert(1)')).toBeNull();
		expect(tileSource('not a url')).toBeNull();
	});

	it('adds the tile server to img-src and leaves every other directive alone', () => {
		const csp = "default-src 'self'; img-src 'self' data:; script-src 'self' 'sha256-abc='";
		expect(withImageSource(csp, 'https://tile.openstreetmap.org')).toBe(
			"default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; script-src 'self' 'sha256-abc='"
		);
		// Twice is the same as once.
		const once = withImageSource(csp, 'https://t.example');
		expect(withImageSource(once, 'https://t.example')).toBe(once);
	});

	it('knows the map path in every language and nothing else', () => {
		expect(isMapPath('/aktiviteter/kart')).toBe(true);
		expect(isMapPath('/pl/aktiviteter/kart')).toBe(true);
		expect(isMapPath('/aktiviteter')).toBe(false);
		expect(isMapPath('/aktiviteter/kartlegging')).toBe(false);
		expect(isMapPath('/aktiviteter/kart/x')).toBe(false);
	});
});
