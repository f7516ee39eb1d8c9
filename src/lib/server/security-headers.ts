/**
 * Headers on every response. The Content-Security-Policy itself comes from `kit.csp` in
 * svelte.config.js, so SvelteKit can add nonces for its own hydration script.
 */
const fixed: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	// Older browsers ignore CSP frame-ancestors; this says the same to them.
	'X-Frame-Options': 'DENY',
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Resource-Policy': 'same-origin',
	'Permissions-Policy': [
		'accelerometer=()',
		'autoplay=()',
		'browsing-topics=()',
		'camera=()',
		'display-capture=()',
		'geolocation=()',
		'gyroscope=()',
		'magnetometer=()',
		'microphone=()',
		'payment=()',
		'usb=()'
	].join(', ')
};

export function securityHeaders(headers: Headers): void {
	for (const [name, value] of Object.entries(fixed)) {
		if (!headers.has(name)) headers.set(name, value);
	}
}
