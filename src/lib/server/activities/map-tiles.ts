/**
 * The activity map is the one public page that loads something from another host: map
 * tiles from the configured tile server (MAP_TILE_URL, OpenStreetMap by default), and only
 * after the visitor has opened the map. The site-wide CSP allows images from 'self' only,
 * so the map page's response alone gets the tile server added to img-src (see
 * `mapTilesCsp` in hooks.server.ts). A municipality can point MAP_TILE_URL at its own
 * tile server; then no request leaves its own infrastructure.
 */
import { env } from '$env/dynamic/private';

export const defaultTileUrl = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const defaultTileAttribution =
	'© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

export type TileConfig = { url: string; attribution: string; source: string; host: string };

/**
 * The CSP source for a tile URL template: its origin, with a `{s}` subdomain placeholder
 * turned into a wildcard (`https://*.tile.example.org`). Null when the template is unusable.
 */
export function tileSource(template: string): string | null {
	const probe = template.replace('{s}', 'subdomain-placeholder').replace(/\{[a-z]+\}/g, '0');
	let url: URL;
	try {
		url = new URL(probe);
	} catch {
		return null;
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
	return url.origin.replace('subdomain-placeholder', '*');
}

/** Adds one source to the img-src directive of a CSP header value. */
export function withImageSource(csp: string, source: string): string {
	const directives = csp
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
	const index = directives.findIndex((d) => d.split(/\s+/)[0] === 'img-src');
	if (index === -1) directives.push(`img-src 'self' ${source}`);
	else if (!directives[index].split(/\s+/).includes(source)) directives[index] += ` ${source}`;
	return directives.join('; ');
}

/** Is this path the map view, in any language? */
export function isMapPath(pathname: string): boolean {
	return /^(\/[a-z]{2})?\/aktiviteter\/kart\/?$/.test(pathname);
}

export function tileConfig(): TileConfig {
	const url = env.MAP_TILE_URL || defaultTileUrl;
	const source = tileSource(url) ?? tileSource(defaultTileUrl)!;
	return {
		url: tileSource(url) ? url : defaultTileUrl,
		attribution: env.MAP_TILE_ATTRIBUTION || defaultTileAttribution,
		source,
		host: new URL(source.replace('*.', '')).host
	};
}
