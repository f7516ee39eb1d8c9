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

/**
 * Behind https the browser is told to use nothing else for a year. Not `includeSubDomains`:
 * the portal cannot know the municipality's other hosts. Read once, like adapter-node does.
 */
const strictTransport = process.env.ORIGIN?.startsWith('https://') ? 'max-age=31536000' : undefined;

export function securityHeaders(headers: Headers): void {
	for (const [name, value] of Object.entries(fixed)) {
		if (!headers.has(name)) headers.set(name, value);
	}
	if (strictTransport) headers.set('Strict-Transport-Security', strictTransport);
}

/**
 * Behind a reverse proxy (the usual set-up when ORIGIN is https) every request comes from the
 * proxy's address, so the per-client throttle would count all visitors as one. adapter-node
 * reads the real address from ADDRESS_HEADER (and XFF_DEPTH for X-Forwarded-For); say so once.
 */
export function warnAboutProxySetUp(env: NodeJS.ProcessEnv = process.env): boolean {
	if (!env.ORIGIN?.startsWith('https://') || env.ADDRESS_HEADER) return false;
	console.warn(
		'ORIGIN is https but ADDRESS_HEADER is not set: behind a reverse proxy every client ' +
			"has the proxy's address, and login throttling counts them all as one. Set " +
			'ADDRESS_HEADER (e.g. X-Forwarded-For, with XFF_DEPTH) as in the README.'
	);
	return true;
}
